use std::cell::UnsafeCell;
use std::ops::{Deref, DerefMut};

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

pub struct RefCell<T> {
    state: Cell<isize>,
    value: UnsafeCell<T>,
}

#[derive(Debug)]
pub struct BorrowMutError;

impl<T> RefCell<T> {
    pub const fn new(value: T) -> RefCell<T> {
        RefCell {
            state: Cell::new(0),
            value: UnsafeCell::new(value),
        }
    }

    #[track_caller]
    pub fn borrow(&self) -> Ref<'_, T> {
        let state = self.state.get();
        if state < 0 {
            panic!("already mutably borrowed");
        }
        let readers = state.checked_add(1).expect("too many shared borrows");
        self.state.set(readers);
        Ref { cell: self }
    }

    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, BorrowMutError> {
        if self.state.get() != 0 {
            return Err(BorrowMutError);
        }
        self.state.set(-1);
        Ok(RefMut { cell: self })
    }

    #[track_caller]
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        match self.try_borrow_mut() {
            Ok(guard) => guard,
            Err(BorrowMutError) => panic!("already borrowed"),
        }
    }

    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

pub struct Ref<'b, T> {
    cell: &'b RefCell<T>,
}

impl<T> Deref for Ref<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        // SAFETY: while this guard lives, the state is positive, so no
        // `RefMut` exists and `try_borrow_mut` refuses to make one. Only
        // shared references into `value` can exist.
        unsafe { &*self.cell.value.get() }
    }
}

impl<T> Drop for Ref<'_, T> {
    fn drop(&mut self) {
        self.cell.state.set(self.cell.state.get() - 1);
    }
}

pub struct RefMut<'b, T> {
    cell: &'b RefCell<T>,
}

impl<T> Deref for RefMut<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        // SAFETY: while this guard lives, the state is -1, so no other
        // guard exists and none can be made. References into `value` come
        // only from this guard, and the borrow checker keeps the ones from
        // `deref` and `deref_mut` apart, as it does for the guard itself.
        unsafe { &*self.cell.value.get() }
    }
}

impl<T> DerefMut for RefMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as in `deref`; `&mut self` proves no other reference
        // from this guard is alive.
        unsafe { &mut *self.cell.value.get() }
    }
}

impl<T> Drop for RefMut<'_, T> {
    fn drop(&mut self) {
        self.cell.state.set(0);
    }
}

struct Editor {
    history: RefCell<Vec<&'static str>>,
}

impl Editor {
    fn record(&self, edit: &'static str) {
        self.history.borrow_mut().push(edit);
    }
}

// ANCHOR: main
fn compact(editor: &Editor) -> Result<usize, BorrowMutError> {
    let mut history = editor.history.try_borrow_mut()?;
    history.dedup();
    Ok(history.len())
}

fn main() {
    let editor = Editor {
        history: RefCell::new(Vec::new()),
    };
    editor.record("bold line 1");
    editor.record("bold line 1");
    editor.record("delete line 7");

    let menu = editor.history.borrow();
    println!("menu open: {:?}", compact(&editor));
    drop(menu);
    println!("menu closed: {:?}", compact(&editor));
    println!("state {}", editor.history.state.get());
}
// ANCHOR_END: main
