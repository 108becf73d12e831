use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Meter {
    bytes: AtomicUsize,
    blocks: AtomicUsize,
}

impl Meter {
    /// Bytes and blocks handed out and not yet given back.
    fn reading(&self) -> (usize, usize) {
        let bytes = self.bytes.load(Ordering::Relaxed);
        (bytes, self.blocks.load(Ordering::Relaxed))
    }

    /// What was handed out, and not given back, since `start`.
    fn since(&self, start: (usize, usize)) -> (usize, usize) {
        let (bytes, blocks) = self.reading();
        (bytes - start.0, blocks - start.1)
    }
}

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
    let (bytes, blocks) = METER.since(start);
    println!("leaked: {bytes} bytes in {blocks} blocks");
}
// ANCHOR_END: track
