// ANCHOR: documents
struct StyleSheet {
    name: String,
    body_font: String,
    font_size: u32,
}

struct Document {
    title: String,
    style: Box<StyleSheet>,
}

fn main() {
    let house_style = Box::new(StyleSheet {
        name: String::from("house.css"),
        body_font: String::from("Source Serif 4"),
        font_size: 11,
    });

    let report = Document {
        title: String::from("Annual report"),
        style: house_style,
    };
    let memo = Document {
        title: String::from("Staff memo"),
        style: house_style,
    };
    // ANCHOR_END: documents

    for document in [&report, &memo] {
        let style = &document.style;
        println!(
            "{}: {} ({} {}pt)",
            document.title, style.name, style.body_font, style.font_size
        );
    }
}
