use std::rc::Rc;

/// A package and the packages it depends on. A package that several others
/// depend on is one allocation, owned by all of them.
pub struct Package {
    name: String,
    version: String,
    dependencies: Vec<Rc<Package>>,
}

impl Package {
    pub fn new(
        name: &str,
        version: &str,
        dependencies: Vec<Rc<Package>>,
    ) -> Rc<Package> {
        todo!()
    }

    pub fn label(&self) -> String {
        format!("{} {}", self.name, self.version)
    }

    /// Every package this one needs, directly or through others, each once,
    /// in the order a depth-first walk first reaches it.
    pub fn all_dependencies(&self) -> Vec<String> {
        todo!()
    }
}
