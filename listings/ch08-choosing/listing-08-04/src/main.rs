use std::collections::BTreeMap;
use std::thread;

const TARGETS: [(&str, &[&str]); 3] = [
    ("parser", &["lexer.rs", "grammar.rs"]),
    ("codegen", &["emit.rs"]),
    ("cli", &["main.rs", "args.rs", "help.rs"]),
];

// ANCHOR: join
fn compile(sources: &[&str]) -> Vec<String> {
    sources.iter().map(|s| s.replace(".rs", ".o")).collect()
}

fn main() {
    let workers: Vec<_> = TARGETS
        .iter()
        .map(|&(target, sources)| {
            thread::spawn(move || (target, compile(sources)))
        })
        .collect();

    let mut report = BTreeMap::new();
    for worker in workers {
        let (target, objects) = worker.join().unwrap();
        report.insert(target, objects);
    }
    for (target, objects) in &report {
        println!("{target:>8}: {}", objects.join(" "));
    }
}
// ANCHOR_END: join
