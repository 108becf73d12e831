//! `cargo book <command>`: chores on the book (see CONTRIBUTING.md).
//!
//! - `serve [ARGS]`: install the pinned mdBook and link checker if they are
//!   missing, then `mdbook serve ARGS` (try `cargo book serve --open`).
//! - `install-tools`: only the installing part (used by .ci/run).
//! - `bless [FILTER]`: rebuild and rerun every listing (or those whose folder
//!   contains FILTER) and rewrite its output.txt from the real output.
//! - `compare-expansion DIR`: compare our include expansion with mdBook's own,
//!   as written by its markdown renderer to DIR (used by .ci/run).
//! - `figures`: regenerate every `src/img/*.svg` and its `*.dark.svg` from
//!   its Graphviz source (`*.dot`); needs `dot` (Debian package `graphviz`).
//! - `index`: regenerate the appendix of errors and panics from the
//!   listings' output.txt (machine/src/errindex.rs).
//! - `clippy`: run clippy on every listing that compiles; a listing may opt
//!   out with a `clippy-allow` file that says why.
//! - `miri [FILTER]`: run the listings (or those whose folder contains
//!   FILTER) under Miri on the pinned nightly (`miri-toolchain`); see
//!   `machine/src/miri.rs` for what Miri must find in each.

use book_machine::{Behaviour, Book, Limits, Listing, listing, miri, par_map};
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
        Some("miri") => miri(&root, args.get(1).map(String::as_str)),
        Some("figures") => book_machine::figures::generate(&root),
        Some("index") => book_machine::errindex::write(&root),
        Some("install-tools") => install_tools(),
        Some("serve") => install_tools().and_then(|()| {
            let status = std::process::Command::new("mdbook")
                .arg("serve")
                .args(&args[1..])
                .current_dir(&root)
                .status()
                .map_err(|e| format!("cannot run mdbook: {e}"))?;
            // Ctrl-C (or a kill) stops the server: that is how it ends.
            if status.success() || stopped_by_signal(&status) { Ok(()) } else { Err(format!("mdbook serve: {status}")) }
        }),
        _ => Err("usage: cargo book serve [ARGS] | install-tools | bless [FILTER] | compare-expansion DIR | clippy | figures | index | miri [FILTER]".into()),
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
    // A `cargo miri run` listing's output comes from Miri, when the pinned
    // nightly and its Miri are installed.
    let (ub, chosen): (Vec<_>, Vec<_>) =
        chosen.into_iter().partition(|l| l.is_miri_ub());
    // With the leaking listings whose Miri report a page shows: one Miri
    // pass for both.
    let miri_runs: Vec<_> = ub
        .iter()
        .chain(
            chosen
                .iter()
                .filter(|l| root.join(&l.dir).join(miri::SHOWN_FILE).exists()),
        )
        .cloned()
        .collect();
    let mut changed = bless_miri(root, &miri_runs)?;
    // SAFETY: single-threaded here, before any worker starts.
    unsafe { std::env::set_var("BOOK_NO_CACHE", "1") };
    // Each listing, and its runs as other editions (`output-2021.txt`).
    let runs: Vec<&Listing> = chosen
        .iter()
        .chain(&ub)
        .flat_map(|l| l.with_editions())
        .filter(|l| l.edition.is_some() || !l.is_miri_ub())
        .collect();
    let results = par_map(&runs, |l| l.run(root, Limits::default()));
    for (l, run) in runs.iter().zip(results) {
        let run = run.map_err(|d| d.to_string())?;
        if run.output != l.expected {
            let file = l.output_file();
            std::fs::write(root.join(&file), &run.output)
                .map_err(|e| format!("{}: {e}", file.display()))?;
            println!(
                "rewrote {} ({})",
                file.display(),
                run.behaviour.describe()
            );
            changed += 1;
        }
    }
    println!(
        "{} listing(s) run, {changed} output file(s) rewritten",
        chosen.len() + ub.len()
    );
    Ok(())
}

/// Rewrites, from Miri's real output, the output.txt of each `cargo miri run`
/// listing, or the `miri-output.txt` of each leaking listing whose report a
/// page shows; returns how many changed.
fn bless_miri(root: &Path, ub: &[Listing]) -> Result<usize, String> {
    if ub.is_empty() {
        return Ok(0);
    }
    let toolchain = miri::toolchain(root)?;
    if !miri::available(&toolchain) {
        println!(
            "skipped {} `cargo miri run` listing(s): Miri on {toolchain} is not installed ({})",
            ub.len(),
            miri::install_hint(&toolchain)
        );
        return Ok(0);
    }
    let names: Vec<String> = ub
        .iter()
        .map(|l| l.dir.to_string_lossy().into_owned())
        .collect();
    let (cases, _, diags) = miri::cases(root, None);
    book_machine::report("the listings", &diags)?;
    let cases: Vec<_> = cases
        .into_iter()
        .filter(|c| {
            names.contains(&c.listing.dir.to_string_lossy().into_owned())
        })
        .collect();
    let found = miri::run_all(root, &toolchain, &cases);
    let mut changed = 0;
    for (case, (found, _)) in cases.iter().zip(found) {
        let found = found.map_err(|d| d.to_string())?;
        let l = &case.listing;
        // A leaking listing whose report a page shows keeps it in
        // miri-output.txt; a `miri_ub` listing in output.txt.
        let (found_it, what, file, now) = match &case.shown {
            Some(shown) => {
                (found.leak, "a leak", l.dir.join(miri::SHOWN_FILE), shown)
            }
            None => (
                found.ub,
                "undefined behaviour",
                l.output_file(),
                &l.expected,
            ),
        };
        if !found_it {
            return Err(format!(
                "{}: Miri reports no {what}; it {}",
                l.dir.display(),
                found.behaviour.describe()
            ));
        }
        if found.output != *now {
            std::fs::write(root.join(&file), &found.output)
                .map_err(|e| format!("{}: {e}", file.display()))?;
            println!("rewrote {} (Miri: {what})", file.display());
            changed += 1;
        }
    }
    Ok(changed)
}

/// `cargo book miri [FILTER]`.
fn miri(root: &Path, filter: Option<&str>) -> Result<(), String> {
    let started = std::time::Instant::now();
    let toolchain = miri::toolchain(root)?;
    if !miri::available(&toolchain) {
        return Err(format!(
            "Miri on {toolchain} (the root file `{}`) is not installed: {}",
            miri::TOOLCHAIN_FILE,
            miri::install_hint(&toolchain)
        ));
    }
    let (cases, skipped, diags) = miri::cases(root, filter);
    book_machine::report("the listings", &diags)?;
    if cases.is_empty() {
        return Err(format!(
            "no listing folder matches `{}`",
            filter.unwrap_or_default()
        ));
    }
    for (dir, why) in &skipped {
        println!("{}: left out: {why}", dir.display());
    }
    let (diags, lines) = miri::check_all(root, &toolchain, &cases);
    for line in &lines {
        println!("{line}");
    }
    println!(
        "miri ({toolchain}): {} listing(s) run, {} left out, {} problem(s), {:.0} s",
        cases.len(),
        skipped.len(),
        diags.len(),
        started.elapsed().as_secs_f64()
    );
    book_machine::report("Miri", &diags)
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
            let line = book_machine::checks::first_difference(
                &theirs,
                &page.expanded.text,
            );
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
                l.run(root, Limits::default()).map(|r| r.behaviour),
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

/// The child ended on SIGINT or SIGTERM, as `mdbook serve` does on Ctrl-C.
fn stopped_by_signal(status: &std::process::ExitStatus) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        matches!(status.signal(), Some(2 | 15))
    }
    #[cfg(not(unix))]
    {
        let _ = status;
        false
    }
}

/// The book's tools, pinned: (crate, version). mdbook-linkcheck2 is the
/// maintained fork of mdbook-linkcheck, whose last release cannot read
/// mdBook 0.5's render context. mdbook-quiz renders the practice pages'
/// quizzes.
const TOOLS: &[(&str, &str)] = &[
    ("mdbook", "0.5.4"),
    ("mdbook-linkcheck2", "0.13.0"),
    ("mdbook-quiz", "0.5.0"),
];

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
