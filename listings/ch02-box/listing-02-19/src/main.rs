fn main() {
    let backup_dir = String::from("backups");
    let on_save = vec![
        move |path: &str| println!("copy {path} to {backup_dir}/"),
        |path: &str| println!("status bar: {path} saved"),
    ];
    for handler in &on_save {
        handler("notes.md");
    }
}
