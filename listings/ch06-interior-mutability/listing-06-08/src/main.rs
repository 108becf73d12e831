use std::cell::RefCell;
use std::collections::{BTreeSet, HashSet};

struct SpellChecker {
    dictionary: HashSet<&'static str>,
    unknown: RefCell<BTreeSet<String>>,
}

// ANCHOR: recheck
impl SpellChecker {
    fn is_known(&self, word: &str) -> bool {
        let known = self.dictionary.contains(&word);
        if !known {
            self.unknown.borrow_mut().insert(word.to_string());
        }
        known
    }

    fn recheck(&self) -> Vec<String> {
        let mut now_known = Vec::new();
        while let Some(word) = self.unknown.borrow_mut().pop_first() {
            if self.is_known(&word) {
                now_known.push(word);
            }
        }
        now_known
    }
}
// ANCHOR_END: recheck

fn main() {
    let mut checker = SpellChecker {
        dictionary: HashSet::from([
            "the", "build", "failed", "passed", "again",
        ]),
        unknown: RefCell::new(BTreeSet::new()),
    };
    for word in "the biuld failed again and pased".split_whitespace() {
        checker.is_known(word);
    }
    println!("unknown: {:?}", checker.unknown.borrow());

    checker.dictionary.insert("and");
    println!("now known: {:?}", checker.recheck());
    println!("still unknown: {:?}", checker.unknown.borrow());
}
