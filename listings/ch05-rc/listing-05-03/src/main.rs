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

use std::mem::size_of;
use std::rc::Rc;

/// Runs `step` and returns its result with the net growth of the heap across
/// it, in blocks and bytes (zero if it freed as much as it allocated).
fn heap_cost<T>(step: impl FnOnce() -> T) -> (T, usize, usize) {
    let start = METER.reading();
    let result = step();
    let held = METER.held_since(start);
    (result, held.blocks, held.bytes)
}

#[derive(Clone)]
struct StyleSheet {
    name: String,
    body_font: String,
    font_size: u32,
}

// ANCHOR: costs
fn main() {
    let sheet = StyleSheet {
        name: String::from("house.css"),
        body_font: String::from("Source Serif 4"),
        font_size: 11,
    };
    println!("StyleSheet value: {} bytes", size_of::<StyleSheet>());
    println!("Rc<StyleSheet>:   {} bytes", size_of::<Rc<StyleSheet>>());
    println!("Rc<str>:          {} bytes", size_of::<Rc<str>>());

    let (house_style, count, bytes) = heap_cost(|| Rc::new(sheet));
    println!("Rc::new:           {count} allocation, {bytes} bytes");
    let (report_style, count, bytes) = heap_cost(|| Rc::clone(&house_style));
    println!("Rc::clone:         {count} allocations, {bytes} bytes");
    let (memo_style, count, bytes) = heap_cost(|| Rc::clone(&house_style));
    println!("Rc::clone:         {count} allocations, {bytes} bytes");
    let (copy, count, bytes) = heap_cost(|| StyleSheet::clone(&house_style));
    println!("StyleSheet::clone: {count} allocations, {bytes} bytes");
    println!(
        "house.css: strong count {}, weak count {}",
        Rc::strong_count(&house_style),
        Rc::weak_count(&house_style)
    );
    // ANCHOR_END: costs
    for sheet in [&*report_style, &*memo_style, &copy] {
        assert_eq!(sheet.name, house_style.name);
        assert_eq!(sheet.body_font, house_style.body_font);
        assert_eq!(sheet.font_size, house_style.font_size);
    }
}
