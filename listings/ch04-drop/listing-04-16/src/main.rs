// ANCHOR: guard
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

use log::{BuildLog, Step};

fn render_pages(parent: &mut Step<'_>, pages: &[&str]) {
    let step = parent.step("render pages");
    for page in pages {
        step.line(page);
    }
}

fn copy_assets(parent: &mut Step<'_>, assets: &[&str]) -> Result<(), String> {
    let step = parent.step("copy assets");
    for asset in assets {
        if asset.ends_with(".psd") {
            return Err(format!("{asset} must be exported first"));
        }
        step.line(asset);
    }
    Ok(())
}

fn main() {
    let mut log = BuildLog::new();
    let result = {
        let mut site = log.step("build site");
        render_pages(&mut site, &["index.html", "about.html"]);
        copy_assets(&mut site, &["logo.svg", "banner.psd"])
    };
    match result {
        Ok(()) => log.line("build finished"),
        Err(error) => log.line(&format!("build failed: {error}")),
    }
}
// ANCHOR_END: guard
