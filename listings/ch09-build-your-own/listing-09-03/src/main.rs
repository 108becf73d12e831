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

#[derive(Clone, Copy, Debug, PartialEq)]
enum Status {
    Stale,
    Fresh,
}

// ANCHOR: main
fn main() {
    let status = Cell::new(Status::Stale);
    std::thread::scope(|scope| {
        scope.spawn(|| status.set(Status::Fresh));
        scope.spawn(|| println!("{:?}", status.get()));
    });
}
// ANCHOR_END: main
