//! What `cargo test` proves about the book, as one test per proof:
//!
//! - `ch02_01_box_md_line_42`, for a runnable block: skeptic compiles it as
//!   edition 2024 and runs it (build.rs hands it the blocks);
//! - `listing_05_03` (and `no_listing_...`, `output_only_...`): the listing
//!   builds, runs and prints its output.txt (and, built as another edition,
//!   its `output-2021.txt`), within its bounds, and every block showing it
//!   promises what it does;
//! - `ch06_02_refcell_md_line_114`: that block fails to compile with the codes
//!   it names, panics, aborts, or exits with an error (a failure status from
//!   `main`, not a panic or a signal), as tagged; for a `tests_fail` block,
//!   it compiles and runs alone, as the doctest `mdbook test` makes of it;
//! - `ch06_02_refcell_md_links_and_includes`: the page's includes, tags,
//!   captions, figures, links and #fragments;
//! - `book_summary`, `listings_layout`, `listings_are_rustfmt_clean`,
//!   `the_text_names_the_pinned_toolchain`.
//!
//! `cargo test listing_05_03` runs that one test. The checks live in
//! `machine/src/checks.rs`; `machine/tests/defects.rs` shows each one
//! catching a broken book. Each failure names the file and line, and says
//! how to fix it.

use book_machine::{Book, Diag, checks, listing, report, test_name as name};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::Path;
use std::sync::OnceLock;

fn book() -> &'static Book {
    static BOOK: OnceLock<Book> = OnceLock::new();
    BOOK.get_or_init(|| Book::load(Path::new(env!("CARGO_MANIFEST_DIR"))))
}

fn check(what: &str, diags: &[Diag]) -> Result<(), Failed> {
    report(what, diags).map_err(|message| format!("\n{message}").into())
}

// The runnable blocks, as functions skeptic generated: `SKEPTIC_TESTS`.
include!(concat!(env!("OUT_DIR"), "/skeptic-tests.rs"));

/// Runs one of skeptic's functions, which panics when its block fails; the
/// panic's message, which holds the compiler's or the program's output, is
/// the failure.
fn skeptic_test(page: &str, line: usize, test: fn()) -> Result<(), Failed> {
    std::panic::catch_unwind(test).map_err(|payload| {
        let message = payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        // skeptic's first lines name its scratch command: not the reader's
        // concern.
        let message = match message.strip_prefix("Command failed:\n") {
            Some(rest) => rest.split_once('\n').map_or("", |(_, r)| r),
            None => &message,
        };
        let excerpt: Vec<String> = message
            .trim_end()
            .lines()
            .take(30)
            .map(|l| format!("    | {l}"))
            .collect();
        Failed::from(format!(
            "\n{page}:{line}: ```rust promises the block compiles and runs to a successful exit, but it does not:\n{}\n    fix: fix the code, or tag the block with what it does (CONTRIBUTING.md, \"Code blocks\")\n",
            excerpt.join("\n")
        ))
    })
}

fn main() {
    let args = Arguments::from_args();
    // Failures are reported through the harness, with their message: no
    // panic hook output, no backtrace.
    std::panic::set_hook(Box::new(|_| {}));
    let book = book();
    let mut trials = Vec::new();

    // The listings first: on a cold run they take longest.
    let (listings, mut layout) = listing::discover(&book.root);
    let shown = checks::shown_by(book);
    for l in listings {
        // A problem with the listing's own files belongs to its test.
        let (mine, rest): (Vec<Diag>, Vec<Diag>) =
            layout.into_iter().partition(|d| d.file.starts_with(&l.dir));
        layout = rest;
        let test =
            name(&l.dir.file_name().unwrap_or_default().to_string_lossy());
        let blocks = shown.get(&l.dir).cloned().unwrap_or_default();
        trials.push(Trial::test(test, move || {
            let mut diags = mine;
            diags.extend(checks::listing(book, &l, &blocks));
            check(&l.dir.display().to_string(), &diags)
        }));
    }
    trials.push(Trial::test("listings_layout", move || {
        check("the listings folder", &layout)
    }));

    for &(test, page, line, f) in SKEPTIC_TESTS {
        trials.push(Trial::test(test, move || skeptic_test(page, line, f)));
    }

    for (page, block) in checks::provable_blocks(book) {
        let stem = page.path.file_name().unwrap_or_default().to_string_lossy();
        let test = format!("{}_line_{}", name(&stem), block.line);
        trials.push(Trial::test(test, move || {
            check("a code block", &checks::block(book, page, block))
        }));
    }

    for page in &book.pages {
        let stem = page.path.file_name().unwrap_or_default().to_string_lossy();
        trials.push(Trial::test(
            format!("{}_links_and_includes", name(&stem)),
            move || {
                let mut diags = checks::page_problems(book, page);
                diags.extend(checks::page_links(book, page));
                check(&format!("{}", page.path.display()), &diags)
            },
        ));
    }
    trials.push(Trial::test("book_summary", move || {
        assert!(
            book.blocks().count() > 0,
            "no code blocks found: is src/SUMMARY.md empty?"
        );
        check("the book's pages", &checks::book_problems(book))
    }));
    trials.push(Trial::test("listings_are_rustfmt_clean", move || {
        check("formatting", &checks::rustfmt(&book.root))
    }));
    trials.push(Trial::test(
        "the_text_names_the_pinned_toolchain",
        move || {
            check(
                "the toolchain named in the text",
                &checks::pinned_toolchain(book),
            )
        },
    ));

    // Quizzes: every Tracing answer is what the pinned rustc does with the
    // program as edition 2024 (and as 2015, mdbook-quiz's own check); every
    // question has an id and an explanation whose links resolve. (Exercises
    // are listings: their tests above prove starter, solution and tests.)
    trials.push(Trial::test("quizzes_answer_as_stated", move || {
        let (diags, _proven) = book_machine::practice::quizzes(book);
        check("the quizzes", &diags)
    }));

    // The appendix of errors and panics is what `cargo book index` writes
    // from the listings now.
    trials.push(Trial::test("the_error_index_is_current", move || {
        check(
            "the index of errors and panics",
            &book_machine::errindex::check(book),
        )
    }));
    // Every figure's dark variant is the recolouring of its SVG.
    trials.push(Trial::test("figures_have_their_dark_variants", move || {
        check("the figures", &book_machine::figures::check(&book.root))
    }));

    libtest_mimic::run(&args, trials).exit();
}
