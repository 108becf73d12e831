use std::rc::Rc;

struct BuildPlan {
    steps: Vec<String>,
}

struct Job {
    step: String,
    plan: Rc<BuildPlan>,
}

// ANCHOR: main
fn main() {
    let plan = Rc::new(BuildPlan {
        steps: vec![
            String::from("compile"),
            String::from("test"),
            String::from("bundle"),
        ],
    });
    let jobs: Vec<Job> = plan
        .steps
        .iter()
        .map(|step| Job {
            step: step.clone(),
            plan: Rc::clone(&plan),
        })
        .collect();
    drop(plan);

    let mut finished_plans = Vec::new();
    for job in jobs {
        match Rc::into_inner(job.plan) {
            None => println!("{} finished; plan still shared", job.step),
            Some(plan) => {
                println!("{} finished; took the plan back", job.step);
                finished_plans.push(plan);
            }
        }
    }
    println!("plans archived: {}", finished_plans.len());
}
// ANCHOR_END: main
