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
    let mut body = Tracked::new(String::from("Standup moved to Thursday."));
    body.push_str(" Bring the slides.");
    println!("{} bytes, mutable borrows {}", body.len(), body.mut_borrows);
}
// ANCHOR_END: main
