use std::cell::{Cell, LazyCell, OnceCell, Ref, RefCell};
use std::collections::BTreeSet;
use std::mem::size_of;

macro_rules! show_size {
    ($type:ty) => {
        println!("{:<24}{:>2} bytes", stringify!($type), size_of::<$type>())
    };
}

fn main() {
    show_size!(u32);
    show_size!(Cell<u32>);
    show_size!(RefCell<u32>);
    show_size!(Option<u32>);
    show_size!(OnceCell<u32>);
    show_size!(LazyCell<u32>);
    println!();
    show_size!(Vec<String>);
    show_size!(Cell<Vec<String>>);
    show_size!(RefCell<Vec<String>>);
    show_size!(Option<Vec<String>>);
    show_size!(OnceCell<Vec<String>>);
    show_size!(LazyCell<Vec<String>>);
    println!();
    show_size!(Option<&u32>);
    show_size!(Cell<&u32>);
    show_size!(Option<Cell<&u32>>);
    println!();
    show_size!(Ref<BTreeSet<String>>);
    show_size!(&BTreeSet<String>);
}
