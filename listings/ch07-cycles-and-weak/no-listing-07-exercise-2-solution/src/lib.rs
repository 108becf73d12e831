use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// A file in a build: a source that the user edits, or a target that a rule
/// makes from its inputs.
pub struct Target {
    pub name: String,
    inputs: Vec<Rc<Target>>,
    dependents: RefCell<Vec<Weak<Target>>>,
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
        let target = Rc::new(Target {
            name: name.to_owned(),
            inputs: inputs.iter().map(|&input| Rc::clone(input)).collect(),
            dependents: RefCell::default(),
            stale: Cell::new(true),
        });
        for input in &target.inputs {
            input.dependents.borrow_mut().push(Rc::downgrade(&target));
        }
        target
    }

    /// Records that this file changed: every target made from it, directly
    /// or not, becomes stale.
    pub fn touch(&self) {
        self.dependents.borrow_mut().retain(|dependent| {
            match dependent.upgrade() {
                Some(dependent) => {
                    if !dependent.stale.replace(true) {
                        dependent.touch();
                    }
                    true
                }
                None => false,
            }
        });
    }

    /// Brings this target up to date, inputs first, and returns the names
    /// of the targets it rebuilt, in the order it rebuilt them.
    pub fn build(&self) -> Vec<String> {
        let mut rebuilt = Vec::new();
        self.build_into(&mut rebuilt);
        rebuilt
    }

    fn build_into(&self, rebuilt: &mut Vec<String>) {
        if !self.stale.get() {
            return;
        }
        for input in &self.inputs {
            input.build_into(rebuilt);
        }
        self.stale.set(false);
        rebuilt.push(self.name.clone());
    }
}
