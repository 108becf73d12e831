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
struct Document<'s> {
    title: String,
    style: &'s StyleSheet,
}

struct Editor<'s> {
    open: Vec<Document<'s>>,
}

impl<'s> Editor<'s> {
    fn open(&mut self, title: &str, sheet_name: &str) {
        let in_use = self.open.iter().find(|doc| doc.style.name == sheet_name);
        let style = match in_use {
            Some(document) => document.style,
            None => {
                let sheet = load_style_sheet(sheet_name);
                &sheet
            }
        };
        let title = String::from(title);
        self.open.push(Document { title, style });
    }
}
// ANCHOR_END: editor

fn main() {
    let mut editor = Editor { open: Vec::new() };
    editor.open("Annual report", "house.css");
    editor.open("Staff memo", "house.css");
    for document in &editor.open {
        let style = document.style;
        println!(
            "{}: {} at {}pt",
            document.title, style.name, style.font_size
        );
    }
}
