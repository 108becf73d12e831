use std::cell::{BorrowMutError, Ref, RefCell};
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

    fn unknown_words(&self) -> Ref<'_, BTreeSet<String>> {
        self.unknown.borrow()
    }
}

// ANCHOR: clear
impl SpellChecker {
    fn clear_log(&self) -> Result<usize, BorrowMutError> {
        let mut unknown = self.unknown.try_borrow_mut()?;
        let cleared = unknown.len();
        unknown.clear();
        Ok(cleared)
    }
}

fn main() {
    let checker = SpellChecker {
        dictionary: HashSet::from([
            "the", "build", "failed", "passed", "again",
        ]),
        unknown: RefCell::new(BTreeSet::new()),
    };
    for word in "the biuld pased".split_whitespace() {
        checker.is_known(word);
    }

    let report = checker.unknown_words();
    println!("report panel shows {:?}", *report);
    match checker.clear_log() {
        Ok(cleared) => println!("cleared {cleared} words"),
        Err(err) => println!("clear refused: {err}"),
    }

    drop(report);
    match checker.clear_log() {
        Ok(cleared) => println!("cleared {cleared} words"),
        Err(err) => println!("clear refused: {err}"),
    }

    let mut editor = checker.unknown.borrow_mut();
    editor.insert(String::from("tset"));
    match checker.unknown.try_borrow() {
        Ok(words) => println!("report panel shows {:?}", *words),
        Err(err) => println!("report refused: {err}"),
    }
}
// ANCHOR_END: clear
