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

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

fn main() {
    let footer: &str = "Sent from the editor";
    let title: String = String::from("Team notes");
    let file_name: Box<str> = Box::from("standup notes.md");
    let body = Tracked::new(String::from("Standup moved to Thursday."));

    println!("footer: {} words", word_count(footer));
    println!("title:  {} words", word_count(&title));
    println!("file:   {} words", word_count(&file_name));
    println!("body:   {} words", word_count(&body));
    println!("mutable borrows of body: {}", body.mut_borrows);
}
