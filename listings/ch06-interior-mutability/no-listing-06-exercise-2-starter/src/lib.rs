use std::cell::OnceCell;

/// A page template, read the first time a read succeeds and kept until
/// `reload`.
#[derive(Default)]
pub struct Template {
    text: OnceCell<String>,
}

impl Template {
    pub fn new() -> Template {
        Template::default()
    }

    /// The template's text. Calls `read` only while no read has succeeded;
    /// a failed read stores nothing, so the next call reads again.
    pub fn get_or_read(
        &self,
        read: impl FnOnce() -> Result<String, String>,
    ) -> Result<&str, String> {
        todo!()
    }

    /// Forgets the text, so that the next `get_or_read` reads it again.
    pub fn reload(&mut self) {
        todo!()
    }
}
