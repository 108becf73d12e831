use std::cell::Cell;

#[derive(Clone, Copy, Debug)]
enum Dialect {
    American,
    British,
}

// ANCHOR: main
fn main() {
    let dialect = Cell::new(Dialect::American);

    // SAFETY: none. Nothing stops `dialect` from changing while `current`
    // is alive, which is the mistake this program makes.
    let current: &Dialect = unsafe { &*dialect.as_ptr() };
    dialect.set(Dialect::British);

    let checked_against = *current;
    println!("checking against {checked_against:?}");
}
// ANCHOR_END: main
