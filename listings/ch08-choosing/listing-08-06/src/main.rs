use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

type Job = (&'static str, &'static [&'static str]);

const TARGETS: [Job; 3] = [
    ("parser", &["lexer.rs", "grammar.rs"]),
    ("codegen", &["emit.rs"]),
    ("cli", &["main.rs", "args.rs", "help.rs"]),
];

fn compile(sources: &[&str]) -> Vec<String> {
    sources.iter().map(|s| s.replace(".rs", ".o")).collect()
}

/// The target that becomes ready once `target` is built, if any.
fn unblocked_by(target: &str) -> Option<Job> {
    match target {
        "parser" => Some(("docs", &["guide.rs"])),
        "codegen" => Some(("tests", &["smoke.rs", "golden.rs"])),
        _ => None,
    }
}

// ANCHOR: queue
type Queue = Arc<Mutex<Vec<Job>>>;
type Done = Vec<(&'static str, Vec<String>)>;

/// Starts the workers and returns at once; they keep running.
fn start_workers(queue: &Queue, count: usize) -> Vec<JoinHandle<Done>> {
    (0..count)
        .map(|_| {
            let queue = Arc::clone(queue);
            thread::spawn(move || {
                let mut done = Vec::new();
                loop {
                    let Some((target, sources)) = queue.lock().unwrap().pop()
                    else {
                        return done;
                    };
                    done.push((target, compile(sources)));
                    if let Some(ready) = unblocked_by(target) {
                        queue.lock().unwrap().push(ready);
                    }
                }
            })
        })
        .collect()
}

fn main() {
    let queue = Arc::new(Mutex::new(TARGETS.to_vec()));
    let workers = start_workers(&queue, 2);

    let mut report = BTreeMap::new();
    for worker in workers {
        report.extend(worker.join().unwrap());
    }
    println!(
        "owners of the queue after join: {}",
        Arc::strong_count(&queue)
    );
    println!("targets left in the queue: {}", queue.lock().unwrap().len());
    for (target, objects) in &report {
        println!("{target:>8}: {}", objects.join(" "));
    }
}
// ANCHOR_END: queue
