/// One step of text processing.
pub trait Filter {
    fn apply(&self, text: String) -> String;
}

pub struct Trim;

pub struct Lowercase;

pub struct Replace {
    pub from: &'static str,
    pub to: &'static str,
}

impl Filter for Trim {
    fn apply(&self, text: String) -> String {
        text.trim().to_owned()
    }
}

impl Filter for Lowercase {
    fn apply(&self, text: String) -> String {
        text.to_lowercase()
    }
}

impl Filter for Replace {
    fn apply(&self, text: String) -> String {
        text.replace(self.from, self.to)
    }
}

/// Filters of any types, applied in the order they were added.
#[derive(Default)]
pub struct Pipeline {}

impl Pipeline {
    pub fn new() -> Pipeline {
        Pipeline::default()
    }

    pub fn then(self, filter: impl Filter + 'static) -> Pipeline {
        todo!()
    }

    pub fn run(&self, text: &str) -> String {
        todo!()
    }
}
