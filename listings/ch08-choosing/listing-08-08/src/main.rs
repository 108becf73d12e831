use std::sync::Arc;
use std::thread;

#[derive(Clone)]
struct Settings {
    theme: String,
    tab_width: usize,
}

// ANCHOR: make_mut
fn change(settings: &mut Arc<Settings>, edit: impl FnOnce(&mut Settings)) {
    let before = Arc::as_ptr(settings);
    let owners = Arc::strong_count(settings);
    edit(Arc::make_mut(settings));
    let copied = !std::ptr::eq(before, Arc::as_ptr(settings));
    println!("change with {owners} owner(s): copied: {copied}");
}

fn main() {
    let mut settings = Arc::new(Settings {
        theme: String::from("light"),
        tab_width: 4,
    });

    let snapshot = Arc::clone(&settings);
    change(&mut settings, |s| s.theme = String::from("dark"));
    let renderer = thread::spawn(move || {
        format!(
            "renderer: {} theme, tabs of {}",
            snapshot.theme, snapshot.tab_width
        )
    });
    println!("{}", renderer.join().unwrap());

    change(&mut settings, |s| s.tab_width = 2);
    println!(
        "editor: {} theme, tabs of {}",
        settings.theme, settings.tab_width
    );
}
// ANCHOR_END: make_mut
