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

// ANCHOR: main
fn main() {
    let mut body = Tracked::new(String::from("Standup moved to Thursday."));
    body.push_str(" Bring the slides.");
    println!("{} bytes, edit count {}", body.len(), body.edits);
}
// ANCHOR_END: main
