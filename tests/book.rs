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

/// A test's problems, printed as they are: a test that returns `Err`
/// prints the error's `Debug`, which for this type is the plain message
/// (no quotes, no escaped newlines, no backtrace).
struct Problems(String);

impl std::fmt::Debug for Problems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn check(what: &str, diags: &[Diag]) -> Result<(), Problems> {
    let only = std::env::var("BOOK_ONLY").unwrap_or_default();
    let diags: Vec<Diag> = diags
        .iter()
        .filter(|d| d.file.to_string_lossy().contains(&only))
        .cloned()
        .collect();
    report(what, &diags).map_err(|message| Problems(format!("\n{message}")))
}

/// Every page in SUMMARY.md exists; every include resolves (file and
/// anchor); every code block has a known tag; every listing caption is
/// numbered in order and names the file its block shows; every figure has
/// alt text, a caption and its Graphviz source.
#[test]
fn pages_includes_tags_and_captions() -> Result<(), Problems> {
    assert!(
        book().blocks().count() > 0,
        "no code blocks found: is src/SUMMARY.md empty?"
    );
    check("the book's pages", &book().diags)
}

/// Every link between pages, to a file under src/, or to a #fragment resolves.
#[test]
fn links_and_fragments_resolve() -> Result<(), Problems> {
    check("links", &checks::links(book()))
}

/// Blocks tagged compile_fail fail with exactly the codes they name;
/// should_panic blocks panic; aborts blocks abort.
#[test]
fn blocks_fail_panic_or_abort_as_tagged() -> Result<(), Problems> {
    check("code blocks", &checks::blocks(book()))
}

/// Every listing prints exactly its output.txt, does what the blocks showing
/// it promise, and is shown somewhere.
#[test]
fn listings_match_their_output_and_tags() -> Result<(), Problems> {
    check("listings", &checks::listings(book()))
}

#[test]
fn listings_are_rustfmt_clean() -> Result<(), Problems> {
    check("formatting", &checks::rustfmt(&book().root))
}

/// The text names the compiler its outputs come from: every "Rust 1.x.y" in
/// the README and the chapters must be the channel in rust-toolchain.toml.
#[test]
fn the_text_names_the_pinned_toolchain() -> Result<(), Problems> {
    let root = &book().root;
    let pinned = std::fs::read_to_string(root.join("rust-toolchain.toml"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            l.strip_prefix("channel = \"")?
                .strip_suffix('"')
                .map(str::to_owned)
        })
        .unwrap_or_default();
    let mut files = vec![std::path::PathBuf::from("README.md")];
    files.extend(book().pages.iter().map(|p| p.path.clone()));
    let mut diags = Vec::new();
    for file in files {
        let text =
            std::fs::read_to_string(root.join(&file)).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            for (i, _) in line.match_indices("Rust 1.") {
                let version: String = line[i + 5..]
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == '.')
                    .collect();
                let version = version.trim_end_matches('.');
                if version.matches('.').count() == 2 && version != pinned {
                    diags.push(
                        Diag::new(&file, n + 1, format!("names Rust {version}, but rust-toolchain.toml pins {pinned}"))
                            .fix("name the pinned version (CONTRIBUTING.md, \"Upgrading the toolchain\")"),
                    );
                }
            }
        }
    }
    check("the toolchain named in the text", &diags)
}
