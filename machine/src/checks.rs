//! The checks `tests/book.rs` runs, as functions that return problems, so
//! that `machine/tests/defects.rs` can prove each one on a broken book.

use crate::listing::{self, Behaviour};
use crate::{Book, Diag, Expect, normalize, par_map, snippet};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Every link between pages, to a file under src/, or to a `#fragment`
/// (a heading or an HTML id) resolves. Links that leave the book are left
/// to mdbook-linkcheck2.
pub fn links(book: &Book) -> Vec<Diag> {
    let ids: HashMap<&Path, &Vec<String>> = book
        .pages
        .iter()
        .map(|p| (p.path.as_path(), &p.ids))
        .collect();
    let mut diags = Vec::new();
    for page in &book.pages {
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
            if is_page && !ids.contains_key(target.as_path()) {
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
                let known = ids
                    .get(target.as_path())
                    .is_some_and(|ids| ids.iter().any(|i| i == fragment));
                if !known {
                    let page_ids = ids.get(target.as_path());
                    let similar: Vec<&str> = page_ids
                        .into_iter()
                        .flat_map(|ids| ids.iter())
                        .filter(|i| {
                            let kind = |s: &str| {
                                s.split('-').next().map(str::to_owned)
                            };
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
    }
    diags
}

/// The blocks skeptic cannot prove: each block that must fail to compile
/// (with exactly the named codes), panic, or abort is compiled with the
/// pinned rustc as edition 2024 and run.
pub fn blocks(book: &Book) -> Vec<Diag> {
    let blocks: Vec<_> = book
        .blocks()
        .filter(|(_, b)| {
            matches!(
                b.expect,
                Some(Expect::CompileFail(_) | Expect::Panics | Expect::Aborts)
            ) && b.expect != Some(Expect::CompileFail(vec![]))
        })
        .collect();
    let results = par_map(&blocks, |(_, b)| {
        snippet::behaviour(&book.root, &b.program())
    });
    let mut diags = Vec::new();
    for ((page, block), (got, output)) in blocks.iter().zip(results) {
        let want = block.expect.as_ref().unwrap();
        if !got.matches(want) {
            diags.push(
                Diag::new(
                    &page.path,
                    block.line,
                    format!(
                        "```{} promises the block {}, but it {}.\n{}",
                        block.info,
                        want.describe(),
                        got.describe(),
                        excerpt(&output)
                    ),
                )
                .fix(format!("fix the code, or tag it ```{}", suggest(&got))),
            );
        }
    }
    diags
}

/// Every listing builds and runs with the command on its output.txt's first
/// line and prints exactly that output.txt; every block that shows a
/// listing promises what the listing does; every listing is shown.
pub fn listings(book: &Book) -> Vec<Diag> {
    let root = &book.root;
    let (listings, mut diags) = listing::discover(root);
    let runs = par_map(&listings, |l| l.run(root));
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
                    crate::BLESS,
                    l.dir.file_name().unwrap_or_default().to_string_lossy()
                )),
            );
        }
        let warns = run.output.lines().position(|l| l.starts_with("warning"));
        let allowed = root.join(&l.dir).join("clippy-allow").exists();
        if let (Some(at), false, Behaviour::Runs | Behaviour::Panics) =
            (warns, allowed, &run.behaviour)
        {
            diags.push(
                Diag::new(l.dir.join("output.txt"), at + 1, "the compiler warns about this listing")
                    .fix("fix the warning (run `cargo clippy` in the folder too), then `cargo bless`; if the warning is the point, add a `clippy-allow` file saying why and say so in the text"),
            );
        }
        behaviour.insert(l.dir.clone(), run.behaviour);
    }
    let mut shown = HashSet::new();
    for (page, block) in book.blocks() {
        let Some(dir) = block.listing_dir(root) else {
            continue;
        };
        shown.insert(dir.clone());
        let (Some(want), Some(got)) = (&block.expect, behaviour.get(&dir))
        else {
            continue;
        };
        // A bare `compile_fail` was reported as a tag problem already.
        if *want == Expect::CompileFail(vec![]) {
            continue;
        }
        if !got.matches(want) {
            diags.push(
                Diag::new(
                    &page.path,
                    block.line,
                    format!(
                        "```{} promises that {} {}, but it {}",
                        block.info,
                        dir.display(),
                        want.describe(),
                        got.describe()
                    ),
                )
                .fix(format!(
                    "tag the block ```{}, or fix the listing",
                    suggest(got)
                )),
            );
        }
    }
    for l in &listings {
        if !shown.contains(&l.dir) {
            diags.push(
                Diag::new(
                    &l.dir,
                    0,
                    "no page shows this listing or its output",
                )
                .fix("include it in a chapter, or delete it"),
            );
        }
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
            format!("rustfmt failed:\n{}", excerpt(&out)),
        ));
    }
    diags
}

fn suggest(got: &Behaviour) -> String {
    match got {
        Behaviour::Runs => Expect::Runs.tags(),
        Behaviour::Panics => Expect::Panics.tags(),
        Behaviour::Aborts => Expect::Aborts.tags(),
        Behaviour::CompileFail(codes) => {
            Expect::CompileFail(codes.clone()).tags()
        }
        Behaviour::Other(_) => "rust".into(),
    }
}

fn excerpt(output: &str) -> String {
    let lines: Vec<&str> = output.lines().take(16).collect();
    format!("    | {}", lines.join("\n    | "))
}

fn first_difference(a: &str, b: &str) -> usize {
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
