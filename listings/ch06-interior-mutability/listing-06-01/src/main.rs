struct SpellChecker {
    dictionary: Vec<&'static str>,
    unknown: Vec<String>,
}

impl SpellChecker {
    fn is_known(&self, word: &str) -> bool {
        let known = self.dictionary.contains(&word);
        if !known {
            self.unknown.push(word.to_string());
        }
        known
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
        dictionary: vec!["the", "build", "failed", "passed", "again"],
        unknown: Vec::new(),
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
}
