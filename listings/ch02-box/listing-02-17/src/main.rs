// ANCHOR: config
use std::error::Error;
use std::fs;
use std::io;

#[derive(Debug)]
struct Config {
    port: u16,
    workers: usize,
}

fn parse(text: &str) -> Result<Config, Box<dyn Error>> {
    let mut config = Config {
        port: 8080,
        workers: 4,
    };
    for line in text.lines() {
        let Some((key, value)) = line.split_once('=') else {
            return Err(
                format!("expected `key = value`, found {line:?}").into()
            );
        };
        match key.trim() {
            "port" => config.port = value.trim().parse()?,
            "workers" => config.workers = value.trim().parse()?,
            other => return Err(format!("unknown setting `{other}`").into()),
        }
    }
    Ok(config)
}

fn load(path: &str) -> Result<Config, Box<dyn Error>> {
    let text = fs::read_to_string(path)?;
    parse(&text)
}
// ANCHOR_END: config

// ANCHOR: main
fn main() {
    let attempts = ["port = 9000\nworkers = 8", "port = 90000", "threads = 2"];
    for text in attempts {
        match parse(text) {
            Ok(config) => println!("loaded {config:?}"),
            Err(error) => println!("rejected: {error}"),
        }
    }

    let error = load("server.conf").expect_err("the file does not exist");
    println!("rejected: {error}");
    if let Some(io_error) = error.downcast_ref::<io::Error>() {
        println!("an I/O error of kind {:?}", io_error.kind());
    }
}
// ANCHOR_END: main
