use std::collections::HashSet;
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
        Rc::new(Package {
            name: name.to_owned(),
            version: version.to_owned(),
            dependencies,
        })
    }

    pub fn label(&self) -> String {
        format!("{} {}", self.name, self.version)
    }

    /// Every package this one needs, directly or through others, each once,
    /// in the order a depth-first walk first reaches it.
    pub fn all_dependencies(&self) -> Vec<String> {
        let mut seen = HashSet::new();
        let mut labels = Vec::new();
        self.walk(&mut seen, &mut labels);
        labels
    }

    fn walk(
        &self,
        seen: &mut HashSet<*const Package>,
        labels: &mut Vec<String>,
    ) {
        for dependency in &self.dependencies {
            if seen.insert(Rc::as_ptr(dependency)) {
                labels.push(dependency.label());
                dependency.walk(seen, labels);
            }
        }
    }
}
