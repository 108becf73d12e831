use std::collections::HashMap;

pub trait Metrics {
    fn increment(&self, counter: &'static str);
}

pub struct ArtifactCache<'m, M: Metrics> {
    artifacts: HashMap<String, Vec<u8>>,
    metrics: &'m M,
}

impl<'m, M: Metrics> ArtifactCache<'m, M> {
    pub fn new(metrics: &'m M) -> Self {
        ArtifactCache {
            artifacts: HashMap::new(),
            metrics,
        }
    }

    pub fn store(&mut self, key: &str, bytes: Vec<u8>) {
        self.artifacts.insert(key.to_string(), bytes);
    }

    pub fn fetch(&self, key: &str) -> Option<&[u8]> {
        let found = self.artifacts.get(key);
        let counter = if found.is_some() {
            "cache.hit"
        } else {
            "cache.miss"
        };
        self.metrics.increment(counter);
        found.map(Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    #[derive(Default)]
    struct RecordingMetrics {
        recorded: RefCell<Vec<&'static str>>,
    }

    impl Metrics for RecordingMetrics {
        fn increment(&self, counter: &'static str) {
            self.recorded.borrow_mut().push(counter);
        }
    }

    #[test]
    fn counts_a_miss_then_a_hit() {
        let metrics = RecordingMetrics::default();
        let mut cache = ArtifactCache::new(&metrics);

        assert_eq!(cache.fetch("parser.o"), None);
        cache.store("parser.o", vec![0x7f, b'E', b'L', b'F']);
        assert!(cache.fetch("parser.o").is_some());

        assert_eq!(*metrics.recorded.borrow(), ["cache.miss", "cache.hit"]);
    }

    #[test]
    fn storing_records_nothing() {
        let metrics = RecordingMetrics::default();
        let mut cache = ArtifactCache::new(&metrics);

        cache.store("lexer.o", Vec::new());

        assert!(metrics.recorded.borrow().is_empty());
    }
}
