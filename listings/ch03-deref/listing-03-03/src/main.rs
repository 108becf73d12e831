use std::mem::offset_of;
use std::ops::Deref;
use std::ptr;

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

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

// ANCHOR: chain
fn main() {
    let body = Tracked::new(String::from("Standup moved to Thursday."));

    let whole: &Tracked<String> = &body;
    let string: &String = Deref::deref(whole);
    let text: &str = Deref::deref(string);
    println!("step by step: {} words", word_count(text));
    #[allow(clippy::explicit_auto_deref)]
    let by_hand = word_count(&**body);
    println!("in one line:  {by_hand} words");

    println!("Tracked<String>: {} bytes", size_of::<Tracked<String>>());
    println!("&Tracked<String>: {} bytes", size_of::<&Tracked<String>>());
    println!("&String: {} bytes", size_of::<&String>());
    println!("&str: {} bytes, length {}", size_of::<&str>(), text.len());
    println!("heap buffer: {} bytes", body.value.capacity());
    println!("mutable borrows so far: {}", body.mut_borrows);
    let at_field = ptr::eq(string, &body.value);
    println!("&String points at body.value: {at_field}");
    let offset = offset_of!(Tracked<String>, value);
    println!("body.value sits at offset {offset} of body");
    let at_buffer = ptr::eq(text.as_ptr(), body.value.as_ptr());
    println!("&str points at the heap buffer: {at_buffer}");
}
// ANCHOR_END: chain
