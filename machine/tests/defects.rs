//! Each kind of defect the book's tests exist to catch, made on purpose in a
//! small book under target/, with the message it produces. If a check stops
//! catching its defect, or stops naming the file and line, a test here fails.

use book_machine::{Book, Diag, Limits, checks};
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
    let run = listings[0].run(&root, Limits::default()).unwrap();
    std::fs::write(root.join(L1).join("output.txt"), &run.output).unwrap();
    let b = Book::load(&root);
    expect_one(
        &checks::listings(&b),
        &format!("{L1}/output.txt"),
        2,
        "the compiler warns",
    );
}

/// Builds the fixture's listing, so that a small time limit bounds only its
/// run.
fn prebuild(root: &std::path::Path) {
    let target =
        book_machine::scratch(root, "listings").join("ch01-x/listing-01-01");
    let ok = std::process::Command::new(env!("CARGO"))
        .args(["build", "--locked", "--quiet"])
        .current_dir(root.join(L1))
        .env("CARGO_TARGET_DIR", target)
        .status()
        .unwrap();
    assert!(ok.success());
}

fn shown(l: &str) -> String {
    let caption = CAPTION.replace(L1, l);
    format!(
        "# Intro\n\n{caption}```rust\n{{{{#rustdoc_include ../{l}/src/main.rs}}}}\n```\n"
    )
}

/// Whether a process is gone (or a zombie waiting for init to reap it).
fn gone(pid: &str) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        Ok(stat) => stat
            .rsplit(')')
            .next()
            .is_some_and(|rest| rest.trim_start().starts_with('Z')),
    }
}

#[test]
fn listing_that_never_ends_is_killed_with_its_children() {
    // The listing starts a child that would outlive it, then never ends.
    let main = "use std::process::Command;\n\nfn main() {\n    let child = Command::new(\"sleep\").arg(\"600\").spawn().unwrap();\n    std::fs::write(\"child.pid\", child.id().to_string()).unwrap();\n    loop {\n        std::thread::sleep(std::time::Duration::from_secs(1));\n    }\n}\n";
    let mut b =
        book_with("never-ends", &shown(L1), listing(L1, main, "$ cargo run\n"));
    prebuild(&b.root);
    b.limits = Limits {
        seconds: 2,
        ..Limits::default()
    };
    let started = std::time::Instant::now();
    expect_one(
        &checks::listings(&b),
        &format!("{L1}/output.txt"),
        1,
        "did not finish within 2 s",
    );
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    let pid =
        std::fs::read_to_string(b.root.join(L1).join("child.pid")).unwrap();
    // SIGKILL is delivered at once but a process ends a moment later:
    // allow it that moment, not more.
    let killed = std::time::Instant::now();
    while !gone(&pid) && killed.elapsed().as_secs() < 5 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(gone(&pid), "the listing's child {pid} is still running");
}

#[test]
fn a_timeout_file_raises_the_bound_and_must_say_why() {
    let main = "fn main() {\n    std::thread::sleep(std::time::Duration::from_secs(2));\n    println!(\"indexed\");\n}\n";
    let mut files = listing(L1, main, "$ cargo run\nindexed\n");
    files.push((
        format!("{L1}/timeout"),
        "30 waits two seconds on purpose\n".into(),
    ));
    let mut b = book_with("timeout-file", &shown(L1), files);
    prebuild(&b.root);
    b.limits = Limits {
        seconds: 1,
        ..Limits::default()
    };
    let diags = checks::listings(&b);
    assert!(diags.is_empty(), "{diags:?}");

    std::fs::write(b.root.join(L1).join("timeout"), "30\n").unwrap();
    let b = Book::load(&b.root);
    expect_one(
        &checks::listings(&b),
        &format!("{L1}/timeout"),
        1,
        "the seconds the listing needs, then the reason",
    );
}

#[test]
fn listing_output_without_end_is_an_error() {
    let main = "fn main() {\n    loop {\n        println!(\"one more line of a report that never ends\");\n    }\n}\n";
    let mut b = book_with(
        "endless-output",
        &shown(L1),
        listing(L1, main, "$ cargo run\n"),
    );
    b.limits = Limits {
        bytes: 64 * 1024,
        ..Limits::default()
    };
    expect_one(
        &checks::listings(&b),
        &format!("{L1}/output.txt"),
        1,
        "printed more than 65536 bytes",
    );
}

#[test]
fn block_that_never_ends_or_prints_without_end() {
    let page = "# Intro\n\n```rust,should_panic\nloop {\n    std::hint::spin_loop();\n}\n```\n";
    let mut b = book_with("block-never-ends", page, vec![]);
    b.limits = Limits {
        seconds: 1,
        ..Limits::default()
    };
    expect_one(&checks::blocks(&b), PAGE, 3, "did not finish within 1 s");

    let page = "# Intro\n\n```rust,should_panic\nloop {\n    println!(\"again\");\n}\n```\n";
    let mut b = book_with("block-endless-output", page, vec![]);
    b.limits = Limits {
        bytes: 64 * 1024,
        ..Limits::default()
    };
    expect_one(
        &checks::blocks(&b),
        PAGE,
        3,
        "printed more than 65536 bytes",
    );
}

const UB_MAIN: &str = "fn main() {\n    let page = Box::new(41_u32);\n    let raw: *const u32 = &*page;\n    drop(page);\n    // SAFETY: none: the box is gone, which is the point.\n    let read = unsafe { *raw };\n    println!(\"{read}\");\n}\n";

fn ub_page(tags: &str) -> String {
    format!(
        "# Intro\n\n{CAPTION}```{tags}\n{{{{#rustdoc_include ../{L1}/src/main.rs}}}}\n```\n"
    )
}

#[test]
fn miri_ub_listing_is_built_and_its_command_checked_on_stable() {
    let b = book_with(
        "miri-ub-stable",
        &ub_page("rust,no_run,miri_ub"),
        listing(L1, UB_MAIN, "$ cargo miri run\n"),
    );
    assert!(b.diags.is_empty(), "{:?}", b.diags);
    let diags = checks::listings(&b);
    assert!(diags.is_empty(), "{diags:?}");

    // The tag without Miri's command line in output.txt.
    let b = book_with(
        "miri-ub-command",
        &ub_page("rust,no_run,miri_ub"),
        listing(L1, UB_MAIN, "$ cargo run\n"),
    );
    let diags: Vec<Diag> = checks::listings(&b)
        .into_iter()
        .filter(|d| d.file == std::path::Path::new(PAGE))
        .collect();
    expect_one(&diags, PAGE, 5, "stops with undefined behaviour under Miri");
    assert!(diags[0].to_string().contains("$ cargo miri run"));

    // A miri_ub block that shows no listing.
    let b = book_with(
        "miri-ub-snippet",
        "# Intro\n\n```rust,no_run,miri_ub\nlet x = 1;\n```\n",
        vec![],
    );
    expect_one(&b.diags, PAGE, 3, "shows no listing");
}

/// The scratch book's `miri-toolchain` is the repository's.
fn with_miri_toolchain(root: &std::path::Path) -> Option<String> {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let file = book_machine::miri::TOOLCHAIN_FILE;
    std::fs::copy(repo.join(file), root.join(file)).unwrap();
    let toolchain = book_machine::miri::toolchain(root).unwrap();
    if book_machine::miri::available(&toolchain) {
        Some(toolchain)
    } else {
        println!("skipped: Miri on {toolchain} is not installed");
        None
    }
}

/// End to end, when the pinned nightly's Miri is installed: a `miri_ub`
/// listing is reported until its output.txt holds Miri's normalized report,
/// which is the same from one run to the next; a listing that leaks without
/// a `miri-leaks` file is reported.
#[test]
fn miri_finds_ub_and_unmarked_leaks() {
    let l2 = "listings/ch01-x/listing-01-02";
    let leak = "fn main() {\n    let name: &'static str = Box::leak(String::from(\"atlas\").into_boxed_str());\n    println!(\"{name}\");\n}\n";
    let caption2 = CAPTION
        .replace("1-1", "1-2")
        .replace("listing-01-01", "listing-01-02");
    let page = format!(
        "{}\n{caption2}```rust\n{{{{#rustdoc_include ../{l2}/src/main.rs}}}}\n```\n",
        ub_page("rust,no_run,miri_ub")
    );
    let mut files = listing(L1, UB_MAIN, "$ cargo miri run\n");
    files.extend(listing(l2, leak, "$ cargo run\natlas\n"));
    let b = book_with("miri-end-to-end", &page, files);
    let Some(toolchain) = with_miri_toolchain(&b.root) else {
        return;
    };
    let root = &b.root;
    let (cases, skipped, diags) = book_machine::miri::cases(root, None);
    assert!(
        diags.is_empty() && skipped.is_empty(),
        "{diags:?} {skipped:?}"
    );
    let (diags, _) = book_machine::miri::check_all(root, &toolchain, &cases);
    assert_eq!(diags.len(), 2, "{diags:?}");
    expect_one(
        &diags[..1],
        &format!("{L1}/output.txt"),
        2,
        "differs from what Miri prints now",
    );
    expect_one(&diags[1..], l2, 0, "Miri reports a memory leak");

    // Blessed, the UB listing passes, and a second run prints the same.
    let (first, _) =
        book_machine::miri::run_all(root, &toolchain, &cases[..1]).remove(0);
    let first = first.unwrap();
    assert!(
        first.ub && first.output.contains("Undefined Behavior"),
        "{}",
        first.output
    );
    std::fs::write(root.join(L1).join("output.txt"), &first.output).unwrap();
    std::fs::write(root.join(l2).join("miri-leaks"), "Box::leak on purpose\n")
        .unwrap();
    let (cases, _, _) = book_machine::miri::cases(root, None);
    let (diags, _) = book_machine::miri::check_all(root, &toolchain, &cases);
    assert!(diags.is_empty(), "{diags:?}");
    println!("{}", first.output);
}

/// An exercise's starter: a library whose test fails with `todo!()`.
fn exercise(dir: &str, body: &str, test: &str) -> Vec<(String, String)> {
    let mut files = listing(dir, "", "$ cargo test\n");
    files.retain(|(p, _)| !p.ends_with("main.rs"));
    files.push((
        format!("{dir}/src/lib.rs"),
        format!("pub fn total(sizes: &[u32]) -> u32 {{\n    {body}\n}}\n"),
    ));
    files.push((format!("{dir}/tests/total.rs"), test.into()));
    files
}

const TEST: &str = "#[test]\nfn adds_sizes() {\n    assert_eq!(fixture::total(&[2, 3]), 5);\n}\n";

#[test]
fn tests_fail_starter_and_its_solution() {
    let l2 = "listings/ch01-x/listing-01-02";
    let caption2 = CAPTION
        .replace("1-1", "1-2")
        .replace("listing-01-01", "listing-01-02")
        .replace("main.rs", "lib.rs");
    let caption1 = CAPTION.replace("main.rs", "lib.rs");
    let page = format!(
        "# Intro\n\n{caption1}```rust,tests_fail\n{{{{#rustdoc_include ../{L1}/src/lib.rs}}}}\n```\n\n{caption2}```rust\n{{{{#rustdoc_include ../{l2}/src/lib.rs}}}}\n```\n"
    );
    let mut files = exercise(L1, "todo!()", TEST);
    files.extend(exercise(
        l2,
        "sizes.iter().sum()",
        &TEST.replace("5", "5 + 0"),
    ));
    files.push((format!("{l2}/solves"), "listing-01-01\n".into()));
    let root = book_with("tests-fail", &page, files).root;
    // Bless both, so that only the pairing is left to report.
    let (listings, _) = book_machine::listing::discover(&root);
    for l in &listings {
        let run = l.run(&root, Limits::default()).unwrap();
        std::fs::write(root.join(&l.dir).join("output.txt"), &run.output)
            .unwrap();
    }
    let b = Book::load(&root);
    assert!(b.diags.is_empty(), "{:?}", b.diags);
    expect_one(
        &checks::listings(&b),
        &format!("{l2}/solves"),
        1,
        "the solution's tests differ from those of listings/ch01-x/listing-01-01: tests/total.rs",
    );
    std::fs::write(root.join(l2).join("tests/total.rs"), TEST).unwrap();
    let diags = checks::listings(&Book::load(&root));
    assert!(diags.is_empty(), "{diags:?}");

    // A starter whose test fails for another reason than `todo!()`.
    std::fs::write(
        root.join(L1).join("src/lib.rs"),
        "pub fn total(sizes: &[u32]) -> u32 {\n    sizes.len() as u32\n}\n",
    )
    .unwrap();
    let diags: Vec<Diag> = checks::listings(&Book::load(&root))
        .into_iter()
        .filter(|d| d.file == std::path::Path::new(PAGE))
        .collect();
    expect_one(
        &diags,
        PAGE,
        5,
        "each with `not yet implemented`, but it panics",
    );
}
const STARTER: &str = "listings/ch01-x/no-listing-01-exercise-1-starter";
const SOLUTION: &str = "listings/ch01-x/no-listing-01-exercise-1-solution";
const EXERCISE_TESTS: &str =
    "#[test]\nfn doubles() {\n    assert_eq!(fixture::double(21), 42);\n}\n";

/// An exercise: a starter and a solution, each a library with `tests/`.
fn exercise_pair(
    name: &str,
    starter: &str,
    solution: &str,
    solution_tests: &str,
) -> Book {
    let page = format!(
        "# Intro\n\n```rust,tests_fail\n{{{{#include ../{STARTER}/src/lib.rs}}}}\n```\n\n```rust\n{{{{#include ../{SOLUTION}/src/lib.rs}}}}\n```\n"
    );
    let mut files = Vec::new();
    for (dir, lib, tests) in [
        (STARTER, starter, EXERCISE_TESTS),
        (SOLUTION, solution, solution_tests),
    ] {
        let mut l = listing(dir, "", "$ cargo test\n");
        l.retain(|(p, _)| !p.ends_with("main.rs"));
        l.push((format!("{dir}/src/lib.rs"), lib.into()));
        l.push((format!("{dir}/tests/double.rs"), tests.into()));
        files.extend(l);
    }
    files.push((
        format!("{SOLUTION}/solves"),
        "no-listing-01-exercise-1-starter\n".into(),
    ));
    book_with(name, &page, files)
}

/// What `checks::listings` finds in an exercise fixture, less the stale
/// outputs: the fixtures carry only output.txt's command line.
fn exercise_problems(b: &Book) -> Vec<book_machine::Diag> {
    checks::listings(b)
        .into_iter()
        .filter(|d| !d.message.starts_with("differs from what"))
        .collect()
}

const TODO: &str = "pub fn double(n: u32) -> u32 {\n    todo!()\n}\n";
const DONE: &str = "pub fn double(n: u32) -> u32 {\n    n * 2\n}\n";

#[test]
fn exercise_as_promised() {
    let b = exercise_pair("exercise-ok", TODO, DONE, EXERCISE_TESTS);
    let diags = exercise_problems(&b);
    assert!(diags.is_empty(), "{diags:?}");
}

#[test]
fn exercise_starter_that_does_not_compile() {
    let broken = "pub fn double(n: u32) -> u32 {\n    n + \"one\"\n}\n";
    let b = exercise_pair("starter-broken", broken, DONE, EXERCISE_TESTS);
    expect_one(
        &exercise_problems(&b),
        "src/ch01-00-intro.md",
        3,
        "but it fails to compile with E0277",
    );
}

#[test]
fn exercise_starter_that_fails_for_another_reason() {
    let other = "pub fn double(n: u32) -> u32 {\n    n + 1\n}\n";
    let b = exercise_pair("starter-other", other, DONE, EXERCISE_TESTS);
    expect_one(
        &exercise_problems(&b),
        "src/ch01-00-intro.md",
        3,
        "each with `not yet implemented`, but it panics",
    );
}

#[test]
fn exercise_solution_that_fails() {
    let wrong = "pub fn double(n: u32) -> u32 {\n    n + 2\n}\n";
    let b = exercise_pair("solution-fails", TODO, wrong, EXERCISE_TESTS);
    expect_one(
        &exercise_problems(&b),
        "src/ch01-00-intro.md",
        7,
        "no-listing-01-exercise-1-solution runs, but it panics",
    );
}

#[test]
fn exercise_tests_that_differ() {
    let easier =
        "#[test]\nfn doubles() {\n    assert_eq!(fixture::double(0), 0);\n}\n";
    let b = exercise_pair("tests-differ", TODO, DONE, easier);
    expect_one(
        &exercise_problems(&b),
        &format!("{SOLUTION}/solves"),
        1,
        "the solution's tests differ from those of",
    );
}

/// A page with a quiz whose one question is `question`.
fn quiz(name: &str, question: &str) -> Book {
    let page = "# Intro\n\n## Rules\n\n{{#quiz ../quizzes/ch01.toml}}\n";
    let toml = format!("[[questions]]\nid = \"ch01-q\"\n{question}");
    book_with(name, page, vec![("quizzes/ch01.toml".into(), toml)])
}

const CONTEXT: &str =
    "context = \"See [the rules](ch01-00-intro.html#rules), E0308.\"\n";

#[test]
fn quiz_with_a_wrong_output() {
    let q = format!(
        "type = \"Tracing\"\nprompt.program = '''\nfn main() {{\n    println!(\"{{}}\", 2 + 2);\n}}\n'''\nanswer.doesCompile = true\nanswer.stdout = \"5\"\n{}",
        CONTEXT.replace(", E0308", "")
    );
    let (diags, proven) =
        book_machine::practice::quizzes(&quiz("quiz-out", &q));
    assert_eq!(proven, 0);
    expect_one(
        &diags,
        "quizzes/ch01.toml",
        1,
        "question `ch01-q` states stdout \"5\"",
    );
}

#[test]
fn quiz_with_a_wrong_error_code() {
    let q = format!(
        "type = \"Tracing\"\nprompt.program = '''\nfn main() {{\n    let v = vec![1];\n    let w = v;\n    println!(\"{{:?}}\", v);\n}}\n'''\nanswer.doesCompile = false\nanswer.lineNumber = 4\n{CONTEXT}"
    );
    let (diags, _) = book_machine::practice::quizzes(&quiz("quiz-code", &q));
    expect_one(
        &diags,
        "quizzes/ch01.toml",
        1,
        "names E0308, but it fails to compile with E0382",
    );
}

#[test]
fn quiz_whose_panic_is_not_a_panic() {
    let q = format!(
        "type = \"MultipleChoice\"\nprompt.prompt = '''\n```rust\nfn main() {{\n    let v: Vec<u8> = Vec::new();\n    println!(\"{{}}\", v.len());\n}}\n```\n'''\nprompt.distractors = [\"It prints `1`.\"]\nanswer.answer = \"It panics: the vector is empty.\"\n{}",
        CONTEXT.replace(", E0308", "")
    );
    let (diags, _) = book_machine::practice::quizzes(&quiz("quiz-panic", &q));
    expect_one(&diags, "quizzes/ch01.toml", 1, "the program exits with 0");
}

/// Edition 2021 drops a block's tail-expression temporary after the block's
/// locals; 2024 drops it first.
const TAIL_MAIN: &str = "struct Noisy(&'static str);\n\nimpl Drop for Noisy {\n    fn drop(&mut self) {\n        println!(\"dropped {}\", self.0);\n    }\n}\n\nfn main() {\n    let n = {\n        let _local = Noisy(\"local\");\n        Noisy(\"temporary\").0.len()\n    };\n    println!(\"{n}\");\n}\n";
const AS_2024: &str = "dropped temporary\ndropped local\n9\n";
const RUN_2021: &str = "$ cargo run --manifest-path edition-2021/Cargo.toml\n";

/// A listing whose sources also run as edition 2021, with `output-2021.txt`
/// holding `output_2021` and `edition-2021/Cargo.toml` saying `manifest`.
fn listing_in_2021(name: &str, output_2021: &str, manifest: &str) -> Book {
    let page = format!(
        "# Intro\n\n{CAPTION}```rust\n{{{{#rustdoc_include ../{L1}/src/main.rs}}}}\n```\n\n```text\n{{{{#include ../{L1}/output-2021.txt}}}}\n```\n"
    );
    let mut files = listing(L1, TAIL_MAIN, &format!("$ cargo run\n{AS_2024}"));
    let lock =
        "version = 4\n\n[[package]]\nname = \"fixture\"\nversion = \"0.1.0\"\n";
    files.push((format!("{L1}/edition-2021/Cargo.toml"), manifest.into()));
    files.push((format!("{L1}/edition-2021/Cargo.lock"), lock.into()));
    files.push((format!("{L1}/output-2021.txt"), output_2021.into()));
    book_with(name, &page, files)
}

const MANIFEST_2021: &str = "[package]\nname = \"fixture\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[[bin]]\nname = \"fixture\"\npath = \"../src/main.rs\"\n\n[workspace]\n";

#[test]
fn output_of_another_edition() {
    // The 2024 output in output-2021.txt: the run as 2021 disagrees.
    let wrong = format!("{RUN_2021}{AS_2024}");
    let b = listing_in_2021("edition-2021", &wrong, MANIFEST_2021);
    assert!(b.diags.is_empty(), "{:?}", b.diags);
    expect_one(
        &checks::listings(&b),
        &format!("{L1}/output-2021.txt"),
        2,
        "- dropped temporary",
    );
    let right = format!("{RUN_2021}dropped local\ndropped temporary\n9\n");
    let b = listing_in_2021("edition-2021-ok", &right, MANIFEST_2021);
    let diags = checks::listings(&b);
    assert!(diags.is_empty(), "{diags:?}");
}

#[test]
fn another_edition_set_up_wrong() {
    // A project that is still edition 2024 proves nothing about 2021.
    let b = listing_in_2021(
        "edition-2021-is-2024",
        RUN_2021,
        &MANIFEST_2021.replace("2021", "2024"),
    );
    let (_, diags) = book_machine::listing::discover(&b.root);
    expect_one(
        &diags,
        &format!("{L1}/edition-2021/Cargo.toml"),
        0,
        "edition = \"2021\"",
    );
    // A command that runs the listing itself, not the 2021 project.
    let b =
        listing_in_2021("edition-2021-command", "$ cargo run\n", MANIFEST_2021);
    let (_, diags) = book_machine::listing::discover(&b.root);
    expect_one(
        &diags,
        &format!("{L1}/output-2021.txt"),
        1,
        "--manifest-path edition-2021/Cargo.toml",
    );
    // The listing itself must still be edition 2024.
    let mut files = listing(L1, "fn main() {}\n", "$ cargo run\n");
    files[0].1 = files[0].1.replace("2024", "2021");
    let b = book_with("listing-is-2021", "# Intro\n", files);
    let (_, diags) = book_machine::listing::discover(&b.root);
    expect_one(&diags, &format!("{L1}/Cargo.toml"), 0, "not edition 2024");
}

#[test]
fn quiz_that_is_not_toml() {
    // `[[questions]]` is line 1, `id` line 2: the key set twice is line 3.
    let (diags, _) = book_machine::practice::quizzes(&quiz(
        "quiz-toml",
        "id = \"ch01-again\"\ntype = \"ShortAnswer\"\n",
    ));
    expect_one(
        &diags,
        "quizzes/ch01.toml",
        3,
        "not valid TOML: duplicate key",
    );
}

#[test]
fn tests_fail_block_that_mdbook_test_cannot_compile() {
    // A helper inside the anchor uses the crate, whose `use` stays outside:
    // `cargo test` in the listing passes, the doctest rustdoc makes of the
    // shown block does not compile.
    let tests = "use fixture::double;\n\n// ANCHOR: tests\nfn twice(n: u32) -> u32 {\n    double(double(n))\n}\n\n#[test]\nfn doubles_twice() {\n    assert_eq!(twice(1), 4);\n}\n// ANCHOR_END: tests\n";
    let page = format!(
        "# Intro\n\n```rust,tests_fail\n{{{{#include ../{STARTER}/tests/double.rs:tests}}}}\n```\n"
    );
    let b = book_with(
        "tests-fail-doctest",
        &page,
        vec![(format!("{STARTER}/tests/double.rs"), tests.into())],
    );
    assert!(b.diags.is_empty(), "{:?}", b.diags);
    expect_one(
        &checks::blocks(&b),
        PAGE,
        3,
        "so compiled it fails to compile with E0425",
    );
    // Compiled with the tests only, the helper is gone from the doctest.
    let fixed = tests.replace("fn twice", "#[cfg(test)]\nfn twice");
    let b = book_with(
        "tests-fail-doctest-ok",
        &page,
        vec![(format!("{STARTER}/tests/double.rs"), fixed)],
    );
    let diags = checks::blocks(&b);
    assert!(diags.is_empty(), "{diags:?}");
}

const RETURNS_ERR: &str = "fn main() -> Result<(), String> {\n    let line = \"port 9000\";\n    line.split_once('=').ok_or(\"expected `key = value`\")?;\n    Ok(())\n}\n";

#[test]
fn exits_with_error_block_that_succeeds_or_panics() {
    let page = |code: &str| {
        format!("# Intro\n\n```rust,no_run,exits_with_error\n{code}```\n")
    };
    // As promised: `main` returns an `Err`.
    let b = book_with("exits-ok", &page(RETURNS_ERR), vec![]);
    assert!(b.diags.is_empty(), "{:?}", b.diags);
    let diags = checks::blocks(&b);
    assert!(diags.is_empty(), "{diags:?}");

    // The program succeeds.
    let ok = RETURNS_ERR.replace("port 9000", "port = 9000");
    let b = book_with("exits-runs", &page(&ok), vec![]);
    let diags = checks::blocks(&b);
    expect_one(
        &diags,
        PAGE,
        3,
        "promises the block exits with an error (a failure status, not a panic or a signal), but it runs",
    );
    assert!(diags[0].to_string().contains("tag it ```rust"));

    // The program panics: a panic is not an error returned from `main`.
    let panics = RETURNS_ERR
        .replace(".ok_or(", ".expect(")
        .replace(")?;", ");");
    let b = book_with("exits-panics", &page(&panics), vec![]);
    let diags = checks::blocks(&b);
    expect_one(&diags, PAGE, 3, "but it panics");
    assert!(diags[0].to_string().contains("```rust,should_panic"));

    // Without `no_run`, rustdoc would count the failure against the block.
    let b = book_with(
        "exits-run",
        &format!("# Intro\n\n```rust,exits_with_error\n{RETURNS_ERR}```\n"),
        vec![],
    );
    expect_one(&b.diags, PAGE, 3, "`rust,no_run,exits_with_error`");
}

#[test]
fn exits_with_error_listing_and_its_output() {
    let page = ub_page("rust,no_run,exits_with_error");
    let out = "$ cargo run\nError: \"expected `key = value`\"\n";
    let b = book_with("exits-listing", &page, listing(L1, RETURNS_ERR, out));
    assert!(b.diags.is_empty(), "{:?}", b.diags);
    let diags = checks::listings(&b);
    assert!(diags.is_empty(), "{diags:?}");

    // output.txt must be what the run printed.
    let b = book_with(
        "exits-listing-stale",
        &page,
        listing(L1, RETURNS_ERR, "$ cargo run\nError: expected\n"),
    );
    expect_one(
        &checks::listings(&b),
        &format!("{L1}/output.txt"),
        2,
        "+ Error: \"expected `key = value`\"",
    );

    // A listing shown as exiting with an error that succeeds.
    let ok = RETURNS_ERR.replace("port 9000", "port = 9000");
    let b = book_with(
        "exits-listing-runs",
        &page,
        listing(L1, &ok, "$ cargo run\n"),
    );
    let diags = checks::listings(&b);
    expect_one(
        &diags,
        PAGE,
        5,
        "promises that listings/ch01-x/listing-01-01 exits with an error (a failure status, not a panic or a signal), but it runs",
    );
    assert!(diags[0].to_string().contains("tag the block ```rust,"));

    // A plain block showing a listing that exits with an error.
    let b = book_with(
        "exits-listing-untagged",
        &shown(L1),
        listing(L1, RETURNS_ERR, out),
    );
    expect_one(
        &checks::listings(&b),
        PAGE,
        5,
        "but it exits with an error (exit status 1, not a panic or a signal)",
    );
}
