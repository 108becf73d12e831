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

// ANCHOR: build
fn compile(source: &str) {
    let (stem, extension) = source
        .split_once('.')
        .expect("every source file has an extension");
    println!("compiled {stem}.{extension}");
}

fn build(lock_path: &Path, sources: &[&str]) -> io::Result<()> {
    let _lock = LockFile::acquire(lock_path)?;
    for source in sources {
        compile(source);
    }
    Ok(())
}

fn main() {
    let lock_path = std::env::temp_dir()
        .join(format!("site-build-{}.lock", std::process::id()));

    build(&lock_path, &["main.rs", "Makefile", "feed.rs"]).unwrap();
}
// ANCHOR_END: build
