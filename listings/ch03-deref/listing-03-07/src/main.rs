fn main() {
    let file_name: Box<str> = Box::from("quarterly-report.md");

    println!("{} bytes", file_name.len());
    println!("markdown: {}", file_name.ends_with(".md"));
    println!("opening {file_name}");

    let shown = &file_name;
    println!("through a reference: {}", shown.to_uppercase());
}
