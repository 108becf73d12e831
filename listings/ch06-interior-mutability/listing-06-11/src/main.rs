use std::cell::RefCell;
use std::rc::Rc;

// ANCHOR: editor
struct StyleSheet {
    name: String,
    font_size: u32,
}

impl Drop for StyleSheet {
    fn drop(&mut self) {
        println!("  {} unloaded", self.name);
    }
}

type SharedSheet = Rc<RefCell<StyleSheet>>;

struct Document {
    title: String,
    style: SharedSheet,
}

#[derive(Default)]
struct Editor {
    open: Vec<Document>,
}

impl Editor {
    fn sheet_in_use(&self, name: &str) -> Option<&SharedSheet> {
        self.open
            .iter()
            .map(|document| &document.style)
            .find(|style| style.borrow().name == name)
    }

    fn open(&mut self, title: &str, sheet: &str) {
        let style = match self.sheet_in_use(sheet) {
            Some(style) => Rc::clone(style),
            None => {
                println!("  loading {sheet}");
                let name = String::from(sheet);
                Rc::new(RefCell::new(StyleSheet {
                    name,
                    font_size: 11,
                }))
            }
        };
        let title = String::from(title);
        self.open.push(Document { title, style });
    }

    fn reload(&self, sheet: &str, font_size: u32) {
        if let Some(style) = self.sheet_in_use(sheet) {
            style.borrow_mut().font_size = font_size;
        }
    }

    fn close(&mut self, title: &str) -> Option<Document> {
        let index = self.open.iter().position(|doc| doc.title == title)?;
        Some(self.open.remove(index))
    }
}
// ANCHOR_END: editor

// ANCHOR: main
fn render(document: &Document) {
    let style = document.style.borrow();
    let title = &document.title;
    println!("  {title}: {} at {}pt", style.name, style.font_size);
}

fn main() {
    let mut editor = Editor::default();
    println!("open report, memo, invoice");
    editor.open("report", "house.css");
    editor.open("memo", "house.css");
    editor.open("invoice", "invoice.css");

    println!("reload house.css");
    editor.reload("house.css", 12);
    editor.open.iter().for_each(render);

    println!("print the memo, then close it and the report");
    let memo = editor.close("memo").expect("memo is open");
    let print_job = Rc::clone(&memo.style);
    drop(memo);
    editor.close("report");
    println!("  house.css owners: {}", Rc::strong_count(&print_job));

    println!("print job done");
    drop(print_job);
    println!("close invoice");
    editor.close("invoice");
}
// ANCHOR_END: main
