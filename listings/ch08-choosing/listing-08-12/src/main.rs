use std::cell::RefCell;
use std::mem;
use std::process;
use std::rc::Rc;

struct Buffer {
    name: &'static str,
    views: RefCell<Vec<Rc<View>>>,
}

struct View {
    buffer: Rc<Buffer>,
}

impl Drop for Buffer {
    fn drop(&mut self) {
        println!("closing buffer {}", self.name);
    }
}

fn open(name: &'static str) -> Rc<Buffer> {
    Rc::new(Buffer {
        name,
        views: RefCell::new(Vec::new()),
    })
}

fn main() {
    let notes = open("notes.md");
    let view = Rc::new(View {
        buffer: Rc::clone(&notes),
    });
    notes.views.borrow_mut().push(Rc::clone(&view));
    let owners = Rc::strong_count(&notes);
    println!("{} is open in a view; owners: {owners}", view.buffer.name);
    let watcher = Rc::downgrade(&notes);
    drop(view);
    drop(notes);
    let owners = watcher.strong_count();
    let alive = watcher.upgrade().is_some();
    println!("handles dropped; owners: {owners}, still alive: {alive}");

    let draft = open("draft.txt");
    mem::forget(draft);
    println!("forgot draft.txt");

    let scratch = open("scratch.txt");
    drop(scratch);

    let todo = open("todo.txt");
    println!("{} is open; exiting", todo.name);
    process::exit(0);
}
