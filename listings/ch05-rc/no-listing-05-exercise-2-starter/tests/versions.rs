use shared_lines::Version;

// ANCHOR: tests
#[test]
fn an_edit_shares_every_other_line() {
    let first = Version::new("# Notes\nbuy paper\ncall the printer");
    let second = first.with_line(1, "buy ink");
    assert_eq!(first.line(1), "buy paper");
    assert_eq!(second.line(1), "buy ink");
    assert_eq!(second.line(2), "call the printer");
    assert_eq!(second.shared_lines(&first), 2);
}

#[test]
fn equal_text_is_not_a_shared_line() {
    let first = Version::new("draft\ndraft");
    let typed_again = Version::new("draft\ndraft");
    assert_eq!(first.shared_lines(&typed_again), 0);
    let rewritten = first.with_line(0, "draft");
    assert_eq!(first.shared_lines(&rewritten), 1);
}

#[test]
fn each_version_that_keeps_a_line_owns_it() {
    let first = Version::new("title\nbody\nfooter");
    let second = first.with_line(0, "new title");
    let third = second.with_line(1, "new body");
    assert_eq!(third.owners_of_line(2), 3);
    assert_eq!(third.owners_of_line(1), 1);
    assert_eq!(second.owners_of_line(0), 2);
    drop(first);
    assert_eq!(third.owners_of_line(2), 2);
}
// ANCHOR_END: tests
