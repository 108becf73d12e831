use std::cell::{Ref, RefCell, RefMut};
use std::collections::{BTreeSet, HashSet};

// ANCHOR: map
#[derive(Default)]
struct Session {
    unknown: BTreeSet<String>,
    ignored: BTreeSet<String>,
}

struct SpellChecker {
    dictionary: HashSet<&'static str>,
    session: RefCell<Session>,
}

impl SpellChecker {
    fn is_known(&self, word: &str) -> bool {
        if self.dictionary.contains(&word) {
            return true;
        }
        let mut session = self.session.borrow_mut();
        if session.ignored.contains(word) {
            return true;
        }
        session.unknown.insert(word.to_string());
        false
    }

    fn unknown_words(&self) -> Ref<'_, BTreeSet<String>> {
        Ref::map(self.session.borrow(), |session| &session.unknown)
    }

    fn ignored_words(&self) -> RefMut<'_, BTreeSet<String>> {
        RefMut::map(self.session.borrow_mut(), |session| &mut session.ignored)
    }
}
// ANCHOR_END: map

fn main() {
    let checker = SpellChecker {
        dictionary: HashSet::from(["the", "build", "passed"]),
        session: RefCell::new(Session::default()),
    };
    checker.ignored_words().insert(String::from("tokio"));
    for word in "the tokio biuld passed".split_whitespace() {
        checker.is_known(word);
    }

    let unknown = checker.unknown_words();
    println!("unknown: {:?}", *unknown);
    let busy = checker.session.try_borrow_mut().is_err();
    println!("session busy while the list is shown: {busy}");
}
