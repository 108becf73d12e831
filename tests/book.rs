//! What `cargo test` proves about the book, beyond skeptic's run of every
//! runnable block (tests/skeptic.rs):
//!
//! - every page in SUMMARY.md exists, every include resolves (file and
//!   anchor), every code block carries a known tag, every listing caption is
//!   numbered in order and names the file it shows;
//! - every link between pages, to an image, or to a `#fragment` resolves;
//! - every block tagged `compile_fail` fails with exactly the error codes it
//!   names, every `should_panic` block panics, every `aborts` block aborts;
//! - every listing builds as its own cargo project with the command on its
//!   output.txt's first line, prints exactly that output.txt, and does what
//!   the tag of every block that shows it promises;
//! - every listing is rustfmt-clean at width 80.
//!
//! Each failure names the file and line, and says how to fix it.

use book_machine::{Behaviour, Book, Diag, Expect, listing, par_map, report, snippet};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn book() -> &'static Book {
    static BOOK: OnceLock<Book> = OnceLock::new();
    BOOK.get_or_init(|| Book::load(root()))
}

/// `BOOK_ONLY=ch05 cargo test --test book` reports only the problems whose
/// file path contains `ch05` (everything is still checked).
fn check(what: &str, diags: &[Diag]) {
    let only = std::env::var("BOOK_ONLY").unwrap_or_default();
    let diags: Vec<Diag> =
        diags.iter().filter(|d| d.file.to_string_lossy().contains(&only)).cloned().collect();
    if let Err(message) = report(what, &diags) {
        panic!("{message}");
    }
}

#[test]
fn pages_includes_tags_and_captions() {
    check("the book's pages", &book().diags);
    let blocks = book().blocks().count();
    assert!(blocks > 0, "no code blocks found: is src/SUMMARY.md empty?");
}

#[test]
fn links_and_fragments_resolve() {
    let book = book();
    let ids: HashMap<&Path, &Vec<String>> =
        book.pages.iter().map(|p| (p.path.as_path(), &p.ids)).collect();
    let mut diags = Vec::new();
    for page in &book.pages {
        let dir = page.path.parent().unwrap();
        for link in &page.links {
            let dest = link.dest.as_str();
            if dest.contains("://") || dest.starts_with("mailto:") {
                continue; // outside the book: mdbook-linkcheck2 in .ci/run
            }
            let (file, fragment) = match dest.split_once('#') {
                Some((f, frag)) => (f, Some(frag)),
                None => (dest, None),
            };
            let target = if file.is_empty() {
                page.path.clone()
            } else {
                let t = book_machine::normalize(&dir.join(file));
                match t.extension().and_then(|e| e.to_str()) {
                    Some("html") => t.with_extension("md"),
                    _ => t,
                }
            };
            let bad = |what: String, fix: &str| Diag::new(&page.path, link.line, what).fix(fix);
            if !target.starts_with("src") {
                diags.push(bad(
                    format!("`{dest}` points outside src/, which the built site does not contain"),
                    "link to a page or an image under src/",
                ));
                continue;
            }
            let is_page = target.extension().is_some_and(|e| e == "md");
            if is_page && !ids.contains_key(target.as_path()) {
                diags.push(bad(
                    format!("`{dest}`: {} is not a page of the book", target.display()),
                    "check the file name against src/SUMMARY.md",
                ));
                continue;
            }
            if !is_page && !root().join(&target).exists() {
                diags.push(bad(format!("`{dest}`: {} does not exist", target.display()), "fix the path"));
                continue;
            }
            if let Some(fragment) = fragment {
                let known = ids.get(target.as_path()).is_some_and(|ids| ids.iter().any(|i| i == fragment));
                if !known {
                    diags.push(bad(
                        format!("`{dest}`: {} has no heading or element with id `{fragment}`", target.display()),
                        "a heading's id is its text in lower case, spaces as `-`, punctuation dropped",
                    ));
                }
            }
        }
    }
    check("links", &diags);
}

/// The blocks that skeptic cannot prove: they must fail to compile (with
/// the named codes), panic, or abort. Each is compiled with the pinned rustc
/// as edition 2024 and run.
#[test]
fn blocks_fail_panic_or_abort_as_tagged() {
    let blocks: Vec<_> = book()
        .blocks()
        .filter(|(_, b)| matches!(b.expect, Some(Expect::CompileFail(_) | Expect::Panics | Expect::Aborts)))
        .collect();
    let results = par_map(&blocks, |(_, b)| snippet::behaviour(root(), &b.program()));
    let mut diags = Vec::new();
    for ((page, block), (got, output)) in blocks.iter().zip(results) {
        let want = block.expect.as_ref().unwrap();
        if !got.matches(want) {
            diags.push(
                Diag::new(&page.path, block.line, format!(
                    "```{} promises the block {}, but it {}.\n{}",
                    block.info, want.describe(), got.describe(), excerpt(&output)
                ))
                .fix(format!("fix the code, or tag it ```{}", suggest(&got))),
            );
        }
    }
    check("code blocks", &diags);
}

#[test]
fn listings_match_their_output_and_tags() {
    let (listings, mut diags) = listing::discover(root());
    let runs = par_map(&listings, |l| l.run(root()));
    let mut behaviour: HashMap<PathBuf, Behaviour> = HashMap::new();
    for (l, run) in listings.iter().zip(runs) {
        let run = match run {
            Ok(run) => run,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        if run.output != l.expected {
            diags.push(
                Diag::new(l.dir.join("output.txt"), first_difference(&l.expected, &run.output), format!(
                    "differs from what `{}` prints now:\n{}",
                    l.command.join(" "),
                    diff(&l.expected, &run.output)
                ))
                .fix(format!(
                    "if the new output is right, run `{} {}` and commit; otherwise fix the listing",
                    book_machine::BLESS,
                    l.dir.file_name().unwrap().to_string_lossy()
                )),
            );
        }
        behaviour.insert(l.dir.clone(), run.behaviour);
    }

    // Every block that shows a listing must promise what the listing does,
    // and every listing must be shown or have its output shown somewhere.
    let mut shown = std::collections::HashSet::new();
    for (page, block) in book().blocks() {
        let Some(dir) = block.listing_dir(root()) else { continue };
        shown.insert(dir.clone());
        let (Some(want), Some(got)) = (&block.expect, behaviour.get(&dir)) else { continue };
        if !got.matches(want) {
            diags.push(
                Diag::new(&page.path, block.line, format!(
                    "```{} promises that {} {}, but it {}",
                    block.info, dir.display(), want.describe(), got.describe()
                ))
                .fix(format!("tag the block ```{}, or fix the listing", suggest(got))),
            );
        }
    }
    for l in &listings {
        if !shown.contains(&l.dir) {
            diags.push(
                Diag::new(&l.dir, 0, "no page shows this listing or its output")
                    .fix("include it in a chapter, or delete it"),
            );
        }
    }
    check("listings", &diags);
}

#[test]
fn listings_are_rustfmt_clean() {
    let (listings, _) = listing::discover(root());
    let mut files = Vec::new();
    for l in &listings {
        let dir = root().join(&l.dir);
        if dir.join("rustfmt-ignore").exists() {
            continue; // the file says why
        }
        collect_rs(&dir.join("src"), &mut files);
    }
    if files.is_empty() {
        return;
    }
    let out = std::process::Command::new("rustfmt")
        .args(["--check", "--edition", "2024", "--config-path"])
        .arg(root().join("rustfmt.toml"))
        .args(&files)
        .output()
        .expect("rustfmt runs (rustup component add rustfmt)");
    let only = std::env::var("BOOK_ONLY").unwrap_or_default();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() || !stdout.contains(&only),
        "listings that rustfmt would change:\n{}{}\n    fix: run `rustfmt --edition 2024 <file>` (width 80, from rustfmt.toml), or add a `rustfmt-ignore` file to the listing saying why",
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
}

fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_rs(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn suggest(got: &Behaviour) -> String {
    match got {
        Behaviour::Runs => Expect::Runs.tags(),
        Behaviour::Panics => Expect::Panics.tags(),
        Behaviour::Aborts => Expect::Aborts.tags(),
        Behaviour::CompileFail(codes) => Expect::CompileFail(codes.clone()).tags(),
        Behaviour::Other(_) => "rust".into(),
    }
}

fn excerpt(output: &str) -> String {
    let lines: Vec<&str> = output.lines().take(12).collect();
    format!("    | {}", lines.join("\n    | "))
}

fn first_difference(a: &str, b: &str) -> usize {
    a.lines().zip(b.lines()).position(|(x, y)| x != y).unwrap_or(a.lines().count().min(b.lines().count())) + 1
}

/// The changed lines, with a little context: `-` is output.txt, `+` is now.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let end = a[start..].iter().rev().zip(b[start..].iter().rev()).take_while(|(x, y)| x == y).count();
    let mut s = String::new();
    for line in &a[start.saturating_sub(2)..start] {
        s.push_str(&format!("      {line}\n"));
    }
    for line in &a[start..a.len() - end] {
        s.push_str(&format!("    - {line}\n"));
    }
    for line in &b[start..b.len() - end] {
        s.push_str(&format!("    + {line}\n"));
    }
    s
}

