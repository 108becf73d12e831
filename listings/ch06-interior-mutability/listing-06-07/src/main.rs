use std::cell::RefCell;
use std::collections::{BTreeSet, HashSet};

struct SpellChecker {
    dictionary: HashSet<&'static str>,
    unknown: RefCell<BTreeSet<String>>,
}

impl SpellChecker {
    fn is_known(&self, word: &str) -> bool {
        let known = self.dictionary.contains(&word);
        if !known {
            self.unknown.borrow_mut().insert(word.to_string());
        }
        known
    }

    // ANCHOR: recheck
    fn recheck(&self) -> Vec<String> {
        let mut unknown = self.unknown.borrow_mut();
        let pending = std::mem::take(&mut *unknown);
        drop(unknown);

        pending
            .into_iter()
            .filter(|word| self.is_known(word))
            .collect()
    }
    // ANCHOR_END: recheck
}

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
