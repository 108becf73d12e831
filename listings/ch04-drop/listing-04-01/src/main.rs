use std::fs;
use std::io;
use std::path::Path;

fn build(lock_path: &Path, sources: &[&str]) -> io::Result<()> {
    fs::File::create_new(lock_path)?;
    println!("acquired the build lock");

    for source in sources {
        compile(source)?;
    }

    fs::remove_file(lock_path)?;
    println!("released the build lock");
    Ok(())
}

fn compile(source: &str) -> io::Result<()> {
    if source.ends_with(".rs") {
        println!("compiled {source}");
        Ok(())
    } else {
        Err(io::Error::other(format!("no rule to compile {source}")))
    }
}

fn main() {
    let lock_path = std::env::temp_dir()
        .join(format!("site-build-{}.lock", std::process::id()));

    if let Err(error) = build(&lock_path, &["main.rs", "notes.txt"]) {
        println!("build failed: {error}");
    }
    println!("lock file still on disk: {}", lock_path.exists());

    // Delete the stale lock by hand, so that the demo leaves nothing behind.
    fs::remove_file(&lock_path).ok();
}
