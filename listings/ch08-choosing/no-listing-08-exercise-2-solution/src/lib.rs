use std::collections::HashMap;

/// Counts each word of `documents`, with the work split over `workers`
/// threads.
pub fn word_counts(
    documents: &[String],
    workers: usize,
) -> HashMap<String, usize> {
    let share = documents.len().div_ceil(workers.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = documents
            .chunks(share)
            .map(|part| scope.spawn(move || count(part)))
            .collect();
        let mut totals = HashMap::new();
        for handle in handles {
            for (word, n) in handle.join().unwrap() {
                *totals.entry(word).or_insert(0) += n;
            }
        }
        totals
    })
}

fn count(documents: &[String]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in documents.iter().flat_map(|d| d.split_whitespace()) {
        *counts.entry(word.to_owned()).or_insert(0) += 1;
    }
    counts
}
