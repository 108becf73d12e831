use std::ops::Deref;
use std::ptr;

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
    println!("in one line:  {} words", word_count(&**body));

    println!("Tracked<String>: {} bytes", size_of::<Tracked<String>>());
    println!("&Tracked<String>: {} bytes", size_of::<&Tracked<String>>());
    println!("&String: {} bytes", size_of::<&String>());
    println!("&str: {} bytes, length {}", size_of::<&str>(), text.len());
    println!("heap buffer: {} bytes", body.value.capacity());
    println!("edits so far: {}", body.edits);
    let at_field = ptr::eq(string, &body.value);
    println!("&String points at body.value: {at_field}");
    let at_buffer = ptr::eq(text.as_ptr(), body.value.as_ptr());
    println!("&str points at the heap buffer: {at_buffer}");
}
// ANCHOR_END: chain
