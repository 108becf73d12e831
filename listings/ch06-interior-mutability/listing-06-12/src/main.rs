use std::cell::{Cell, RefCell};
use std::rc::Rc;

// ANCHOR: main
fn main() {
    let build_log = Rc::new(RefCell::new(Vec::new()));
    let for_watcher = Rc::clone(&build_log);
    for_watcher.borrow_mut().push("src/lib.rs changed");
    println!("Rc<RefCell<Vec>>: the shell sees {:?}", build_log.borrow());

    let theme = RefCell::new(Rc::new(String::from("light")));
    let open_tab = Rc::clone(&theme.borrow());
    *theme.borrow_mut() = Rc::new(String::from("dark"));
    let slot = theme.borrow();
    println!("RefCell<Rc<String>>: slot holds {slot}, the tab kept {open_tab}");

    let zoom = Rc::new(Cell::new(100_u32));
    let for_status_bar = Rc::clone(&zoom);
    zoom.set(125);
    println!("Rc<Cell<u32>>: status bar shows {}%", for_status_bar.get());
}
// ANCHOR_END: main
