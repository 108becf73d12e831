// ANCHOR: shown
mod schedule {
    use std::ops::{Deref, DerefMut};

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
    }

    impl Deref for Schedule {
        type Target = Vec<Job>;

        fn deref(&self) -> &Vec<Job> {
            &self.0
        }
    }

    impl DerefMut for Schedule {
        fn deref_mut(&mut self) -> &mut Vec<Job> {
            &mut self.0
        }
    }
}

use schedule::{Job, Schedule};

fn main() {
    let mut nightly = Schedule::new();
    nightly.add(Job::new("back up database", 120));
    nightly.add(Job::new("rotate logs", 60));
    nightly.push(Job::new("renew certificates", 30));

    println!("{} jobs tonight", nightly.len());
    for job in nightly.iter() {
        println!("  {} {}", clock(job.starts_at), job.name);
    }
    if let Some(job) = nightly.next_due() {
        println!("next due: {}", job.name);
    }
}
// ANCHOR_END: shown

fn clock(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}
