use std::cell::Cell;
use std::rc::Rc;

/// Runs its tasks on every tick, and forgets each task once it returns
/// `false`.
#[derive(Default)]
pub struct Timer {
    tasks: Vec<Box<dyn FnMut() -> bool>>,
}

impl Timer {
    pub fn new() -> Timer {
        Timer::default()
    }

    /// Adds a task that runs on every tick until it returns `false`.
    pub fn every_tick(&mut self, task: impl FnMut() -> bool + 'static) {
        self.tasks.push(Box::new(task));
    }

    /// Runs every task once, and drops the tasks that are finished.
    pub fn tick(&mut self) {
        self.tasks.retain_mut(|task| task());
    }

    pub fn task_count(&self) -> usize {
        self.tasks.len()
    }
}

pub struct Document {
    pub name: String,
    saves: Cell<u32>,
}

impl Document {
    /// Opens a document that `timer` saves on every tick while it is open.
    pub fn open(name: &str, timer: &mut Timer) -> Rc<Document> {
        let document = Rc::new(Document {
            name: name.to_owned(),
            saves: Cell::new(0),
        });
        let link = Rc::downgrade(&document);
        timer.every_tick(move || match link.upgrade() {
            Some(document) => {
                document.save();
                true
            }
            None => false,
        });
        document
    }

    pub fn save(&self) {
        self.saves.set(self.saves.get() + 1);
    }

    pub fn saves(&self) -> u32 {
        self.saves.get()
    }
}
