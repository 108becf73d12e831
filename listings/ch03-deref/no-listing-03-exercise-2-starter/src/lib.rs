/// Tags kept sorted and free of duplicates.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Tags {
    sorted: Vec<String>,
}

impl Tags {
    pub fn new() -> Tags {
        Tags::default()
    }

    /// Adds `tag` in its sorted place, unless it is already there.
    pub fn insert(&mut self, tag: &str) {
        todo!()
    }

    pub fn contains(&self, tag: &str) -> bool {
        todo!()
    }

    pub fn len(&self) -> usize {
        todo!()
    }

    pub fn is_empty(&self) -> bool {
        todo!()
    }

    /// The tags in sorted order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> {
        self.sorted.iter().map(String::as_str)
    }
}
