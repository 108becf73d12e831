use std::rc::{Rc, Weak};

struct Document {
    name: String,
}

impl Drop for Document {
    fn drop(&mut self) {
        println!("closing {}", self.name);
    }
}

fn reopen(recent: &Weak<Document>) {
    match recent.upgrade() {
        Some(document) => println!(
            "reopened {} ({} strong owners while we hold it)",
            document.name,
            Rc::strong_count(&document)
        ),
        None => println!("the document is gone"),
    }
}

fn main() {
    let report = Rc::new(Document {
        name: String::from("report.md"),
    });
    let recent: Weak<Document> = Rc::downgrade(&report);
    println!(
        "strong: {}, weak: {}",
        Rc::strong_count(&report),
        Rc::weak_count(&report)
    );

    reopen(&recent);
    println!("strong after reopen: {}", Rc::strong_count(&report));

    drop(report);
    reopen(&recent);
    println!("strong owners left: {}", recent.strong_count());
}
