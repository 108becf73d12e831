// ANCHOR: dispatcher
#[derive(Clone, Copy, PartialEq)]
enum Event {
    Opened,
    Saved,
}

type Handler = Box<dyn Fn(&str)>;

struct Dispatcher {
    handlers: Vec<(Event, Handler)>,
}

impl Dispatcher {
    fn new() -> Dispatcher {
        Dispatcher {
            handlers: Vec::new(),
        }
    }

    fn on(&mut self, event: Event, handler: impl Fn(&str) + 'static) {
        self.handlers.push((event, Box::new(handler)));
    }

    fn emit(&self, event: Event, path: &str) {
        for (wanted, handler) in &self.handlers {
            if *wanted == event {
                handler(path);
            }
        }
    }
}

fn main() {
    let mut events = Dispatcher::new();

    let backup_dir = String::from("backups");
    events.on(Event::Saved, move |path| {
        println!("copy {path} to {backup_dir}/");
    });
    events.on(Event::Saved, |path| println!("status bar: {path} saved"));
    let minutes = 5;
    events.on(Event::Opened, move |path| {
        println!("autosave {path} every {minutes} minutes");
    });

    events.emit(Event::Opened, "notes.md");
    events.emit(Event::Saved, "notes.md");
}
// ANCHOR_END: dispatcher
