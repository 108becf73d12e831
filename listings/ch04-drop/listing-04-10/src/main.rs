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
fn discard(draft: Document) {
    println!("discarding {}", draft.name);
}

fn main() {
    let mut archive = Vec::new();
    {
        let report = Document::open("report.md");
        let draft = Document::open("draft.md");

        archive.push(report);
        discard(draft);
        println!("end of the editing session");
    }
    println!("the archive holds {} document", archive.len());
}
// ANCHOR_END: main
