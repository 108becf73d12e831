use autosave_timer::{Document, Timer};
use std::rc::Rc;

// ANCHOR: tests
#[test]
fn the_timer_saves_an_open_document() {
    let mut timer = Timer::new();
    let notes = Document::open("notes.md", &mut timer);
    timer.tick();
    timer.tick();
    assert_eq!(notes.saves(), 2);
}

#[test]
fn the_timer_does_not_keep_a_document_open() {
    let mut timer = Timer::new();
    let draft = Document::open("draft.md", &mut timer);
    let closed = Rc::downgrade(&draft);
    drop(draft);
    assert!(closed.upgrade().is_none());
}

#[test]
fn a_tick_forgets_the_tasks_of_closed_documents() {
    let mut timer = Timer::new();
    let notes = Document::open("notes.md", &mut timer);
    let draft = Document::open("draft.md", &mut timer);
    assert_eq!(timer.task_count(), 2);
    drop(draft);
    timer.tick();
    assert_eq!(timer.task_count(), 1);
    assert_eq!(notes.saves(), 1);
}
// ANCHOR_END: tests
