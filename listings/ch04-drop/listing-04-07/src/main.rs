struct Document {
    name: &'static str,
    text: &'static str,
}

impl Document {
    fn open(name: &'static str) -> Document {
        println!("opened {name}");
        let text = match name {
            "notes.md" => "buy paper, call the printer",
            "todo.md" => "fix the footer",
            _ => "",
        };
        Document { name, text }
    }

    fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }
}

impl Drop for Document {
    fn drop(&mut self) {
        println!("closed {}", self.name);
    }
}

// ANCHOR: main
fn main() {
    let words = Document::open("notes.md").word_count();
    println!("notes.md: {words} words");

    println!("todo.md: {} words", Document::open("todo.md").word_count());

    println!("done counting");
}
// ANCHOR_END: main
