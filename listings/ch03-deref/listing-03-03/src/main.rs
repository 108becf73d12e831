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

// ANCHOR: shown
impl<T> Deref for Tracked<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

fn main() {
    let body = Tracked::new(String::from("Standup moved to Thursday."));
    let words = (*body).split_whitespace().count();
    println!("{words} words, {} edits", body.edits);

    let spelled_out = (*Deref::deref(&body)).split_whitespace().count();
    println!("spelled out: {spelled_out} words");
}
// ANCHOR_END: shown
