//! Hands every runnable Rust code block of the book, expanded exactly as
//! mdBook 0.5.4 expands it, to skeptic, which turns each into a function
//! that compiles and runs it. `tests/book.rs` runs each as a test named
//! after its chapter line. Blocks that must fail to compile, panic or abort
//! are not skeptic's business: `tests/book.rs` proves them itself.
//!
//! Bad input (a missing file or anchor, an unknown tag) never panics here:
//! the block is left out and `tests/book.rs` reports the problem with its
//! file, line and fix.

use book_machine::{Book, Expect};
use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let book = Book::load(&root);
    println!("cargo::rerun-if-changed=build.rs");
    for input in book.inputs() {
        println!("cargo::rerun-if-changed={}", input.display());
    }

    let dir = out.join("skeptic");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut files = Vec::new();
    // (skeptic's test name, ours): skeptic names a test after the line of
    // the generated file; ours names the chapter line a reader can open.
    let mut renames = Vec::new();
    for page in &book.pages {
        let stem = page
            .path
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let mut md = String::new();
        for block in &page.blocks {
            // An include that failed stays as `{{#...}}` text; the book
            // test reports it, so skeptic need not fail on it too.
            if block.code.contains("{{#") {
                continue;
            }
            if block.expect != Some(Expect::Runs) {
                continue;
            }
            md.push_str("````rust\n");
            let first_code_line = md.matches('\n').count();
            md.push_str(&block.program());
            md.push_str("````\n\n");
            let name = book_machine::test_name(&stem);
            renames.push((
                format!("{name}_line_{first_code_line}"),
                format!("{name}_md_line_{}", block.line),
                page.path.display().to_string(),
                block.line,
            ));
        }
        if !md.is_empty() {
            let file = dir.join(format!("{stem}.md"));
            std::fs::write(&file, md).unwrap();
            files.push(file);
        }
    }
    let generated = out.join("skeptic-tests.rs");
    let mut tests = String::new();
    if !files.is_empty() {
        skeptic::generate_doc_tests(&files);
        tests = std::fs::read_to_string(&generated).unwrap();
    }
    // skeptic writes `#[test] fn name()`; the book's harness (libtest-mimic)
    // runs plain functions from a table instead.
    let mut table = String::from(
        "/// Every runnable block: (test name, page, line, function).\n#[allow(clippy::type_complexity)]\npub const SKEPTIC_TESTS: &[(&str, &str, usize, fn())] = &[\n",
    );
    for (theirs, ours, page, line) in renames {
        tests = tests.replace(
            &format!("#[test] fn {theirs}()"),
            &format!("fn {ours}()"),
        );
        writeln!(table, "    (\"{ours}\", {page:?}, {line}, {ours}),").unwrap();
    }
    table.push_str("];\n");
    std::fs::write(&generated, tests + &table).unwrap();
}
