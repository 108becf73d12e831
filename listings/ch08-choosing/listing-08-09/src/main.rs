use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, OnceLock};
use std::thread;

#[derive(Debug)]
struct Config {
    project: String,
    out_dir: String,
}

fn parse(text: &str) -> Config {
    let mut config = Config {
        project: String::new(),
        out_dir: String::from("target"),
    };
    for line in text.lines() {
        match line.split_once('=') {
            Some(("project", value)) => config.project = value.to_string(),
            Some(("out_dir", value)) => config.out_dir = value.to_string(),
            _ => {}
        }
    }
    config
}

// ANCHOR: statics
static CONFIG: OnceLock<Config> = OnceLock::new();

static OUTPUTS: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| {
    println!("building the table of outputs");
    HashMap::from([("rs", "o"), ("c", "o"), ("md", "html")])
});

static LOG: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn build(source: &str) {
    let config = CONFIG.get().expect("main sets the configuration first");
    let (stem, extension) = source.rsplit_once('.').unwrap();
    let output = OUTPUTS[extension];
    let line = format!("{source} -> {}/{stem}.{output}", config.out_dir);
    LOG.lock().unwrap().push(line);
}

fn main() {
    CONFIG.set(parse("project=atlas\nout_dir=build")).unwrap();
    println!("building {}", CONFIG.get().unwrap().project);

    let workers: Vec<_> = ["lexer.rs", "guide.md", "crc.c"]
        .into_iter()
        .map(|source| thread::spawn(move || build(source)))
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }

    let mut log = LOG.lock().unwrap();
    log.sort();
    for line in log.iter() {
        println!("  {line}");
    }
}
// ANCHOR_END: statics
