use std::alloc::{Layout, dealloc};
use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr::{self, NonNull};

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

#[repr(C)]
struct RcInner<T> {
    strong: Cell<usize>,
    weak: Cell<usize>,
    value: T,
}

// ANCHOR: derive
#[derive(Clone)]
#[repr(transparent)]
pub struct Rc<T> {
    block: NonNull<RcInner<T>>,
    _owns: PhantomData<RcInner<T>>,
}
// ANCHOR_END: derive

impl<T> Rc<T> {
    pub fn new(value: T) -> Rc<T> {
        let block = Box::into_raw(Box::new(RcInner {
            strong: Cell::new(1),
            weak: Cell::new(1),
            value,
        }));
        Rc {
            block: NonNull::new(block).expect("a box is never null"),
            _owns: PhantomData,
        }
    }

    fn strong(&self) -> &Cell<usize> {
        // SAFETY: the strong handles hold a weak count until the last of
        // them gives it back at the end of its `drop`, so the block is
        // allocated. The reference covers the counter alone, not the value.
        unsafe { &(*self.block.as_ptr()).strong }
    }

    fn weak(&self) -> &Cell<usize> {
        // SAFETY: as in `strong`.
        unsafe { &(*self.block.as_ptr()).weak }
    }

    pub fn strong_count(this: &Rc<T>) -> usize {
        this.strong().get()
    }
}

impl<T> Deref for Rc<T> {
    type Target = T;

    fn deref(&self) -> &T {
        // SAFETY: `self` holds a strong count for as long as the returned
        // reference lives. No method lends a `&mut T`, and only `drop`
        // writes the value, after the strong count has reached zero.
        unsafe { &(*self.block.as_ptr()).value }
    }
}

impl<T> Drop for Rc<T> {
    fn drop(&mut self) {
        let strong = self.strong();
        strong.set(strong.get() - 1);
        if strong.get() > 0 {
            return;
        }
        // SAFETY: this was the last `Rc`. No `&T` from `deref` can outlive
        // the `Rc` it came from, so nothing refers to the value, and the
        // zero count means it is never used or dropped again.
        unsafe { ptr::drop_in_place(&raw mut (*self.block.as_ptr()).value) };
        let weak = self.weak();
        weak.set(weak.get() - 1);
        if weak.get() == 0 {
            let layout = Layout::new::<RcInner<T>>();
            // SAFETY: both counts are zero, so no `Rc` or `Weak` points to
            // the block. It came from `Box::into_raw`, whose memory the
            // `Box` docs let us free with the global allocator and this
            // layout. The value was dropped above; `dealloc` drops nothing.
            unsafe { dealloc(self.block.as_ptr().cast(), layout) };
        }
    }
}

// ANCHOR: main
fn main() {
    let cached = Rc::new(String::from("<h1>Release notes</h1>"));
    let served = Rc::clone(&cached);
    println!("serving {} bytes", served.len());
    drop(served);
    println!("owners after the response: {}", Rc::strong_count(&cached));
}
// ANCHOR_END: main
