struct Edit {
    position: usize,
    inserted: char,
    previous: Option<Box<Edit>>,
}

// ANCHOR: history
struct History {
    latest: Option<Box<Edit>>,
    len: usize,
}

impl History {
    fn new() -> History {
        History {
            latest: None,
            len: 0,
        }
    }

    fn record(&mut self, position: usize, inserted: char) {
        let previous = self.latest.take();
        self.latest = Some(Box::new(Edit {
            position,
            inserted,
            previous,
        }));
        self.len += 1;
    }
}

impl Drop for History {
    fn drop(&mut self) {
        let mut next = self.latest.take();
        while let Some(mut edit) = next {
            next = edit.previous.take();
        }
    }
}

fn main() {
    let mut history = History::new();
    for position in 0..1_000_000 {
        history.record(position, 'x');
    }
    if let Some(edit) = &history.latest {
        println!("last edit: {:?} at {}", edit.inserted, edit.position);
    }
    println!("{} edits in the history", history.len);
    drop(history);
    println!("document closed");
}
// ANCHOR_END: history
