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
    let body = Tracked::new(String::from("Standup moved to Thursday."));
    let text: String = *body;
    println!("took {} bytes out after {} edits", text.len(), body.edits);
}
// ANCHOR_END: main
