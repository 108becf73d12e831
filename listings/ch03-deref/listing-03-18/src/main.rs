mod schedule {
    pub struct Job {
        pub name: &'static str,
        pub starts_at: u32,
    }

    impl Job {
        pub fn new(name: &'static str, starts_at: u32) -> Self {
            Job { name, starts_at }
        }
    }

    pub struct Schedule(Vec<Job>);

    impl Schedule {
        pub fn new() -> Self {
            Schedule(Vec::new())
        }

        pub fn add(&mut self, job: Job) {
            let at = self.0.partition_point(|j| j.starts_at <= job.starts_at);
            self.0.insert(at, job);
        }

        pub fn next_due(&self) -> Option<&Job> {
            self.0.first()
        }

        pub fn jobs(&self) -> impl ExactSizeIterator<Item = &Job> {
            self.0.iter()
        }
    }
}

use schedule::{Job, Schedule};

fn clock(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

// ANCHOR: main
fn main() {
    let mut nightly = Schedule::new();
    nightly.add(Job::new("back up database", 120));
    nightly.push(Job::new("renew certificates", 30));

    for job in nightly.jobs() {
        println!("  {} {}", clock(job.starts_at), job.name);
    }
}
// ANCHOR_END: main
