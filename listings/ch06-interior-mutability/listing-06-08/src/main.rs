use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

#[derive(Debug, PartialEq)]
enum Job {
    Compile(&'static str),
    Link,
    Format,
}

type JobQueue = Rc<RefCell<VecDeque<Job>>>;

struct FileWatcher {
    queue: JobQueue,
}

impl FileWatcher {
    fn file_changed(&self, path: &'static str) {
        self.queue.borrow_mut().push_back(Job::Compile(path));
    }
}

struct Shell {
    queue: JobQueue,
}

impl Shell {
    fn run_command(&self, command: &str) {
        if command == "fmt" {
            self.queue.borrow_mut().push_back(Job::Format);
        }
    }
}

struct Scheduler {
    queue: JobQueue,
}

impl Scheduler {
    fn run_pending(&self) {
        loop {
            let next = self.queue.borrow_mut().pop_front();
            let Some(job) = next else { break };
            println!("running {job:?}");
            if let Job::Compile(_) = job {
                let mut queue = self.queue.borrow_mut();
                if !queue.contains(&Job::Link) {
                    queue.push_back(Job::Link);
                }
            }
        }
    }
}

fn main() {
    let queue: JobQueue = Rc::new(RefCell::new(VecDeque::new()));
    let watcher = FileWatcher {
        queue: Rc::clone(&queue),
    };
    let shell = Shell {
        queue: Rc::clone(&queue),
    };
    let scheduler = Scheduler { queue };
    println!("owners: {}", Rc::strong_count(&scheduler.queue));
    println!("same queue: {}", Rc::ptr_eq(&watcher.queue, &shell.queue));

    watcher.file_changed("src/parser.rs");
    shell.run_command("fmt");
    watcher.file_changed("src/lexer.rs");
    println!("queued: {:?}", scheduler.queue.borrow());
    scheduler.run_pending();
    println!("left: {}", scheduler.queue.borrow().len());
}
