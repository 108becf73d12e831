use std::collections::HashSet;

struct SpellChecker {
    dictionary: HashSet<&'static str>,
    checked: u32,
}

impl SpellChecker {
    fn is_known(&self, word: &str) -> bool {
        self.checked += 1;
        self.dictionary.contains(&word)
    }
}

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

fn main() {
    let checker = SpellChecker {
        dictionary: HashSet::from([
            "the", "build", "failed", "passed", "again",
        ]),
        checked: 0,
    };
    let title = Buffer {
        name: "title",
        text: "the biuld failed again",
        checker: &checker,
    };
    let notes = Buffer {
        name: "notes",
        text: "the build pased",
        checker: &checker,
    };
    for buffer in [&title, &notes] {
        println!("{}: {} typos", buffer.name, buffer.typos());
    }
    println!("{} words checked", checker.checked);
}
