use std::collections::HashMap;

/// Counts each word of `documents`, with the work split over `workers`
/// threads.
pub fn word_counts(
    documents: &[String],
    workers: usize,
) -> HashMap<String, usize> {
    todo!()
}
