use std::borrow::Cow;

fn escape_html(comment: &str) -> Cow<'_, str> {
    if !comment.contains(['<', '>', '&', '"']) {
        return Cow::Borrowed(comment);
    }
    let mut escaped = String::with_capacity(comment.len() + 16);
    for ch in comment.chars() {
        match ch {
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '&' => escaped.push_str("&amp;"),
            '"' => escaped.push_str("&quot;"),
            _ => escaped.push(ch),
        }
    }
    Cow::Owned(escaped)
}

fn main() {
    let comments = [
        "Great write-up, thanks!",
        "Use Vec<Box<dyn Shape>> here",
        "Fixed in 1.2 & 1.3",
        "Works on my machine",
    ];
    for comment in comments {
        let safe = escape_html(comment);
        let kind = match safe {
            Cow::Borrowed(_) => "Borrowed",
            Cow::Owned(_) => "Owned",
        };
        println!("{kind:<9}{safe}");
    }
}
