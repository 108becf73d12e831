// ANCHOR: all
use std::cell::Cell;
use std::collections::HashSet;

#[derive(Clone, Copy, Debug)]
enum Dialect {
    American,
    British,
}

struct SpellChecker {
    common: HashSet<&'static str>,
    american: HashSet<&'static str>,
    british: HashSet<&'static str>,
    dialect: Cell<Dialect>,
    checked: Cell<u32>,
    unknown: Cell<u32>,
}

impl SpellChecker {
    fn is_known(&self, word: &str) -> bool {
        self.checked.update(|checked| checked + 1);
        let regional = match self.dialect.get() {
            Dialect::American => &self.american,
            Dialect::British => &self.british,
        };
        let known = self.common.contains(&word) || regional.contains(&word);
        if !known {
            self.unknown.update(|unknown| unknown + 1);
        }
        known
    }

    fn switch_dialect(&self, dialect: Dialect) -> Dialect {
        self.dialect.replace(dialect)
    }

    fn take_counts(&self) -> (u32, u32) {
        (self.checked.take(), self.unknown.take())
    }
}

fn check_all(buffers: &[&Buffer], checker: &SpellChecker) {
    for buffer in buffers {
        println!("{} typos: {}", buffer.name, buffer.typos());
    }
    let (checked, unknown) = checker.take_counts();
    println!("{checked} words checked, {unknown} unknown");
}

fn main() {
    let checker = SpellChecker {
        common: HashSet::from(["the", "build", "log", "is", "again"]),
        american: HashSet::from(["color", "gray"]),
        british: HashSet::from(["colour", "grey"]),
        dialect: Cell::new(Dialect::American),
        checked: Cell::new(0),
        unknown: Cell::new(0),
    };
    let title = Buffer {
        name: "title",
        text: "the build log is grey again",
        checker: &checker,
    };
    let notes = Buffer {
        name: "notes",
        text: "the colour again",
        checker: &checker,
    };

    check_all(&[&title, &notes], &checker);
    let previous = checker.switch_dialect(Dialect::British);
    println!("switched from {previous:?} to {:?}", checker.dialect.get());
    check_all(&[&title, &notes], &checker);
    println!("counts after taking: {:?}", checker.take_counts());
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
