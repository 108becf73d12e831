use std::io;
use std::path::{Path, PathBuf};

/// A file written under a temporary name, removed unless committed.
pub struct Staged {
    part: PathBuf,
    target: PathBuf,
    committed: bool,
}

impl Staged {
    /// Writes `bytes` to `dir/name.part`.
    pub fn new(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<Staged> {
        let staged = Staged {
            part: dir.join(format!("{name}.part")),
            target: dir.join(name),
            committed: false,
        };
        std::fs::write(&staged.part, bytes)?;
        Ok(staged)
    }

    /// Renames the file to `dir/name` and keeps it there.
    pub fn commit(mut self) -> io::Result<PathBuf> {
        std::fs::rename(&self.part, &self.target)?;
        self.committed = true;
        Ok(std::mem::take(&mut self.target))
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.part);
        }
    }
}
