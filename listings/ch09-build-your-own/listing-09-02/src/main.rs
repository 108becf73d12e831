use std::cell::UnsafeCell;

pub struct Cell<T> {
    value: UnsafeCell<T>,
}

impl<T> Cell<T> {
    pub const fn new(value: T) -> Cell<T> {
        Cell {
            value: UnsafeCell::new(value),
        }
    }

    pub fn replace(&self, value: T) -> T {
        // SAFETY: true only while no reference into `value` exists, and
        // `peek` below breaks that.
        unsafe { std::mem::replace(&mut *self.value.get(), value) }
    }

    pub fn set(&self, value: T) {
        let old = self.replace(value);
        drop(old);
    }

    // ANCHOR: peek
    pub fn peek(&self) -> &T {
        // UNSOUND: the reference lives as long as `&self`, and nothing
        // stops `set` from replacing the value while it is alive.
        unsafe { &*self.value.get() }
    }
    // ANCHOR_END: peek
}

// ANCHOR: main
struct Document {
    zoom_percent: Cell<u32>,
}

fn main() {
    let doc = Document {
        zoom_percent: Cell::new(100),
    };
    let shown = doc.zoom_percent.peek();
    doc.zoom_percent.set(150);
    let in_status_bar = *shown;
    println!("status bar: {in_status_bar}%");
}
// ANCHOR_END: main
