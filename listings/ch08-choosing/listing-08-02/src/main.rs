// ANCHOR: meter
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Counts the bytes requested from the global allocator, and the blocks,
/// that have not yet been given back. `alloc` and `dealloc` go to the
/// system allocator; the other methods keep `GlobalAlloc`'s default bodies,
/// which call these two, so a growing `Vec` takes a new block and gives the
/// old one back.
struct Meter {
    bytes: AtomicUsize,
    blocks: AtomicUsize,
}

/// What the meter showed at one moment.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Reading {
    bytes: usize,
    blocks: usize,
}

impl Meter {
    fn reading(&self) -> Reading {
        Reading {
            bytes: self.bytes.load(Ordering::Relaxed),
            blocks: self.blocks.load(Ordering::Relaxed),
        }
    }

    /// The growth since `start`: what is held now minus what was held
    /// then, or zero where less is held now (it never underflows).
    fn held_since(&self, start: Reading) -> Reading {
        let now = self.reading();
        Reading {
            bytes: now.bytes.saturating_sub(start.bytes),
            blocks: now.blocks.saturating_sub(start.blocks),
        }
    }
}

// SAFETY: `alloc` and `dealloc` pass their arguments unchanged to `System`,
// which upholds `GlobalAlloc`'s contract, and the default `realloc` and
// `alloc_zeroed` are built on them; the counters only observe.
unsafe impl GlobalAlloc for Meter {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let block = unsafe { System.alloc(layout) };
        if !block.is_null() {
            self.bytes.fetch_add(layout.size(), Ordering::Relaxed);
            self.blocks.fetch_add(1, Ordering::Relaxed);
        }
        block
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        unsafe { System.dealloc(block, layout) };
        self.bytes.fetch_sub(layout.size(), Ordering::Relaxed);
        self.blocks.fetch_sub(1, Ordering::Relaxed);
    }
}

#[global_allocator]
static METER: Meter = Meter {
    bytes: AtomicUsize::new(0),
    blocks: AtomicUsize::new(0),
};
// ANCHOR_END: meter

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

// ANCHOR: measure
fn measure<R>(label: &str, make: impl FnOnce() -> R) {
    let start = METER.reading();
    let value = make();
    let held = METER.held_since(start);
    drop(value);
    let (count, bytes) = (held.blocks, held.bytes);
    println!("{label:<36}{count:>2} allocation(s){bytes:>4} bytes");
}

fn main() {
    let path = "reports/2024/q3.pdf";
    println!("path: {path:?} ({} bytes)", path.len());
    measure("Box::new(42_u64)", || Box::new(42_u64));
    measure("Rc::new(42_u64)", || Rc::new(42_u64));
    measure("Arc::new(42_u64)", || Arc::new(42_u64));
    measure("Rc::new(RefCell::new(42_u64))", || {
        Rc::new(RefCell::new(42_u64))
    });
    measure("Arc::new(Mutex::new(42_u64))", || {
        Arc::new(Mutex::new(42_u64))
    });
    measure("Rc::new(path.to_string())", || Rc::new(path.to_string()));
    measure("Rc::<str>::from(path)", || Rc::<str>::from(path));
    let shared = Rc::new(42_u64);
    measure("Rc::clone(&shared)", || Rc::clone(&shared));
}
// ANCHOR_END: measure
