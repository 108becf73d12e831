use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::thread;

#[derive(Debug, Default)]
struct BuildReport {
    objects: BTreeMap<&'static str, Vec<String>>,
}

// ANCHOR: jobs
struct Job {
    target: &'static str,
    sources: &'static [&'static str],
    report: Arc<RefCell<BuildReport>>,
}

const TARGETS: [(&str, &[&str]); 3] = [
    ("parser", &["lexer.rs", "grammar.rs"]),
    ("codegen", &["emit.rs"]),
    ("cli", &["main.rs", "args.rs", "help.rs"]),
];

fn compile(job: Job) {
    let objects = job.sources.iter().map(|s| s.replace(".rs", ".o")).collect();
    job.report.borrow_mut().objects.insert(job.target, objects);
}

fn main() {
    let report = Arc::new(RefCell::new(BuildReport::default()));
    let jobs: Vec<Job> = TARGETS
        .iter()
        .map(|&(target, sources)| Job {
            target,
            sources,
            report: Arc::clone(&report),
        })
        .collect();

    let workers: Vec<_> = jobs
        .into_iter()
        .map(|job| thread::spawn(move || compile(job)))
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    println!("{:?}", report.borrow().objects);
}
// ANCHOR_END: jobs
