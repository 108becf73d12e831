use std::rc::Rc;

/// One version of a document. Each line is shared with every other version
/// that holds it unchanged.
pub struct Version {
    lines: Vec<Rc<str>>,
}

impl Version {
    pub fn new(text: &str) -> Version {
        Version {
            lines: text.lines().map(Rc::from).collect(),
        }
    }

    pub fn line(&self, n: usize) -> &str {
        &self.lines[n]
    }

    /// A new version with line `n` replaced by `text`; it shares every
    /// other line with `self` and copies none of them.
    pub fn with_line(&self, n: usize, text: &str) -> Version {
        let mut lines = self.lines.clone();
        lines[n] = Rc::from(text);
        Version { lines }
    }

    /// How many lines, at the same position, are the very same allocation
    /// in both versions.
    pub fn shared_lines(&self, other: &Version) -> usize {
        let pairs = self.lines.iter().zip(&other.lines);
        pairs
            .filter(|(mine, theirs)| Rc::ptr_eq(mine, theirs))
            .count()
    }

    /// How many versions hold line `n` as it is in this one.
    pub fn owners_of_line(&self, n: usize) -> usize {
        Rc::strong_count(&self.lines[n])
    }
}
