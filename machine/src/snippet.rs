//! Compiling and running one code block with the pinned `rustc`, as edition
//! 2024, to see what it really does. Skeptic runs the blocks that should run;
//! this module proves the ones that should not: blocks that must fail to
//! compile (with which error codes), panic, or abort.

use crate::listing::{Behaviour, error_codes};
use crate::{fnv, rustc_version, scratch};
use std::path::Path;
use std::process::{Command, Stdio};

/// What `program` does, from a cache under target/ when the same program was
/// already tried with the same compiler. Returns the behaviour and the
/// compiler's or program's output.
pub fn behaviour(root: &Path, program: &str) -> (Behaviour, String) {
    let key =
        fnv(&[b"snippet-1", rustc_version().as_bytes(), program.as_bytes()]);
    let dir = scratch(root, "snippets").join(format!("{key:016x}"));
    let cached = dir.join("result");
    if std::env::var_os("BOOK_NO_CACHE").is_none()
        && let Ok(s) = std::fs::read_to_string(&cached)
        && let Some((tag, out)) = s.split_once('\n')
    {
        return (Behaviour::from_tag(tag), out.to_owned());
    }
    let _ = std::fs::create_dir_all(&dir);
    let (b, out) = measure(&dir, program);
    let _ = std::fs::write(&cached, format!("{}\n{out}", b.tag()));
    (b, out)
}

fn measure(dir: &Path, program: &str) -> (Behaviour, String) {
    let src = dir.join("main.rs");
    if let Err(e) = std::fs::write(&src, program) {
        return (
            Behaviour::Other(format!("cannot write {}: {e}", src.display())),
            String::new(),
        );
    }
    let exe = dir.join("snippet");
    let compiled = Command::new("rustc")
        .args([
            "--edition",
            "2024",
            "--crate-type",
            "bin",
            "--crate-name",
            "snippet",
            "--color",
            "never",
            "-o",
        ])
        .arg(&exe)
        .arg(&src)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output();
    let compiled = match compiled {
        Ok(c) => c,
        Err(e) => {
            return (
                Behaviour::Other(format!("cannot run rustc: {e}")),
                String::new(),
            );
        }
    };
    let stderr = String::from_utf8_lossy(&compiled.stderr).into_owned();
    if !compiled.status.success() {
        return (Behaviour::CompileFail(error_codes(&stderr)), stderr);
    }
    let ran = Command::new(&exe)
        .current_dir(dir)
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .stdin(Stdio::null())
        .output();
    let ran = match ran {
        Ok(r) => r,
        Err(e) => {
            return (
                Behaviour::Other(format!("cannot run the program: {e}")),
                String::new(),
            );
        }
    };
    let out = format!(
        "{}{}",
        String::from_utf8_lossy(&ran.stdout),
        String::from_utf8_lossy(&ran.stderr)
    );
    let b = if ran.status.success() {
        Behaviour::Runs
    } else if ran.status.code() == Some(101) && out.contains("panicked at") {
        Behaviour::Panics
    } else if ran.status.code().is_none() {
        Behaviour::Aborts
    } else {
        Behaviour::Other(format!("{}", ran.status))
    };
    (b, out)
}
