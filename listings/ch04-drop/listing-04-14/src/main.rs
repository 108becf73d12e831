struct Service {
    name: &'static str,
}

impl Service {
    fn start(name: &'static str) -> Service {
        println!("started {name}");
        Service { name }
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        println!("stopped {}", self.name);
    }
}

// ANCHOR: main
fn dispose<T>(_value: T) {}

fn main() {
    let cache = Service::start("thumbnail cache");
    dispose(cache);
    println!("cache gone, still serving");
}
// ANCHOR_END: main
