use std::rc::Rc;

struct StyleSheet {
    name: String,
    font_size: u32,
}

fn load_style_sheet(name: &str) -> StyleSheet {
    println!("loading {name}");
    StyleSheet {
        name: String::from(name),
        font_size: 11,
    }
}

// ANCHOR: editor
struct Document {
    title: String,
    style: Rc<StyleSheet>,
}

struct Editor {
    open: Vec<Document>,
}

impl Editor {
    fn open(&mut self, title: &str, sheet_name: &str) {
        let in_use = self.open.iter().find(|doc| doc.style.name == sheet_name);
        let style = match in_use {
            Some(document) => Rc::clone(&document.style),
            None => Rc::new(load_style_sheet(sheet_name)),
        };
        let title = String::from(title);
        self.open.push(Document { title, style });
    }
}

fn main() {
    let mut editor = Editor { open: Vec::new() };
    editor.open("Annual report", "house.css");
    editor.open("Staff memo", "house.css");
    editor.open("Invoice", "invoice.css");
    for document in &editor.open {
        let style = &document.style;
        println!(
            "{}: {} at {}pt",
            document.title, style.name, style.font_size
        );
    }
}
// ANCHOR_END: editor
