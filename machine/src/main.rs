//! `cargo book <command>`: chores on the book (see CONTRIBUTING.md).
//!
//! - `serve [ARGS]`: install the pinned mdBook and link checker if they are
//!   missing, then `mdbook serve ARGS` (try `cargo book serve --open`).
//! - `install-tools`: only the installing part (used by .ci/run).
//! - `bless [FILTER]`: rebuild and rerun every listing (or those whose folder
//!   contains FILTER) and rewrite its output.txt from the real output.
//! - `compare-expansion DIR`: compare our include expansion with mdBook's own,
//!   as written by its markdown renderer to DIR (used by .ci/run).
//! - `figures`: regenerate every `src/img/*.svg` from its Graphviz source
//!   (`*.dot`); needs `dot` (Debian package `graphviz`).
//! - `clippy`: run clippy on every listing that compiles; a listing may opt
//!   out with a `clippy-allow` file that says why.

use book_machine::{Behaviour, Book, listing, par_map};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("bless") => bless(&root, args.get(1).map(String::as_str)),
        Some("compare-expansion") => match args.get(1) {
            Some(dir) => compare_expansion(&root, Path::new(dir)),
            None => Err(EXPANSION_USAGE.into()),
        },
        Some("clippy") => clippy(&root),
        Some("figures") => figures(&root),
        Some("install-tools") => install_tools(),
        Some("serve") => install_tools().and_then(|()| {
            let status = std::process::Command::new("mdbook")
                .arg("serve")
                .args(&args[1..])
                .current_dir(&root)
                .status()
                .map_err(|e| format!("cannot run mdbook: {e}"))?;
            if status.success() { Ok(()) } else { Err(format!("mdbook serve: {status}")) }
        }),
        _ => Err("usage: cargo book serve [ARGS] | install-tools | bless [FILTER] | compare-expansion DIR | clippy | figures".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn bless(root: &Path, filter: Option<&str>) -> Result<(), String> {
    let (listings, diags) = listing::discover(root);
    let wanted =
        |p: &Path| filter.is_none_or(|f| p.to_string_lossy().contains(f));
    let diags: Vec<_> = diags.into_iter().filter(|d| wanted(&d.file)).collect();
    book_machine::report("the listings", &diags)?;
    let chosen: Vec<_> =
        listings.into_iter().filter(|l| wanted(&l.dir)).collect();
    if chosen.is_empty() {
        return Err(format!(
            "no listing folder matches `{}`",
            filter.unwrap_or_default()
        ));
    }
    // SAFETY: single-threaded here, before any worker starts.
    unsafe { std::env::set_var("BOOK_NO_CACHE", "1") };
    let runs = par_map(&chosen, |l| l.run(root));
    let mut changed = 0;
    for (l, run) in chosen.iter().zip(runs) {
        let run = run.map_err(|d| d.to_string())?;
        if run.output != l.expected {
            std::fs::write(root.join(&l.dir).join("output.txt"), &run.output)
                .map_err(|e| format!("{}: {e}", l.dir.display()))?;
            println!(
                "rewrote {}/output.txt ({})",
                l.dir.display(),
                run.behaviour.describe()
            );
            changed += 1;
        }
    }
    println!(
        "{} listing(s) run, {changed} output.txt file(s) rewritten",
        chosen.len()
    );
    Ok(())
}

const EXPANSION_USAGE: &str = "usage: cargo book compare-expansion DIR, where DIR holds mdBook's expanded chapters:\n    MDBOOK_OUTPUT__MARKDOWN='{}' mdbook build -d target/mdbook && cargo book compare-expansion target/mdbook/markdown";

fn compare_expansion(root: &Path, dir: &Path) -> Result<(), String> {
    if !dir.join("ch01-00-introduction.md").exists() {
        return Err(format!(
            "{} holds no expanded chapters.\n{EXPANSION_USAGE}",
            dir.display()
        ));
    }
    let book = Book::load(root);
    let mut bad = Vec::new();
    for page in &book.pages {
        let rel = page.path.strip_prefix("src").unwrap_or(&page.path);
        let theirs = std::fs::read_to_string(dir.join(rel))
            .map_err(|e| format!("{}: {e}", dir.join(rel).display()))?;
        if theirs != page.expanded.text {
            let line = theirs
                .lines()
                .zip(page.expanded.text.lines())
                .position(|(a, b)| a != b)
                .map_or(
                    theirs
                        .lines()
                        .count()
                        .min(page.expanded.text.lines().count()),
                    |i| i,
                )
                + 1;
            bad.push(format!("{}: our expansion differs from mdBook's at expanded line {line}", page.path.display()));
        }
    }
    if bad.is_empty() {
        println!(
            "include expansion matches mdBook for {} page(s)",
            book.pages.len()
        );
        Ok(())
    } else {
        Err(bad.join("\n"))
    }
}

fn clippy(root: &Path) -> Result<(), String> {
    let (listings, diags) = listing::discover(root);
    book_machine::report("the listings", &diags)?;
    let target = book_machine::scratch(root, "clippy");
    let chosen: Vec<_> = listings
        .iter()
        .filter(|l| !root.join(&l.dir).join("clippy-allow").exists())
        .filter(|l| {
            !matches!(
                l.run(root).map(|r| r.behaviour),
                Ok(Behaviour::CompileFail(_))
            )
        })
        .collect();
    let results = par_map(&chosen, |l| {
        let out = std::process::Command::new(
            std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()),
        )
        .args([
            "clippy",
            "--locked",
            "--quiet",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ])
        .current_dir(root.join(&l.dir))
        .env("CARGO_TARGET_DIR", target.join(l.dir.file_name().unwrap()))
        .output();
        match out {
            Ok(o) if o.status.success() => None,
            Ok(o) => Some(format!(
                "{}:\n{}",
                l.dir.display(),
                String::from_utf8_lossy(&o.stderr)
            )),
            Err(e) => Some(format!(
                "{}: cannot run cargo clippy: {e}",
                l.dir.display()
            )),
        }
    });
    let failures: Vec<String> = results.into_iter().flatten().collect();
    println!(
        "clippy: {} listing(s) checked, {} with warnings",
        chosen.len(),
        failures.len()
    );
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n"))
    }
}

fn figures(root: &Path) -> Result<(), String> {
    let dir = root.join("src/img");
    let mut sources: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "dot"))
        .collect();
    sources.sort();
    for src in &sources {
        let svg = src.with_extension("svg");
        let status = std::process::Command::new("dot")
            .arg("-Tsvg")
            .arg(src)
            .arg("-o")
            .arg(&svg)
            .status()
            .map_err(|e| format!("cannot run `dot` ({e}): install Graphviz (apt-get install graphviz)"))?;
        if !status.success() {
            return Err(format!("dot failed on {}", src.display()));
        }
        println!("wrote {}", svg.strip_prefix(root).unwrap_or(&svg).display());
    }
    Ok(())
}

/// The book's tools, pinned: (crate, version). mdbook-linkcheck2 is the
/// maintained fork of mdbook-linkcheck, whose last release cannot read
/// mdBook 0.5's render context.
const TOOLS: &[(&str, &str)] =
    &[("mdbook", "0.5.4"), ("mdbook-linkcheck2", "0.13.0")];

/// `cargo install --locked` each pinned tool whose binary is missing or
/// reports another version.
fn install_tools() -> Result<(), String> {
    for (name, version) in TOOLS {
        let installed = std::process::Command::new(name)
            .arg("--version")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default();
        let found = installed
            .split_whitespace()
            .any(|w| w.trim_start_matches('v') == *version);
        if found {
            println!("{name} {version} is installed");
            continue;
        }
        println!("installing {name} {version} (a few minutes, once)");
        let status = std::process::Command::new(
            std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()),
        )
        .args(["install", "--locked", "--version", version, name])
        .status()
        .map_err(|e| format!("cannot run cargo install: {e}"))?;
        if !status.success() {
            return Err(format!("cargo install {name}@{version} failed"));
        }
    }
    Ok(())
}
