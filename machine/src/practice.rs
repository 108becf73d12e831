//! Practice pages: exercises and quizzes, proven like every other listing.
//!
//! An *exercise* is two listings (a ```` ```rust,tests_fail ```` starter and
//! its solution), proven with every other listing by `checks::listing`.
//!
//! A *quiz* is an mdbook-quiz TOML file included with `{{#quiz PATH}}`.
//! Every Tracing question's program is compiled with the pinned rustc as
//! edition 2024, and again as edition 2015 (what mdbook-quiz's own build
//! check uses), and the stated answer must be what happened: whether it
//! compiles, the error code the question names and the line of the first
//! error, or what it prints. Every question carries an `id` (else mdbook-quiz
//! writes one into the file at build time) and an explanation (`context`)
//! that links to the section that teaches it; those links must resolve.

use crate::listing::Behaviour;
use crate::snippet::{self, Rustc};
use crate::{Book, Diag, par_map};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------- quizzes

/// The value of one field of a quiz question.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Str(String),
    Bool(bool),
    Int(i64),
    Strs(Vec<String>),
}

/// One `[[questions]]` table: its first line and its dotted keys.
#[derive(Debug, Clone)]
pub struct Question {
    pub line: usize,
    pub fields: BTreeMap<String, Value>,
}

impl Question {
    fn str(&self, key: &str) -> Option<&str> {
        match self.fields.get(key) {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        }
    }

    /// The question's id, or its line when it has none.
    fn name(&self) -> String {
        match self.str("id") {
            Some(id) => format!("question `{id}`"),
            None => format!("the question on line {}", self.line),
        }
    }

    /// Every Markdown text the reader sees.
    fn texts(&self) -> Vec<&str> {
        let mut v = Vec::new();
        for (k, val) in &self.fields {
            if k == "id" || k == "type" || k == "prompt.program" {
                continue;
            }
            match val {
                Value::Str(s) => v.push(s.as_str()),
                Value::Strs(ss) => v.extend(ss.iter().map(String::as_str)),
                _ => {}
            }
        }
        v
    }
}

/// A quiz file as mdbook-quiz reads it: an array of `[[questions]]`.
#[derive(serde::Deserialize)]
struct QuizFile {
    #[serde(default)]
    questions: Vec<toml::Spanned<toml::Table>>,
}

/// Parses a quiz file with the `toml` crate (mdbook-quiz's own parser) into
/// questions whose keys are dotted paths (`answer.doesCompile`). Values
/// other than strings, booleans, integers and arrays of strings, which no
/// quiz field takes, are an error. Errors carry their line.
pub fn parse_quiz(text: &str) -> Result<Vec<Question>, (usize, String)> {
    let line_of = |offset: usize| {
        text[..offset.min(text.len())].matches('\n').count() + 1
    };
    let file: QuizFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(0, |s| line_of(s.start));
        (line, format!("not valid TOML: {}", e.message().trim_end()))
    })?;
    let mut questions = Vec::new();
    for table in file.questions {
        let line = line_of(table.span().start);
        let mut fields = BTreeMap::new();
        flatten("", table.into_inner(), &mut fields).map_err(|e| (line, e))?;
        questions.push(Question { line, fields });
    }
    Ok(questions)
}

/// `table`'s values under dotted keys, prefixed with `prefix`.
fn flatten(
    prefix: &str,
    table: toml::Table,
    fields: &mut BTreeMap<String, Value>,
) -> Result<(), String> {
    for (key, value) in table {
        let key = format!("{prefix}{key}");
        let value = match value {
            toml::Value::String(s) => Value::Str(s),
            toml::Value::Boolean(b) => Value::Bool(b),
            toml::Value::Integer(n) => Value::Int(n),
            toml::Value::Table(t) => {
                flatten(&format!("{key}."), t, fields)?;
                continue;
            }
            toml::Value::Array(items) => Value::Strs(
                items
                    .into_iter()
                    .map(|i| match i {
                        toml::Value::String(s) => Ok(s),
                        other => Err(format!(
                            "`{key}` holds a {}, where quizzes use an array of strings",
                            other.type_str()
                        )),
                    })
                    .collect::<Result<_, _>>()?,
            ),
            other => {
                return Err(format!(
                    "`{key}` is a {}, which no quiz field takes",
                    other.type_str()
                ));
            }
        };
        fields.insert(key, value);
    }
    Ok(())
}

/// A quiz included by a page: `{{#quiz ../quizzes/ch02.toml}}`.
#[derive(Debug, Clone)]
pub struct Quiz {
    pub page: PathBuf,
    pub line: usize,
    /// Relative to the root.
    pub file: PathBuf,
}

/// Every `{{#quiz ...}}` in the book's pages.
pub fn quizzes_in(book: &Book) -> Vec<Quiz> {
    let mut out = Vec::new();
    for page in &book.pages {
        let text = std::fs::read_to_string(book.root.join(&page.path))
            .unwrap_or_default();
        let dir = page.path.parent().unwrap_or(Path::new(""));
        for (n, line) in text.lines().enumerate() {
            for (i, _) in line.match_indices("{{#quiz ") {
                let Some(end) = line[i..].find("}}") else {
                    continue;
                };
                let path = line[i + 8..i + end].trim();
                out.push(Quiz {
                    page: page.path.clone(),
                    line: n + 1,
                    file: crate::normalize(&dir.join(path)),
                });
            }
        }
    }
    out
}

/// What a quiz program did, compiled with one edition.
#[derive(Debug, Clone, PartialEq)]
struct Traced {
    compiles: bool,
    codes: Vec<String>,
    /// The line of the first error (when it does not compile).
    error_line: Option<usize>,
    /// Exit status as text: "0" on success.
    status: String,
    stdout: String,
    stderr: String,
}

/// Every quiz a page includes exists and parses; every question has an id
/// (unique in the book), an explanation linking to a section of the book,
/// and, for Tracing questions, the answer the pinned compiler gives.
/// Returns the problems and the number of answers proven by a run.
pub fn quizzes(book: &Book) -> (Vec<Diag>, usize) {
    let mut diags = Vec::new();
    let mut ids: HashMap<String, PathBuf> = HashMap::new();
    let mut programs: Vec<(PathBuf, Question)> = Vec::new();
    let mut proven = 0;
    for quiz in quizzes_in(book) {
        let text = match std::fs::read_to_string(book.root.join(&quiz.file)) {
            Ok(t) => t,
            Err(e) => {
                diags.push(
                    Diag::new(
                        &quiz.page,
                        quiz.line,
                        format!(
                            "{{{{#quiz}}}}: cannot read {} ({e})",
                            quiz.file.display()
                        ),
                    )
                    .fix("fix the path: it is relative to the page"),
                );
                continue;
            }
        };
        let questions = match parse_quiz(&text) {
            Ok(q) if !q.is_empty() => q,
            Ok(_) => {
                diags.push(
                    Diag::new(&quiz.file, 0, "a quiz without questions")
                        .fix("add [[questions]]"),
                );
                continue;
            }
            Err((line, e)) => {
                diags.push(Diag::new(&quiz.file, line, e).fix("quiz files are mdbook-quiz TOML: [[questions]] tables of strings, booleans, integers and arrays of strings"));
                continue;
            }
        };
        for q in questions {
            let at = |msg: String, fix: &str| {
                Diag::new(&quiz.file, q.line, msg).fix(fix)
            };
            match q.str("id") {
                None => diags.push(at(
                    format!("{} has no `id`", q.name()),
                    "add `id = \"chNN-what\"`: without one, mdbook-quiz writes a random id into the file at every build",
                )),
                Some(id) => {
                    if let Some(other) =
                        ids.insert(id.to_owned(), quiz.file.clone())
                    {
                        diags.push(at(
                            format!("the id `{id}` is also used in {}", other.display()),
                            "give every question its own id",
                        ));
                    }
                }
            }
            let Some(context) = q.str("context") else {
                diags.push(at(
                    format!("{} has no explanation (`context`)", q.name()),
                    "explain the answer in `context`, with a link to the section that teaches it",
                ));
                continue;
            };
            let links = links_in(context);
            if links.is_empty() {
                diags.push(at(
                    format!("{}'s explanation links to no section", q.name()),
                    "link to the page that teaches it, e.g. [Recursive types](ch02-01-recursive-types.html#...)",
                ));
            }
            for text in q.texts() {
                for dest in links_in(text) {
                    if let Some(problem) = bad_link(book, &dest) {
                        diags.push(at(
                            format!("{}: the link `{dest}` {problem}", q.name()),
                            "link as `chNN-MM-page.html#heading-id` (quiz text is not rewritten by mdBook, so use .html)",
                        ));
                    }
                }
            }
            match q.str("type") {
                Some("Tracing") => programs.push((quiz.file.clone(), q)),
                Some("MultipleChoice")
                    if q.str("prompt.prompt")
                        .is_some_and(|p| rust_fence(p).is_some()) =>
                {
                    programs.push((quiz.file.clone(), q))
                }
                Some("MultipleChoice" | "ShortAnswer") => {}
                other => diags.push(at(
                    format!("{}: unknown type {other:?}", q.name()),
                    "use Tracing, MultipleChoice or ShortAnswer",
                )),
            }
        }
    }
    let traced = par_map(&programs, |(_, q)| {
        let program = q
            .str("prompt.program")
            .or_else(|| q.str("prompt.prompt").and_then(rust_fence))
            .unwrap_or("");
        (trace(book, program, "2024"), trace(book, program, "2015"))
    });
    for ((file, q), (now, old)) in programs.iter().zip(traced) {
        let before = diags.len();
        if q.str("type") == Some("Tracing") {
            diags.extend(check_tracing(file, q, &now, &old));
        } else {
            diags.extend(check_outcome(file, q, &now, &old));
        }
        if diags.len() == before {
            proven += 1;
        }
    }
    (diags, proven)
}

/// The destinations of Markdown links `[text](dest)` in `s`.
fn links_in(s: &str) -> Vec<String> {
    s.match_indices("](")
        .filter_map(|(i, _)| {
            let rest = &s[i + 2..];
            rest.find(')').map(|end| rest[..end].to_owned())
        })
        .collect()
}

/// Why a link in quiz text does not resolve, if it does not.
fn bad_link(book: &Book, dest: &str) -> Option<String> {
    if dest.contains("://") {
        return None;
    }
    let (file, fragment) = match dest.split_once('#') {
        Some((f, frag)) => (f, Some(frag)),
        None => (dest, None),
    };
    let Some(stem) = file.strip_suffix(".html") else {
        return Some("is not a page of the book (`.html`)".into());
    };
    let path = PathBuf::from("src").join(format!("{stem}.md"));
    let Some(page) = book.pages.iter().find(|p| p.path == path) else {
        return Some(format!("names {}, which is not a page", path.display()));
    };
    match fragment {
        Some(f) if !page.ids.iter().any(|i| i == f) => {
            Some(format!("has no heading or id `{f}` on {}", path.display()))
        }
        _ => None,
    }
}

fn check_tracing(
    file: &Path,
    q: &Question,
    now: &Traced,
    old: &Traced,
) -> Vec<Diag> {
    let at = |msg: String, fix: &str| Diag::new(file, q.line, msg).fix(fix);
    let mut diags = Vec::new();
    let Some(does_compile) = (match q.fields.get("answer.doesCompile") {
        Some(Value::Bool(b)) => Some(*b),
        _ => None,
    }) else {
        return vec![at(
            format!("{} states no `answer.doesCompile`", q.name()),
            "add answer.doesCompile = true or false",
        )];
    };
    if q.str("prompt.program").is_none() {
        return vec![at(
            format!("{} has no `prompt.program`", q.name()),
            "add the program as a '''literal string'''",
        )];
    }
    if now.status.starts_with("cannot") {
        return vec![at(format!("{}: {}", q.name(), now.status), "")];
    }
    let shown = |t: &Traced| {
        if t.compiles {
            format!(
                "it compiles and exits with {}; stdout:\n{}{}",
                t.status,
                indent(&t.stdout),
                if t.status == "0" {
                    String::new()
                } else {
                    format!("stderr:\n{}", indent(&t.stderr))
                }
            )
        } else {
            format!(
                "it fails to compile with {} (first error on line {}):\n{}",
                t.codes.join(", "),
                t.error_line.unwrap_or(0),
                indent(&t.stderr)
            )
        }
    };
    if does_compile != now.compiles {
        diags.push(at(
            format!(
                "{} states doesCompile = {does_compile}, but with the pinned rustc as edition 2024 {}",
                q.name(),
                shown(now)
            ),
            "fix the answer or the program",
        ));
        return diags;
    }
    let named = named_codes(&q.texts().join("\n"));
    if now.compiles {
        if now.status != "0" {
            diags.push(at(
                format!("{}: the program must run to a successful exit (mdbook-quiz's build check refuses a panic), but {}", q.name(), shown(now)),
                "ask about a panic in a MultipleChoice question instead",
            ));
        }
        match q.str("answer.stdout") {
            Some(want) if want.trim() == now.stdout.trim() => {}
            want => diags.push(at(
                format!(
                    "{} states stdout {:?}, but {}",
                    q.name(),
                    want.unwrap_or("(none)"),
                    shown(now)
                ),
                "state the real output in answer.stdout",
            )),
        }
        if !named.is_empty() {
            diags.push(at(
                format!(
                    "{} names {} but the program compiles",
                    q.name(),
                    named.join(", ")
                ),
                "name error codes only for programs that fail to compile",
            ));
        }
    } else {
        if named.is_empty() {
            diags.push(at(
                format!("{} does not name the error code; rustc reports {}", q.name(), now.codes.join(", ")),
                "name the code in the prompt or the explanation (mdbook-quiz has no field for it), e.g. `E0502`",
            ));
        } else if named != now.codes {
            diags.push(at(
                format!(
                    "{} names {}, but {}",
                    q.name(),
                    named.join(", "),
                    shown(now)
                ),
                "name the codes rustc reports",
            ));
        }
        match q.fields.get("answer.lineNumber") {
            Some(Value::Int(n)) if Some(*n as usize) == now.error_line => {}
            other => diags.push(at(
                format!(
                    "{} states answer.lineNumber {:?}, but the first error is on line {}",
                    q.name(),
                    other,
                    now.error_line.unwrap_or(0)
                ),
                "the reader is asked for the line: state the first error's line",
            )),
        }
        if q.fields.contains_key("answer.stdout") {
            diags.push(at(
                format!(
                    "{} states a stdout for a program that does not compile",
                    q.name()
                ),
                "remove answer.stdout (mdbook-quiz refuses it)",
            ));
        }
    }
    let same = old.compiles == now.compiles
        && old.codes == now.codes
        && old.stdout == now.stdout
        && old.status == now.status;
    if diags.is_empty() && !same {
        diags.push(at(
            format!(
                "{}: the program behaves differently as edition 2015, which mdbook-quiz's build check uses: {}",
                q.name(),
                shown(old)
            ),
            "keep quiz programs clear of what editions changed",
        ));
    }
    diags
}

/// The program in a ```` ```rust ```` fence of a Markdown prompt.
fn rust_fence(prompt: &str) -> Option<&str> {
    let start = prompt.find("```rust\n")? + 8;
    let len = prompt[start..].find("```")?;
    Some(&prompt[start..start + len])
}

/// A multiple-choice question about a program in its prompt: the answer
/// starts with "It panics", "It prints `OUTPUT`" or "It does not compile"
/// (naming the error codes), and must be what the program does.
fn check_outcome(
    file: &Path,
    q: &Question,
    now: &Traced,
    old: &Traced,
) -> Vec<Diag> {
    let at = |msg: String| {
        Diag::new(file, q.line, msg).fix("state what the program does: the answer starts with \"It panics\", \"It prints `OUTPUT`\" or \"It does not compile (E0XXX)\"")
    };
    let answer = q.str("answer.answer").unwrap_or("");
    let panics = now.compiles
        && now.status == "101"
        && now.stderr.contains("panicked at");
    let ok = if answer.starts_with("It panics") {
        panics
    } else if let Some(rest) = answer.strip_prefix("It prints `") {
        let printed = rest.split('`').next().unwrap_or("");
        now.compiles && now.status == "0" && now.stdout.trim() == printed
    } else if answer.starts_with("It does not compile") {
        !now.compiles && named_codes(answer) == now.codes
    } else {
        return vec![at(format!(
            "{}: the answer about the program in the prompt does not say what it does",
            q.name()
        ))];
    };
    let what = if !now.compiles {
        format!("fails to compile with {}", now.codes.join(", "))
    } else if panics {
        "panics".to_owned()
    } else {
        format!("exits with {} and prints {:?}", now.status, now.stdout)
    };
    if !ok {
        return vec![at(format!(
            "{} answers {answer:?}, but with the pinned rustc as edition 2024 the program {what}:\n{}",
            q.name(),
            indent(&now.stderr)
        ))];
    }
    if old.compiles != now.compiles || old.status != now.status {
        return vec![at(format!(
            "{}: the program behaves differently as edition 2015",
            q.name()
        ))];
    }
    Vec::new()
}

fn indent(s: &str) -> String {
    s.lines().take(12).map(|l| format!("    | {l}\n")).collect()
}

/// Error codes `E0123` named in `text`, sorted and unique.
fn named_codes(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut codes: Vec<String> = (0..b.len().saturating_sub(4))
        .filter(|&i| {
            b[i] == b'E'
                && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                && b[i + 1..i + 5].iter().all(u8::is_ascii_digit)
                && b.get(i + 5).is_none_or(|c| !c.is_ascii_alphanumeric())
        })
        .map(|i| text[i..i + 5].to_owned())
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

/// What `program` does as `edition`, tried by the runner every block goes
/// through (bounded, cached: `snippet::try_program`), with warnings
/// allowed as mdbook-quiz's own check allows them.
fn trace(book: &Book, program: &str, edition: &str) -> Traced {
    let rustc = Rustc {
        edition,
        flags: &["-A", "warnings"],
    };
    let t = snippet::try_program(&book.root, program, rustc, book.limits);
    let status = match &t.behaviour {
        Behaviour::CompileFail(_) => "does not compile".to_owned(),
        Behaviour::TimedOut(_) | Behaviour::TooMuchOutput(_) => {
            format!("cannot be traced: it {}", t.behaviour.describe())
        }
        Behaviour::Other(why) if t.code.is_none() => why.clone(),
        _ => t.code.map_or("a signal".into(), |c| c.to_string()),
    };
    match t.behaviour {
        Behaviour::CompileFail(ref codes) => Traced {
            compiles: false,
            codes: codes.clone(),
            error_line: t.error_line(),
            status,
            stdout: String::new(),
            stderr: t.compiler,
        },
        _ => Traced {
            compiles: true,
            codes: vec![],
            error_line: None,
            status,
            stdout: t.stdout,
            stderr: t.stderr,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_quizzes() {
        let q = parse_quiz(
            "[[questions]]\nid = \"a\"\ntype = \"Tracing\"\nprompt.program = '''\nfn main() {\n    println!(\"{}\", 1);\n}\n'''\nanswer.doesCompile = true\nanswer.lineNumber = 3\nprompt.distractors = [\n  \"x\",\n  'y',\n]\n",
        )
        .unwrap();
        assert_eq!(q.len(), 1);
        assert_eq!(
            q[0].str("prompt.program"),
            Some("fn main() {\n    println!(\"{}\", 1);\n}\n")
        );
        assert_eq!(q[0].fields["answer.lineNumber"], Value::Int(3));
        assert_eq!(
            q[0].fields["prompt.distractors"],
            Value::Strs(vec!["x".into(), "y".into()])
        );
        assert_eq!(
            parse_quiz("[[questions]]\nid = \"a\"\nx = 1.5\n").unwrap_err(),
            (1, "`x` is a float, which no quiz field takes".into())
        );
        let (line, e) =
            parse_quiz("[[questions]]\nid = \"a\"\nid = \"b\"\n").unwrap_err();
        assert_eq!(line, 3, "{e}");
    }

    #[test]
    fn finds_named_codes() {
        assert_eq!(
            named_codes("fails with E0502 (see E0499), not XE0001"),
            vec!["E0499", "E0502"]
        );
    }
}
