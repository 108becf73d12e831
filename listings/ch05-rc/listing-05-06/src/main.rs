use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(PartialEq)]
struct StyleSheet {
    name: String,
    body_font: String,
    font_size: u32,
}

fn parse_style_sheet(name: &str) -> StyleSheet {
    println!("parsing {name}");
    StyleSheet {
        name: String::from(name),
        body_font: String::from("Source Serif 4"),
        font_size: 11,
    }
}

// ANCHOR: cache
#[derive(Default)]
struct StyleCache {
    loaded: BTreeMap<String, Rc<StyleSheet>>,
}

impl StyleCache {
    fn get(&mut self, name: &str) -> Rc<StyleSheet> {
        if let Some(sheet) = self.loaded.get(name) {
            return Rc::clone(sheet);
        }
        let sheet = Rc::new(parse_style_sheet(name));
        self.loaded.insert(String::from(name), Rc::clone(&sheet));
        sheet
    }
}

fn main() {
    let mut cache = StyleCache::default();
    let report_style = cache.get("house.css");
    let memo_style = cache.get("house.css");
    let invoice_style = Rc::new(parse_style_sheet("house.css"));

    println!("report == memo:    {}", report_style == memo_style);
    println!("report == invoice: {}", report_style == invoice_style);
    println!(
        "same allocation as memo:    {}",
        Rc::ptr_eq(&report_style, &memo_style)
    );
    println!(
        "same allocation as invoice: {}",
        Rc::ptr_eq(&report_style, &invoice_style)
    );
    println!("cached sheet owners: {}", Rc::strong_count(&memo_style));
}
// ANCHOR_END: cache
