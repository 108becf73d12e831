mod log {
    pub struct BuildLog {
        depth: usize,
    }

    impl BuildLog {
        pub fn new() -> BuildLog {
            BuildLog { depth: 0 }
        }

        pub fn line(&self, text: &str) {
            println!("{}{text}", "  ".repeat(self.depth));
        }

        pub fn step(&mut self, name: &'static str) -> Step<'_> {
            self.line(&format!("begin {name}"));
            self.depth += 1;
            Step { log: self, name }
        }
    }

    #[must_use = "the step ends as soon as its guard is dropped"]
    pub struct Step<'a> {
        log: &'a mut BuildLog,
        name: &'static str,
    }

    impl Step<'_> {
        pub fn line(&self, text: &str) {
            self.log.line(text);
        }

        pub fn step(&mut self, name: &'static str) -> Step<'_> {
            self.log.step(name)
        }
    }

    impl Drop for Step<'_> {
        fn drop(&mut self) {
            self.log.depth -= 1;
            self.log.line(&format!("end {}", self.name));
        }
    }
}

use log::BuildLog;

// ANCHOR: main
fn main() {
    let mut log = BuildLog::new();

    let plain = &mut log;
    plain.line("checking sources");
    log.line("sources checked");

    let site = log.step("build site");
    site.line("index.html");
    log.line("build finished");
}
// ANCHOR_END: main
