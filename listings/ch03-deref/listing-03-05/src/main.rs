use std::ops::Deref;

struct Tracked<T> {
    value: T,
    edits: u32,
}

impl<T> Tracked<T> {
    fn new(value: T) -> Self {
        Tracked { value, edits: 0 }
    }
}

impl<T> Deref for Tracked<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

// ANCHOR: shown
fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

fn main() {
    let title = String::from("Team notes");
    let body = Tracked::new(String::from("Standup moved to Thursday."));

    println!("footer: {} words", word_count("Sent from the editor"));
    println!("title:  {} words", word_count(&title));
    println!("body:   {} words", word_count(&body));
    println!("body has {} edits", body.edits);
}
// ANCHOR_END: shown
