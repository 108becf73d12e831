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

// ANCHOR: shown
fn move_cursor(column: &mut usize, by: usize) {
    *column += by;
}

fn main() {
    let body = Tracked::new(String::from("Standup moved to Thursday."));
    let same = *body == "Standup moved to Thursday.";
    let spelled_out = *Deref::deref(&body) == "Standup moved to Thursday.";
    println!("through Tracked: {same}, spelled out: {spelled_out}");

    let mut column: usize = 0;
    move_cursor(&mut column, 8);
    let shown: &usize = &column;
    println!("through a reference: column {}", *shown);

    let mut snapshot: Box<String> = Box::new(String::from("Standup moved"));
    *snapshot += " to Thursday.";
    println!("through a box: same text as body: {}", *snapshot == *body);

    let restored: String = *snapshot;
    println!("moved out of the box: {restored}");
    println!("mutable borrows of body: {}", body.mut_borrows);
}
// ANCHOR_END: shown
