trait Step {
    fn describe(&self) -> String;
}

// ANCHOR: echo
struct Echo<'a> {
    message: &'a str,
}

impl Step for Echo<'_> {
    fn describe(&self) -> String {
        format!("echo {:?}", self.message)
    }
}

struct Pipeline {
    steps: Vec<Box<dyn Step>>,
}

fn main() {
    let banner = String::from("release build");
    let mut pipeline = Pipeline { steps: Vec::new() };
    pipeline.steps.push(Box::new(Echo { message: &banner }));
    for step in &pipeline.steps {
        println!("{}", step.describe());
    }
}
// ANCHOR_END: echo
