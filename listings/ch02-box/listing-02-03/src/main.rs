trait Step {
    fn describe(&self) -> String;
}

struct Compile {
    package: String,
}

struct CopyAssets {
    from: String,
    to: String,
}

struct RunTests {
    package: String,
    threads: usize,
}

impl Step for Compile {
    fn describe(&self) -> String {
        format!("compile {}", self.package)
    }
}

impl Step for CopyAssets {
    fn describe(&self) -> String {
        format!("copy {} to {}", self.from, self.to)
    }
}

impl Step for RunTests {
    fn describe(&self) -> String {
        format!("test {} on {} threads", self.package, self.threads)
    }
}

// ANCHOR: plan
fn plan(packages: &[&str], with_tests: bool) -> Vec<Box<dyn Step>> {
    let mut steps: Vec<Box<dyn Step>> = Vec::new();
    for package in packages {
        steps.push(Box::new(Compile {
            package: package.to_string(),
        }));
        if with_tests {
            steps.push(Box::new(RunTests {
                package: package.to_string(),
                threads: 2,
            }));
        }
    }
    steps.push(Box::new(CopyAssets {
        from: String::from("assets"),
        to: String::from("dist/assets"),
    }));
    steps
}

fn main() {
    let steps = plan(&["core", "editor"], true);
    for (number, step) in steps.iter().enumerate() {
        println!("{}. {}", number + 1, step.describe());
    }
}
// ANCHOR_END: plan
