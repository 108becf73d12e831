// ANCHOR: chain
struct Edit {
    position: usize,
    inserted: char,
    previous: Option<Box<Edit>>,
}

fn count(latest: Option<&Edit>) -> usize {
    let mut count = 0;
    let mut cursor = latest;
    while let Some(edit) = cursor {
        count += 1;
        cursor = edit.previous.as_deref();
    }
    count
}

fn main() {
    let mut latest: Option<Box<Edit>> = None;
    for position in 0..1_000_000 {
        latest = Some(Box::new(Edit {
            position,
            inserted: 'x',
            previous: latest,
        }));
    }
    if let Some(edit) = &latest {
        println!("last edit: {:?} at {}", edit.inserted, edit.position);
    }
    println!("{} edits in the history", count(latest.as_deref()));
    println!("closing the document");
}
// ANCHOR_END: chain
