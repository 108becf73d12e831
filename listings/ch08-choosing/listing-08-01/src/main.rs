use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::{self, Rc};
use std::sync::{Arc, Mutex, RwLock};

// ANCHOR: sizes
fn sizes<T: Clone>() -> Vec<(&'static str, usize)> {
    vec![
        ("T", size_of::<T>()),
        ("&T", size_of::<&T>()),
        ("&mut T", size_of::<&mut T>()),
        ("Box<T>", size_of::<Box<T>>()),
        ("Rc<T>", size_of::<Rc<T>>()),
        ("rc::Weak<T>", size_of::<rc::Weak<T>>()),
        ("Cell<T>", size_of::<Cell<T>>()),
        ("RefCell<T>", size_of::<RefCell<T>>()),
        ("OnceCell<T>", size_of::<OnceCell<T>>()),
        ("Arc<T>", size_of::<Arc<T>>()),
        ("Mutex<T>", size_of::<Mutex<T>>()),
        ("RwLock<T>", size_of::<RwLock<T>>()),
        ("Cow<'_, T>", size_of::<Cow<'_, T>>()),
        ("Option<Box<T>>", size_of::<Option<Box<T>>>()),
    ]
}

fn main() {
    let numbers = sizes::<u64>();
    let names = sizes::<String>();

    println!("{:<16}{:>10}{:>12}", "type", "T = u64", "T = String");
    for ((kind, with_u64), (_, with_string)) in numbers.iter().zip(&names) {
        println!("{kind:<16}{with_u64:>10}{with_string:>12}");
    }

    println!();
    println!("{:<16}{:>10}", "type", "T = str");
    for (kind, size) in [
        ("&T", size_of::<&str>()),
        ("Box<T>", size_of::<Box<str>>()),
        ("Rc<T>", size_of::<Rc<str>>()),
        ("Cow<'_, T>", size_of::<Cow<'_, str>>()),
    ] {
        println!("{kind:<16}{size:>10}");
    }
}
// ANCHOR_END: sizes
