//! The checks `tests/book.rs` runs, as functions that return problems, so
//! that `machine/tests/defects.rs` can prove each one on a broken book.

use crate::listing::{self, Behaviour, Listing};
use crate::{Block, Book, Diag, Expect, Page, normalize, par_map, snippet};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Every link between pages, to a file under src/, or to a `#fragment`
/// (a heading or an HTML id) resolves. Links that leave the book are left
/// to mdbook-linkcheck2.
pub fn links(book: &Book) -> Vec<Diag> {
    book.pages
        .iter()
        .flat_map(|p| page_links(book, p))
        .collect()
}

/// [`links`] for one page.
pub fn page_links(book: &Book, page: &Page) -> Vec<Diag> {
    // The ids of the page at `path`, if it is one of the book's.
    let ids_of = |path: &Path| {
        book.pages.iter().find(|p| p.path == path).map(|p| &p.ids)
    };
    let mut diags = Vec::new();
    let dir = page.path.parent().unwrap_or(Path::new(""));
    for link in &page.links {
        let dest = link.dest.as_str();
        if dest.contains("://") || dest.starts_with("mailto:") {
            continue;
        }
        let (file, fragment) = match dest.split_once('#') {
            Some((f, frag)) => (f, Some(frag)),
            None => (dest, None),
        };
        let target = if file.is_empty() {
            page.path.clone()
        } else {
            let t = normalize(&dir.join(file));
            match t.extension().and_then(|e| e.to_str()) {
                Some("html") => t.with_extension("md"),
                _ => t,
            }
        };
        let bad = |what: String, fix: &str| {
            Diag::new(&page.path, link.line, what).fix(fix)
        };
        if !target.starts_with("src") {
            diags.push(bad(
                format!("`{dest}` points outside src/, which the built site does not contain"),
                "link to a page or an image under src/",
            ));
            continue;
        }
        let is_page = target.extension().is_some_and(|e| e == "md");
        if is_page && ids_of(&target).is_none() {
            diags.push(bad(
                format!(
                    "`{dest}`: {} is not a page of the book",
                    target.display()
                ),
                "check the file name against src/SUMMARY.md",
            ));
            continue;
        }
        if !is_page && !book.root.join(&target).exists() {
            diags.push(bad(
                format!("`{dest}`: {} does not exist", target.display()),
                "fix the path",
            ));
            continue;
        }
        if let Some(fragment) = fragment {
            let known = ids_of(&target)
                .is_some_and(|ids| ids.iter().any(|i| i == fragment));
            if !known {
                let page_ids = ids_of(&target);
                let similar: Vec<&str> = page_ids
                    .into_iter()
                    .flat_map(|ids| ids.iter())
                    .filter(|i| {
                        let kind =
                            |s: &str| s.split('-').next().map(str::to_owned);
                        kind(i) == kind(fragment)
                    })
                    .map(String::as_str)
                    .collect();
                let fix = if fragment.starts_with("listing-")
                    || fragment.starts_with("figure-")
                {
                    format!(
                        "ids of that kind on the page: {}",
                        similar.join(", ")
                    )
                } else {
                    "a heading's id is its text in lower case, spaces as `-`, punctuation dropped".to_owned()
                };
                diags.push(bad(
                    format!("`{dest}`: {} has no heading or element with id `{fragment}`", target.display()),
                    &fix,
                ));
            }
        }
    }
    diags
}

/// Problems found while loading one page: its includes, code-block tags,
/// captions, headings and figures.
pub fn page_problems(book: &Book, page: &Page) -> Vec<Diag> {
    book.diags
        .iter()
        .filter(|d| d.file == page.path)
        .cloned()
        .collect()
}

/// Problems found while loading the book that belong to no page it shows:
/// SUMMARY.md's entries, pages it does not list.
pub fn book_problems(book: &Book) -> Vec<Diag> {
    book.diags
        .iter()
        .filter(|d| !book.pages.iter().any(|p| p.path == d.file))
        .cloned()
        .collect()
}

/// The blocks skeptic cannot prove: each must fail to compile (with the
/// codes it names), panic, abort, or exit with an error; and each ```` ```rust,tests_fail ````
/// block, which `mdbook test` runs as a doctest.
pub fn provable_blocks(book: &Book) -> Vec<(&Page, &Block)> {
    book.blocks()
        .filter(|(_, b)| {
            matches!(
                b.expect,
                Some(
                    Expect::CompileFail(_)
                        | Expect::Panics
                        | Expect::Aborts
                        | Expect::ExitsWithError
                        | Expect::TestsFail
                )
            ) && b.expect != Some(Expect::CompileFail(vec![]))
        })
        .collect()
}

/// Each of [`provable_blocks`], compiled with the pinned rustc as edition
/// 2024 and run.
pub fn blocks(book: &Book) -> Vec<Diag> {
    let blocks = provable_blocks(book);
    par_map(&blocks, |(page, b)| block(book, page, b))
        .into_iter()
        .flatten()
        .collect()
}

/// One block that must fail to compile, panic, abort or exit with an error
/// does so.
pub fn block(book: &Book, page: &Page, block: &Block) -> Vec<Diag> {
    let Some(want) = block.expect.as_ref() else {
        return Vec::new();
    };
    let (got, output) =
        snippet::behaviour(&book.root, &block.program(), book.limits);
    if *want == Expect::TestsFail {
        return as_doctest(page, block, &got, &output);
    }
    if got.matches(want) {
        return Vec::new();
    }
    let fix = match got {
        Behaviour::TimedOut(_) => "make the program end".to_owned(),
        Behaviour::TooMuchOutput(_) => "print less".to_owned(),
        _ => format!("fix the code, or tag it ```{}", suggest(&got)),
    };
    vec![
        Diag::new(
            &page.path,
            block.line,
            format!(
                "```{} promises the block {}, but it {}.{}",
                block.info,
                want.describe(),
                got.describe(),
                excerpt(&output)
            ),
        )
        .fix(fix),
    ]
}

/// A ```` ```rust,tests_fail ```` block shows an exercise's starter, whose
/// listing its own test proves. `mdbook test` (rustdoc) knows nothing of
/// that: it compiles the block as shown, hidden `# ` lines included and
/// wrapped in `fn main` when it has none ([`crate::page::program`]), as
/// edition 2024, and runs it. So the block, so compiled, must run.
fn as_doctest(
    page: &Page,
    block: &Block,
    got: &Behaviour,
    output: &str,
) -> Vec<Diag> {
    if *got == Behaviour::Runs {
        return Vec::new();
    }
    vec![
        Diag::new(
            &page.path,
            block.line,
            format!(
                "`mdbook test` (rustdoc) compiles this ```{} block alone, as a doctest (hidden `# ` lines included, wrapped in `fn main`), and runs it, but so compiled it {}.{}",
                block.info,
                got.describe(),
                excerpt(output)
            ),
        )
        .fix("make the shown block stand alone: keep the `use` of the exercise's crate outside the anchor, mark a helper of the tests that uses the crate `#[cfg(test)]`, and put anything else the shown code needs inside the anchor or in hidden `# ` lines"),
    ]
}

/// Which blocks show each listing (by folder, relative to the root).
pub fn shown_by(book: &Book) -> HashMap<PathBuf, Vec<(&Page, &Block)>> {
    let mut map: HashMap<PathBuf, Vec<(&Page, &Block)>> = HashMap::new();
    for (page, block) in book.blocks() {
        if let Some(dir) = block.listing_dir(&book.root) {
            map.entry(dir).or_default().push((page, block));
        }
    }
    map
}

/// Every listing builds and runs with the command on its output.txt's first
/// line and prints exactly that output.txt; every block that shows a
/// listing promises what the listing does; every listing is shown.
pub fn listings(book: &Book) -> Vec<Diag> {
    let (listings, mut diags) = listing::discover(&book.root);
    let shown = shown_by(book);
    let found = par_map(&listings, |l| {
        self::listing(book, l, shown.get(&l.dir).map_or(&[][..], |v| v))
    });
    diags.extend(found.into_iter().flatten());
    diags
}

/// [`listings`] for one listing, given the blocks that show it.
pub fn listing(
    book: &Book,
    l: &Listing,
    shown: &[(&Page, &Block)],
) -> Vec<Diag> {
    let root = &book.root;
    let mut diags = Vec::new();
    let run = match l.run(root, book.limits) {
        Ok(run) => run,
        Err(d) => return vec![d],
    };
    diags.extend(compare_output(root, l, &run));
    // The same sources as other editions, each with its own output file.
    for other in &l.editions {
        match other.run(root, book.limits) {
            Ok(run) => diags.extend(compare_output(root, other, &run)),
            Err(d) => diags.push(d),
        }
    }
    for (page, block) in shown {
        let Some(want) = &block.expect else {
            continue;
        };
        // A bare `compile_fail` was reported as a tag problem already.
        if *want == Expect::CompileFail(vec![]) {
            continue;
        }
        if !run.behaviour.matches(want) {
            let fix = if *want == Expect::MiriUb {
                "put `$ cargo miri run` on the first line of the listing's output.txt, then `cargo bless` with the Miri toolchain installed (CONTRIBUTING.md)".to_owned()
            } else {
                format!(
                    "tag the block ```{}, or fix the listing",
                    suggest(&run.behaviour)
                )
            };
            diags.push(
                Diag::new(
                    &page.path,
                    block.line,
                    format!(
                        "```{} promises that {} {}, but it {}",
                        block.info,
                        l.dir.display(),
                        want.describe(),
                        run.behaviour.describe()
                    ),
                )
                .fix(fix),
            );
        }
    }
    diags.extend(solves(root, l));
    if shown.is_empty() {
        diags.push(
            Diag::new(&l.dir, 0, "no page shows this listing or its output")
                .fix("include it in a chapter, or delete it"),
        );
    }
    diags
}

/// A run's output is its output file's text, with no compiler warning
/// (unless the listing holds a `clippy-allow` file).
fn compare_output(root: &Path, l: &Listing, run: &listing::Run) -> Vec<Diag> {
    let mut diags = Vec::new();
    let file = l.output_file();
    if run.output != l.expected {
        diags.push(
            Diag::new(&file, first_difference(&l.expected, &run.output), format!(
                "differs from what `{}` prints now:\n{}",
                l.command.join(" "),
                diff(&l.expected, &run.output)
            ))
            .fix(format!(
                "if the new output is right, run `{} {}` and commit; otherwise fix the listing",
                crate::BLESS,
                l.dir.file_name().unwrap_or_default().to_string_lossy()
            )),
        );
    }
    let warns = run.output.lines().position(|l| l.starts_with("warning"));
    let allowed = root.join(&l.dir).join("clippy-allow").exists();
    if let (
        Some(at),
        false,
        Behaviour::Runs | Behaviour::Panics | Behaviour::ExitsWithError(_),
    ) = (warns, allowed, &run.behaviour)
    {
        diags.push(
            Diag::new(&file, at + 1, "the compiler warns about this listing")
                .fix("fix the warning (run `cargo clippy` in the folder too), then `cargo bless`; if the warning is the point, add a `clippy-allow` file saying why and say so in the text"),
        );
    }
    diags
}

/// rustfmt at width 80 (the root rustfmt.toml) over every listing's sources,
/// except listings holding a `rustfmt-ignore` file that says why.
pub fn rustfmt(root: &Path) -> Vec<Diag> {
    let (listings, _) = listing::discover(root);
    let mut files = Vec::new();
    for l in &listings {
        let dir = root.join(&l.dir);
        if !dir.join("rustfmt-ignore").exists() {
            files.extend(
                crate::files_in(&dir.join("src"))
                    .into_iter()
                    .filter(|p| p.extension().is_some_and(|e| e == "rs")),
            );
        }
    }
    if files.is_empty() {
        return Vec::new();
    }
    // One rustfmt for all files; its report names each file it would change.
    let out = std::process::Command::new("rustfmt")
        .args(["--check", "--edition", "2024", "--config-path"])
        .arg(root.join("rustfmt.toml"))
        .args(&files)
        .output();
    let out = match out {
        Ok(o) if o.status.success() => return Vec::new(),
        Ok(o) => {
            String::from_utf8_lossy(&o.stdout).into_owned()
                + &String::from_utf8_lossy(&o.stderr)
        }
        Err(e) => {
            return vec![
                Diag::new("listings", 0, format!("cannot run rustfmt: {e}"))
                    .fix("rustup component add rustfmt"),
            ];
        }
    };
    let mut diags = Vec::new();
    let lines: Vec<&str> = out.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let Some(rest) = line.strip_prefix("Diff in ") else {
            continue;
        };
        let mut parts = rest.trim_end_matches(':').rsplitn(2, ':');
        // The chunk starts with unchanged context lines: skip them to name
        // the first line rustfmt would change.
        let context = lines[i + 1..]
            .iter()
            .take_while(|l| !l.starts_with('-') && !l.starts_with('+'))
            .count();
        let line_no = parts
            .next()
            .and_then(|n| n.parse::<usize>().ok())
            .map_or(0, |n| n + context);
        let file = crate::rel(root, Path::new(parts.next().unwrap_or(rest)));
        diags.push(
            Diag::new(file, line_no, "rustfmt would reformat this (width 80)")
                .fix("run `cargo fmt` in the listing's folder, then `cargo bless <folder>` (line numbers in its output may move); or add a `rustfmt-ignore` file saying why"),
        );
    }
    if diags.is_empty() {
        diags.push(Diag::new(
            "listings",
            0,
            format!("rustfmt failed:{}", excerpt(&out)),
        ));
    }
    diags
}

fn suggest(got: &Behaviour) -> String {
    match got {
        Behaviour::Runs => Expect::Runs.tags(),
        Behaviour::Panics => Expect::Panics.tags(),
        Behaviour::Aborts => Expect::Aborts.tags(),
        Behaviour::ExitsWithError(_) => Expect::ExitsWithError.tags(),
        Behaviour::CompileFail(codes) => {
            Expect::CompileFail(codes.clone()).tags()
        }
        Behaviour::Builds => Expect::MiriUb.tags(),
        Behaviour::TestsFail => Expect::TestsFail.tags(),
        Behaviour::TimedOut(_)
        | Behaviour::TooMuchOutput(_)
        | Behaviour::Other(_) => "rust".into(),
    }
}

/// The first lines of an output, indented, after a line break (nothing
/// for an empty output).
pub(crate) fn excerpt(output: &str) -> String {
    let lines: Vec<&str> = output.lines().take(16).collect();
    if lines.is_empty() {
        return String::new();
    }
    format!("\n    | {}", lines.join("\n    | "))
}

/// The first line (1-based) where two texts differ.
pub fn first_difference(a: &str, b: &str) -> usize {
    a.lines()
        .zip(b.lines())
        .position(|(x, y)| x != y)
        .unwrap_or(a.lines().count().min(b.lines().count()))
        + 1
}

/// The changed lines with two lines of context: `-` is output.txt, `+` is
/// what the listing prints now.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let end = a[start..]
        .iter()
        .rev()
        .zip(b[start..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
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

/// The text names the compiler its outputs come from: every "Rust 1.x.y" in
/// the README and the chapters must be the channel in rust-toolchain.toml.
pub fn pinned_toolchain(book: &Book) -> Vec<Diag> {
    let root = &book.root;
    let pinned = std::fs::read_to_string(root.join("rust-toolchain.toml"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            l.strip_prefix("channel = \"")?
                .strip_suffix('"')
                .map(str::to_owned)
        })
        .unwrap_or_default();
    let mut files = vec![PathBuf::from("README.md")];
    files.extend(book.pages.iter().map(|p| p.path.clone()));
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
    diags
}

/// An exercise's solution holds a `solves` file naming its starter's
/// folder; both must carry the same `tests/*.rs`, byte for byte.
pub fn solves(root: &Path, l: &Listing) -> Vec<Diag> {
    let file = l.dir.join("solves");
    let Ok(text) = std::fs::read_to_string(root.join(&file)) else {
        return Vec::new();
    };
    let name = text.trim();
    let starter = l.dir.parent().map(|p| p.join(name));
    let Some(starter) = starter.filter(|s| {
        !name.is_empty()
            && !name.contains('/')
            && root.join(s).join("Cargo.toml").is_file()
    }) else {
        return vec![
            Diag::new(&file, 1, format!("names `{name}`, which is not a listing folder beside this one"))
                .fix("write the starter's folder name, e.g. `listing-09-03`"),
        ];
    };
    let tests = |dir: &Path| -> Vec<(String, Vec<u8>)> {
        let mut v: Vec<(String, Vec<u8>)> =
            crate::files_in(&root.join(dir).join("tests"))
                .into_iter()
                .filter(|p| p.extension().is_some_and(|e| e == "rs"))
                .map(|p| {
                    let rel = p
                        .strip_prefix(root.join(dir))
                        .unwrap_or(&p)
                        .display()
                        .to_string();
                    (rel, std::fs::read(&p).unwrap_or_default())
                })
                .collect();
        v.sort();
        v
    };
    let (ours, theirs) = (tests(&l.dir), tests(&starter));
    if ours.is_empty() {
        return vec![
            Diag::new(&file, 1, "the solution has no tests/*.rs")
                .fix("copy the starter's tests/ folder into the solution"),
        ];
    }
    if ours == theirs {
        return Vec::new();
    }
    let differing: Vec<String> = ours
        .iter()
        .map(|(n, _)| n.clone())
        .chain(theirs.iter().map(|(n, _)| n.clone()))
        .filter(|n| {
            ours.iter().find(|(m, _)| m == n)
                != theirs.iter().find(|(m, _)| m == n)
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    vec![
        Diag::new(&file, 1, format!("the solution's tests differ from those of {}: {}", starter.display(), differing.join(", ")))
            .fix("starter and solution run the same tests: copy tests/ from one to the other"),
    ]
}
