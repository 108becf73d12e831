trait Step {
    fn describe(&self) -> String;
}

struct RunTests {
    package: String,
    threads: usize,
}

impl Step for RunTests {
    fn describe(&self) -> String {
        format!("test {} on {} threads", self.package, self.threads)
    }
}

// ANCHOR: sizes
fn show<T>(name: &str) {
    println!("{name:<18}{:>3} bytes", size_of::<T>());
}

fn main() {
    show::<&u64>("&u64");
    show::<Box<u64>>("Box<u64>");
    show::<Option<u64>>("Option<u64>");
    show::<Option<Box<u64>>>("Option<Box<u64>>");
    show::<&[u32]>("&[u32]");
    show::<Box<[u32]>>("Box<[u32]>");
    show::<&str>("&str");
    show::<Box<str>>("Box<str>");
    show::<&dyn Step>("&dyn Step");
    show::<Box<dyn Step>>("Box<dyn Step>");

    let scores: Box<[u32]> = Box::new([90, 75, 100]);
    let step: Box<dyn Step> = Box::new(RunTests {
        package: String::from("editor"),
        threads: 2,
    });
    println!("scores points at {} bytes", size_of_val(&*scores));
    println!("step points at {} bytes", size_of_val(&*step));
    println!("step says: {}", step.describe());
}
// ANCHOR_END: sizes
