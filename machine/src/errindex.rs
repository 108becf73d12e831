//! The appendix of errors and panics: every compiler error code, panic
//! message, abort and error returned from `main` (the `Error: ` line of a
//! listing shown as `exits_with_error`) that a listing's output.txt shows,
//! and every error code of a code block shown as `compile_fail`, with a
//! one-line meaning and links to the listings' captions and the blocks'
//! sections. `cargo book index` writes it; [`check`] fails `cargo test` when
//! it is stale.
//!
//! An error code's meaning is the first paragraph of its page in the pinned
//! toolchain's error index (`share/doc/rust/html/error_codes/E0XXX.html`).
//! Without those docs, the meaning already in the appendix is kept.

use crate::{Book, Diag, listing};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The appendix, relative to the root.
pub const PAGE: &str = "src/appendix-01-errors-and-panics.md";
/// The command that rewrites it.
pub const INDEX: &str = "cargo book index";

/// One listing that shows a message: its link text and where it points.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Shown {
    number: (u32, u32),
    link: String,
}

#[derive(Default)]
struct Entries {
    /// code -> message -> listings.
    errors: BTreeMap<String, BTreeMap<String, Vec<Shown>>>,
    panics: BTreeMap<String, Vec<Shown>>,
    aborts: BTreeMap<String, Vec<Shown>>,
    /// `Error: ...` lines of listings that exit with an error.
    returned: BTreeMap<String, Vec<Shown>>,
    /// code -> the sections whose code blocks (not listings) fail to
    /// compile with it.
    blocks: BTreeMap<String, Vec<Shown>>,
}

/// `cargo book index`.
pub fn write(root: &Path) -> Result<(), String> {
    let book = Book::load(root);
    let (text, diags) = render(&book, &current(&book));
    crate::report("the index of errors and panics", &diags)?;
    let path = root.join(PAGE);
    std::fs::write(&path, &text)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    println!(
        "wrote {PAGE} ({} error codes, {} panic messages, {} aborts, {} errors from main)",
        text.matches("\n### E").count(),
        text.matches("\n- Panic: ").count(),
        text.matches("\n- Abort: ").count(),
        text.matches("\n- Returned: ").count(),
    );
    Ok(())
}

/// The appendix is what `cargo book index` writes now.
pub fn check(book: &Book) -> Vec<Diag> {
    let have = current(book);
    let (want, mut diags) = render(book, &have);
    if have != want {
        let line = crate::checks::first_difference(&have, &want);
        diags.push(
            Diag::new(PAGE, line, "the index of errors and panics is not what the listings' output.txt files show now")
                .fix(format!("run `{INDEX}` and commit {PAGE}")),
        );
    }
    if !book.pages.iter().any(|p| p.path == Path::new(PAGE)) {
        diags.push(
            Diag::new("src/SUMMARY.md", 0, format!("{PAGE} is not listed"))
                .fix("list it after the last chapter: `[Errors and panics](appendix-01-errors-and-panics.md)`"),
        );
    }
    diags
}

/// The appendix as it is on disk (empty if missing).
fn current(book: &Book) -> String {
    std::fs::read_to_string(book.root.join(PAGE)).unwrap_or_default()
}

/// The appendix's text, and any code without a meaning; `old` is the
/// appendix on disk, whose meanings stand in when the docs are missing.
fn render(book: &Book, old: &str) -> (String, Vec<Diag>) {
    let (listings, _) = listing::discover(&book.root);
    let mut entries = Entries::default();
    let blocks = crate::checks::shown_by(book);
    for l in &listings {
        let shown = shown_by(book, &l.dir);
        if shown.is_empty() {
            continue;
        }
        // Only a listing shown as exiting with an error has its `Error: `
        // line indexed: another program may print such a line itself.
        let exits = blocks.get(&l.dir).is_some_and(|bs| {
            bs.iter()
                .any(|(_, b)| b.expect == Some(crate::Expect::ExitsWithError))
        });
        let lines: Vec<&str> = l.expected.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if let Some(rest) = line.strip_prefix("error[")
                && let Some((code, message)) = rest.split_once("]: ")
            {
                add(
                    entries
                        .errors
                        .entry(code.to_owned())
                        .or_default()
                        .entry(message.trim().to_owned())
                        .or_default(),
                    &shown,
                );
            } else if line.contains("' panicked at ")
                && let Some(next) = lines.get(i + 1)
                && !next.trim().is_empty()
            {
                add(
                    entries.panics.entry(next.trim().to_owned()).or_default(),
                    &shown,
                );
            } else if line.starts_with("fatal runtime error: ")
                || (line.starts_with("thread '")
                    && line.contains("' has overflowed its stack"))
            {
                add(
                    entries.aborts.entry(line.trim().to_owned()).or_default(),
                    &shown,
                );
            } else if exits && line.starts_with("Error: ") {
                add(
                    entries.returned.entry(line.trim().to_owned()).or_default(),
                    &shown,
                );
            }
        }
    }

    // Blocks that fail to compile without showing a listing: the page
    // names their codes, and the index links the section around them.
    for (page, block) in book.blocks() {
        let Some(crate::Expect::CompileFail(codes)) = &block.expect else {
            continue;
        };
        if block.listing_dir(&book.root).is_some() {
            continue;
        }
        let file = page.path.strip_prefix("src").unwrap_or(&page.path);
        let file = file.to_string_lossy();
        let link = match &block.section {
            Some((id, heading)) => format!(
                "[{}, “{}”]({file}#{id})",
                title(&page.expanded.text),
                heading.trim()
            ),
            None => format!("[{}]({file})", title(&page.expanded.text)),
        };
        let shown = [Shown {
            number: (page.chapter.unwrap_or(u32::MAX), u32::MAX),
            link,
        }];
        for code in codes {
            add(entries.blocks.entry(code.clone()).or_default(), &shown);
        }
    }

    let mut diags = Vec::new();
    let mut s = String::new();
    s.push_str("<!-- Written by `cargo book index` from the listings' output.txt files and the pages' compile_fail blocks; do not edit. -->\n\n");
    s.push_str("# Errors and panics\n\n");
    s.push_str("Every compiler error, panic, abort and error returned from `main` that\nthis book shows, with what it means and the listings and sections that\nshow it. The meaning of each error code is the first paragraph of its\nentry in the compiler's error index; run `rustc --explain CODE` for the\nwhole entry.\n");

    s.push_str("\n## Compiler errors\n");
    // One `rustc --print sysroot` for every code, not one per code.
    let docs = error_index(&book.root);
    let mut codes: Vec<&String> =
        entries.errors.keys().chain(entries.blocks.keys()).collect();
    codes.sort();
    codes.dedup();
    for code in codes {
        s.push_str(&format!("\n### {code}\n\n"));
        match meaning(docs.as_deref(), code, old) {
            Some(m) => s.push_str(&format!("{m}\n\n")),
            None => diags.push(
                Diag::new(PAGE, 0, format!("no meaning for {code}: the pinned toolchain's error index is not installed"))
                    .fix(format!("`rustup component add rust-docs`, then `{INDEX}`")),
            ),
        }
        for (message, shown) in entries.errors.get(code).into_iter().flatten() {
            s.push_str(&format!("- {}\n{}", code_span(message), links(shown)));
        }
        if let Some(shown) = entries.blocks.get(code) {
            s.push_str(&format!(
                "- In a code block that does not compile:\n{}",
                links(shown)
            ));
        }
    }

    s.push_str("\n## Panics\n\nThe message on the line after `thread 'main' panicked at FILE:LINE:COLUMN:`.\n\n");
    for (message, shown) in &entries.panics {
        s.push_str(&format!(
            "- Panic: {}\n{}",
            code_span(message),
            links(shown)
        ));
    }

    s.push_str("\n## Aborts\n\nThe process stops at once: it does not unwind, so no destructor runs.\n\n");
    for (message, shown) in &entries.aborts {
        s.push_str(&format!(
            "- Abort: {}\n{}",
            code_span(message),
            links(shown)
        ));
    }
    if !entries.returned.is_empty() {
        s.push_str("\n## Errors returned from `main`\n\n`main` returned an `Err`: the process exits with a failure status, and the\nline is what the standard library printed to standard error.\n\n");
    }
    for (message, shown) in &entries.returned {
        s.push_str(&format!(
            "- Returned: {}\n{}",
            code_span(message),
            links(shown)
        ));
    }
    (s, diags)
}

fn add(list: &mut Vec<Shown>, shown: &[Shown]) {
    list.extend(shown.iter().cloned());
    list.sort();
    list.dedup();
}

fn links(shown: &[Shown]) -> String {
    shown.iter().map(|s| format!("  - {}\n", s.link)).collect()
}

/// Links to the captions of the listing in `dir`, or to the pages that
/// include its files when no page captions it.
fn shown_by(book: &Book, dir: &Path) -> Vec<Shown> {
    let name = dir.file_name().unwrap_or_default().to_string_lossy();
    let number = listing::listing_number(&name);
    let mut out = Vec::new();
    for page in &book.pages {
        if page.path == Path::new(PAGE) {
            continue;
        }
        let shows = page
            .expanded
            .reads
            .iter()
            .any(|r| crate::rel(&book.root, r).starts_with(dir));
        if !shows {
            continue;
        }
        let file = page.path.strip_prefix("src").unwrap_or(&page.path);
        let file = file.to_string_lossy();
        let captioned = number.and_then(|(c, n)| {
            let id = format!("listing-{c}-{n}");
            page.ids.contains(&id).then_some((id, c, n))
        });
        let link = match captioned {
            Some((id, c, n)) => {
                let caption = caption(&page.expanded.text, &id);
                format!("[Listing {c}-{n}]({file}#{id}){caption}")
            }
            None => format!("[{}]({file})", title(&page.expanded.text)),
        };
        out.push(Shown {
            number: number.unwrap_or((u32::MAX, u32::MAX)),
            link,
        });
    }
    out
}

/// `, what the caption says` for the caption with this id.
fn caption(text: &str, id: &str) -> String {
    let open = format!("<p class=\"listing\" id=\"{id}\">");
    let Some(start) = text.find(&open) else {
        return String::new();
    };
    let body = &text[start + open.len()..];
    let body = &body[..body.find("</p>").unwrap_or(body.len())];
    let body = match body.find("</strong>") {
        Some(i) => &body[i + "</strong>".len()..],
        None => body,
    };
    // Drop the file path, the caption's last <code>.
    let body = match body.rfind("<code>") {
        Some(i) if body.trim_end().ends_with("</code>") => &body[..i],
        _ => body,
    };
    let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if body.is_empty() {
        String::new()
    } else {
        format!(": {body}")
    }
}

fn title(text: &str) -> String {
    text.lines()
        .find_map(|l| l.strip_prefix("# "))
        .unwrap_or("this page")
        .trim()
        .to_owned()
}

/// Inline code holding `text`, whatever backticks it contains.
fn code_span(text: &str) -> String {
    let mut fence = "`".to_owned();
    while text.contains(&fence) {
        fence.push('`');
    }
    if fence.len() > 1 || text.starts_with('`') || text.ends_with('`') {
        format!("{fence} {text} {fence}")
    } else {
        format!("{fence}{text}{fence}")
    }
}

/// The first paragraph of the error index's entry for `code` in `docs`, as
/// Markdown (code kept, links dropped), or the meaning already in `old`.
fn meaning(docs: Option<&Path>, code: &str, old: &str) -> Option<String> {
    let from_docs = docs.and_then(|dir| {
        let html =
            std::fs::read_to_string(dir.join(format!("{code}.html"))).ok()?;
        let h1 =
            html.find(&format!("id=\"error-code-{}\"", code.to_lowercase()))?;
        let start = h1 + html[h1..].find("<p>")? + 3;
        let end = start + html[start..].find("</p>")?;
        let line = markdown_of(&html[start..end]);
        // "... a type which doesn't implement it:" introduces an example.
        Some(match line.strip_suffix(':') {
            Some(l) => format!("{l}."),
            None => line,
        })
    });
    from_docs.or_else(|| {
        let head = format!("\n### {code}\n\n");
        let at = old.find(&head)? + head.len();
        let line = old[at..].lines().next()?;
        (!line.starts_with("- ")).then(|| line.to_owned())
    })
}

fn error_index(root: &Path) -> Option<PathBuf> {
    let out = std::process::Command::new("rustc")
        .args(["--print", "sysroot"])
        .current_dir(root)
        .output()
        .ok()?;
    let sysroot = String::from_utf8(out.stdout).ok()?;
    let dir = Path::new(sysroot.trim()).join("share/doc/rust/html/error_codes");
    dir.is_dir().then_some(dir)
}

/// A paragraph of rustdoc HTML as one line of Markdown.
fn markdown_of(html: &str) -> String {
    let decode = |t: &str| {
        t.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    };
    let mut out = String::new();
    let mut in_code = false;
    let mut rest = html;
    loop {
        let lt = rest.find('<').unwrap_or(rest.len());
        let text = decode(&rest[..lt]);
        if in_code {
            out.push_str(&text);
        } else {
            for c in text.chars() {
                match c {
                    '*' | '_' | '[' | ']' | '`' | '\\' => {
                        out.push('\\');
                        out.push(c);
                    }
                    '<' => out.push_str("&lt;"),
                    c => out.push(c),
                }
            }
        }
        let Some(gt) = rest[lt..].find('>') else {
            break;
        };
        let tag = &rest[lt..lt + gt + 1];
        if tag == "<code>" || tag == "</code>" {
            out.push('`');
            in_code = tag == "<code>";
        }
        rest = &rest[lt + gt + 1..];
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code_span("mismatched types"), "`mismatched types`");
        assert_eq!(
            code_span("use of moved value: `style`"),
            "`` use of moved value: `style` ``"
        );
    }

    #[test]
    fn error_index_paragraphs_become_markdown() {
        assert_eq!(
            markdown_of(
                "The <code>Copy</code> trait was\nimplemented on a_type &amp; *more*."
            ),
            "The `Copy` trait was implemented on a\\_type & \\*more\\*."
        );
        assert_eq!(markdown_of("<code>a_b</code> &lt;T&gt;"), "`a_b` &lt;T>");
    }

    #[test]
    fn captions_lose_their_number_and_path() {
        let text = "<p class=\"listing\" id=\"listing-3-2\"><strong>Listing 3-2:</strong> A <code>Tracked&lt;T&gt;</code> wrapper. <code>listings/ch03/listing-03-02/src/main.rs</code></p>";
        assert_eq!(
            caption(text, "listing-3-2"),
            ": A <code>Tracked&lt;T&gt;</code> wrapper."
        );
    }
}
