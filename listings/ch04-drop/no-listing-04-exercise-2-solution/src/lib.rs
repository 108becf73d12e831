use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A file written under a temporary name, removed unless committed.
pub struct Staged {
    part: PathBuf,
    target: PathBuf,
    committed: bool,
}

impl Staged {
    /// Creates `dir/name.part`, which must not exist yet, and writes `bytes`
    /// to it.
    pub fn new(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<Staged> {
        let part = dir.join(format!("{name}.part"));
        let mut file = File::create_new(&part)?;
        let staged = Staged {
            part,
            target: dir.join(name),
            committed: false,
        };
        file.write_all(bytes)?;
        Ok(staged)
    }

    /// Renames the file to `dir/name` and keeps it there.
    pub fn commit(mut self) -> io::Result<PathBuf> {
        fs::rename(&self.part, &self.target)?;
        self.committed = true;
        Ok(std::mem::take(&mut self.target))
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        if let Err(error) = fs::remove_file(&self.part) {
            eprintln!("cannot remove {}: {error}", self.part.display());
        }
    }
}
