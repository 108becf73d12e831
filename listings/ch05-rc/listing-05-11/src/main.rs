use std::sync::Arc;
use std::thread::{self, JoinHandle};

struct BuildPlan {
    target: &'static str,
    steps: Vec<&'static str>,
}

fn write_report(plan: BuildPlan) {
    println!("{}: {} steps done", plan.target, plan.steps.len());
}

// ANCHOR: main
fn give_up(plan: Arc<BuildPlan>) {
    if let Some(plan) = Arc::into_inner(plan) {
        write_report(plan);
    }
}

fn start_build(plan: BuildPlan) -> Vec<JoinHandle<()>> {
    let plan = Arc::new(plan);
    let workers = (0..plan.steps.len())
        .map(|step| {
            let plan = Arc::clone(&plan);
            thread::spawn(move || {
                assert!(!plan.steps[step].is_empty());
                give_up(plan);
            })
        })
        .collect();
    give_up(plan);
    workers
}

fn main() {
    let workers = start_build(BuildPlan {
        target: "editor",
        steps: vec!["compile", "test", "bundle"],
    });
    for worker in workers {
        worker.join().unwrap();
    }
    println!("all workers finished");
}
// ANCHOR_END: main
