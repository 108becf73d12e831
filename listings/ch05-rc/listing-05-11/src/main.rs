use std::sync::Arc;
use std::thread;

struct BuildPlan {
    steps: Vec<&'static str>,
}

// ANCHOR: main
fn main() {
    let plan = Arc::new(BuildPlan {
        steps: vec!["compile", "test", "bundle"],
    });

    let workers: Vec<_> = (0..plan.steps.len())
        .map(|step| {
            let plan = Arc::clone(&plan);
            thread::spawn(move || {
                assert!(!plan.steps[step].is_empty());
                Arc::into_inner(plan)
            })
        })
        .collect();

    let mut received: Vec<BuildPlan> = Vec::new();
    received.extend(Arc::into_inner(plan));
    for worker in workers {
        received.extend(worker.join().unwrap());
    }
    println!("owners that received the plan: {}", received.len());
    println!("steps in it: {}", received[0].steps.len());
}
// ANCHOR_END: main
