use std::thread;

struct Config {
    project: String,
    jobs: usize,
}

fn parse(text: &str) -> Config {
    let mut config = Config {
        project: String::new(),
        jobs: 1,
    };
    for line in text.lines() {
        match line.split_once('=') {
            Some(("project", value)) => config.project = value.to_string(),
            Some(("jobs", value)) => config.jobs = value.parse().unwrap(),
            _ => {}
        }
    }
    config
}

fn main() {
    let text = "project=atlas\njobs=3";
    let config: &'static Config = Box::leak(Box::new(parse(text)));

    let workers: Vec<_> = (1..=config.jobs)
        .map(|worker| {
            thread::spawn(move || {
                format!(
                    "{}: worker {worker} of {}",
                    config.project, config.jobs
                )
            })
        })
        .collect();
    for worker in workers {
        println!("{}", worker.join().unwrap());
    }
}
