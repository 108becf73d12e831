use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Entry {
    name: String,
    parent: Weak<Entry>,
    children: RefCell<Vec<Rc<Entry>>>,
}

impl Entry {
    fn root(name: &str) -> Rc<Entry> {
        Rc::new(Entry {
            name: name.to_string(),
            parent: Weak::new(),
            children: RefCell::new(Vec::new()),
        })
    }

    fn add(parent: &Rc<Entry>, name: &str) -> Rc<Entry> {
        let child = Rc::new(Entry {
            name: name.to_string(),
            parent: Rc::downgrade(parent),
            children: RefCell::new(Vec::new()),
        });
        parent.children.borrow_mut().push(Rc::clone(&child));
        child
    }
}

impl Entry {
    fn path(&self) -> String {
        match self.parent.upgrade() {
            Some(parent) => format!("{}/{}", parent.path(), self.name),
            None => self.name.clone(),
        }
    }
}

// ANCHOR: drop
impl Drop for Entry {
    fn drop(&mut self) {
        println!("removing {}", self.name);
    }
}

fn counts(entry: &Rc<Entry>) {
    println!(
        "  {}: {} strong, {} weak",
        entry.name,
        Rc::strong_count(entry),
        Rc::weak_count(entry)
    );
}

fn main() {
    let project = Entry::root("shop");
    let src = Entry::add(&project, "src");
    let tab = Entry::add(&src, "cart.rs");
    drop(src);
    println!("cart.rs open in a tab:");
    counts(&project);
    counts(&project.children.borrow()[0]);
    counts(&tab);

    println!("deleting src from the tree:");
    project
        .children
        .borrow_mut()
        .retain(|entry| entry.name != "src");
    counts(&project);
    counts(&tab);
    println!("  parent still there: {}", tab.parent.upgrade().is_some());
    println!("  path now: {}", tab.path());
    println!("end of main");
}
// ANCHOR_END: drop
