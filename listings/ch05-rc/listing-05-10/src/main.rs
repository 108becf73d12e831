use std::rc::Rc;
use std::thread;

struct BuildSettings {
    profile: String,
    jobs: usize,
}

// ANCHOR: main
fn main() {
    let settings = Rc::new(BuildSettings {
        profile: String::from("release"),
        jobs: 2,
    });

    let for_worker = Rc::clone(&settings);
    let worker = thread::spawn(move || {
        println!("worker builds the {} profile", for_worker.profile);
    });

    worker.join().unwrap();
    println!("scheduler allows {} jobs", settings.jobs);
}
// ANCHOR_END: main
