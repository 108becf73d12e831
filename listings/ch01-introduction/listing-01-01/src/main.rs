fn main() {
    let title = String::from("Quarterly report: smart pointers in production");
    let preview: &str = &title[..18];

    println!("a String takes {} bytes on the stack", size_of::<String>());
    println!("a &str takes {} bytes on the stack", size_of::<&str>());
    println!(
        "title: {} bytes of text in a heap buffer of {} bytes",
        title.len(),
        title.capacity()
    );
    println!("preview: {} bytes, {preview:?}", preview.len());
}
