use artifact_handoff::Rc;

// ANCHOR: tests
use std::cell::Cell;

#[test]
fn the_only_owner_strips_a_binary_in_place() {
    let mut binary = Rc::new(String::from("app: code, debug info"));
    let text = Rc::get_mut(&mut binary).expect("one owner");
    text.truncate("app: code".len());
    assert_eq!(*binary, "app: code");
}

#[test]
fn an_upload_in_progress_blocks_stripping() {
    let mut binary = Rc::new(vec![0x7f, b'E', b'L', b'F']);
    let upload = Rc::clone(&binary);
    assert!(Rc::get_mut(&mut binary).is_none());
    drop(upload);
    Rc::get_mut(&mut binary).expect("one owner again").push(2);
    assert_eq!(binary.len(), 5);
}

#[test]
fn a_cache_entry_blocks_stripping() {
    let mut binary = Rc::new(vec![1, 2, 3]);
    let cache_entry = Rc::downgrade(&binary);
    assert!(Rc::get_mut(&mut binary).is_none());
    drop(cache_entry);
    Rc::get_mut(&mut binary).expect("no Weak left").clear();
    assert!(binary.is_empty());
}

#[test]
fn a_shared_object_is_handed_back() {
    let object = Rc::new(String::from("parser.o"));
    let linker = Rc::clone(&object);
    let Err(object) = Rc::try_unwrap(object) else {
        panic!("the linker still holds the object");
    };
    assert_eq!(Rc::strong_count(&object), 2);
    drop(linker);
    let Ok(text) = Rc::try_unwrap(object) else {
        panic!("one owner left");
    };
    assert_eq!(text, "parser.o");
}

struct Tracked<'a>(&'a Cell<u32>);

impl Drop for Tracked<'_> {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

#[test]
fn the_value_leaves_whole_and_is_dropped_once() {
    let drops = Cell::new(0);
    let artifact = Rc::new(Tracked(&drops));
    let Ok(tracked) = Rc::try_unwrap(artifact) else {
        panic!("one owner");
    };
    assert_eq!(drops.get(), 0);
    drop(tracked);
    assert_eq!(drops.get(), 1);
}

#[test]
fn a_cache_entry_outlives_the_unwrapped_object() {
    let object = Rc::new(String::from("lexer.o"));
    let cache_entry = Rc::downgrade(&object);
    assert_eq!(Rc::weak_count(&object), 1);
    let Ok(text) = Rc::try_unwrap(object) else {
        panic!("a Weak does not count as an owner");
    };
    assert!(cache_entry.upgrade().is_none());
    assert_eq!(cache_entry.strong_count(), 0);
    drop(cache_entry);
    assert_eq!(text, "lexer.o");
}
// ANCHOR_END: tests
