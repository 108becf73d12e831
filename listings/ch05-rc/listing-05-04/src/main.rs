use std::rc::Rc;

struct StyleSheet {
    name: String,
}

// ANCHOR: main
impl Drop for StyleSheet {
    fn drop(&mut self) {
        println!("{} freed", self.name);
    }
}

struct Document {
    title: String,
    style: Rc<StyleSheet>,
}

fn open(title: &str, style: &Rc<StyleSheet>) -> Document {
    Document {
        title: String::from(title),
        style: Rc::clone(style),
    }
}

fn main() {
    let house_style = Rc::new(StyleSheet {
        name: String::from("house.css"),
    });
    println!("loaded: {} owner", Rc::strong_count(&house_style));

    let mut open_documents = vec![
        open("Annual report", &house_style),
        open("Staff memo", &house_style),
    ];
    println!(
        "two documents open: {} owners",
        Rc::strong_count(&house_style)
    );

    drop(house_style);
    let memo_style = &open_documents[1].style;
    println!("loader done: {} owners", Rc::strong_count(memo_style));

    let report = open_documents.remove(0);
    println!("closing {}", report.title);
    drop(report);
    let memo_style = &open_documents[0].style;
    println!("one document open: {} owner", Rc::strong_count(memo_style));

    println!("closing {}", open_documents[0].title);
    open_documents.clear();
    println!("no documents open");
}
// ANCHOR_END: main
