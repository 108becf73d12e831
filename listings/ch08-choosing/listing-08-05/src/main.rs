use std::collections::BTreeMap;
use std::sync::mpsc;
use std::thread;

const TARGETS: [(&str, &[&str]); 3] = [
    ("parser", &["lexer.rs", "grammar.rs"]),
    ("codegen", &["emit.rs"]),
    ("cli", &["main.rs", "args.rs", "help.rs"]),
];

// ANCHOR: channel
fn main() {
    let (sender, receiver) = mpsc::channel();
    let mut workers = Vec::new();
    for &(target, sources) in &TARGETS {
        let sender = sender.clone();
        workers.push(thread::spawn(move || {
            for source in sources {
                let object = source.replace(".rs", ".o");
                sender.send((target, object)).unwrap();
            }
        }));
    }
    drop(sender);

    let mut report: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (target, object) in receiver {
        report.entry(target).or_default().push(object);
    }
    for worker in workers {
        worker.join().unwrap();
    }
    for (target, objects) in &report {
        println!("{target:>8}: {}", objects.join(" "));
    }
}
// ANCHOR_END: channel
