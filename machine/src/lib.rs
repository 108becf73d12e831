//! The machine that proves the book: it reads `src/SUMMARY.md`, expands every
//! chapter exactly as mdBook 0.5.4 does, and hands the code blocks, listings,
//! links and ids to the checks in `tests/book.rs`, to skeptic (through
//! `build.rs`) and to `cargo bless`.
//!
//! Every problem is a [`Diag`]: a file, a line, what is wrong and how to fix
//! it. Nothing here panics on bad input.

pub mod bounded;
pub mod checks;
pub mod errindex;
pub mod expand;
pub mod figures;
pub mod listing;
pub mod miri;
pub mod page;
pub mod practice;
pub mod snippet;

use std::fmt;
use std::path::{Path, PathBuf};

pub use bounded::Limits;
pub use listing::{Behaviour, Listing};
pub use page::{Block, Expect, Page};

/// The command that rewrites every `output.txt` from a real run.
pub const BLESS: &str = "cargo bless";

/// One problem, with where it is and what to do about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Diag {
    pub file: PathBuf,
    pub line: usize,
    pub message: String,
    pub fix: Option<String>,
}

impl Diag {
    pub fn new(
        file: impl AsRef<Path>,
        line: usize,
        message: impl Into<String>,
    ) -> Diag {
        Diag {
            file: file.as_ref().to_path_buf(),
            line,
            message: message.into(),
            fix: None,
        }
    }

    pub fn fix(mut self, fix: impl Into<String>) -> Diag {
        self.fix = Some(fix.into());
        self
    }
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "{}:{}: {}",
                self.file.display(),
                self.line,
                self.message
            )?;
        } else {
            write!(f, "{}: {}", self.file.display(), self.message)?;
        }
        if let Some(fix) = &self.fix {
            write!(f, "\n    fix: {fix}")?;
        }
        Ok(())
    }
}

/// Turns a list of problems into one test failure message (or `Ok`).
pub fn report(what: &str, diags: &[Diag]) -> Result<(), String> {
    if diags.is_empty() {
        return Ok(());
    }
    let mut s = format!("{} problem(s) with {what}:\n\n", diags.len());
    for d in diags {
        s.push_str(&d.to_string());
        s.push_str("\n\n");
    }
    Err(s)
}

/// The whole book: its chapters in SUMMARY.md order, expanded and parsed.
pub struct Book {
    /// The repository root (where book.toml is).
    pub root: PathBuf,
    pub pages: Vec<Page>,
    /// Problems found while loading: missing pages, broken includes,
    /// unknown code-block tags, malformed captions.
    pub diags: Vec<Diag>,
    /// The bounds on every program the checks run (the defect tests make
    /// them small).
    pub limits: Limits,
}

impl Book {
    pub fn load(root: &Path) -> Book {
        let mut diags = Vec::new();
        let src = root.join("src");
        let summary_path = Path::new("src/SUMMARY.md");
        let summary = match std::fs::read_to_string(src.join("SUMMARY.md")) {
            Ok(s) => s,
            Err(e) => {
                diags.push(Diag::new(
                    summary_path,
                    0,
                    format!("cannot read it: {e}"),
                ));
                String::new()
            }
        };
        let mut pages = Vec::new();
        let mut numbering = page::Numbering::default();
        for (line, target) in page::summary_entries(&summary) {
            let rel = PathBuf::from("src").join(&target);
            match std::fs::read_to_string(root.join(&rel)) {
                Ok(text) => pages.push(Page::parse(
                    root,
                    &rel,
                    &text,
                    &mut numbering,
                    &mut diags,
                )),
                Err(e) => diags.push(
                    Diag::new(
                        summary_path,
                        line,
                        format!("{}: cannot read it ({e})", rel.display()),
                    )
                    .fix("create the page, or fix the link in SUMMARY.md"),
                ),
            }
        }
        // A page that SUMMARY.md does not list is never rendered, so its
        // code would go untested: name it.
        if let Ok(entries) = std::fs::read_dir(&src) {
            let mut orphans: Vec<_> = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "md"))
                // 404.md is mdBook's page for unknown addresses, never listed.
                .filter(|p| {
                    p.file_name()
                        .is_some_and(|n| n != "SUMMARY.md" && n != "404.md")
                })
                .map(|p| PathBuf::from("src").join(p.file_name().unwrap()))
                .filter(|p| !pages.iter().any(|pg: &Page| &pg.path == p))
                .collect();
            orphans.sort();
            for p in orphans {
                diags.push(
                    Diag::new(
                        &p,
                        0,
                        "this page is not listed in src/SUMMARY.md",
                    )
                    .fix("add it to SUMMARY.md, or delete it"),
                );
            }
        }
        Book {
            root: root.to_path_buf(),
            pages,
            diags,
            limits: Limits::default(),
        }
    }

    /// Every file the book reads (for the build script's rerun-if-changed).
    pub fn inputs(&self) -> Vec<PathBuf> {
        let mut v = vec![self.root.join("src/SUMMARY.md")];
        for p in &self.pages {
            v.push(self.root.join(&p.path));
            v.extend(p.expanded.reads.iter().cloned());
        }
        v.sort();
        v.dedup();
        v
    }

    pub fn blocks(&self) -> impl Iterator<Item = (&Page, &Block)> {
        self.pages
            .iter()
            .flat_map(|p| p.blocks.iter().map(move |b| (p, b)))
    }

    /// A path relative to the root, for messages.
    pub fn rel(&self, p: &Path) -> PathBuf {
        rel(&self.root, p)
    }
}

/// A test name from a file name: lower case, each run of other characters
/// as one `_` (`ch06-02-refcell.md` is `ch06_02_refcell_md`). It is also
/// skeptic's `sanitize_test_name`, which `build.rs` must match.
pub fn test_name(s: &str) -> String {
    s.to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

/// `p` relative to `root` with `..` resolved, when it lies inside it.
pub fn rel(root: &Path, p: &Path) -> PathBuf {
    let norm = normalize(p);
    norm.strip_prefix(normalize(root))
        .map(Path::to_path_buf)
        .unwrap_or(norm)
}

/// Resolves `.` and `..` without touching the file system.
pub fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

/// Runs `f` over `items` on as many threads as there are cores, keeping
/// the order of the results.
pub fn par_map<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(items.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<R>>> =
        items.iter().map(|_| Default::default()).collect();
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i =
                        next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let r = f(item);
                    *results[i].lock().unwrap() = Some(r);
                }
            });
        }
    });
    results
        .into_iter()
        .map(|m| m.into_inner().unwrap().unwrap())
        .collect()
}

/// Every file below `dir`, in no particular order, leaving out `target/`
/// folders (a reader's `cargo run` inside a listing makes one).
pub(crate) fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(dir) = todo.pop() {
        for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                if e.file_name() != "target" {
                    todo.push(p);
                }
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// A stable 64-bit FNV-1a hash, for cache keys under target/.
pub fn fnv(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for part in parts {
        for b in part.iter().chain(&[0xff]) {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    h
}

/// The pinned compiler's full version (`rustc -vV`), part of every cache key.
pub fn rustc_version() -> String {
    static V: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    V.get_or_init(|| {
        std::process::Command::new("rustc")
            .arg("-vV")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default()
    })
    .clone()
}

/// A directory for scratch files and caches: `<root>/target/book/<what>`.
pub fn scratch(root: &Path, what: &str) -> PathBuf {
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|d| if d.is_absolute() { d } else { root.join(d) })
        .unwrap_or_else(|| root.join("target"))
        .join("book")
        .join(what);
    let _ = std::fs::create_dir_all(&dir);
    dir
}
