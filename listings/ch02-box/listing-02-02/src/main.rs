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

// ANCHOR: main
fn main() {
    let steps = vec![
        Compile {
            package: String::from("editor"),
        },
        CopyAssets {
            from: String::from("assets"),
            to: String::from("dist/assets"),
        },
    ];
    for step in &steps {
        println!("{}", step.describe());
    }
}
// ANCHOR_END: main
