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

fn sign(text: &mut String, author: &str) {
    text.push_str(" -- ");
    text.push_str(author);
}

// ANCHOR: preview
fn preview(body: &Tracked<String>) {
    sign(body, "Priya");
    println!("{}", **body);
}
// ANCHOR_END: preview

fn main() {
    let mut body = Tracked::new(String::from("Standup moved to Thursday."));
    body.push_str(" Bring the slides.");
    preview(&body);
}
