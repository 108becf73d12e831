use std::cell::RefCell;
use std::rc::Rc;

fn track(title: &str) -> Rc<RefCell<Track>> {
    Rc::new(RefCell::new(Track {
        title: title.to_string(),
        next: None,
        previous: None,
    }))
}

// ANCHOR: debug
#[derive(Debug)]
struct Track {
    title: String,
    next: Option<Rc<RefCell<Track>>>,
    previous: Option<Rc<RefCell<Track>>>,
}

fn main() {
    let overture = track("Overture");
    let finale = track("Finale");
    overture.borrow_mut().next = Some(Rc::clone(&finale));
    finale.borrow_mut().previous = Some(Rc::clone(&overture));

    println!("describing the playlist from {}", overture.borrow().title);
    let report = format!("{overture:?}");
    println!("the report is {} bytes long", report.len());
}
// ANCHOR_END: debug
