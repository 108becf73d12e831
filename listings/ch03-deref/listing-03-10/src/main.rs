use std::ops::Deref;

struct Tracked<T> {
    value: T,
    mut_borrows: u32,
}

impl<T> Tracked<T> {
    fn new(value: T) -> Self {
        Tracked {
            value,
            mut_borrows: 0,
        }
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
    println!(
        "{} bytes after {} mutable borrows",
        body.len(),
        body.mut_borrows
    );
    println!("{body}");
}
// ANCHOR_END: main
