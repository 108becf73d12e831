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

// ANCHOR: arena
/// A handle to a value in an `Arena`: which slot, and which use of it.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Key {
    index: usize,
    generation: u32,
}

struct Slot<T> {
    generation: u32,
    value: Option<T>,
}

/// Owns every value; hands out `Key`s that go stale when a value leaves.
struct Arena<T> {
    slots: Vec<Slot<T>>,
    free: Vec<usize>,
}

impl<T> Arena<T> {
    fn new() -> Self {
        Arena {
            slots: Vec::new(),
            free: Vec::new(),
        }
    }

    fn insert(&mut self, value: T) -> Key {
        if let Some(index) = self.free.pop() {
            let slot = &mut self.slots[index];
            slot.generation += 1;
            slot.value = Some(value);
            return Key {
                index,
                generation: slot.generation,
            };
        }
        self.slots.push(Slot {
            generation: 0,
            value: Some(value),
        });
        Key {
            index: self.slots.len() - 1,
            generation: 0,
        }
    }

    fn get(&self, key: Key) -> Option<&T> {
        let slot = self.slots.get(key.index)?;
        if slot.generation != key.generation {
            return None;
        }
        slot.value.as_ref()
    }

    fn get_mut(&mut self, key: Key) -> Option<&mut T> {
        let slot = self.slots.get_mut(key.index)?;
        if slot.generation != key.generation {
            return None;
        }
        slot.value.as_mut()
    }

    fn remove(&mut self, key: Key) -> Option<T> {
        let slot = self.slots.get_mut(key.index)?;
        if slot.generation != key.generation {
            return None;
        }
        let value = slot.value.take()?;
        self.free.push(key.index);
        Some(value)
    }
}
// ANCHOR_END: arena

// ANCHOR: queue
struct Entry {
    title: String,
    next: Option<Key>,
    previous: Option<Key>,
}

struct PlayQueue {
    entries: Arena<Entry>,
    first: Option<Key>,
    last: Option<Key>,
}

impl PlayQueue {
    /// The entry a link names. Links always name live entries, so a miss
    /// is a bug in the queue, not an answer.
    fn linked(&mut self, key: Key) -> &mut Entry {
        self.entries
            .get_mut(key)
            .expect("a link names a live entry")
    }

    fn push(&mut self, title: &str) -> Key {
        let key = self.entries.insert(Entry {
            title: title.to_string(),
            next: None,
            previous: self.last,
        });
        match self.last {
            Some(last) => self.linked(last).next = Some(key),
            None => self.first = Some(key),
        }
        self.last = Some(key);
        key
    }

    fn remove(&mut self, key: Key) -> Option<String> {
        let entry = self.entries.remove(key)?;
        match entry.previous {
            Some(previous) => self.linked(previous).next = entry.next,
            None => self.first = entry.next,
        }
        match entry.next {
            Some(next) => self.linked(next).previous = entry.previous,
            None => self.last = entry.previous,
        }
        Some(entry.title)
    }

    fn titles_backwards(&self) -> Vec<&str> {
        let mut titles = Vec::new();
        let mut at = self.last;
        while let Some(entry) = at.and_then(|key| self.entries.get(key)) {
            titles.push(entry.title.as_str());
            at = entry.previous;
        }
        titles
    }
}

fn play() {
    let mut queue = PlayQueue {
        entries: Arena::new(),
        first: None,
        last: None,
    };
    queue.push("Overture");
    let interlude = queue.push("Interlude");
    queue.push("Finale");
    println!("backwards: {:?}", queue.titles_backwards());

    println!("removed: {:?}", queue.remove(interlude));
    let encore = queue.push("Encore");
    println!("backwards: {:?}", queue.titles_backwards());
    println!("old handle {interlude:?}");
    println!("new handle {encore:?}");
    let stale = queue.entries.get(interlude).map(|entry| &entry.title);
    println!("old handle finds: {stale:?}");
    println!("removing it again: {:?}", queue.remove(interlude));
}
// ANCHOR_END: queue

fn main() {
    println!("a play queue in an arena");
    let start = METER.reading();
    play();
    let left = METER.held_since(start);
    println!("leaked: {} bytes in {} blocks", left.bytes, left.blocks);
}
