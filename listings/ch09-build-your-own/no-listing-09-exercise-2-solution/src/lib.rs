//! The `Rc<T>` and `Weak<T>` of Listing 9-11, with std's `Cell` for the
//! counts, and three pieces more: `Rc::new_cyclic`, `Clone` for `Weak` and
//! `Weak::weak_count`. Then a build target that hands its jobs a link back
//! to itself.

use std::alloc::{Layout, dealloc};
use std::cell::Cell;
use std::marker::PhantomData;
use std::mem::{self, MaybeUninit};
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

    /// Builds the value with `make`, which receives a `Weak` to the block
    /// the value will live in. The `Weak` upgrades to `None` until
    /// `new_cyclic` returns.
    pub fn new_cyclic(make: impl FnOnce(&Weak<T>) -> T) -> Rc<T> {
        // A block with no value yet. `MaybeUninit<T>` has the size and
        // alignment of `T`, and `#[repr(C)]` lays out the fields the same
        // way, so the block is also a valid home for an `RcInner<T>`.
        let block = Box::into_raw(Box::new(RcInner {
            strong: Cell::new(0),
            weak: Cell::new(1),
            value: MaybeUninit::<T>::uninit(),
        }));
        let block = NonNull::new(block).expect("a box is never null").cast();
        // The weak count the strong handles will share, lent to `make` as
        // a `Weak`. If `make` panics, dropping it frees the block.
        let shared: Weak<T> = Weak { block };
        let value = make(&shared);
        // SAFETY: the block is allocated, since `shared` holds a weak count.
        // The strong count is 0, so no `Rc` exists and `upgrade` has made
        // none: nothing reads the field while it is written.
        unsafe { (&raw mut (*block.as_ptr()).value).write(value) };
        shared.strong().set(1);
        // The first `Rc` takes over `shared`'s weak count.
        mem::forget(shared);
        Rc {
            block,
            _owns: PhantomData,
        }
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

    /// The number of `Weak`s, or 0 once no `Rc` is left, as std's.
    pub fn weak_count(&self) -> usize {
        if self.strong().get() == 0 {
            return 0;
        }
        // Leave out the weak count that the strong handles share.
        self.weak().get() - 1
    }
}

impl<T> Clone for Weak<T> {
    fn clone(&self) -> Weak<T> {
        let weak = self.weak();
        weak.set(weak.get().checked_add(1).expect("too many Weaks"));
        Weak { block: self.block }
    }
}

impl<T> Drop for Weak<T> {
    fn drop(&mut self) {
        let weak = self.weak();
        weak.set(weak.get() - 1);
        if weak.get() == 0 {
            let layout = Layout::new::<RcInner<T>>();
            // SAFETY: both counts are zero, so nothing else points to the
            // block, and the value was dropped when the strong count reached
            // zero, or never written if `new_cyclic`'s closure panicked. The
            // block came from `Box::into_raw`, so the global allocator frees
            // it with this layout, which is also that of `new_cyclic`'s
            // `RcInner<MaybeUninit<T>>`.
            unsafe { dealloc(self.block.as_ptr().cast(), layout) };
        }
    }
}

/// A build target. Its jobs report back to it through a `Weak`, so that a
/// job still running does not keep a removed target alive.
pub struct Target {
    pub name: String,
    me: Weak<Target>,
}

impl Target {
    pub fn new(name: &str) -> Rc<Target> {
        Rc::new_cyclic(|me| Target {
            name: name.to_owned(),
            me: me.clone(),
        })
    }

    pub fn spawn_job(&self) -> Job {
        Job {
            target: self.me.clone(),
        }
    }
}

/// A compile job, with a link to the target it builds.
#[derive(Clone)]
pub struct Job {
    pub target: Weak<Target>,
}

impl Job {
    /// The name of the target, if it is still in the build.
    pub fn target_name(&self) -> Option<String> {
        self.target.upgrade().map(|target| target.name.clone())
    }
}
