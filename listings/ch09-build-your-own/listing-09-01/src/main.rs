// ANCHOR: cell
use std::cell::UnsafeCell;

#[repr(transparent)]
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
        // SAFETY: `Cell` never lends a reference into `value`, and it is
        // not `Sync`, so no other reference to the contents exists, on this
        // thread or another. `mem::replace` only moves bytes and runs no
        // code of `T`, so nothing can reach this cell while the `&mut T`
        // is alive.
        unsafe { std::mem::replace(&mut *self.value.get(), value) }
    }

    pub fn set(&self, value: T) {
        let old = self.replace(value);
        drop(old);
    }

    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

impl<T: Copy> Cell<T> {
    pub fn get(&self) -> T {
        // SAFETY: as in `replace`, no reference into `value` exists. The
        // read copies the bits, and a `Copy` type runs no code when copied.
        unsafe { *self.value.get() }
    }
}

impl<T: Default> Cell<T> {
    pub fn take(&self) -> T {
        self.replace(T::default())
    }
}
// ANCHOR_END: cell

// ANCHOR: target
#[derive(Clone, Copy, Debug, PartialEq)]
enum Status {
    Stale,
    Building,
    Fresh,
}

struct Target {
    name: &'static str,
    status: Cell<Status>,
    log: Cell<Vec<String>>,
}

impl Target {
    fn new(name: &'static str) -> Target {
        Target {
            name,
            status: Cell::new(Status::Stale),
            log: Cell::new(Vec::new()),
        }
    }

    fn build(&self) {
        let before = self.status.replace(Status::Building);
        println!("{}: {before:?} -> {:?}", self.name, self.status.get());
        let mut log = self.log.take();
        log.push(format!("{}: compiled 4 files", self.name));
        self.log.set(log);
        self.status.set(Status::Fresh);
    }
}

fn main() {
    let parser = Target::new("parser.o");
    let lexer = Target::new("lexer.o");
    let editor = [&lexer, &parser];
    let linter = [&parser];
    for target in editor.iter().chain(&linter) {
        if target.status.get() != Status::Fresh {
            target.build();
        }
    }
    println!("{}: {:?}", parser.name, parser.status.get());
    println!("log: {:?}", parser.log.take());
    println!("left in the cell: {:?}", parser.log.into_inner());
}
// ANCHOR_END: target
