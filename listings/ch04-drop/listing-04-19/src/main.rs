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

// ANCHOR: build
impl Drop for LockFile {
    fn drop(&mut self) {
        fs::remove_file(&self.path).expect("the lock file is still there");
        println!("released the build lock");
    }
}

fn compile(source: &str) {
    let (stem, extension) = source
        .split_once('.')
        .expect("every source file has an extension");
    println!("compiled {stem}.{extension}");
}

fn main() {
    std::panic::set_hook(Box::new(|info| eprintln!("{info}")));

    let lock_path = std::env::temp_dir()
        .join(format!("site-build-{}.lock", std::process::id()));

    let _lock = LockFile::acquire(&lock_path).unwrap();
    // A clean-up script deletes the lock behind the build's back.
    fs::remove_file(&lock_path).unwrap();

    for source in ["main.rs", "Makefile"] {
        compile(source);
    }
}
// ANCHOR_END: build
