use tag_set::Tags;

// ANCHOR: tests
// Test builds only: the book also compiles this block as a doctest, which
// has no `use tag_set::Tags`.
#[cfg(test)]
fn tags(list: &[&str]) -> Tags {
    let mut tags = Tags::new();
    for tag in list {
        tags.insert(tag);
    }
    tags
}

#[test]
fn stays_sorted_without_duplicates() {
    let tags = tags(&["rust", "book", "pointers", "book"]);
    assert_eq!(tags.len(), 3);
    assert_eq!(
        tags.iter().collect::<Vec<_>>().join(","),
        "book,pointers,rust"
    );
}

#[test]
fn the_same_tags_in_any_order_are_equal() {
    let note = tags(&["heap", "box", "heap"]);
    assert_eq!(note, tags(&["box", "heap"]));
    assert!(note.contains("box"));
    assert!(!note.contains("stack"));
    assert_eq!(note.iter().next(), Some("box"));
}
// ANCHOR_END: tests
