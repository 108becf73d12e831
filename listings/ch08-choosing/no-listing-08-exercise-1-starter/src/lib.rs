/// The folder that downloads are saved to. The settings dialog, the queue
/// and every download hold it, and a change made through any of them is seen
/// by all. Everything that holds it runs on the window's thread.
pub struct Folder {}

impl Folder {
    pub fn new(path: &str) -> Folder {
        todo!()
    }

    pub fn set(&self, path: &str) {
        todo!()
    }

    pub fn path(&self) -> String {
        todo!()
    }
}

/// The bytes received for one download. Worker threads fetch parts of the
/// file at the same time, and each adds what it receives to the one count.
pub struct Progress {}

impl Progress {
    pub fn add(&self, bytes: u64) {
        todo!()
    }

    pub fn bytes(&self) -> u64 {
        todo!()
    }
}

/// The files waiting to download, in order. The window owns the queue, and
/// closing the window drops it, even while a download's row is on screen.
pub struct Queue {}

impl Queue {
    pub fn new(folder: &Folder) -> Queue {
        todo!()
    }

    /// Puts `file` at the end of the queue and returns its row.
    pub fn add(&self, file: &str) -> Download {
        todo!()
    }

    pub fn files(&self) -> Vec<String> {
        todo!()
    }
}

/// One file's row in the window: where the file goes, how much of it has
/// arrived, and a button that takes it out of its queue.
pub struct Download {}

impl Download {
    pub fn target(&self) -> String {
        todo!()
    }

    /// A handle for a worker thread to add the bytes it receives.
    pub fn progress(&self) -> Progress {
        todo!()
    }

    pub fn received(&self) -> u64 {
        todo!()
    }

    /// Takes the file out of its queue; `false` if it was no longer there,
    /// or the queue is gone.
    pub fn cancel(&self) -> bool {
        todo!()
    }
}
