use std::cell::RefCell;
use std::mem;
use std::rc::Rc;

// ANCHOR: types
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
// ANCHOR_END: types

fn open(name: &'static str) -> Rc<Buffer> {
    Rc::new(Buffer {
        name,
        views: RefCell::new(Vec::new()),
    })
}

// ANCHOR: main
fn main() {
    let notes = open("notes.md");
    let view = Rc::new(View {
        buffer: Rc::clone(&notes),
    });
    notes.views.borrow_mut().push(Rc::clone(&view));
    println!("a view of {} is open", view.buffer.name);
    let watcher = Rc::downgrade(&notes);
    drop(view);
    drop(notes);
    let alive = watcher.upgrade().is_some();
    println!("notes.md still alive after its handles are gone: {alive}");

    let draft = open("draft.txt");
    mem::forget(draft);
    println!("forgot draft.txt");

    let todo = open("todo.txt");
    drop(todo);
    println!("end of main");
}
// ANCHOR_END: main
