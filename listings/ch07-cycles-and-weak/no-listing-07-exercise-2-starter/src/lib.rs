use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A file in a build: a source that the user edits, or a target that a rule
/// makes from its inputs.
pub struct Target {
    pub name: String,
    inputs: Vec<Rc<Target>>,
    dependents: RefCell<Vec<Rc<Target>>>,
    stale: Cell<bool>,
}

impl Target {
    /// A source file: up to date, made from nothing.
    pub fn source(name: &str) -> Rc<Target> {
        Rc::new(Target {
            name: name.to_owned(),
            inputs: Vec::new(),
            dependents: RefCell::default(),
            stale: Cell::new(false),
        })
    }

    /// A target made from `inputs`, stale until its first build.
    pub fn rule(name: &str, inputs: &[&Rc<Target>]) -> Rc<Target> {
        todo!()
    }

    /// Records that this file changed: every target made from it, directly
    /// or not, becomes stale.
    pub fn touch(&self) {
        todo!()
    }

    /// Brings this target up to date, inputs first, and returns the names
    /// of the targets it rebuilt, in the order it rebuilt them.
    pub fn build(&self) -> Vec<String> {
        todo!()
    }
}
