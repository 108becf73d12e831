//! Each kind of defect the book's tests exist to catch, made on purpose in a
//! small book under target/, with the message it produces. If a check stops
//! catching its defect, or stops naming the file and line, a test here fails.

use book_machine::{Book, Diag, checks};
use std::path::PathBuf;

const PAGE: &str = "src/ch01-00-intro.md";

fn fixture(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("defects")
        .join(name);
    let _ = std::fs::remove_dir_all(&root);
    let summary = "# Summary\n\n- [Intro](ch01-00-intro.md)\n";
    for (path, text) in [("src/SUMMARY.md", summary)].iter().chain(files) {
        let p = root.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    root
}

/// A listing folder's files: a package that is its own workspace.
fn listing(dir: &str, main: &str, output: &str) -> Vec<(String, String)> {
    let manifest = "[package]\nname = \"fixture\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[workspace]\n";
    let lock =
        "version = 4\n\n[[package]]\nname = \"fixture\"\nversion = \"0.1.0\"\n";
    vec![
        (format!("{dir}/Cargo.toml"), manifest.into()),
        (format!("{dir}/Cargo.lock"), lock.into()),
        (format!("{dir}/src/main.rs"), main.into()),
        (format!("{dir}/output.txt"), output.into()),
    ]
}

fn book_with(name: &str, page: &str, extra: Vec<(String, String)>) -> Book {
    let mut files: Vec<(&str, &str)> = vec![(PAGE, page)];
    files.extend(extra.iter().map(|(a, b)| (a.as_str(), b.as_str())));
    Book::load(&fixture(name, &files))
}

/// The one problem found must be at `file:line` and mention `words`.
fn expect_one(diags: &[Diag], file: &str, line: usize, words: &str) {
    let shown: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        diags.len(),
        1,
        "expected one problem, got:\n{}",
        shown.join("\n")
    );
    let d = &diags[0];
    assert_eq!(d.file, PathBuf::from(file), "{d}");
    assert_eq!(d.line, line, "{d}");
    assert!(d.to_string().contains(words), "expected {words:?} in:\n{d}");
    assert!(
        d.fix.is_some() || d.message.contains("differs"),
        "no fix offered:\n{d}"
    );
    println!("{d}\n");
}

const L1: &str = "listings/ch01-x/listing-01-01";
const CAPTION: &str = "<p class=\"listing\" id=\"listing-1-1\"><strong>Listing 1-1:</strong> Hi. <code>listings/ch01-x/listing-01-01/src/main.rs</code></p>\n\n";

#[test]
fn missing_include_file() {
    let b = book_with(
        "missing-file",
        "# Intro\n\n```text\n{{#include ../nope.txt}}\n```\n",
        vec![],
    );
    expect_one(&b.diags, PAGE, 4, "cannot read");
}

#[test]
fn missing_anchor() {
    let page = format!(
        "# Intro\n\n```rust\n{{{{#rustdoc_include ../{L1}/src/main.rs:nope}}}}\n```\n"
    );
    let b = book_with(
        "missing-anchor",
        &page,
        listing(L1, "fn main() {}\n", "$ cargo run\n"),
    );
    expect_one(&b.diags, PAGE, 4, "no `ANCHOR: nope`");
}

#[test]
fn unknown_tag_and_untagged_block() {
    let b = book_with(
        "tags",
        "# Intro\n\n```rust,compile_fial\nfn main() {}\n```\n",
        vec![],
    );
    expect_one(&b.diags, PAGE, 3, "unknown tag `compile_fial`");
    let b =
        book_with("untagged", "# Intro\n\n```\nfn main() {}\n```\n", vec![]);
    expect_one(&b.diags, PAGE, 3, "without a language");
}

#[test]
fn compile_fail_with_the_wrong_code() {
    let page = "# Intro\n\ntext\n\n```rust,compile_fail,E0382\nlet n: u8 = \"five\";\n```\n";
    let b = book_with("wrong-code", page, vec![]);
    assert!(b.diags.is_empty());
    expect_one(
        &checks::blocks(&b),
        PAGE,
        5,
        "but it fails to compile with E0308",
    );
}

#[test]
fn should_panic_that_runs() {
    let b = book_with(
        "no-panic",
        "# Intro\n\n```rust,should_panic\nlet v = vec![1];\nprintln!(\"{}\", v[0]);\n```\n",
        vec![],
    );
    expect_one(
        &checks::blocks(&b),
        PAGE,
        3,
        "promises the block panics, but it runs",
    );
}

#[test]
fn broken_fragment_and_page_links() {
    let b = book_with(
        "fragment",
        "# Intro\n\nSee [the rules](#the-rule).\n\n## The rules\n",
        vec![],
    );
    expect_one(
        &checks::links(&b),
        PAGE,
        3,
        "no heading or element with id `the-rule`",
    );
    let b = book_with(
        "page-link",
        "# Intro\n\nSee [chapter 2](ch02-00-box.md).\n",
        vec![],
    );
    expect_one(&checks::links(&b), PAGE, 3, "is not a page of the book");
}

#[test]
fn stale_output() {
    let page = format!(
        "# Intro\n\n{CAPTION}```rust\n{{{{#rustdoc_include ../{L1}/src/main.rs}}}}\n```\n"
    );
    let main = "fn main() {\n    println!(\"2 documents\");\n}\n";
    let b = book_with(
        "stale",
        &page,
        listing(L1, main, "$ cargo run\n3 documents\n"),
    );
    expect_one(
        &checks::listings(&b),
        &format!("{L1}/output.txt"),
        2,
        "- 3 documents",
    );
}

#[test]
fn listing_tag_disagrees_with_behaviour() {
    let page = format!(
        "# Intro\n\n{CAPTION}```rust,should_panic\n{{{{#rustdoc_include ../{L1}/src/main.rs}}}}\n```\n"
    );
    let b = book_with(
        "tag-mismatch",
        &page,
        listing(L1, "fn main() {}\n", "$ cargo run\n"),
    );
    expect_one(
        &checks::listings(&b),
        PAGE,
        5,
        "promises that listings/ch01-x/listing-01-01 panics, but it runs",
    );
}

#[test]
fn output_without_command_and_listing_without_manifest() {
    let page = format!(
        "# Intro\n\n{CAPTION}```rust\n{{{{#rustdoc_include ../{L1}/src/main.rs}}}}\n```\n"
    );
    let b = book_with(
        "no-command",
        &page,
        listing(L1, "fn main() {}\n", "hello\n"),
    );
    expect_one(
        &checks::listings(&b),
        &format!("{L1}/output.txt"),
        1,
        "first line must be the command",
    );
    let mut files = listing(L1, "fn main() {}\n", "$ cargo run\n");
    files.retain(|(p, _)| !p.ends_with("Cargo.toml"));
    let b = book_with("no-manifest", "# Intro\n", files);
    expect_one(&checks::listings(&b), L1, 0, "without Cargo.toml");
}

#[test]
fn caption_out_of_order() {
    let caption = CAPTION.replace("1-1", "1-2");
    let page = format!(
        "# Intro\n\n{caption}```rust\n{{{{#rustdoc_include ../{L1}/src/main.rs}}}}\n```\n"
    );
    let b = book_with(
        "caption",
        &page,
        listing(L1, "fn main() {}\n", "$ cargo run\n"),
    );
    assert!(
        b.diags
            .iter()
            .any(|d| d.to_string().contains("expected Listing 1-1")),
        "{:?}",
        b.diags
    );
}

#[test]
fn pasted_output() {
    let page =
        "# Intro\n\n```text\nerror[E0382]: borrow of moved value: `doc`\n```\n";
    let b = book_with("pasted", page, vec![]);
    expect_one(&b.diags, PAGE, 3, "pasted compiler or program output");
}

#[test]
fn numbering_runs_through_a_chapters_pages() {
    let l2 = "listings/ch01-x/listing-01-02";
    let caption2 = CAPTION
        .replace("1-1", "1-2")
        .replace("listing-01-01", "listing-01-02");
    let first = format!(
        "# Intro\n\n{CAPTION}```rust\n{{{{#rustdoc_include ../{L1}/src/main.rs}}}}\n```\n"
    );
    let second = format!(
        "# More\n\n{caption2}```rust\n{{{{#rustdoc_include ../{l2}/src/main.rs}}}}\n```\n\nAgain, without a caption:\n\n```rust\n{{{{#rustdoc_include ../{l2}/src/main.rs}}}}\n```\n"
    );
    let mut files = listing(L1, "fn main() {}\n", "$ cargo run\n");
    files.extend(listing(l2, "fn main() {}\n", "$ cargo run\n"));
    files.push(("src/ch01-01-more.md".into(), second));
    files.push((PAGE.into(), first));
    let summary = "# Summary\n\n- [Intro](ch01-00-intro.md)\n    - [More](ch01-01-more.md)\n";
    files.push(("src/SUMMARY.md".into(), summary.into()));
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let b = Book::load(&fixture("numbering", &refs));
    assert!(b.diags.is_empty(), "{:?}", b.diags);
}

#[test]
fn broken_include_under_a_caption_is_one_problem() {
    let page = format!(
        "# Intro\n\n{CAPTION}```rust\n{{{{#rustdoc_include ../{L1}/src/mian.rs}}}}\n```\n"
    );
    let b = book_with(
        "include-caption",
        &page,
        listing(L1, "fn main() {}\n", "$ cargo run\n"),
    );
    expect_one(&b.diags, PAGE, 6, "cannot read");
}

#[test]
fn runnable_listing_with_a_warning() {
    let page = format!(
        "# Intro\n\n{CAPTION}```rust\n{{{{#rustdoc_include ../{L1}/src/main.rs}}}}\n```\n"
    );
    let main = "fn main() {\n    let unused = 3;\n}\n";
    let root =
        book_with("warning", &page, listing(L1, main, "$ cargo run\n")).root;
    // Bless first, so that only the warning is left to report.
    let (listings, _) = book_machine::listing::discover(&root);
    let run = listings[0].run(&root).unwrap();
    std::fs::write(root.join(L1).join("output.txt"), &run.output).unwrap();
    let b = Book::load(&root);
    expect_one(
        &checks::listings(&b),
        &format!("{L1}/output.txt"),
        2,
        "the compiler warns",
    );
}
