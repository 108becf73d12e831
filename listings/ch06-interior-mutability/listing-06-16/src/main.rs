use std::cell::RefCell;
use std::collections::BTreeSet;
use std::thread;

const DICTIONARY: [&str; 4] = ["the", "build", "test", "passed"];

fn log_unknown(text: &str, unknown: &RefCell<BTreeSet<String>>) {
    for word in text.split_whitespace() {
        if !DICTIONARY.contains(&word) {
            unknown.borrow_mut().insert(word.to_string());
        }
    }
}

fn main() {
    let unknown = RefCell::new(BTreeSet::new());
    thread::scope(|scope| {
        scope.spawn(|| log_unknown("the biuld passed", &unknown));
        scope.spawn(|| log_unknown("the tset passed", &unknown));
    });
    println!("{:?}", unknown.borrow());
}
