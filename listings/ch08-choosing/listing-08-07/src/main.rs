use std::sync::{Mutex, TryLockError};

fn compile(target: &str, queue: &Mutex<Vec<&str>>) {
    match queue.try_lock() {
        Ok(_) => println!("  compiling {target}; the queue is free"),
        Err(TryLockError::WouldBlock) => {
            println!("  compiling {target}; the queue is still locked")
        }
        Err(TryLockError::Poisoned(_)) => println!("  the queue is poisoned"),
    }
}

// ANCHOR: loops
fn main() {
    let queue = Mutex::new(vec!["cli", "codegen"]);
    println!("while let on the guard:");
    while let Some(target) = queue.lock().unwrap().pop() {
        compile(target, &queue);
    }

    let queue = Mutex::new(vec!["cli", "codegen"]);
    println!("taking the job in its own statement:");
    loop {
        let Some(target) = queue.lock().unwrap().pop() else {
            break;
        };
        compile(target, &queue);
    }
}
// ANCHOR_END: loops
