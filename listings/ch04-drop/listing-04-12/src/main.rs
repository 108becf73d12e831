struct Document {
    name: &'static str,
}

impl Document {
    fn open(name: &'static str) -> Document {
        println!("opened {name}");
        Document { name }
    }
}

impl Drop for Document {
    fn drop(&mut self) {
        println!("closed {}", self.name);
    }
}

// ANCHOR: main
fn main() {
    let mut archive = Vec::new();

    let mut current = Document::open("draft-1.md");
    println!("editing {}", current.name);
    current = Document::open("draft-2.md");
    println!("editing {}", current.name);

    archive.push(current);
    current = Document::open("draft-3.md");
    println!("editing {}", current.name);

    println!("end of main, {} archived", archive.len());
}
// ANCHOR_END: main
