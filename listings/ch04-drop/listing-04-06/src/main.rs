struct Job {
    name: &'static str,
}

impl Job {
    fn new(name: &'static str) -> Job {
        println!("queued {name}");
        Job { name }
    }
}

impl Drop for Job {
    fn drop(&mut self) {
        println!("cancelled {}", self.name);
    }
}

fn main() {
    let mut queue = Vec::new();
    for name in ["render thumbnails", "send newsletter", "rotate logs"] {
        queue.push(Job::new(name));
    }

    println!("shutting down with {} jobs queued", queue.len());
}
