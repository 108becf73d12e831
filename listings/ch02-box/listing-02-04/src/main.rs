// ANCHOR: enum
enum Step {
    Compile { package: String },
    RunTests { package: String, threads: usize },
    CopyAssets { from: String, to: String },
}

impl Step {
    fn describe(&self) -> String {
        match self {
            Step::Compile { package } => format!("compile {package}"),
            Step::RunTests { package, threads } => {
                format!("test {package} on {threads} threads")
            }
            Step::CopyAssets { from, to } => format!("copy {from} to {to}"),
        }
    }
}

fn plan(packages: &[&str], with_tests: bool) -> Vec<Step> {
    let mut steps = Vec::new();
    for package in packages {
        steps.push(Step::Compile {
            package: package.to_string(),
        });
        if with_tests {
            steps.push(Step::RunTests {
                package: package.to_string(),
                threads: 2,
            });
        }
    }
    steps.push(Step::CopyAssets {
        from: String::from("assets"),
        to: String::from("dist/assets"),
    });
    steps
}
// ANCHOR_END: enum

fn main() {
    let steps = plan(&["core", "editor"], true);
    for (number, step) in steps.iter().enumerate() {
        println!("{}. {}", number + 1, step.describe());
    }
    println!("each Step is stored inline in {} bytes", size_of::<Step>());
}
