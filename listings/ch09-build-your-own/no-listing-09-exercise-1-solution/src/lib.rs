//! The `Rc<T>` and `Weak<T>` of Listing 9-11, with std's `Cell` for the
//! counts, and two methods more: `Rc::get_mut` and `Rc::try_unwrap`.

use std::alloc::{Layout, dealloc};
use std::cell::Cell;
use std::marker::PhantomData;
use std::mem::ManuallyDrop;
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
        // A weak count of 1 is the one the strong handles share: no `Weak`.
        if this.strong().get() != 1 || this.weak().get() != 1 {
            return None;
        }
        // SAFETY: no other `Rc` exists whose `deref` could lend a `&T`, and
        // no `Weak` that could `upgrade` to one. `this` stays borrowed
        // mutably while the `&mut T` lives, so it can neither lend a `&T`
        // nor be cloned or downgraded. The `&mut T` is the only path to
        // the value.
        Some(unsafe { &mut (*this.block.as_ptr()).value })
    }

    /// The value if `this` is its only `Rc`, else `this` unchanged. A
    /// `Weak` does not stop it; it no longer upgrades afterwards.
    pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>> {
        if this.strong().get() != 1 {
            return Err(this);
        }
        // `this` must not run its `drop`: the value leaves the block here.
        let this = ManuallyDrop::new(this);
        // SAFETY: `this` is the only `Rc`, so nothing borrows the value.
        // After the read, the strong count is 0, so no `Rc` can be made
        // that would read the value again, and no `drop` will drop it: a
        // `Weak` only frees the block.
        let value =
            unsafe { ptr::read(&raw const (*this.block.as_ptr()).value) };
        this.strong().set(0);
        // The weak count the strong handles shared: giving it back frees
        // the block now if no `Weak` is left.
        drop(Weak { block: this.block });
        Ok(value)
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
