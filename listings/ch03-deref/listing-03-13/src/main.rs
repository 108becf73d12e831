use std::ops::Deref;
use std::ops::DerefMut;

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

impl<T> DerefMut for Tracked<T> {
    fn deref_mut(&mut self) -> &mut T {
        self.mut_borrows += 1;
        &mut self.value
    }
}

// ANCHOR: shown
fn widest_line(text: &mut str) -> usize {
    text.lines().map(str::len).max().unwrap_or(0)
}

fn main() {
    let mut body = Tracked::new(String::from("Standup moved to Thursday."));

    let width = widest_line(&mut body);
    println!(
        "widest line: {width} bytes, mutable borrows {}",
        body.mut_borrows
    );

    let text: &mut str = &mut body;
    let shouted = text.to_uppercase();
    println!("{shouted} mutable borrows {}", body.mut_borrows);

    let unchanged = *body == "Standup moved to Thursday.";
    println!(
        "text unchanged: {unchanged}, mutable borrows {}",
        body.mut_borrows
    );
}
// ANCHOR_END: shown
