use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// The folder that downloads are saved to. The settings dialog, the queue
/// and every download hold it, and a change made through any of them is seen
/// by all. Everything that holds it runs on the window's thread.
#[derive(Clone)]
pub struct Folder {
    path: Rc<RefCell<String>>,
}

impl Folder {
    pub fn new(path: &str) -> Folder {
        Folder {
            path: Rc::new(RefCell::new(path.to_owned())),
        }
    }

    pub fn set(&self, path: &str) {
        *self.path.borrow_mut() = path.to_owned();
    }

    pub fn path(&self) -> String {
        self.path.borrow().clone()
    }
}

/// The bytes received for one download. Worker threads fetch parts of the
/// file at the same time, and each adds what it receives to the one count.
#[derive(Clone)]
pub struct Progress {
    bytes: Arc<AtomicU64>,
}

impl Progress {
    pub fn add(&self, bytes: u64) {
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
    }

    pub fn bytes(&self) -> u64 {
        self.bytes.load(Ordering::Relaxed)
    }
}

/// The files waiting to download, in order. The window owns the queue, and
/// closing the window drops it, even while a download's row is on screen.
pub struct Queue {
    folder: Folder,
    files: Rc<RefCell<Vec<String>>>,
}

impl Queue {
    pub fn new(folder: &Folder) -> Queue {
        Queue {
            folder: folder.clone(),
            files: Rc::new(RefCell::new(Vec::new())),
        }
    }

    /// Puts `file` at the end of the queue and returns its row.
    pub fn add(&self, file: &str) -> Download {
        self.files.borrow_mut().push(file.to_owned());
        Download {
            file: file.to_owned(),
            folder: self.folder.clone(),
            progress: Progress {
                bytes: Arc::new(AtomicU64::new(0)),
            },
            queue: Rc::downgrade(&self.files),
        }
    }

    pub fn files(&self) -> Vec<String> {
        self.files.borrow().clone()
    }
}

/// One file's row in the window: where the file goes, how much of it has
/// arrived, and a button that takes it out of its queue.
pub struct Download {
    file: String,
    folder: Folder,
    progress: Progress,
    queue: Weak<RefCell<Vec<String>>>,
}

impl Download {
    pub fn target(&self) -> String {
        format!("{}/{}", self.folder.path(), self.file)
    }

    /// A handle for a worker thread to add the bytes it receives.
    pub fn progress(&self) -> Progress {
        self.progress.clone()
    }

    pub fn received(&self) -> u64 {
        self.progress.bytes()
    }

    /// Takes the file out of its queue; `false` if it was no longer there,
    /// or the queue is gone.
    pub fn cancel(&self) -> bool {
        let Some(files) = self.queue.upgrade() else {
            return false;
        };
        let mut files = files.borrow_mut();
        match files.iter().position(|file| *file == self.file) {
            Some(index) => {
                files.remove(index);
                true
            }
            None => false,
        }
    }
}
