use std::alloc::{GlobalAlloc, Layout, System};
use std::mem::size_of;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

struct CountingAllocator;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

/// Runs `step` and returns its result with the number of heap allocations
/// it made and the bytes they requested.
fn heap_cost<T>(step: impl FnOnce() -> T) -> (T, usize, usize) {
    let allocations = ALLOCATIONS.load(Ordering::Relaxed);
    let bytes = BYTES.load(Ordering::Relaxed);
    let result = step();
    (
        result,
        ALLOCATIONS.load(Ordering::Relaxed) - allocations,
        BYTES.load(Ordering::Relaxed) - bytes,
    )
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
