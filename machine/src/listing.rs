//! Listings: standalone cargo projects under `listings/chNN-slug/NAME/`, each
//! with an `output.txt` whose first line is the command that produced the
//! rest (`$ cargo run`).

use crate::bounded::{self, Ended, Limits};
use crate::{Diag, fnv, rel, rustc_version, scratch};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Bump to invalidate every cached run (when normalization changes).
const RUN_FORMAT: &str = "run-format-3";

/// What a listing or snippet did when it was built and run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Behaviour {
    Runs,
    Panics,
    CompileFail(Vec<String>),
    Aborts,
    /// Ended with this failure exit code, neither a panic's 101 nor a
    /// signal: `main` returned an `Err` (or called `process::exit`).
    ExitsWithError(i32),
    /// A `cargo miri run` listing, which the stable toolchain only builds
    /// (`cargo book miri` runs it).
    Builds,
    /// Still running at the time limit, in seconds: killed.
    TimedOut(u64),
    /// Printed more than the output limit, in bytes: killed.
    TooMuchOutput(usize),
    /// `cargo test` on an exercise's starter: tests fail, every one with
    /// `not yet implemented`.
    TestsFail,
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
            Behaviour::ExitsWithError(code) => format!(
                "exits with an error (exit status {code}, not a panic or a signal)"
            ),
            Behaviour::Builds => "builds (Miri runs it)".into(),
            Behaviour::TestsFail => {
                "has tests that fail, each with `not yet implemented`".into()
            }
            Behaviour::TimedOut(s) => format!(
                "did not finish within {s} s (killed, with every process it started)"
            ),
            Behaviour::TooMuchOutput(b) => {
                format!(
                    "printed more than {} (killed)",
                    bounded::show_bytes(*b)
                )
            }
            Behaviour::Other(s) => format!("ends with {s}"),
        }
    }

    pub fn matches(&self, expect: &crate::Expect) -> bool {
        use crate::Expect;
        match (self, expect) {
            (Behaviour::Runs, Expect::Runs)
            | (Behaviour::Panics, Expect::Panics)
            | (Behaviour::Aborts, Expect::Aborts)
            | (Behaviour::ExitsWithError(_), Expect::ExitsWithError)
            | (Behaviour::Builds, Expect::MiriUb)
            | (Behaviour::TestsFail, Expect::TestsFail) => true,
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
            Behaviour::Builds => "builds".into(),
            Behaviour::TestsFail => "tests_fail".into(),
            Behaviour::ExitsWithError(code) => {
                format!("exits_with_error {code}")
            }
            other => other.describe(),
        }
    }

    pub(crate) fn from_tag(s: &str) -> Behaviour {
        match s {
            "runs" => Behaviour::Runs,
            "panics" => Behaviour::Panics,
            "aborts" => Behaviour::Aborts,
            "builds" => Behaviour::Builds,
            "tests_fail" => Behaviour::TestsFail,
            _ if s.starts_with("exits_with_error ") => {
                match s["exits_with_error ".len()..].parse() {
                    Ok(code) => Behaviour::ExitsWithError(code),
                    Err(_) => Behaviour::Other(s.to_owned()),
                }
            }
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
    /// `None` for the listing as the reader sees it (edition 2024);
    /// `Some("2021")` for its run as another edition, compared with
    /// `output-2021.txt` (CONTRIBUTING.md, "Another edition").
    pub edition: Option<String>,
    /// The words after `$ ` on the output file's first line (`cargo run`).
    pub command: Vec<String>,
    /// The output file as committed.
    pub expected: String,
    /// Seconds from the listing's `timeout` file, if it has one.
    pub timeout: Option<u64>,
    /// The same sources run as other editions, each with its own output
    /// file (empty for those runs themselves).
    pub editions: Vec<Listing>,
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

/// The environment every cargo run of a listing gets, under the pinned
/// toolchain or Miri's: its own target directory, plain offline output,
/// tests one at a time, and none of the caller's backtrace or flags.
pub fn cargo_env(cmd: &mut Command, target: &Path) {
    cmd.env("CARGO_TARGET_DIR", target)
        .env("CARGO_TERM_COLOR", "never")
        .env("CARGO_TERM_PROGRESS_WHEN", "never")
        .env("CARGO_NET_OFFLINE", "true")
        .env("RUST_TEST_THREADS", "1")
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .env_remove("RUSTFLAGS");
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
    let (command, expected) = read_output(root, dir, "output.txt", diags)?;
    let timeout = match bounded::timeout_file(&abs) {
        Ok(t) => t,
        Err(e) => {
            diags.push(Diag::new(dir.join("timeout"), 1, e).fix(
                "write e.g. `120 builds a large table`, or delete the file",
            ));
            None
        }
    };
    let editions = other_editions(root, dir, timeout, diags);
    Some(Listing {
        dir: dir.to_path_buf(),
        edition: None,
        command,
        expected,
        timeout,
        editions,
    })
}

/// An output file's command (its first line, `$ cargo ...`, as words) and
/// its whole text.
fn read_output(
    root: &Path,
    dir: &Path,
    file: &str,
    diags: &mut Vec<Diag>,
) -> Option<(Vec<String>, String)> {
    let out_path = dir.join(file);
    let expected = match std::fs::read_to_string(root.join(&out_path)) {
        Ok(s) => s,
        Err(_) => {
            diags.push(Diag::new(&out_path, 0, "missing").fix(format!("write its first line, `$ cargo run` (or `$ cargo test`), then run `{}`", crate::BLESS)));
            return None;
        }
    };
    let first = expected.lines().next().unwrap_or("");
    match first.strip_prefix("$ ") {
        Some(cmd) if cmd.starts_with("cargo ") => Some((
            cmd.split_whitespace().map(str::to_owned).collect(),
            expected,
        )),
        _ => {
            diags.push(Diag::new(&out_path, 1, format!("the first line must be the command that produced the output, like `$ cargo run`; found `{first}`"))
                .fix(format!("put the command on line 1 and run `{}`", crate::BLESS)));
            None
        }
    }
}

/// The runs of a listing's sources as another edition: each
/// `output-YYYY.txt` in its folder, with the project `edition-YYYY/` that
/// builds `../src/` as edition YYYY, and whose command names that project
/// (`$ cargo run --manifest-path edition-2021/Cargo.toml`).
fn other_editions(
    root: &Path,
    dir: &Path,
    timeout: Option<u64>,
    diags: &mut Vec<Diag>,
) -> Vec<Listing> {
    let abs = root.join(dir);
    let mut names: Vec<String> = std::fs::read_dir(&abs)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut found = Vec::new();
    for name in &names {
        // A project without its output file would never run.
        if let Some(ed) = name.strip_prefix("edition-")
            && abs.join(name).is_dir()
            && !names.contains(&format!("output-{ed}.txt"))
        {
            diags.push(
                Diag::new(dir.join(name), 0, format!("a project for edition {ed} without an `output-{ed}.txt` beside it"))
                    .fix(format!("write `$ cargo run --manifest-path {name}/Cargo.toml` into `output-{ed}.txt`, then run `{}`", crate::BLESS)),
            );
        }
        let Some(ed) = name
            .strip_prefix("output-")
            .and_then(|n| n.strip_suffix(".txt"))
        else {
            continue;
        };
        let file = dir.join(name);
        let project = format!("edition-{ed}");
        if !["2015", "2018", "2021"].contains(&ed) {
            diags.push(
                Diag::new(&file, 0, format!("`{ed}` is not an edition before 2024"))
                    .fix("name the file output-2015.txt, output-2018.txt or output-2021.txt, or rename it"),
            );
            continue;
        }
        let manifest =
            std::fs::read_to_string(abs.join(&project).join("Cargo.toml"))
                .unwrap_or_default();
        let builds_ours = manifest
            .lines()
            .any(|l| l.replace(' ', "") == format!("edition=\"{ed}\""))
            && manifest.contains("\"../src/");
        if !builds_ours {
            diags.push(
                Diag::new(dir.join(&project).join("Cargo.toml"), 0, format!("`{name}` needs a project `{project}/` whose Cargo.toml says `edition = \"{ed}\"` and builds the listing's own sources"))
                    .fix("give it a [[bin]] (or [lib]) with `path = \"../src/main.rs\"`, the listing's package name and the edition (CONTRIBUTING.md, \"Another edition\")"),
            );
            continue;
        }
        if !abs.join(&project).join("Cargo.lock").is_file() {
            diags.push(Diag::new(dir.join(&project), 0, "no Cargo.lock").fix(
                format!(
                    "run `cargo generate-lockfile` in {} and commit it",
                    dir.join(&project).display()
                ),
            ));
        }
        let Some((command, expected)) = read_output(root, dir, name, diags)
        else {
            continue;
        };
        let wanted = format!("{project}/Cargo.toml");
        let names_project = command
            .windows(2)
            .any(|w| w[0] == "--manifest-path" && w[1] == wanted);
        if !names_project {
            diags.push(
                Diag::new(&file, 1, format!("the command must run the edition {ed} project: `cargo ... --manifest-path {wanted}`"))
                    .fix(format!("write `$ cargo run --manifest-path {wanted}` on line 1, then run `{}`", crate::BLESS)),
            );
            continue;
        }
        found.push(Listing {
            dir: dir.to_path_buf(),
            edition: Some(ed.to_owned()),
            command,
            expected,
            timeout,
            editions: Vec::new(),
        });
    }
    found
}

impl Listing {
    /// The file the run is compared with, relative to the root:
    /// `output.txt`, or `output-2021.txt` for a run as edition 2021.
    pub fn output_file(&self) -> PathBuf {
        match &self.edition {
            None => self.dir.join("output.txt"),
            Some(ed) => self.dir.join(format!("output-{ed}.txt")),
        }
    }

    /// This listing, then its runs as other editions.
    pub fn with_editions(&self) -> impl Iterator<Item = &Listing> {
        std::iter::once(self).chain(&self.editions)
    }

    /// Builds and runs the listing with the command on output.txt's first
    /// line, or reuses the result of an identical earlier run (same files,
    /// same compiler). `BOOK_NO_CACHE=1` always runs. The run is bounded by
    /// `limits`, whose time the listing's `timeout` file replaces.
    pub fn run(&self, root: &Path, limits: Limits) -> Result<Run, Diag> {
        let key = self.cache_key(root);
        let cache = scratch(root, "runs").join(format!("{key:016x}"));
        if std::env::var_os("BOOK_NO_CACHE").is_none()
            && let Ok(s) = std::fs::read_to_string(&cache)
            && let Some((tag, output)) = s.split_once('\n')
        {
            let behaviour = Behaviour::from_tag(tag);
            // A Miri listing's output is Miri's, which the stable toolchain
            // cannot produce: what is cached is only that it builds.
            let output = if behaviour == Behaviour::Builds {
                self.expected.clone()
            } else {
                output.to_owned()
            };
            return Ok(Run { behaviour, output });
        }
        let run = self.run_now(root, limits)?;
        let _ = std::fs::write(
            &cache,
            format!("{}\n{}", run.behaviour.tag(), run.output),
        );
        Ok(run)
    }

    fn cache_key(&self, root: &Path) -> u64 {
        let mut files: Vec<PathBuf> = crate::files_in(&root.join(&self.dir))
            .into_iter()
            // The output files are what runs are compared with; the Miri
            // files concern `cargo book miri` only.
            .filter(|f| {
                f.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                    n != "output.txt"
                        && !n.starts_with("output-")
                        && !n.starts_with("miri-")
                })
            })
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

    /// Whether output.txt's command is `cargo miri run`: the program must
    /// stop with undefined behaviour under Miri.
    pub fn is_miri_ub(&self) -> bool {
        self.command.get(1).is_some_and(|c| c == "miri")
    }

    fn run_now(&self, root: &Path, limits: Limits) -> Result<Run, Diag> {
        let abs = root.join(&self.dir);
        let mut target = scratch(root, "listings")
            .join(self.dir.strip_prefix("listings").unwrap_or(&self.dir));
        // A run as another edition builds the same package: apart, so that
        // neither overwrites the other's program.
        if let Some(ed) = &self.edition {
            target.push(format!("edition-{ed}"));
        }
        // The stable toolchain cannot run Miri: it proves that the listing
        // builds; `cargo book miri` proves the rest.
        let mut args = if self.is_miri_ub() {
            vec!["build".to_owned()]
        } else {
            self.command[1..].to_vec()
        };
        // Never rewrite the committed Cargo.lock, never touch the network.
        args.insert(1.min(args.len()), "--locked".into());
        let limits = Limits {
            seconds: self.timeout.unwrap_or(limits.seconds),
            ..limits
        };
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut cmd = Command::new(cargo);
        cmd.args(&args).current_dir(&abs);
        cargo_env(&mut cmd, &target);
        let shown = self.command.join(" ");
        let (status, raw) = match bounded::run(cmd, limits) {
            Ok(Ended::Exited(status, raw)) => (status, raw),
            Ok(Ended::TimedOut(raw)) => {
                return Err(self.overran(
                    &abs,
                    format!(
                        "`{shown}` did not finish within {} s: it was killed, with every process it started.{}",
                        limits.seconds,
                        crate::checks::excerpt(&normalize_output(
                            &String::from_utf8_lossy(&raw),
                            &target,
                            &abs
                        ))
                    ),
                    "make the program end; if it truly needs longer, write the seconds and the reason in a `timeout` file in the listing's folder (e.g. `120 builds a large table`)",
                ));
            }
            Ok(Ended::TooMuchOutput) => {
                return Err(self.overran(
                    &abs,
                    format!(
                        "`{shown}` printed more than {}: it was killed",
                        bounded::show_bytes(limits.bytes)
                    ),
                    "print less: a reader cannot read that much output",
                ));
            }
            Err(e) => {
                return Err(Diag::new(
                    &self.dir,
                    0,
                    format!("could not run `{shown}`: {e}"),
                ));
            }
        };
        let output =
            normalize_output(&String::from_utf8_lossy(&raw), &target, &abs);
        let behaviour = if status.success() && self.is_miri_ub() {
            return Ok(Run {
                behaviour: Behaviour::Builds,
                output: self.expected.clone(),
            });
        } else if status.success() {
            Behaviour::Runs
        } else if output.contains("error: could not compile") {
            Behaviour::CompileFail(error_codes(&output))
        } else if status.code().is_none() || output.contains("(signal: ") {
            // Killed by a signal: `cargo run` on Unix replaces itself with
            // the program, so the status is the program's own.
            Behaviour::Aborts
        } else if self.command.get(1).is_some_and(|c| c == "test")
            && only_unimplemented_failures(&output)
        {
            Behaviour::TestsFail
        } else if let Some(code) = failure_code(&status)
            && self.command.get(1).is_some_and(|c| c == "run")
        {
            // `cargo run` on Unix replaces itself with the program: the
            // code is the program's own.
            Behaviour::ExitsWithError(code)
        } else if output.contains("panicked at") {
            Behaviour::Panics
        } else {
            Behaviour::Other(format!("{status}"))
        };
        Ok(Run {
            behaviour,
            output: format!("$ {shown}\n{output}"),
        })
    }

    /// A problem with a run that overran a bound: it names the command's
    /// line in output.txt and the program's source.
    fn overran(&self, abs: &Path, message: String, fix: &str) -> Diag {
        let main = if abs.join("src/main.rs").exists() {
            "src/main.rs"
        } else {
            "src/lib.rs"
        };
        Diag::new(
            self.output_file(),
            1,
            format!(
                "{message}\n    (the program: {})",
                self.dir.join(main).display()
            ),
        )
        .fix(fix)
    }
}

/// The exit code of a program that failed without panicking and without
/// being killed by a signal: neither 0 nor the 101 of a panic.
pub(crate) fn failure_code(status: &std::process::ExitStatus) -> Option<i32> {
    status.code().filter(|c| *c != 0 && *c != 101)
}

/// Whether `cargo test` output shows failed tests, each failing with
/// `not yet implemented` (a `todo!()`), and nothing else wrong.
fn only_unimplemented_failures(output: &str) -> bool {
    let sections: Vec<&str> = output.split("\n---- ").skip(1).collect();
    output.contains("test result: FAILED")
        && !sections.is_empty()
        && sections.iter().all(|s| {
            let body = s.split("\nfailures:").next().unwrap_or("");
            body.contains("not yet implemented")
        })
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
