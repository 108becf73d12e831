use std::borrow::Cow;

// ANCHOR: normalize
fn normalize_user_name(raw: &str) -> Cow<'_, str> {
    let mut name = Cow::Borrowed(raw.trim());
    if name.contains(' ') {
        name = Cow::Owned(name.replace(' ', "_"));
    }
    if name.chars().any(|ch| ch.is_ascii_uppercase()) {
        name.to_mut().make_ascii_lowercase();
    }
    name
}
// ANCHOR_END: normalize

fn main() {
    for raw in ["  ada  ", "grace_hopper", "Linus", "Barbara Liskov"] {
        let name = normalize_user_name(raw);
        let kind = if matches!(name, Cow::Borrowed(_)) {
            "Borrowed"
        } else {
            "Owned"
        };
        println!("{:<18}-> {kind:<9}{name:?}", format!("{raw:?}"));
    }
}
