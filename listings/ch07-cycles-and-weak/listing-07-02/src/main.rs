use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Track {
    title: String,
    next: Option<Rc<RefCell<Track>>>,
    previous: Option<Rc<RefCell<Track>>>,
}

fn track(title: &str) -> Rc<RefCell<Track>> {
    Rc::new(RefCell::new(Track {
        title: title.to_string(),
        next: None,
        previous: None,
    }))
}

// ANCHOR: meter
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

fn open_playlist() {
    let overture = track("Overture");
    let finale = track("Finale");
    overture.borrow_mut().next = Some(Rc::clone(&finale));
    finale.borrow_mut().previous = Some(Rc::clone(&overture));
    let (first, last) = (overture.borrow(), finale.borrow());
    println!("playing {} then {}", first.title, last.title);
}

fn main() {
    let unprinted = METER.reading();
    println!("opening the playlist three times");
    let (buffer, _) = METER.since(unprinted);

    let start = METER.reading();
    open_playlist();
    let (bytes, blocks) = METER.since(start);
    open_playlist();
    open_playlist();
    let (bytes_3, blocks_3) = METER.since(start);

    println!("standard output's buffer: {buffer} bytes");
    println!("leaked after one: {bytes} bytes in {blocks} blocks");
    println!("leaked after three: {bytes_3} bytes in {blocks_3} blocks");
}
// ANCHOR_END: meter
