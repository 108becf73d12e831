use std::collections::HashMap;

// ANCHOR: font
struct Font {
    name: &'static str,
    widths: HashMap<String, u32>,
}

impl Font {
    fn width(&self, word: &str) -> u32 {
        if let Some(&known) = self.widths.get(word) {
            return known;
        }
        let measured = word
            .chars()
            .map(|c| if c.is_uppercase() { 9 } else { 7 })
            .sum();
        self.widths.insert(word.to_string(), measured);
        measured
    }
}

struct Pane<'f> {
    font: &'f Font,
    text: String,
}

impl Pane<'_> {
    fn text_width(&self) -> u32 {
        self.text.split(' ').map(|word| self.font.width(word)).sum()
    }
}
// ANCHOR_END: font

fn main() {
    let font = Font {
        name: "Serif",
        widths: HashMap::new(),
    };
    let title = Pane {
        font: &font,
        text: String::from("Quarterly report"),
    };
    let body = Pane {
        font: &font,
        text: String::from("Revenue grew in every quarter"),
    };
    println!(
        "{}: {} and {}",
        font.name,
        title.text_width(),
        body.text_width()
    );
}
