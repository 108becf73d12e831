use std::cell::RefCell;
use std::rc::Rc;

struct Track {
    title: String,
    next: Option<Rc<RefCell<Track>>>,
    previous: Option<Rc<RefCell<Track>>>,
}

impl Drop for Track {
    fn drop(&mut self) {
        println!("freeing {}", self.title);
    }
}

fn track(title: &str) -> Rc<RefCell<Track>> {
    Rc::new(RefCell::new(Track {
        title: title.to_string(),
        next: None,
        previous: None,
    }))
}

fn main() {
    let overture = track("Overture");
    let finale = track("Finale");
    overture.borrow_mut().next = Some(Rc::clone(&finale));
    finale.borrow_mut().previous = Some(Rc::clone(&overture));

    println!("Overture has {} owners", Rc::strong_count(&overture));
    println!("Finale has {} owners", Rc::strong_count(&finale));

    drop(overture);
    let links = finale.borrow();
    let first = links.previous.as_ref().unwrap();
    println!("after drop(overture), reached through Finale:");
    println!("  Overture has {} owner", Rc::strong_count(first));
    println!("  Finale has {} owners", Rc::strong_count(&finale));
    println!("end of main");
}
