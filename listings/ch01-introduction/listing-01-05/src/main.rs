// ANCHOR: font
use std::cell::RefCell;
use std::collections::HashMap;

struct Font {
    name: &'static str,
    widths: RefCell<HashMap<String, u32>>,
}

impl Font {
    fn width(&self, word: &str) -> u32 {
        if let Some(&known) = self.widths.borrow().get(word) {
            return known;
        }
        let measured = word
            .chars()
            .map(|c| if c.is_uppercase() { 9 } else { 7 })
            .sum();
        self.widths.borrow_mut().insert(word.to_string(), measured);
        measured
    }

    fn words_measured(&self) -> usize {
        self.widths.borrow().len()
    }

    // ANCHOR: capitals
    fn measure_capitals(&self) {
        for word in self.widths.borrow().keys() {
            self.width(&word.to_uppercase());
        }
    }
    // ANCHOR_END: capitals
}
// ANCHOR_END: font

struct Pane<'f> {
    font: &'f Font,
    text: String,
}

impl Pane<'_> {
    fn text_width(&self) -> u32 {
        self.text.split(' ').map(|word| self.font.width(word)).sum()
    }
}

// ANCHOR: main
fn main() {
    let font = Font {
        name: "Serif",
        widths: RefCell::new(HashMap::new()),
    };
    let title = Pane {
        font: &font,
        text: String::from("Quarterly report"),
    };
    let body = Pane {
        font: &font,
        text: String::from("the report of the quarter"),
    };
    println!("title: {} points wide", title.text_width());
    println!("body: {} points wide", body.text_width());
    println!("{} has measured {} words", font.name, font.words_measured());
    font.measure_capitals();
    println!("{} has measured {} words", font.name, font.words_measured());
}
// ANCHOR_END: main
