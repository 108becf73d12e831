use std::fmt;

/// When a build step applies, in a build tool's condition language:
/// `all(unix, not(tls))` and the like.
#[derive(Clone, Debug, PartialEq)]
pub enum Cond {
    /// A flag the build sets, such as `unix` or `tls`.
    Flag(String),
    // Add `Not`: holds when the condition inside does not.
    /// Holds when every condition in the list holds (always, for none).
    All(Vec<Cond>),
    /// Holds when at least one condition in the list holds (never, for none).
    Any(Vec<Cond>),
}

pub fn flag(name: &str) -> Cond {
    Cond::Flag(name.to_owned())
}

pub fn not(cond: Cond) -> Cond {
    todo!()
}

pub fn all<const N: usize>(conds: [Cond; N]) -> Cond {
    Cond::All(conds.into())
}

pub fn any<const N: usize>(conds: [Cond; N]) -> Cond {
    Cond::Any(conds.into())
}

impl Cond {
    /// Whether the condition holds for a build that sets exactly `flags`.
    pub fn holds(&self, flags: &[&str]) -> bool {
        todo!()
    }

    /// The same condition with every `not` applied to a flag alone, no list
    /// inside a list of its own kind, and no list of one.
    pub fn simplify(self) -> Cond {
        todo!()
    }
}

impl fmt::Display for Cond {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        todo!()
    }
}
