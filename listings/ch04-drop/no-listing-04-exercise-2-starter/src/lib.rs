use std::io;
use std::path::{Path, PathBuf};

/// A file written under a temporary name, removed unless committed.
pub struct Staged {
    part: PathBuf,
    target: PathBuf,
}

impl Staged {
    /// Creates `dir/name.part`, which must not exist yet, and writes `bytes`
    /// to it.
    pub fn new(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<Staged> {
        todo!()
    }

    /// Renames the file to `dir/name` and keeps it there.
    pub fn commit(self) -> io::Result<PathBuf> {
        todo!()
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        todo!()
    }
}
