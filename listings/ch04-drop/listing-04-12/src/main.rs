use std::ops::{Deref, DerefMut};

// ANCHOR: guard
struct BuildLog {
    depth: usize,
}

impl BuildLog {
    fn line(&self, text: &str) {
        println!("{}{text}", "  ".repeat(self.depth));
    }

    fn step(&mut self, name: &'static str) -> Step<'_> {
        self.line(&format!("begin {name}"));
        self.depth += 1;
        Step { log: self, name }
    }
}

struct Step<'a> {
    log: &'a mut BuildLog,
    name: &'static str,
}

impl Drop for Step<'_> {
    fn drop(&mut self) {
        self.log.depth -= 1;
        self.log.line(&format!("end {}", self.name));
    }
}

fn render_pages(log: &mut BuildLog, pages: &[&str]) {
    let step = log.step("render pages");
    for page in pages {
        step.line(page);
    }
}

fn copy_assets(log: &mut BuildLog, assets: &[&str]) -> Result<(), String> {
    let step = log.step("copy assets");
    for asset in assets {
        if asset.ends_with(".psd") {
            return Err(format!("{asset} must be exported first"));
        }
        step.line(asset);
    }
    Ok(())
}

fn main() {
    let mut log = BuildLog { depth: 0 };
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

impl Deref for Step<'_> {
    type Target = BuildLog;

    fn deref(&self) -> &BuildLog {
        self.log
    }
}

impl DerefMut for Step<'_> {
    fn deref_mut(&mut self) -> &mut BuildLog {
        self.log
    }
}
