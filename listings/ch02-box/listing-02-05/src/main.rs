// ANCHOR: trait
trait Step {
    fn describe(&self) -> String;
    fn retry(&self) -> Self;
}

fn main() {
    let steps: Vec<Box<dyn Step>> = vec![
        Box::new(Compile {
            package: String::from("core"),
        }),
        Box::new(CopyAssets {
            from: String::from("assets"),
            to: String::from("dist/assets"),
        }),
    ];
    for step in &steps {
        println!("{}", step.describe());
    }
}
// ANCHOR_END: trait

struct Compile {
    package: String,
}

impl Step for Compile {
    fn describe(&self) -> String {
        format!("compile {}", self.package)
    }

    fn retry(&self) -> Self {
        Compile {
            package: self.package.clone(),
        }
    }
}

struct CopyAssets {
    from: String,
    to: String,
}

impl Step for CopyAssets {
    fn describe(&self) -> String {
        format!("copy {} to {}", self.from, self.to)
    }

    fn retry(&self) -> Self {
        CopyAssets {
            from: self.from.clone(),
            to: self.to.clone(),
        }
    }
}
