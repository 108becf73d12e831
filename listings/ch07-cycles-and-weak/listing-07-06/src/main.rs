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
use std::rc::{Rc, Weak};

// ANCHOR: track
struct Track {
    title: String,
    next: Option<Rc<RefCell<Track>>>,
    previous: Weak<RefCell<Track>>,
}

fn track(title: &str) -> Rc<RefCell<Track>> {
    Rc::new(RefCell::new(Track {
        title: title.to_string(),
        next: None,
        previous: Weak::new(),
    }))
}

fn open_playlist() {
    let overture = track("Overture");
    let finale = track("Finale");
    overture.borrow_mut().next = Some(Rc::clone(&finale));
    finale.borrow_mut().previous = Rc::downgrade(&overture);

    let last = finale.borrow();
    if let Some(first) = last.previous.upgrade() {
        println!("{} goes back to {}", last.title, first.borrow().title);
    }
    println!(
        "Overture: {} strong, {} weak; Finale: {} strong, {} weak",
        Rc::strong_count(&overture),
        Rc::weak_count(&overture),
        Rc::strong_count(&finale),
        Rc::weak_count(&finale)
    );
}

fn main() {
    println!("opening the playlist once");
    let start = METER.reading();
    open_playlist();
    let left = METER.held_since(start);
    println!("leaked: {} bytes in {} blocks", left.bytes, left.blocks);
}
// ANCHOR_END: track
