use std::collections::BTreeMap;
use std::rc::Rc;

struct StyleSheet {
    name: String,
    rules: Vec<String>,
}

/// Stands in for writing a parsed sheet to an on-disk cache. It takes the
/// sheet by value, as a real writer that moves buffers into a file would.
fn save_parsed(sheet: StyleSheet) {
    println!("saved {} ({} rules) to disk", sheet.name, sheet.rules.len());
}

fn parse(name: &str, rules: &[&str]) -> Rc<StyleSheet> {
    Rc::new(StyleSheet {
        name: String::from(name),
        rules: rules.iter().map(|rule| String::from(*rule)).collect(),
    })
}

// ANCHOR: evict
struct StyleCache {
    loaded: BTreeMap<String, Rc<StyleSheet>>,
}

impl StyleCache {
    fn evict_unused(&mut self) {
        for (name, sheet) in std::mem::take(&mut self.loaded) {
            match Rc::try_unwrap(sheet) {
                Ok(unused) => save_parsed(unused),
                Err(in_use) => {
                    let owners = Rc::strong_count(&in_use);
                    println!("{name} kept: {owners} owners");
                    self.loaded.insert(name, in_use);
                }
            }
        }
    }
}

fn main() {
    let mut cache = StyleCache {
        loaded: BTreeMap::new(),
    };
    for (name, rules) in [
        ("house.css", &["body", "h1", "table"][..]),
        ("memo.css", &["body", "signature"][..]),
    ] {
        cache.loaded.insert(String::from(name), parse(name, rules));
    }
    let report_style = Rc::clone(&cache.loaded["house.css"]);

    cache.evict_unused();
    println!("still cached: {}", cache.loaded.len());
    println!("report uses {}", report_style.name);
}
// ANCHOR_END: evict
