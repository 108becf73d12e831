//! Compiling and running one program with the pinned `rustc`, to see what
//! it really does. Skeptic runs the blocks that should run; this module
//! proves the ones that should not (blocks that must fail to compile, with
//! which error codes, panic, abort, or exit with an error) and the quizzes'
//! programs (`practice.rs`). Every compile and run is bounded, and the
//! result is cached under target/.

use crate::bounded::{self, Ended, Limits};
use crate::listing::{Behaviour, error_codes};
use crate::{fnv, rustc_version, scratch};
use std::path::Path;
use std::process::Command;

/// How to compile a program: its edition and any more `rustc` flags.
#[derive(Debug, Clone, Copy)]
pub struct Rustc<'a> {
    pub edition: &'a str,
    pub flags: &'a [&'a str],
}

impl Rustc<'_> {
    /// What the book's blocks are: edition 2024, no other flag.
    pub const BOOK: Rustc<'static> = Rustc {
        edition: "2024",
        flags: &[],
    };
}

/// What a program did.
#[derive(Debug, Clone, PartialEq)]
pub struct Tried {
    pub behaviour: Behaviour,
    /// rustc's messages.
    pub compiler: String,
    /// The program's standard output and error (empty when it did not run).
    pub stdout: String,
    pub stderr: String,
    /// The program's exit code (`None` when a signal ended it, or it did
    /// not run).
    pub code: Option<i32>,
}

impl Tried {
    fn failed(behaviour: Behaviour, compiler: String) -> Tried {
        Tried {
            behaviour,
            compiler,
            stdout: String::new(),
            stderr: String::new(),
            code: None,
        }
    }

    /// The line of the first error in rustc's messages (`--> main.rs:4:5`).
    pub fn error_line(&self) -> Option<usize> {
        self.compiler
            .lines()
            .find_map(|l| l.trim().strip_prefix("--> main.rs:"))
            .and_then(|r| r.split(':').next()?.parse().ok())
    }
}

/// What `program` does as edition 2024, from a cache under target/ when
/// the same program was already tried with the same compiler. Returns the
/// behaviour and the compiler's output (when it does not compile) or the
/// program's. Compiling and running are each bounded by `limits`.
pub fn behaviour(
    root: &Path,
    program: &str,
    limits: Limits,
) -> (Behaviour, String) {
    let t = try_program(root, program, Rustc::BOOK, limits);
    let output = match t.behaviour {
        Behaviour::CompileFail(_) => t.compiler,
        _ => t.stdout + &t.stderr,
    };
    (t.behaviour, output)
}

/// Compiles `program` (as `main.rs`) with `rustc` and runs it, each within
/// `limits`, or reuses the result of the same program tried before with the
/// same compiler and flags (`BOOK_NO_CACHE=1` always runs). A run that
/// overruns a bound or could not start is never cached.
pub fn try_program(
    root: &Path,
    program: &str,
    rustc: Rustc,
    limits: Limits,
) -> Tried {
    let key = fnv(&[
        b"snippet-2",
        rustc_version().as_bytes(),
        rustc.edition.as_bytes(),
        rustc.flags.join(" ").as_bytes(),
        program.as_bytes(),
    ]);
    let dir = scratch(root, "snippets").join(format!("{key:016x}"));
    let cached = dir.join("result");
    if std::env::var_os("BOOK_NO_CACHE").is_none()
        && let Ok(s) = std::fs::read_to_string(&cached)
        && let Some(t) = decode(&s)
    {
        return t;
    }
    let _ = std::fs::create_dir_all(&dir);
    let t = try_now(&dir, program, rustc, limits);
    let keep = match &t.behaviour {
        Behaviour::TimedOut(_) | Behaviour::TooMuchOutput(_) => false,
        Behaviour::Other(_) => t.code.is_some(),
        _ => true,
    };
    if keep {
        let _ = std::fs::write(&cached, encode(&t));
    }
    t
}

fn try_now(dir: &Path, program: &str, rustc: Rustc, limits: Limits) -> Tried {
    let src = dir.join("main.rs");
    if let Err(e) = std::fs::write(&src, program) {
        return Tried::failed(
            Behaviour::Other(format!("cannot write {}: {e}", src.display())),
            String::new(),
        );
    }
    let mut cmd = Command::new("rustc");
    cmd.args(["--edition", rustc.edition])
        .args(["--crate-type", "bin", "--crate-name", "snippet"])
        .args(["--color", "never"])
        .args(rustc.flags)
        .args(["-o", "snippet", "main.rs"])
        .current_dir(dir);
    // Compiling is bounded by the default time: the limits are the
    // program's.
    let compile = Limits {
        seconds: Limits::DEFAULT_SECONDS.max(limits.seconds),
        ..limits
    };
    let compiler = match bounded::run(cmd, compile) {
        Ok(Ended::Exited(status, out)) => {
            let out = String::from_utf8_lossy(&out).into_owned();
            if !status.success() {
                return Tried::failed(
                    Behaviour::CompileFail(error_codes(&out)),
                    out,
                );
            }
            out
        }
        Ok(end) => return overran(end, compile, String::new()),
        Err(e) => {
            return Tried::failed(
                Behaviour::Other(format!("cannot run rustc: {e}")),
                String::new(),
            );
        }
    };
    let mut cmd = Command::new(dir.join("snippet"));
    cmd.current_dir(dir)
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE");
    let (status, stdout, stderr) = match bounded::run_split(cmd, limits) {
        Ok((Ended::Exited(status, out), err)) => (status, out, err),
        Ok((end, _)) => return overran(end, limits, compiler),
        Err(e) => {
            return Tried::failed(
                Behaviour::Other(format!("cannot run the program: {e}")),
                compiler,
            );
        }
    };
    let stdout = String::from_utf8_lossy(&stdout).into_owned();
    let stderr = String::from_utf8_lossy(&stderr).into_owned();
    let behaviour = if status.success() {
        Behaviour::Runs
    } else if status.code() == Some(101) && stderr.contains("panicked at") {
        Behaviour::Panics
    } else if status.code().is_none() {
        Behaviour::Aborts
    } else if let Some(code) = crate::listing::failure_code(&status) {
        Behaviour::ExitsWithError(code)
    } else {
        Behaviour::Other(format!("{status}"))
    };
    Tried {
        behaviour,
        compiler,
        stdout,
        stderr,
        code: status.code(),
    }
}

/// The result of a compile or run that overran its bounds.
fn overran(end: Ended, limits: Limits, compiler: String) -> Tried {
    match end {
        Ended::TimedOut(out) => Tried {
            stdout: String::from_utf8_lossy(&out).into_owned(),
            ..Tried::failed(Behaviour::TimedOut(limits.seconds), compiler)
        },
        _ => Tried::failed(Behaviour::TooMuchOutput(limits.bytes), compiler),
    }
}

fn encode(t: &Tried) -> String {
    format!(
        "{}\n{}\n{}\u{0}{}\u{0}{}",
        t.behaviour.tag(),
        t.code.map_or("-".into(), |c| c.to_string()),
        t.compiler,
        t.stdout,
        t.stderr
    )
}

fn decode(s: &str) -> Option<Tried> {
    let (tag, rest) = s.split_once('\n')?;
    let (code, rest) = rest.split_once('\n')?;
    let mut parts = rest.splitn(3, '\u{0}');
    Some(Tried {
        behaviour: Behaviour::from_tag(tag),
        code: code.parse().ok(),
        compiler: parts.next()?.to_owned(),
        stdout: parts.next()?.to_owned(),
        stderr: parts.next()?.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_round_trip() {
        let t = Tried {
            behaviour: Behaviour::CompileFail(vec!["E0382".into()]),
            compiler: "error[E0382]: x\n --> main.rs:4:5\n".into(),
            stdout: String::new(),
            stderr: String::new(),
            code: None,
        };
        assert_eq!(decode(&encode(&t)), Some(t.clone()));
        assert_eq!(t.error_line(), Some(4));
        let exits = Tried {
            behaviour: Behaviour::ExitsWithError(1),
            stderr: "Error: \"no `=`\"\n".into(),
            code: Some(1),
            ..Tried::failed(Behaviour::Runs, String::new())
        };
        assert_eq!(decode(&encode(&exits)), Some(exits));
    }
}
