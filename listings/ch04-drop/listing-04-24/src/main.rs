use std::fs;
use std::io;
use std::mem::{self, ManuallyDrop};
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

fn start_deploy_script() -> io::Result<()> {
    println!("started the deploy script");
    Ok(())
}

fn notify(channel: &str) -> io::Result<()> {
    if channel.is_empty() {
        return Err(io::Error::other("no chat channel configured"));
    }
    println!("told {channel} that the deploy started");
    Ok(())
}

// ANCHOR: main
fn hand_over(lock: LockFile, channel: &str) -> io::Result<PathBuf> {
    start_deploy_script()?;
    let mut lock = ManuallyDrop::new(lock);
    let path = mem::take(&mut lock.path);

    notify(channel)?;
    Ok(path)
}

fn main() {
    let lock_path = std::env::temp_dir()
        .join(format!("site-build-{}.lock", std::process::id()));

    for channel in ["#releases", ""] {
        let lock = LockFile::acquire(&lock_path).unwrap();
        match hand_over(lock, channel) {
            Ok(path) => println!("handed over: {}", path == lock_path),
            Err(error) => println!("hand-over failed: {error}"),
        }
        println!("lock file still on disk: {}", lock_path.exists());

        // Stand in for the deploy script, which removes the lock when done.
        fs::remove_file(&lock_path).unwrap();
    }
}
// ANCHOR_END: main
