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

// ANCHOR: main
fn hand_over(lock: LockFile) -> PathBuf {
    println!("the deploy script now owns the lock");
    lock.path
}

fn main() {
    let lock_path = std::env::temp_dir()
        .join(format!("site-build-{}.lock", std::process::id()));
    let lock = LockFile::acquire(&lock_path).unwrap();

    let deploy_lock = hand_over(lock);
    fs::remove_file(deploy_lock).unwrap();
}
// ANCHOR_END: main
