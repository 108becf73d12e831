use std::rc::{Rc, Weak};

/// How an archive lists an entry: a file, or a directory and its contents.
enum Listed {
    File(&'static str),
    Dir(&'static str, Vec<Listed>),
}

// ANCHOR: cyclic
struct Entry {
    name: &'static str,
    parent: Weak<Entry>,
    children: Vec<Rc<Entry>>,
}

fn build(listed: &Listed, parent: &Weak<Entry>) -> Rc<Entry> {
    Rc::new_cyclic(|me: &Weak<Entry>| {
        let (name, contents) = match listed {
            Listed::File(name) => (*name, &[][..]),
            Listed::Dir(name, contents) => (*name, &contents[..]),
        };
        let own = me.upgrade().map(|entry| entry.name);
        println!("building {name}: me.upgrade() = {own:?}");
        Entry {
            name,
            parent: parent.clone(),
            children: contents.iter().map(|c| build(c, me)).collect(),
        }
    })
}
// ANCHOR_END: cyclic

impl Entry {
    fn path(&self) -> String {
        match self.parent.upgrade() {
            Some(parent) => format!("{}/{}", parent.path(), self.name),
            None => self.name.to_string(),
        }
    }
}

fn main() {
    let listed = Listed::Dir(
        "backup",
        vec![
            Listed::File("notes.txt"),
            Listed::Dir("photos", vec![Listed::File("beach.jpg")]),
        ],
    );
    let root = build(&listed, &Weak::new());
    let photos = &root.children[1];
    let beach = &photos.children[0];
    println!("{}", beach.path());
    for entry in [&root, photos] {
        let (strong, weak) = (Rc::strong_count(entry), Rc::weak_count(entry));
        println!("{}: {strong} strong, {weak} weak", entry.name);
    }
}
