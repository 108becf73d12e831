// ANCHOR: all
use std::cell::{Ref, RefCell, RefMut};
use std::collections::{BTreeSet, HashSet};

struct SpellChecker {
    dictionary: HashSet<&'static str>,
    unknown: RefCell<BTreeSet<String>>,
}

impl SpellChecker {
    fn is_known(&self, word: &str) -> bool {
        let known = self.dictionary.contains(&word);
        if !known {
            let mut unknown: RefMut<'_, BTreeSet<String>> =
                self.unknown.borrow_mut();
            unknown.insert(word.to_string());
        }
        known
    }

    fn unknown_words(&self) -> Ref<'_, BTreeSet<String>> {
        self.unknown.borrow()
    }
}

fn main() {
    let checker = SpellChecker {
        dictionary: HashSet::from([
            "the", "build", "failed", "passed", "again",
        ]),
        unknown: RefCell::new(BTreeSet::new()),
    };
    let title = Buffer {
        name: "title",
        text: "the biuld failed again",
        checker: &checker,
    };
    let notes = Buffer {
        name: "notes",
        text: "the biuld pased",
        checker: &checker,
    };
    for buffer in [&title, &notes] {
        println!("{} typos: {}", buffer.name, buffer.typos());
    }

    let first_look = checker.unknown_words();
    let second_look = checker.unknown_words();
    println!("unknown words: {:?}", *first_look);
    println!("count from a second borrow: {}", second_look.len());
}
// ANCHOR_END: all

struct Buffer<'a> {
    name: &'static str,
    text: &'static str,
    checker: &'a SpellChecker,
}

impl Buffer<'_> {
    fn typos(&self) -> usize {
        let words = self.text.split_whitespace();
        words.filter(|word| !self.checker.is_known(word)).count()
    }
}
