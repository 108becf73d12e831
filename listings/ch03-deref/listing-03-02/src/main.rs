struct Tracked<T> {
    value: T,
    edits: u32,
}

impl<T> Tracked<T> {
    fn new(value: T) -> Self {
        Tracked { value, edits: 0 }
    }
}

fn main() {
    let body = Tracked::new(String::from("Standup moved to Thursday."));
    let words = (*body).split_whitespace().count();
    println!("{words} words, {} edits", body.edits);
}
