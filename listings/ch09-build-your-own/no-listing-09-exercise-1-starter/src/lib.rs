//! The `Rc<T>` and `Weak<T>` of Listing 9-11, with std's `Cell` for the
//! counts, and two methods more: `Rc::get_mut` and `Rc::try_unwrap`.

use std::alloc::{Layout, dealloc};
use std::cell::Cell;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr::{self, NonNull};

#[repr(C)]
struct RcInner<T> {
    strong: Cell<usize>,
    weak: Cell<usize>,
    value: T,
}

#[repr(transparent)]
pub struct Rc<T> {
    block: NonNull<RcInner<T>>,
    _owns: PhantomData<RcInner<T>>,
}

pub struct Weak<T> {
    block: NonNull<RcInner<T>>,
}

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
        // them gives it back, so the block is allocated. The reference
        // covers the counter alone, not the value.
        unsafe { &(*self.block.as_ptr()).strong }
    }

    fn weak(&self) -> &Cell<usize> {
        // SAFETY: as in `strong`.
        unsafe { &(*self.block.as_ptr()).weak }
    }

    pub fn strong_count(this: &Rc<T>) -> usize {
        this.strong().get()
    }

    pub fn weak_count(this: &Rc<T>) -> usize {
        this.weak().get() - 1
    }

    pub fn downgrade(this: &Rc<T>) -> Weak<T> {
        let weak = this.weak();
        weak.set(weak.get().checked_add(1).expect("too many Weaks"));
        Weak { block: this.block }
    }

    /// A `&mut` to the value if `this` is its only `Rc` and no `Weak`
    /// points to it, else `None`.
    pub fn get_mut(this: &mut Rc<T>) -> Option<&mut T> {
        todo!()
    }

    /// The value if `this` is its only `Rc`, else `this` unchanged. A
    /// `Weak` does not stop it; it no longer upgrades afterwards.
    pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>> {
        todo!()
    }
}

impl<T> Clone for Rc<T> {
    fn clone(&self) -> Rc<T> {
        let strong = self.strong();
        strong.set(strong.get().checked_add(1).expect("too many Rcs"));
        Rc {
            block: self.block,
            _owns: PhantomData,
        }
    }
}

impl<T> Deref for Rc<T> {
    type Target = T;

    fn deref(&self) -> &T {
        // SAFETY: `self` holds a strong count for as long as the returned
        // reference lives, and `get_mut` lends a `&mut T` only while no
        // other handle exists and `self` is not borrowed.
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
        // Gives the shared weak count back after the value is dropped, even
        // if its destructor panics.
        let _shared = Weak { block: self.block };
        // SAFETY: this was the last `Rc` and no reference to the value
        // outlives it; the zero count means it is never used again.
        unsafe { ptr::drop_in_place(&raw mut (*self.block.as_ptr()).value) };
    }
}

impl<T> Weak<T> {
    fn strong(&self) -> &Cell<usize> {
        // SAFETY: `self` holds a weak count, so the block is allocated,
        // though the value may be gone. The reference covers the counter.
        unsafe { &(*self.block.as_ptr()).strong }
    }

    fn weak(&self) -> &Cell<usize> {
        // SAFETY: as in `strong`.
        unsafe { &(*self.block.as_ptr()).weak }
    }

    pub fn upgrade(&self) -> Option<Rc<T>> {
        let strong = self.strong();
        if strong.get() == 0 {
            return None;
        }
        strong.set(strong.get().checked_add(1).expect("too many Rcs"));
        Some(Rc {
            block: self.block,
            _owns: PhantomData,
        })
    }

    pub fn strong_count(&self) -> usize {
        self.strong().get()
    }
}

impl<T> Drop for Weak<T> {
    fn drop(&mut self) {
        let weak = self.weak();
        weak.set(weak.get() - 1);
        if weak.get() == 0 {
            let layout = Layout::new::<RcInner<T>>();
            // SAFETY: both counts are zero, so nothing else points to the
            // block, and the value was dropped or moved out when the strong
            // count reached zero. The block came from `Box::into_raw`, so
            // the global allocator frees it with this layout.
            unsafe { dealloc(self.block.as_ptr().cast(), layout) };
        }
    }
}
