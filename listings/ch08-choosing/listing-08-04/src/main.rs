use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::thread;

#[derive(Debug, Default)]
struct BuildReport {
    objects: BTreeMap<&'static str, Vec<String>>,
}

struct Job {
    target: &'static str,
    sources: &'static [&'static str],
    report: Arc<Mutex<BuildReport>>,
}

const TARGETS: [(&str, &[&str]); 3] = [
    ("parser", &["lexer.rs", "grammar.rs"]),
    ("codegen", &["emit.rs"]),
    ("cli", &["main.rs", "args.rs", "help.rs"]),
];

fn compile(job: Job) {
    let objects = job.sources.iter().map(|s| s.replace(".rs", ".o")).collect();
    let mut report = job.report.lock().unwrap();
    report.objects.insert(job.target, objects);
}

fn main() {
    let report = Arc::new(Mutex::new(BuildReport::default()));
    let jobs: Vec<Job> = TARGETS
        .iter()
        .map(|&(target, sources)| Job {
            target,
            sources,
            report: Arc::clone(&report),
        })
        .collect();
    println!("owners of the report: {}", Arc::strong_count(&report));

    let workers: Vec<_> = jobs
        .into_iter()
        .map(|job| thread::spawn(move || compile(job)))
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    println!("owners after join: {}", Arc::strong_count(&report));

    let report = Arc::into_inner(report).unwrap().into_inner().unwrap();
    for (target, objects) in &report.objects {
        println!("{target:>8}: {}", objects.join(" "));
    }
}
