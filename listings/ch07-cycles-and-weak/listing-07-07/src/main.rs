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

    fn find(self: &Rc<Entry>, name: &str) -> Option<Rc<Entry>> {
        if self.name == name {
            return Some(Rc::clone(self));
        }
        let children = self.children.borrow();
        children.iter().find_map(|child| child.find(name))
    }
}

fn main() {
    let project = Entry::root("shop");
    Entry::add(&project, "Cargo.toml");
    let src = Entry::add(&project, "src");
    Entry::add(&src, "main.rs");
    Entry::add(&src, "cart.rs");
    drop(src);

    for name in ["cart.rs", "Cargo.toml", "checkout.rs"] {
        match project.find(name) {
            Some(entry) => println!("{name}: {}", entry.path()),
            None => println!("{name}: not in the project"),
        }
    }
}
