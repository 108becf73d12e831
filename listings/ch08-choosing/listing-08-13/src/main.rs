use std::panic;

/// Stands in for reading `atlas.conf` from disk at startup.
fn read_config_file() -> String {
    String::from("project=atlas\nsupport=build-team@example.com")
}

// ANCHOR: leak
/// The settings of a build, borrowed from the text they were parsed from.
#[derive(Clone, Copy)]
struct Config<'text> {
    project: &'text str,
    support: &'text str,
}

fn parse(text: &str) -> Config<'_> {
    let mut config = Config {
        project: "",
        support: "",
    };
    for line in text.lines() {
        match line.split_once('=') {
            Some(("project", value)) => config.project = value,
            Some(("support", value)) => config.support = value,
            _ => {}
        }
    }
    config
}

fn main() {
    let text: &'static str = read_config_file().leak();
    let config = parse(text);

    panic::set_hook(Box::new(move |info| {
        eprintln!("{} build crashed: {info}", config.project);
        eprintln!("please send this message to {}", config.support);
    }));

    println!("building {}", config.project);
    let jobs: usize = "three".parse().expect("`jobs` must be a number");
    println!("running {jobs} jobs");
}
// ANCHOR_END: leak
