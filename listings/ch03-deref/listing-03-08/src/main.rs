#[derive(Clone)]
struct Theme {
    name: String,
    accent: u32,
}

fn main() {
    let saved: Box<Theme> = Box::new(Theme {
        name: String::from("harbor"),
        accent: 0x1f6feb,
    });

    let another_box: Box<Theme> = saved.clone();
    let plain: Theme = (*saved).clone();
    let also_plain: Theme = Theme::clone(&saved);

    println!(
        "{} in a new box, accent {:06x}",
        another_box.name, another_box.accent
    );
    println!("{} and {} outside any box", plain.name, also_plain.name);
}
