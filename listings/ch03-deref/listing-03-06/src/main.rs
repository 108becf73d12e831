use std::ops::Deref;

fn column_width<P>(names: &[P]) -> usize
where
    P: Deref<Target = str>,
{
    names
        .iter()
        .map(|name| name.chars().count())
        .max()
        .unwrap_or(0)
}

fn main() {
    let from_manifest: Vec<Box<str>> =
        vec![Box::from("lib.rs"), Box::from("main.rs")];
    let from_command_line: Vec<String> = vec![String::from("build-script.rs")];
    let built_in: Vec<&str> = vec!["README.md", "Cargo.toml"];

    println!("manifest column: {}", column_width(&from_manifest));
    println!("command-line column: {}", column_width(&from_command_line));
    println!("built-in column: {}", column_width(&built_in));
}
