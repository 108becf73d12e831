//! Listings: standalone cargo projects under `listings/chNN-slug/NAME/`, each
//! with an `output.txt` whose first line is the command that produced the
//! rest (`$ cargo run`).

use crate::{Diag, fnv, rel, rustc_version, scratch};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Bump to invalidate every cached run (when normalization changes).
const RUN_FORMAT: &str = "run-format-2";

/// What a listing or snippet did when it was built and run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Behaviour {
    Runs,
    Panics,
    CompileFail(Vec<String>),
    Aborts,
    /// Anything else: the exit status, as text.
    Other(String),
}

impl Behaviour {
    pub fn describe(&self) -> String {
        match self {
            Behaviour::Runs => "runs".into(),
            Behaviour::Panics => "panics".into(),
            Behaviour::CompileFail(codes) if codes.is_empty() => {
                "fails to compile with no error code".into()
            }
            Behaviour::CompileFail(codes) => {
                format!("fails to compile with {}", codes.join(", "))
            }
            Behaviour::Aborts => "aborts".into(),
            Behaviour::Other(s) => format!("ends with {s}"),
        }
    }

    pub fn matches(&self, expect: &crate::Expect) -> bool {
        use crate::Expect;
        match (self, expect) {
            (Behaviour::Runs, Expect::Runs)
            | (Behaviour::Panics, Expect::Panics)
            | (Behaviour::Aborts, Expect::Aborts) => true,
            (Behaviour::CompileFail(got), Expect::CompileFail(want)) => {
                let mut want = want.clone();
                want.sort();
                want.dedup();
                *got == want
            }
            _ => false,
        }
    }

    /// One line for the result caches under target/.
    pub(crate) fn tag(&self) -> String {
        match self {
            Behaviour::CompileFail(c) => {
                format!("compile_fail {}", c.join(","))
            }
            Behaviour::Other(s) => s.clone(),
            other => other.describe(),
        }
    }

    pub(crate) fn from_tag(s: &str) -> Behaviour {
        match s {
            "runs" => Behaviour::Runs,
            "panics" => Behaviour::Panics,
            "aborts" => Behaviour::Aborts,
            _ => match s.strip_prefix("compile_fail ") {
                Some(c) => Behaviour::CompileFail(
                    c.split(',')
                        .filter(|c| !c.is_empty())
                        .map(str::to_owned)
                        .collect(),
                ),
                None => Behaviour::Other(s.to_owned()),
            },
        }
    }
}

/// Error codes (`error[E0382]`) in compiler output, sorted and unique.
pub fn error_codes(output: &str) -> Vec<String> {
    let mut codes: Vec<String> = output
        .match_indices("error[E")
        .filter_map(|(i, _)| output.get(i + 6..i + 11))
        .filter(|c| c[1..].bytes().all(|b| b.is_ascii_digit()))
        .map(str::to_owned)
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

#[derive(Debug, Clone)]
pub struct Listing {
    /// Relative to the root: `listings/ch02-box/listing-02-01`.
    pub dir: PathBuf,
    /// The words after `$ ` on output.txt's first line (`cargo run`).
    pub command: Vec<String>,
    /// output.txt as committed.
    pub expected: String,
}

/// The result of running a listing now.
#[derive(Debug, Clone)]
pub struct Run {
    pub behaviour: Behaviour,
    /// What output.txt should hold: the command line, then the output.
    pub output: String,
}

/// `listing-02-04` is Listing 2-4.
pub fn listing_number(name: &str) -> Option<(u32, u32)> {
    let rest = name.strip_prefix("listing-")?;
    let (a, b) = rest.split_once('-')?;
    if a.len() != 2 || b.len() != 2 {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// The listing folder a file belongs to (both relative to the root).
pub fn listing_dir_of(root: &Path, file: &Path) -> Option<PathBuf> {
    if !file.starts_with("listings") {
        return None;
    }
    file.ancestors()
        .skip(1)
        .take_while(|d| d.components().count() >= 3)
        .find(|d| root.join(d).join("Cargo.toml").is_file())
        .map(Path::to_path_buf)
}

/// Every listing folder, checked for the files and names the book relies on.
pub fn discover(root: &Path) -> (Vec<Listing>, Vec<Diag>) {
    let mut listings = Vec::new();
    let mut diags = Vec::new();
    // `cargo new` inside the repository adds the new package to the root
    // workspace's members, which takes its Cargo.lock away from it.
    let manifest =
        std::fs::read_to_string(root.join("Cargo.toml")).unwrap_or_default();
    if let Some(line) = manifest
        .lines()
        .position(|l| l.starts_with("members") && l.contains("listings/"))
    {
        diags.push(
            Diag::new("Cargo.toml", line + 1, "listings were added to the root workspace's members (`cargo new` does that)")
                .fix("restore `members = [\"machine\"]`: each listing is its own project; then run `cargo generate-lockfile --offline` inside each listing that lacks a Cargo.lock"),
        );
    }
    for chapter in subdirs(&root.join("listings")) {
        let chapter_name =
            chapter.file_name().unwrap().to_string_lossy().into_owned();
        let number = chapter_name
            .strip_prefix("ch")
            .and_then(|n| n.get(..2))
            .and_then(|n| n.parse::<u32>().ok());
        let Some(number) =
            number.filter(|_| chapter_name.as_bytes().get(4) == Some(&b'-'))
        else {
            diags.push(
                Diag::new(
                    rel(root, &chapter),
                    0,
                    "a listings folder not named chNN-slug",
                )
                .fix("rename it like `ch02-box`"),
            );
            continue;
        };
        for dir in subdirs(&chapter) {
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            let reldir = rel(root, &dir);
            let prefix = format!("{number:02}-");
            let named_ok = match listing_number(&name) {
                Some((ch, _)) => ch == number,
                None => ["no-listing-", "output-only-"].iter().any(|p| {
                    name.strip_prefix(p)
                        .is_some_and(|r| r.starts_with(&prefix) && r.len() > 3)
                }),
            };
            if !named_ok {
                diags.push(Diag::new(&reldir, 0, "a listing folder not named listing-NN-MM, no-listing-NN-what or output-only-NN-what (NN = its chapter)")
                    .fix(format!("rename it, e.g. listing-{number:02}-01")));
                continue;
            }
            if let Some(l) = check_files(root, &reldir, &mut diags) {
                listings.push(l);
            }
        }
    }
    (listings, diags)
}

/// The folders in `dir`, sorted.
fn subdirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs
}

fn check_files(
    root: &Path,
    dir: &Path,
    diags: &mut Vec<Diag>,
) -> Option<Listing> {
    let abs = root.join(dir);
    let manifest = match std::fs::read_to_string(abs.join("Cargo.toml")) {
        Ok(m) => m,
        Err(_) => {
            diags.push(Diag::new(dir, 0, "a listing folder without Cargo.toml").fix("each listing is a cargo project: copy another listing's folder and rename its package"));
            return None;
        }
    };
    let manifest_path = dir.join("Cargo.toml");
    if !manifest
        .lines()
        .any(|l| l.replace(' ', "") == "edition=\"2024\"")
    {
        diags.push(
            Diag::new(&manifest_path, 0, "the listing is not edition 2024")
                .fix("set `edition = \"2024\"` under [package]"),
        );
    }
    if !abs.join("Cargo.lock").is_file() {
        diags.push(Diag::new(dir, 0, "no Cargo.lock").fix(format!(
            "run `cargo generate-lockfile` in {} and commit it",
            dir.display()
        )));
    }
    let out_path = dir.join("output.txt");
    let expected = match std::fs::read_to_string(abs.join("output.txt")) {
        Ok(s) => s,
        Err(_) => {
            diags.push(Diag::new(&out_path, 0, "missing").fix(format!("write its first line, `$ cargo run` (or `$ cargo test`), then run `{}`", crate::BLESS)));
            return None;
        }
    };
    let first = expected.lines().next().unwrap_or("");
    let command: Vec<String> = match first.strip_prefix("$ ") {
        Some(cmd) if cmd.starts_with("cargo ") => {
            cmd.split_whitespace().map(str::to_owned).collect()
        }
        _ => {
            diags.push(Diag::new(&out_path, 1, format!("the first line must be the command that produced the output, like `$ cargo run`; found `{first}`"))
                .fix(format!("put the command on line 1 and run `{}`", crate::BLESS)));
            return None;
        }
    };
    Some(Listing {
        dir: dir.to_path_buf(),
        command,
        expected,
    })
}

impl Listing {
    /// Builds and runs the listing with the command on output.txt's first
    /// line, or reuses the result of an identical earlier run (same files,
    /// same compiler). `BOOK_NO_CACHE=1` always runs.
    pub fn run(&self, root: &Path) -> Result<Run, Diag> {
        let key = self.cache_key(root);
        let cache = scratch(root, "runs").join(format!("{key:016x}"));
        if std::env::var_os("BOOK_NO_CACHE").is_none()
            && let Ok(s) = std::fs::read_to_string(&cache)
            && let Some((tag, output)) = s.split_once('\n')
        {
            return Ok(Run {
                behaviour: Behaviour::from_tag(tag),
                output: output.to_owned(),
            });
        }
        let run = self.run_now(root)?;
        let _ = std::fs::write(
            &cache,
            format!("{}\n{}", run.behaviour.tag(), run.output),
        );
        Ok(run)
    }

    fn cache_key(&self, root: &Path) -> u64 {
        let mut files: Vec<PathBuf> = crate::files_in(&root.join(&self.dir))
            .into_iter()
            .filter(|f| f.file_name().is_some_and(|n| n != "output.txt"))
            .collect();
        files.sort();
        let mut parts: Vec<Vec<u8>> = vec![
            RUN_FORMAT.into(),
            rustc_version().into(),
            self.command.join(" ").into(),
        ];
        for f in files {
            parts.push(f.to_string_lossy().as_bytes().to_vec());
            parts.push(std::fs::read(&f).unwrap_or_default());
        }
        let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
        fnv(&refs)
    }

    fn run_now(&self, root: &Path) -> Result<Run, Diag> {
        let abs = root.join(&self.dir);
        let target = scratch(root, "listings")
            .join(self.dir.strip_prefix("listings").unwrap_or(&self.dir));
        let mut args = self.command[1..].to_vec();
        // Never rewrite the committed Cargo.lock, never touch the network.
        args.insert(1.min(args.len()), "--locked".into());
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let fail = |e: std::io::Error| {
            Diag::new(
                &self.dir,
                0,
                format!("could not run `{}`: {e}", self.command.join(" ")),
            )
        };
        let (mut reader, writer) = std::io::pipe().map_err(fail)?;
        let mut cmd = Command::new(cargo);
        cmd.args(&args)
            .current_dir(&abs)
            .env("CARGO_TARGET_DIR", &target)
            .env("CARGO_TERM_COLOR", "never")
            .env("CARGO_TERM_PROGRESS_WHEN", "never")
            .env("CARGO_NET_OFFLINE", "true")
            .env("RUST_TEST_THREADS", "1")
            .env_remove("RUST_BACKTRACE")
            .env_remove("RUST_LIB_BACKTRACE")
            .env_remove("RUSTFLAGS")
            .stdin(Stdio::null())
            .stdout(writer.try_clone().map_err(fail)?)
            .stderr(writer);
        let mut child = cmd.spawn().map_err(fail)?;
        drop(cmd);
        let mut raw = String::new();
        reader.read_to_string(&mut raw).map_err(fail)?;
        let status = child.wait().map_err(fail)?;
        let output = normalize_output(&raw, &target, &abs);
        let behaviour = if status.success() {
            Behaviour::Runs
        } else if output.contains("error: could not compile") {
            Behaviour::CompileFail(error_codes(&output))
        } else if status.code().is_none() || output.contains("(signal: ") {
            // Killed by a signal: `cargo run` on Unix replaces itself with
            // the program, so the status is the program's own.
            Behaviour::Aborts
        } else if output.contains("panicked at") {
            Behaviour::Panics
        } else {
            Behaviour::Other(format!("{status}"))
        };
        Ok(Run {
            behaviour,
            output: format!("$ {}\n{output}", self.command.join(" ")),
        })
    }
}

/// Cargo's progress lines, left out of every output.txt: they depend on
/// what was already built.
const PROGRESS: &[&str] = &[
    "Compiling",
    "Finished",
    "Running",
    "Blocking",
    "Locking",
    "Updating",
    "Checking",
    "Fresh",
    "Doc-tests",
    "Downloaded",
    "Downloading",
    "Adding",
];

/// Makes output machine-independent: cargo's progress lines go, the thread
/// id in a panic message goes, absolute paths become relative, test timings
/// become 0.00s.
pub fn normalize_output(raw: &str, target: &Path, listing: &Path) -> String {
    let target = target.to_string_lossy();
    let listing = listing.to_string_lossy();
    let mut out = String::new();
    for line in raw.lines() {
        let is_progress = line.len() > 13
            && line.as_bytes()[12] == b' '
            && PROGRESS.contains(&line[..12].trim_start())
            && line[..12].starts_with(' ');
        if is_progress {
            continue;
        }
        let mut l = line.replace(&*target, "target").replace(&*listing, ".");
        l = strip_thread_id(&l);
        if let Some(i) = l.find("; finished in ") {
            l = format!("{}; finished in 0.00s", &l[..i]);
        }
        out.push_str(&l);
        out.push('\n');
    }
    out
}

/// `thread 'main' (21744) panicked` becomes `thread 'main' panicked`: the
/// number changes on every run.
fn strip_thread_id(line: &str) -> String {
    let Some(start) = line.find("thread '") else {
        return line.to_owned();
    };
    let after_name = match line[start + 8..].find('\'') {
        Some(k) => start + 8 + k + 1,
        None => return line.to_owned(),
    };
    let rest = &line[after_name..];
    if let Some(inner) = rest.strip_prefix(" (")
        && let Some(close) = inner.find(')')
        && close > 0
        && inner[..close].bytes().all(|b| b.is_ascii_digit())
    {
        return format!("{}{}", &line[..after_name], &inner[close + 1..]);
    }
    line.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes() {
        let raw = "   Compiling x v0.1.0 (/w/l)\n    Finished `dev` profile\n     Running `/t/debug/x`\nthread 'main' (21744) panicked at src/main.rs:3:5:\nboom\nerror: process didn't exit successfully: `/t/debug/x` (exit status: 101)\n";
        let n = normalize_output(raw, Path::new("/t"), Path::new("/w/l"));
        assert_eq!(
            n,
            "thread 'main' panicked at src/main.rs:3:5:\nboom\nerror: process didn't exit successfully: `target/debug/x` (exit status: 101)\n"
        );
    }

    #[test]
    fn codes() {
        assert_eq!(
            error_codes("error[E0382]: x\nerror[E0072]: y\nerror[E0382]: z"),
            vec!["E0072", "E0382"]
        );
        assert_eq!(listing_number("listing-02-11"), Some((2, 11)));
    }
}
