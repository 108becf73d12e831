use std::cell::RefCell;

fn main() {
    let history = RefCell::new(vec![String::from("insert 'Hello'")]);

    let reading = history.borrow();
    history.borrow_mut().push(String::from("delete 5 chars"));

    println!("{} edits, first: {}", reading.len(), reading[0]);
}
