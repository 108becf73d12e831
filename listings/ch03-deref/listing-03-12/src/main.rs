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

// ANCHOR: shown
impl<T> DerefMut for Tracked<T> {
    fn deref_mut(&mut self) -> &mut T {
        self.mut_borrows += 1;
        &mut self.value
    }
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

fn sign(text: &mut String, author: &str) {
    text.push_str(" -- ");
    text.push_str(author);
}

fn finish(body: &mut Tracked<String>) {
    sign(body, "Priya");
    println!("signed: {} words", word_count(body));
}

fn main() {
    let mut body = Tracked::new(String::from("Standup moved to Thursday."));
    println!(
        "opened: {} bytes, mutable borrows {}",
        body.len(),
        body.mut_borrows
    );

    body.push_str(" Bring the slides.");
    println!(
        "typed: {} bytes, mutable borrows {}",
        body.len(),
        body.mut_borrows
    );

    *body = body.replace("Thursday", "Friday");
    println!("replaced: mutable borrows {}", body.mut_borrows);

    finish(&mut body);
    println!("{}", *body);
    println!("closed with mutable borrows {}", body.mut_borrows);
}
// ANCHOR_END: shown
