use std::mem::size_of_val;

fn main() {
    let title = String::from("Quarterly report: smart pointers in production");
    let preview: &str = &title[..18];

    println!("title:   {} bytes on the stack", size_of_val(&title));
    println!("preview: {} bytes on the stack", size_of_val(&preview));
    println!("text:    {} bytes on the heap", title.capacity());
    println!("preview reads {preview:?} from the title's heap buffer");
}
