use std::alloc::{GlobalAlloc, Layout, System};
use std::mem::{size_of, size_of_val};
use std::sync::atomic::{AtomicUsize, Ordering};

struct HeapMeter;

static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for HeapMeter {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE_BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static METER: HeapMeter = HeapMeter;

fn heap_in_use() -> usize {
    LIVE_BYTES.load(Ordering::Relaxed)
}

// ANCHOR: main
#[derive(Clone, Copy, PartialEq, Debug)]
enum Tile {
    Water,
    Sand,
}

struct Level {
    name: &'static str,
    tiles: [Tile; 4096],
}

fn main() {
    println!("a Level is {} bytes", size_of::<Level>());
    let baseline = heap_in_use();
    {
        let mut level = Box::new(Level {
            name: "Harbour",
            tiles: [Tile::Water; 4096],
        });
        let mut score = Box::new(0_u32);

        level.tiles[0] = Tile::Sand;
        *score += 250;

        println!("`level` on the stack: {} bytes", size_of_val(&level));
        println!("`score` on the stack: {} bytes", size_of_val(&score));
        println!("heap in use: {} bytes", heap_in_use() - baseline);
        println!("{}: first tile {:?}", level.name, level.tiles[0]);
        println!("score: {}", *score);
    }
    println!("heap in use afterwards: {} bytes", heap_in_use() - baseline);
}
// ANCHOR_END: main
