struct Document {
    title: String,
    author: Option<String>,
}

fn byline(author: Option<&str>) -> &str {
    match author {
        Some("") | None => "anonymous",
        Some(name) => name,
    }
}

fn main() {
    let documents = [
        Document {
            title: String::from("Release notes"),
            author: Some(String::from("Priya")),
        },
        Document {
            title: String::from("Meeting minutes"),
            author: None,
        },
    ];

    for document in &documents {
        println!(
            "{} by {}",
            document.title,
            byline(document.author.as_deref())
        );
    }
}
