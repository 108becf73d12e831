use std::fs;
use std::io;

struct Config {
    port: u16,
    workers: usize,
}

// ANCHOR: load
fn load(path: &str) -> Result<Config, io::Error> {
    let text = fs::read_to_string(path)?;
    let mut config = Config {
        port: 8080,
        workers: 4,
    };
    for line in text.lines() {
        if let Some(value) = line.strip_prefix("port =") {
            config.port = value.trim().parse()?;
        }
    }
    Ok(config)
}
// ANCHOR_END: load

fn main() {
    match load("server.conf") {
        Ok(config) => {
            println!("port {}, {} workers", config.port, config.workers)
        }
        Err(error) => println!("rejected: {error}"),
    }
}
