#[derive(Clone, Copy)]
struct FileDescriptor {
    number: i32,
}

impl Drop for FileDescriptor {
    fn drop(&mut self) {
        println!("closing descriptor {}", self.number);
    }
}

fn main() {
    let log = FileDescriptor { number: 3 };
    let copy = log;
    println!("{} and {}", log.number, copy.number);
}
