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
    let draft = Document::open("draft-1.md");
    println!("reviewing {}", draft.name);

    let draft = Document::open("draft-2.md");
    println!("reviewing {}", draft.name);

    println!("end of main");
}
// ANCHOR_END: main
