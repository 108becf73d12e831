use std::ops::Deref;

/// Text with no whitespace at either end.
pub struct Trimmed(String);

impl Trimmed {
    pub fn new(text: &str) -> Trimmed {
        Trimmed(text.trim().to_owned())
    }
}

impl Deref for Trimmed {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}
