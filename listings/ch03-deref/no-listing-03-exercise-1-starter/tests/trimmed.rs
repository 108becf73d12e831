use trimmed_text::Trimmed;

// ANCHOR: tests
fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

#[test]
fn passes_where_a_str_is_expected() {
    let title = Trimmed::new("  Smart pointers \n");
    assert_eq!(word_count(&title), 2);
}

#[test]
fn str_methods_reach_through() {
    let title = Trimmed::new("\tDeref coercion ");
    assert_eq!(title.len(), 14);
    assert!(title.starts_with("Deref"));
    assert_eq!(&*title, "Deref coercion");
}
// ANCHOR_END: tests
