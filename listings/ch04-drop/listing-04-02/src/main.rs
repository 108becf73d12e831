use std::fs;
use std::io;
use std::path::{Path, PathBuf};

// ANCHOR: lock
struct LockFile {
    path: PathBuf,
}

impl LockFile {
    fn acquire(path: &Path) -> io::Result<LockFile> {
        fs::File::create_new(path)?;
        println!("acquired the build lock");
        Ok(LockFile {
            path: path.to_path_buf(),
        })
    }
}

impl Drop for LockFile {
    fn drop(&mut self) {
        match fs::remove_file(&self.path) {
            Ok(()) => println!("released the build lock"),
            Err(error) => eprintln!("cannot release the build lock: {error}"),
        }
    }
}

fn build(lock_path: &Path, sources: &[&str]) -> io::Result<()> {
    let _lock = LockFile::acquire(lock_path)?;

    for source in sources {
        compile(source)?;
    }
    Ok(())
}
// ANCHOR_END: lock

fn compile(source: &str) -> io::Result<()> {
    if source.ends_with(".rs") {
        println!("compiled {source}");
        Ok(())
    } else {
        Err(io::Error::other(format!("no rule to compile {source}")))
    }
}

fn main() {
    let lock_path = std::env::temp_dir()
        .join(format!("site-build-{}.lock", std::process::id()));

    if let Err(error) = build(&lock_path, &["main.rs", "notes.txt"]) {
        println!("build failed: {error}");
    }
    println!("lock file still on disk: {}", lock_path.exists());
}
