use std::collections::HashMap;
use word_count::word_counts;

// ANCHOR: tests
fn documents() -> Vec<String> {
    let texts = ["the heap and the stack", "the box", "stack of boxes"];
    texts.map(String::from).to_vec()
}

#[test]
fn counts_match_one_thread() {
    let mut expected = HashMap::new();
    for word in documents().iter().flat_map(|d| d.split_whitespace()) {
        *expected.entry(word.to_owned()).or_insert(0) += 1;
    }
    assert_eq!(word_counts(&documents(), 2), expected);
}

#[test]
fn more_workers_than_documents() {
    let counts = word_counts(&documents(), 8);
    assert_eq!(counts["the"], 3);
    assert_eq!(counts["stack"], 2);
}
// ANCHOR_END: tests
