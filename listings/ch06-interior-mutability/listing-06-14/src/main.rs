use std::cell::LazyCell;
use std::collections::HashSet;

// ANCHOR: main
fn load_dictionary() -> HashSet<&'static str> {
    println!("loading the dictionary");
    HashSet::from(["the", "build", "passed"])
}

struct SpellChecker {
    dictionary: LazyCell<HashSet<&'static str>>,
}

impl SpellChecker {
    fn unknown_words(&self, text: &str) -> usize {
        let words = text.split_whitespace();
        words.filter(|word| !self.dictionary.contains(word)).count()
    }
}

fn main() {
    let checker = SpellChecker {
        dictionary: LazyCell::new(load_dictionary),
    };
    let files = [
        ("logo.png", None),
        ("notes.md", Some("the biuld passed")),
        ("todo.md", Some("the build")),
    ];
    for (file, text) in files {
        match text {
            None => println!("{file}: not text, skipped"),
            Some(text) => {
                let unknown = checker.unknown_words(text);
                println!("{file}: {unknown} unknown");
            }
        }
    }
}
// ANCHOR_END: main
