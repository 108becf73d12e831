//! `cargo book miri`: the listings run under Miri, on the nightly toolchain
//! named in the root file `miri-toolchain`.
//!
//! Which listings, and what Miri must find, is read from the listings
//! themselves:
//! - a listing whose output.txt starts with `$ cargo miri run` (shown in a
//!   ```` ```rust,no_run,miri_ub ```` block) must stop with `Undefined
//!   Behavior`, and print exactly its output.txt, normalized;
//! - a listing holding a `miri-leaks` file (whose text says why) must end
//!   with Miri's `memory leaked` report, and no undefined behaviour; if it
//!   also holds a `miri-output.txt` (a page shows Miri's report), Miri must
//!   print exactly that file's text, normalized, and `cargo bless` writes it;
//! - every other listing that runs (or panics) on the pinned toolchain must
//!   pass cleanly: no undefined behaviour, no leak, the same exit.
//!
//! A `miri-flags` file holds `MIRIFLAGS` on its first line and, below, the
//! reason (chapter 4's listings open files: `-Zmiri-disable-isolation`).
//! Listings that abort are left out: they overflow the stack on purpose,
//! and Miri takes minutes to get there. A listing holding a `miri-skip`
//! file is left out for the reason its text gives.

use crate::bounded::{self, Ended, Limits};
use crate::listing::{self, Behaviour, Listing, normalize_output};
use crate::{Diag, par_map, scratch};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The file at the root that names the nightly toolchain Miri runs on.
pub const TOOLCHAIN_FILE: &str = "miri-toolchain";

/// Miri's report of a deliberate leak, kept where a page can include it.
pub const SHOWN_FILE: &str = "miri-output.txt";

/// A Miri run gets this long (Miri interprets the program, and a first run
/// builds its sysroot); a listing's `timeout` file raises it.
pub const SECONDS: u64 = 300;

/// The pinned nightly, e.g. `nightly-2026-05-20`.
pub fn toolchain(root: &Path) -> Result<String, String> {
    std::fs::read_to_string(root.join(TOOLCHAIN_FILE))
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_owned))
        .ok_or_else(|| format!("{TOOLCHAIN_FILE}: cannot read the pinned nightly toolchain's name"))
}

/// Whether the pinned nightly and its Miri are installed.
pub fn available(toolchain: &str) -> bool {
    Command::new("rustup")
        .args(["run", toolchain, "cargo", "miri", "--version"])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// How to install what [`available`] looks for.
pub fn install_hint(toolchain: &str) -> String {
    format!(
        "rustup toolchain install {toolchain} --profile minimal -c miri -c rust-src && rustup run {toolchain} cargo miri setup"
    )
}

/// What Miri must find in one listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Want {
    /// Undefined behaviour, with exactly output.txt's text.
    Ub,
    /// A leak (the `miri-leaks` file says why), nothing else.
    Leak,
    /// A clean run that ends like the stable one.
    Clean(Behaviour),
}

/// A listing to run under Miri.
#[derive(Debug, Clone)]
pub struct Case {
    pub listing: Listing,
    pub want: Want,
    pub flags: String,
    /// The text of a leaking listing's `miri-output.txt`, if it has one.
    pub shown: Option<String>,
    /// The listing's target directory under `target/book/miri/`.
    pub target: PathBuf,
}

/// The listings `cargo book miri` runs, and why each other one is left out
/// (folder, reason).
pub fn cases(
    root: &Path,
    filter: Option<&str>,
) -> (Vec<Case>, Vec<(PathBuf, String)>, Vec<Diag>) {
    let (listings, mut diags) = listing::discover(root);
    let mut cases = Vec::new();
    let mut skipped = Vec::new();
    for l in listings {
        if filter.is_some_and(|f| !l.dir.to_string_lossy().contains(f)) {
            continue;
        }
        let abs = root.join(&l.dir);
        let flags = match std::fs::read_to_string(abs.join("miri-flags")) {
            Err(_) => String::new(),
            Ok(text) => {
                let mut lines = text.lines();
                let flags = lines.next().unwrap_or("").trim().to_owned();
                if flags.is_empty() || lines.all(|l| l.trim().is_empty()) {
                    diags.push(
                        Diag::new(l.dir.join("miri-flags"), 1, "a `miri-flags` file must hold the flags on its first line and say why below")
                            .fix("e.g. `-Zmiri-disable-isolation`, then `the listing opens files`"),
                    );
                }
                flags
            }
        };
        let leaks = std::fs::read_to_string(abs.join("miri-leaks")).ok();
        if leaks.as_deref().is_some_and(|t| t.trim().is_empty()) {
            diags.push(
                Diag::new(
                    l.dir.join("miri-leaks"),
                    1,
                    "an empty `miri-leaks` file",
                )
                .fix("say why the listing leaks on purpose"),
            );
        }
        if let Ok(why) = std::fs::read_to_string(abs.join("miri-skip")) {
            if why.trim().is_empty() {
                diags.push(
                    Diag::new(
                        l.dir.join("miri-skip"),
                        1,
                        "an empty `miri-skip` file",
                    )
                    .fix("say why Miri cannot run this listing"),
                );
            }
            skipped.push((
                l.dir.clone(),
                why.split_whitespace().collect::<Vec<_>>().join(" "),
            ));
            continue;
        }
        let want = if l.is_miri_ub() {
            Want::Ub
        } else {
            let behaviour = match l.run(root, Limits::default()) {
                Ok(run) => run.behaviour,
                Err(d) => {
                    diags.push(d);
                    continue;
                }
            };
            match behaviour {
                Behaviour::Runs
                | Behaviour::Panics
                | Behaviour::ExitsWithError(_)
                    if leaks.is_some() =>
                {
                    Want::Leak
                }
                Behaviour::Runs
                | Behaviour::Panics
                | Behaviour::ExitsWithError(_) => Want::Clean(behaviour),
                Behaviour::Aborts => {
                    skipped.push((l.dir.clone(), "it aborts on purpose (an `aborts` listing: a stack overflow takes Miri minutes to reach)".into()));
                    continue;
                }
                other => {
                    skipped.push((l.dir.clone(), other.describe()));
                    continue;
                }
            }
        };
        // A target directory per listing: listings have no dependencies to
        // share (Miri's sysroot is shared), and packages of one name would
        // overwrite each other's binary in one directory.
        let target = scratch(root, "miri")
            .join(l.dir.strip_prefix("listings").unwrap_or(&l.dir));
        let shown = std::fs::read_to_string(abs.join(SHOWN_FILE)).ok();
        if shown.is_some() && want != Want::Leak {
            diags.push(
                Diag::new(l.dir.join(SHOWN_FILE), 1, "a `miri-output.txt` beside a listing that is not marked as leaking")
                    .fix("a page may show Miri's report of a deliberate leak: add a `miri-leaks` file saying why, or delete `miri-output.txt`"),
            );
        }
        cases.push(Case {
            listing: l,
            want,
            flags,
            shown,
            target,
        });
    }
    (cases, skipped, diags)
}

/// The result of one Miri run.
#[derive(Debug, Clone)]
pub struct Found {
    /// What output.txt holds for a `miri_ub` listing: the command line,
    /// then Miri's normalized output.
    pub output: String,
    pub ub: bool,
    pub leak: bool,
    pub behaviour: Behaviour,
}

/// Runs one listing under Miri; `sysroot` is the toolchain's
/// (`rustc --print sysroot`), for the normalization.
pub fn run(
    root: &Path,
    toolchain: &str,
    sysroot: &str,
    case: &Case,
) -> Result<Found, Diag> {
    let l = &case.listing;
    let abs = root.join(&l.dir);
    let sub = if l.command.get(1).is_some_and(|c| c == "test") {
        "test"
    } else {
        "run"
    };
    let mut cmd = Command::new("rustup");
    cmd.args(["run", toolchain, "cargo", "miri", sub, "--locked"])
        .current_dir(&abs)
        .env("MIRIFLAGS", &case.flags);
    listing::cargo_env(&mut cmd, &case.target);
    clean_env(&mut cmd);
    let limits = Limits {
        seconds: l.timeout.unwrap_or(0).max(SECONDS),
        ..Limits::default()
    };
    let shown = format!("cargo miri {sub}");
    let overran = |what: String| {
        Diag::new(l.dir.join("output.txt"), 1, format!("`{shown}` {what}"))
            .fix("make the program end sooner under Miri, or raise its `timeout` file")
    };
    let (status, raw) = match bounded::run(cmd, limits) {
        Ok(Ended::Exited(status, raw)) => (status, raw),
        Ok(Ended::TimedOut(_)) => {
            return Err(overran(format!(
                "did not finish within {} s: killed",
                limits.seconds
            )));
        }
        Ok(Ended::TooMuchOutput) => {
            return Err(overran(format!(
                "printed more than {}: killed",
                bounded::show_bytes(limits.bytes)
            )));
        }
        Err(e) => {
            return Err(Diag::new(
                &l.dir,
                0,
                format!("cannot run `rustup run {toolchain} cargo miri`: {e}"),
            )
            .fix(install_hint(toolchain)));
        }
    };
    let raw = String::from_utf8_lossy(&raw);
    let output = normalize(&raw, &case.target, &abs, sysroot);
    let ub = output.contains("Undefined Behavior");
    let leak = output.contains("error: memory leaked");
    let behaviour = if status.success() {
        Behaviour::Runs
    } else if output.contains("error: could not compile") {
        Behaviour::CompileFail(listing::error_codes(&output))
    } else if let Some(code) = listing::failure_code(&status)
        && sub == "run"
        && !ub
        && !leak
    {
        Behaviour::ExitsWithError(code)
    } else if output.contains("panicked at") {
        Behaviour::Panics
    } else {
        Behaviour::Other(format!("{status}"))
    };
    Ok(Found {
        output: format!("$ {shown}\n{output}"),
        ub,
        leak,
        behaviour,
    })
}

/// What is wrong with a Miri run, given what the listing wants.
pub fn judge(case: &Case, found: &Found) -> Vec<Diag> {
    let l = &case.listing;
    let out = l.dir.join("output.txt");
    let excerpt = crate::checks::excerpt(
        &found.output.lines().take(12).collect::<Vec<_>>().join("\n"),
    );
    let mut diags = Vec::new();
    match &case.want {
        Want::Ub if !found.ub => diags.push(
            Diag::new(&out, 1, format!("Miri found no undefined behaviour in this `miri_ub` listing; it {}.{excerpt}", found.behaviour.describe()))
                .fix("make the listing do what the text says Miri stops, or show it as a plain listing"),
        ),
        Want::Ub if found.output != l.expected => diags.push(
            Diag::new(&out, crate::checks::first_difference(&l.expected, &found.output), "differs from what Miri prints now")
                .fix(format!("if the new output is right, run `cargo bless {}` with the Miri toolchain installed", l.dir.file_name().unwrap_or_default().to_string_lossy())),
        ),
        Want::Ub => {}
        _ if found.ub => diags.push(
            Diag::new(&l.dir, 0, format!("Miri reports undefined behaviour:{excerpt}"))
                .fix("fix the unsafe code; if the UB is the point, show it as a `rust,no_run,miri_ub` listing"),
        ),
        Want::Leak if !found.leak => diags.push(
            Diag::new(l.dir.join("miri-leaks"), 1, "this listing is marked as leaking, but Miri reports no leak")
                .fix("delete the `miri-leaks` file, or make the listing leak as its text says"),
        ),
        Want::Leak => {
            if let Some(shown) = &case.shown
                && *shown != found.output
            {
                diags.push(
                    Diag::new(l.dir.join(SHOWN_FILE), crate::checks::first_difference(shown, &found.output), "differs from what Miri prints now")
                        .fix(format!("if the new output is right, run `cargo bless {}` with the Miri toolchain installed (a page includes lines of this file: check their range)", l.dir.file_name().unwrap_or_default().to_string_lossy())),
                );
            }
        }
        Want::Clean(_) if found.leak => diags.push(
            Diag::new(&l.dir, 0, format!("Miri reports a memory leak:{excerpt}"))
                .fix("free what the listing allocates; if it leaks on purpose, add a `miri-leaks` file saying why"),
        ),
        Want::Clean(want) if found.behaviour != *want => diags.push(
            Diag::new(&l.dir, 0, format!("under Miri the listing {}, but on the pinned toolchain it {}.{excerpt}", found.behaviour.describe(), want.describe()))
                .fix("if it needs a Miri flag (opening files needs `-Zmiri-disable-isolation`), put it in a `miri-flags` file with the reason"),
        ),
        Want::Clean(_) => {}
    }
    diags
}

/// Runs every case on as many threads as there are cores, each with the
/// time it took. Miri's sysroot is built once, before the runs that share
/// it (two runs building it at once break each other), and looked up once.
pub fn run_all(
    root: &Path,
    toolchain: &str,
    cases: &[Case],
) -> Vec<(Result<Found, Diag>, std::time::Duration)> {
    let mut setup = Command::new("rustup");
    setup
        .args(["run", toolchain, "cargo", "miri", "setup"])
        .current_dir(root);
    clean_env(&mut setup);
    let _ = bounded::run(
        setup,
        Limits {
            seconds: SECONDS,
            ..Limits::default()
        },
    );
    let sysroot = sysroot(toolchain);
    par_map(cases, |c| {
        let started = std::time::Instant::now();
        let found = run(root, toolchain, &sysroot, c);
        (found, started.elapsed())
    })
}

/// Runs every case ([`run_all`]); returns the problems and one line per
/// listing saying what Miri found.
pub fn check_all(
    root: &Path,
    toolchain: &str,
    cases: &[Case],
) -> (Vec<Diag>, Vec<String>) {
    let results = run_all(root, toolchain, cases);
    let mut diags = Vec::new();
    let mut lines = Vec::new();
    for (case, (found, took)) in cases.iter().zip(results) {
        let name = case.listing.dir.display();
        match found {
            Err(d) => {
                lines.push(format!(
                    "{name}: could not run ({:.1} s)",
                    took.as_secs_f64()
                ));
                diags.push(d);
            }
            Ok(found) => {
                let what = match (found.ub, found.leak) {
                    (true, _) => "undefined behaviour",
                    (false, true) => "a leak",
                    (false, false) => "nothing",
                };
                let problems = judge(case, &found);
                lines.push(format!(
                    "{name}: found {what}; it {} ({}, {:.1} s)",
                    found.behaviour.describe(),
                    if problems.is_empty() {
                        "as expected"
                    } else {
                        "NOT as expected"
                    },
                    took.as_secs_f64()
                ));
                diags.extend(problems);
            }
        }
    }
    (diags, lines)
}

/// Leaves out what the pinned toolchain's cargo set for this process, so
/// that the nightly's own tools run.
fn clean_env(cmd: &mut Command) {
    for var in [
        "RUSTUP_TOOLCHAIN",
        "RUSTC",
        "RUSTDOC",
        "CARGO",
        "RUSTFLAGS",
        "RUST_BACKTRACE",
        "RUST_LIB_BACKTRACE",
    ] {
        cmd.env_remove(var);
    }
}

fn sysroot(toolchain: &str) -> String {
    Command::new("rustup")
        .args(["run", toolchain, "rustc", "--print", "sysroot"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default()
}

/// Miri's output, machine-independent: cargo's lines and absolute paths as
/// for any listing, the toolchain's directory as `<sysroot>`, the sysroot
/// preparation line dropped, and the numbers Miri gives allocations
/// (`alloc1234`) and borrow tags (`<1234>`) replaced by `N`: they change
/// when anything allocates differently, even between toolchain builds.
pub fn normalize(
    raw: &str,
    target: &Path,
    listing: &Path,
    sysroot: &str,
) -> String {
    let kept: String = raw
        .lines()
        .filter(|l| !l.starts_with("Preparing a sysroot for Miri"))
        .map(|l| format!("{l}\n"))
        .collect();
    let kept = if sysroot.is_empty() {
        kept
    } else {
        kept.replace(sysroot, "<sysroot>")
    };
    let out = normalize_output(&kept, target, listing);
    numbers_after(&numbers_after(&out, "alloc"), "<")
}

/// Replaces the digits right after each `prefix` with `N` (for `<`, only
/// when the digits are followed by `>`).
fn numbers_after(text: &str, prefix: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(prefix) {
        let after = &rest[i + prefix.len()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let closes = prefix != "<" || after[digits..].starts_with('>');
        out.push_str(&rest[..i + prefix.len()]);
        if digits > 0 && closes {
            out.push('N');
            rest = &after[digits..];
        } else {
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers() {
        assert_eq!(
            super::numbers_after("alloc123 and alloc, <45> <a>", "alloc"),
            "allocN and alloc, <45> <a>"
        );
        assert_eq!(super::numbers_after("<45> <a> <7", "<"), "<N> <a> <7");
    }
}
