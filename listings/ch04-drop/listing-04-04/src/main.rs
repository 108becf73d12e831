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

fn main() {
    let _logger = Service::start("logger");
    let _database = Service::start("database pool");
    let _http = Service::start("http listener");

    println!("serving requests");
}
