struct Document {
    name: &'static str,
    text: &'static str,
}

impl Document {
    fn open(name: &'static str) -> Document {
        println!("  opened {name}");
        let text = match name {
            "index.md" => "Welcome to the harbor office",
            "footer.md" => "Open daily",
            "todo.md" => "fix the footer",
            _ => "",
        };
        Document { name, text }
    }

    fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }

    fn title(&self) -> Option<&'static str> {
        self.text.lines().find_map(|line| line.strip_prefix("# "))
    }
}

impl Drop for Document {
    fn drop(&mut self) {
        println!("  closed {}", self.name);
    }
}

// ANCHOR: main
fn main() {
    println!("an if condition:");
    if Document::open("todo.md").word_count() > 2 {
        println!("  todo.md is long");
    }

    println!("the operands of &&:");
    if !Document::open("index.md").text.is_empty()
        && Document::open("footer.md").word_count() > 1
    {
        println!("  the front page is ready");
    }

    println!("the tail expression of a block:");
    let words = {
        let index = Document::open("index.md");
        index.word_count() + Document::open("footer.md").word_count()
    };
    println!("  {words} words on the front page");

    println!("if let ... else:");
    if let Some(title) = Document::open("draft.md").title() {
        println!("  draft.md is titled {title}");
    } else {
        println!("  draft.md has no title yet");
    }
}
// ANCHOR_END: main
