use std::ptr;
use std::rc::Rc;

struct Artifact {
    file: String,
    bytes: Vec<u8>,
}

struct Target {
    name: String,
    library: Rc<Artifact>,
}

// ANCHOR: main
fn main() {
    let parser_lib = Rc::new(Artifact {
        file: String::from("libparser.rlib"),
        bytes: vec![0; 4096],
    });
    let built_bytes = parser_lib.bytes.as_ptr();

    let mut linking: Vec<Target> = ["cli", "server"]
        .into_iter()
        .map(|name| Target {
            name: String::from(name),
            library: Rc::clone(&parser_lib),
        })
        .collect();

    let mut library = parser_lib;
    let artifact = loop {
        match Rc::try_unwrap(library) {
            Ok(artifact) => break artifact,
            Err(shared) => {
                let target = linking.pop().expect("an owner is linking");
                let owners = Rc::strong_count(&shared);
                println!("{owners} owners; waiting for {}", target.name);
                println!("{} linked {}", target.name, target.library.file);
                drop(target);
                library = shared;
            }
        }
    };

    let Artifact { file, bytes } = artifact;
    println!("packaging {file}: {} bytes", bytes.len());
    let same_buffer = ptr::eq(built_bytes, bytes.as_ptr());
    println!("same buffer as when built: {same_buffer}");
}
// ANCHOR_END: main
