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
        if let Err(place) = self.search(tag) {
            self.sorted.insert(place, tag.to_owned());
        }
    }

    pub fn contains(&self, tag: &str) -> bool {
        self.search(tag).is_ok()
    }

    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }

    /// The tags in sorted order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> {
        self.sorted.iter().map(String::as_str)
    }

    /// Where `tag` is (`Ok`), or where it belongs (`Err`).
    fn search(&self, tag: &str) -> Result<usize, usize> {
        self.sorted.binary_search_by(|t| t.as_str().cmp(tag))
    }
}
