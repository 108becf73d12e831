//! What `cargo test` proves about the book, beyond skeptic's run of every
//! runnable block (tests/skeptic.rs). The checks live in
//! `machine/src/checks.rs`; `machine/tests/defects.rs` shows each one
//! catching a broken book.
//!
//! Each failure names the file and line, and says how to fix it.
//! `BOOK_ONLY=ch05 cargo test --test book` reports only the problems whose
//! file path contains `ch05` (everything is still checked).

use book_machine::{Book, Diag, checks, report};
use std::path::Path;
use std::sync::OnceLock;

fn book() -> &'static Book {
    static BOOK: OnceLock<Book> = OnceLock::new();
    BOOK.get_or_init(|| Book::load(Path::new(env!("CARGO_MANIFEST_DIR"))))
}

fn check(what: &str, diags: &[Diag]) {
    let only = std::env::var("BOOK_ONLY").unwrap_or_default();
    let diags: Vec<Diag> = diags
        .iter()
        .filter(|d| d.file.to_string_lossy().contains(&only))
        .cloned()
        .collect();
    if let Err(message) = report(what, &diags) {
        panic!("{message}");
    }
}

/// Every page in SUMMARY.md exists; every include resolves (file and
/// anchor); every code block has a known tag; every listing caption is
/// numbered in order and names the file its block shows; every figure has
/// alt text, a caption and its Graphviz source.
#[test]
fn pages_includes_tags_and_captions() {
    check("the book's pages", &book().diags);
    assert!(
        book().blocks().count() > 0,
        "no code blocks found: is src/SUMMARY.md empty?"
    );
}

/// Every link between pages, to a file under src/, or to a #fragment resolves.
#[test]
fn links_and_fragments_resolve() {
    check("links", &checks::links(book()));
}

/// Blocks tagged compile_fail fail with exactly the codes they name;
/// should_panic blocks panic; aborts blocks abort.
#[test]
fn blocks_fail_panic_or_abort_as_tagged() {
    check("code blocks", &checks::blocks(book()));
}

/// Every listing prints exactly its output.txt, does what the blocks showing
/// it promise, and is shown somewhere.
#[test]
fn listings_match_their_output_and_tags() {
    check("listings", &checks::listings(book()));
}

#[test]
fn listings_are_rustfmt_clean() {
    check("formatting", &checks::rustfmt(&book().root));
}
