fn apply_damage(health: &mut u32, damage: u32) {
    *health = (*health).saturating_sub(damage);
}

fn main() {
    let mut health: u32 = 100;
    apply_damage(&mut health, 30);

    let shown: &u32 = &health;
    println!("health bar shows {}", *shown);

    let mut checkpoint: Box<u32> = Box::new(health);
    *checkpoint += 25;
    println!("checkpoint holds {}, live health is {health}", *checkpoint);

    let boxed_name: Box<String> = Box::new(String::from("Aldra"));
    let name: String = *boxed_name;
    println!("{name} leaves the box behind");
}
