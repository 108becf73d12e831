use std::fs;
use std::io;
use std::path::{Path, PathBuf};

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

fn compile(source: &str) -> io::Result<()> {
    if source.ends_with(".rs") {
        println!("compiled {source}");
        Ok(())
    } else {
        Err(io::Error::other(format!("no rule to compile {source}")))
    }
}

// ANCHOR: build
fn build(lock_path: &Path, sources: &[&str]) -> io::Result<()> {
    let lock = LockFile::acquire(lock_path)?;
    let _ = lock;
    for source in sources {
        compile(source)?;
    }
    Ok(())
}
// ANCHOR_END: build

fn main() {
    let lock_path = std::env::temp_dir()
        .join(format!("site-build-{}.lock", std::process::id()));

    if let Err(error) = build(&lock_path, &["main.rs", "feed.rs"]) {
        println!("build failed: {error}");
    }
}
