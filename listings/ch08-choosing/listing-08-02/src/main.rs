use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::{Arc, Mutex};

struct CountingAllocator;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Relaxed);
        BYTES.fetch_add(layout.size(), Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

// ANCHOR: measure
fn measure<R>(label: &str, make: impl FnOnce() -> R) {
    let (count_before, bytes_before) =
        (ALLOCATIONS.load(Relaxed), BYTES.load(Relaxed));
    let value = make();
    let count = ALLOCATIONS.load(Relaxed) - count_before;
    let bytes = BYTES.load(Relaxed) - bytes_before;
    drop(value);
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
