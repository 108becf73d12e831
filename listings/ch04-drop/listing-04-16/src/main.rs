use std::fs;
use std::io;
use std::mem::ManuallyDrop;
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
            Err(error) => println!("could not release the build lock: {error}"),
        }
    }
}

// ANCHOR: main
fn hand_over(lock: LockFile) -> PathBuf {
    let lock = ManuallyDrop::new(lock);
    lock.path.clone()
}

fn main() {
    println!(
        "LockFile: {} bytes, ManuallyDrop<LockFile>: {} bytes",
        size_of::<LockFile>(),
        size_of::<ManuallyDrop<LockFile>>()
    );

    let lock_path = std::env::temp_dir()
        .join(format!("site-build-{}.lock", std::process::id()));
    let lock = LockFile::acquire(&lock_path).unwrap();

    let deploy_lock = hand_over(lock);
    println!("the deploy script holds the lock: {}", deploy_lock.exists());

    // Stand in for the deploy script, which removes the lock when it is done.
    fs::remove_file(&deploy_lock).unwrap();
}
// ANCHOR_END: main
