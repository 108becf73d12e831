fn load_title(path: &str) -> &str {
    let contents = format!("Notes from {path}");
    &contents
}

fn main() {
    let title = load_title("meeting.md");
    println!("{title}");
}
