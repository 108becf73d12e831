use std::rc::{Rc, Weak};

struct Document {
    name: String,
}

fn main() {
    let report = Rc::new(Document {
        name: String::from("report.md"),
    });
    let recent: Weak<Document> = Rc::downgrade(&report);
    println!("recently opened: {}", recent.name);
    println!("still open: {}", report.name);
}
