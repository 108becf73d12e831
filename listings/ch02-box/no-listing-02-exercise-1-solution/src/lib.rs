use std::fmt;

/// When a build step applies, in a build tool's condition language:
/// `all(unix, not(tls))` and the like.
#[derive(Clone, Debug, PartialEq)]
pub enum Cond {
    /// A flag the build sets, such as `unix` or `tls`.
    Flag(String),
    /// Holds when the condition inside does not.
    Not(Box<Cond>),
    /// Holds when every condition in the list holds (always, for none).
    All(Vec<Cond>),
    /// Holds when at least one condition in the list holds (never, for none).
    Any(Vec<Cond>),
}

pub fn flag(name: &str) -> Cond {
    Cond::Flag(name.to_owned())
}

pub fn not(cond: Cond) -> Cond {
    Cond::Not(Box::new(cond))
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
        match self {
            Cond::Flag(name) => flags.contains(&name.as_str()),
            Cond::Not(inner) => !inner.holds(flags),
            Cond::All(conds) => conds.iter().all(|cond| cond.holds(flags)),
            Cond::Any(conds) => conds.iter().any(|cond| cond.holds(flags)),
        }
    }

    /// The same condition with every `not` applied to a flag alone, no list
    /// inside a list of its own kind, and no list of one.
    pub fn simplify(self) -> Cond {
        match self {
            Cond::Flag(_) => self,
            Cond::Not(inner) if matches!(*inner, Cond::Flag(_)) => {
                Cond::Not(inner)
            }
            Cond::Not(inner) => match *inner {
                Cond::Not(twice) => twice.simplify(),
                Cond::All(conds) => {
                    Cond::Any(conds.into_iter().map(not).collect()).simplify()
                }
                Cond::Any(conds) => {
                    Cond::All(conds.into_iter().map(not).collect()).simplify()
                }
                Cond::Flag(_) => unreachable!("handled by the arm above"),
            },
            Cond::All(conds) => merge(conds, true),
            Cond::Any(conds) => merge(conds, false),
        }
    }
}

/// Simplifies the members of an `all` (when `every`) or an `any`, and
/// splices in the members of a member of the same kind.
fn merge(conds: Vec<Cond>, every: bool) -> Cond {
    let mut merged = Vec::new();
    for cond in conds {
        match (cond.simplify(), every) {
            (Cond::All(members), true) | (Cond::Any(members), false) => {
                merged.extend(members);
            }
            (other, _) => merged.push(other),
        }
    }
    if merged.len() == 1 {
        return merged.remove(0);
    }
    if every {
        Cond::All(merged)
    } else {
        Cond::Any(merged)
    }
}

impl fmt::Display for Cond {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (kind, conds) = match self {
            Cond::Flag(name) => return out.write_str(name),
            Cond::Not(inner) => return write!(out, "not({inner})"),
            Cond::All(conds) => ("all", conds),
            Cond::Any(conds) => ("any", conds),
        };
        write!(out, "{kind}(")?;
        for (i, cond) in conds.iter().enumerate() {
            if i > 0 {
                out.write_str(", ")?;
            }
            write!(out, "{cond}")?;
        }
        out.write_str(")")
    }
}
