//! One chapter page: its expanded text, code blocks, heading ids, links and
//! listing captions.

use crate::expand::{Expanded, expand_chapter};
use crate::{Diag, normalize, rel};
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};
use std::path::{Path, PathBuf};

/// What a Rust code block promises, read from its fence's tags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    /// ```` ```rust ````: compiles and runs to a successful exit.
    Runs,
    /// ```` ```rust,should_panic ````: compiles, then panics.
    Panics,
    /// ```` ```rust,compile_fail,E0382 ````: fails to compile with exactly
    /// these error codes.
    CompileFail(Vec<String>),
    /// ```` ```rust,no_run,aborts ````: compiles, then the process is killed
    /// by a signal (a stack overflow, say). The doc testers only build it.
    Aborts,
    /// ```` ```rust,no_run,exits_with_error ````: compiles, then exits with
    /// a failure status that is neither a panic's nor a signal's (`main`
    /// returned an `Err`). The doc testers only build it: rustdoc would
    /// count the failure against the block.
    ExitsWithError,
    /// ```` ```rust,no_run,miri_ub ````: a listing that compiles and that
    /// Miri stops with `Undefined Behavior` (`cargo book miri`). Its
    /// output.txt starts with `$ cargo miri run`.
    MiriUb,
    /// ```` ```rust,tests_fail ````: an exercise's starter, a library whose
    /// tests (`$ cargo test`) fail, each with `not yet implemented`.
    TestsFail,
}

impl Expect {
    pub fn describe(&self) -> String {
        match self {
            Expect::Runs => "runs".into(),
            Expect::Panics => "panics".into(),
            Expect::CompileFail(codes) => {
                format!("fails to compile with {}", codes.join(", "))
            }
            Expect::Aborts => "aborts".into(),
            Expect::ExitsWithError => {
                "exits with an error (a failure status, not a panic or a signal)"
                    .into()
            }
            Expect::MiriUb => {
                "stops with undefined behaviour under Miri".into()
            }
            Expect::TestsFail => {
                "has tests that fail, each with `not yet implemented`".into()
            }
        }
    }

    /// The fence tags that promise this.
    pub fn tags(&self) -> String {
        match self {
            Expect::Runs => "rust".into(),
            Expect::Panics => "rust,should_panic".into(),
            Expect::CompileFail(codes) => {
                format!("rust,compile_fail,{}", codes.join(","))
            }
            Expect::Aborts => "rust,no_run,aborts".into(),
            Expect::ExitsWithError => "rust,no_run,exits_with_error".into(),
            Expect::MiriUb => "rust,no_run,miri_ub".into(),
            Expect::TestsFail => "rust,tests_fail".into(),
        }
    }
}

/// Languages a fenced block may name besides `rust`. Anything else is
/// probably a typo, and an untagged block is Rust to rustdoc.
pub const OTHER_LANGUAGES: &[&str] = &["text", "console", "toml", "sh"];

/// Text that only a compiler, a panic or a test run prints: a block holding
/// it must be included from an output.txt, not typed.
const PASTED: &[&str] = &[
    "error[E",
    "panicked at",
    "test result:",
    "error: could not compile",
    "warning: unused",
];

/// A fenced code block as the reader sees it.
#[derive(Debug, Clone)]
pub struct Block {
    /// The chapter line of the opening fence.
    pub line: usize,
    pub info: String,
    pub lang: String,
    /// For Rust blocks: what the tags promise.
    pub expect: Option<Expect>,
    /// The block's text, hidden `# ` lines included.
    pub code: String,
    /// Files that top-level includes put into this block (relative to the
    /// repository root).
    pub files: Vec<PathBuf>,
    /// The listing caption just above the block, if any.
    pub caption: Option<Caption>,
    /// The id and Markdown text of the last heading above the block.
    pub section: Option<(String, String)>,
}

impl Block {
    /// The listing folder (relative to the root) whose source this block
    /// shows, if it includes one.
    pub fn listing_dir(&self, root: &Path) -> Option<PathBuf> {
        self.files
            .iter()
            .find_map(|f| crate::listing::listing_dir_of(root, f))
    }

    /// The compilable program: hidden lines shown, wrapped in `fn main` the
    /// way rustdoc does when the block has none.
    pub fn program(&self) -> String {
        program(&self.code)
    }
}

/// Rustdoc's treatment of a doctest: `# ` lines are unhidden, `##` becomes
/// `#`, and code without `fn main` is wrapped in one (crate attributes stay
/// outside).
pub fn program(code: &str) -> String {
    let mut lines: Vec<String> = code
        .lines()
        .map(|line| {
            let t = line.trim_start();
            if t.starts_with("##") {
                line.replacen("##", "#", 1)
            } else if let Some(rest) = t.strip_prefix("# ") {
                rest.to_owned()
            } else if t == "#" {
                String::new()
            } else {
                line.to_owned()
            }
        })
        .collect();
    let body = lines.join("\n");
    if lines.iter().any(|l| declares_main(l)) {
        return format!("{body}\n");
    }
    let attrs = lines
        .iter()
        .take_while(|l| l.trim_start().starts_with("#!["))
        .count();
    let rest = lines.split_off(attrs);
    let mut out = String::from("#![allow(unused)]\n");
    for a in lines {
        out.push_str(&a);
        out.push('\n');
    }
    out.push_str("fn main() {\n");
    for l in rest {
        out.push_str(&l);
        out.push('\n');
    }
    out.push_str("}\n");
    out
}

/// Whether a line declares `fn main`, as rustdoc's parser would find it:
/// the line starts with it (after `pub`, `async` or `unsafe`). A string
/// that holds `fn main() {` (a code generator's test) does not count.
fn declares_main(line: &str) -> bool {
    let mut rest = line.trim_start();
    for qualifier in ["pub ", "async ", "unsafe "] {
        rest = rest.strip_prefix(qualifier).unwrap_or(rest).trim_start();
    }
    rest.strip_prefix("fn main")
        .is_some_and(|r| r.trim_start().starts_with('('))
}

/// A listing caption:
/// `<p class="listing" id="listing-2-1"><strong>Listing 2-1:</strong> What it
/// shows. <code>listings/ch02-box/listing-02-01/src/main.rs</code></p>`
#[derive(Debug, Clone)]
pub struct Caption {
    pub line: usize,
    pub chapter: u32,
    pub number: u32,
    /// The file named in the caption.
    pub file: PathBuf,
}

/// A link or reference in a page.
#[derive(Debug, Clone)]
pub struct Link {
    pub line: usize,
    pub dest: String,
}

/// Listing numbers run through a chapter's pages.
#[derive(Debug)]
pub struct Numbering {
    chapter: Option<u32>,
    next: u32,
    captioned: std::collections::HashSet<PathBuf>,
}

impl Default for Numbering {
    fn default() -> Self {
        Numbering {
            chapter: None,
            next: 1,
            captioned: Default::default(),
        }
    }
}

pub struct Page {
    /// Relative to the root, e.g. `src/ch02-01-box.md`.
    pub path: PathBuf,
    /// The chapter number from the file name (`ch02-...` is 2).
    pub chapter: Option<u32>,
    pub expanded: Expanded,
    pub blocks: Vec<Block>,
    /// Every id a link can target: headings and HTML `id` attributes.
    pub ids: Vec<String>,
    pub links: Vec<Link>,
}

/// `(line, target)` of each page link in SUMMARY.md.
pub fn summary_entries(summary: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (event, range) in Parser::new(summary).into_offset_iter() {
        if let Event::Start(Tag::Link(_, dest, _)) = event
            && !dest.is_empty()
        {
            let line = summary[..range.start].matches('\n').count() + 1;
            out.push((line, dest.to_string()));
        }
    }
    out
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// mdBook's `id_from_content`.
pub fn id_from_content(content: &str) -> String {
    content
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|ch| {
            if ch.is_alphanumeric() || ch == '_' || ch == '-' {
                Some(ch)
            } else if ch.is_whitespace() {
                Some('-')
            } else {
                None
            }
        })
        .collect()
}

/// Values of `attr="..."` in a piece of HTML.
pub fn html_attrs<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let pat = format!("{attr}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&pat) {
        let before_ok = i == 0 || rest.as_bytes()[i - 1].is_ascii_whitespace();
        let after = &rest[i + pat.len()..];
        let Some(end) = after.find('"') else { break };
        if before_ok {
            out.push(&after[..end]);
        }
        rest = &after[end..];
    }
    out
}

impl Page {
    /// `numbering` carries the listing count across a chapter's pages.
    pub fn parse(
        root: &Path,
        path: &Path,
        text: &str,
        numbering: &mut Numbering,
        diags: &mut Vec<Diag>,
    ) -> Page {
        let dir = root
            .join(path)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let expanded = expand_chapter(text, &dir, path, diags);
        let chapter = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_prefix("ch"))
            .and_then(|n| n.get(..2))
            .and_then(|n| n.parse().ok());
        let mut page = Page {
            path: path.to_path_buf(),
            chapter,
            expanded,
            blocks: vec![],
            ids: vec![],
            links: vec![],
        };
        page.scan(root, numbering, diags);
        page
    }

    fn scan(
        &mut self,
        root: &Path,
        numbering: &mut Numbering,
        diags: &mut Vec<Diag>,
    ) {
        let text = self.expanded.text.clone();
        let line_of = |offset: usize| self.expanded.source_line(offset);
        let mut heading: Option<(Option<String>, String)> = None;
        let mut section: Option<(String, String)> = None;
        let mut used = std::collections::HashSet::new();
        let mut block: Option<(usize, String, String, std::ops::Range<usize>)> =
            None;
        let mut pending_caption: Option<Caption> = None;
        // A caption was written above the next block, even if malformed
        // (already reported): the block is not "shown without its caption".
        let mut caption_written = false;
        let mut blocks = Vec::new();
        let mut ids = Vec::new();
        let mut links = Vec::new();
        // pulldown-cmark gives one Html event per line: join each run of them
        // into the block a reader wrote.
        let mut events: Vec<(Event, std::ops::Range<usize>)> = Vec::new();
        for (event, range) in
            Parser::new_ext(&text, options()).into_offset_iter()
        {
            if let (Event::Html(h), Some((Event::Html(prev), prev_range))) =
                (&event, events.last_mut())
            {
                *prev = format!("{prev}{h}").into();
                prev_range.end = range.end;
                continue;
            }
            events.push((event, range));
        }
        for (event, range) in events {
            match event {
                Event::Start(Tag::Heading(_, id, _)) => {
                    heading = Some((id.map(str::to_owned), String::new()))
                }
                Event::End(Tag::Heading(..)) => {
                    if let Some((explicit, content)) = heading.take() {
                        let id = explicit
                            .unwrap_or_else(|| id_from_content(&content));
                        if !used.insert(id.clone()) {
                            diags.push(
                                Diag::new(&self.path, line_of(range.start), format!("a second heading with the id `{id}`"))
                                    .fix("reword one heading so each section has its own link target"),
                            );
                        }
                        // The heading as written, backticks kept.
                        let source = text[range.clone()]
                            .trim()
                            .trim_start_matches('#')
                            .trim();
                        let source = match source.rfind(" {#") {
                            Some(i) if source.ends_with('}') => &source[..i],
                            _ => source,
                        };
                        section = Some((id.clone(), source.to_owned()));
                        ids.push(id);
                    }
                }
                Event::Start(Tag::CodeBlock(kind)) => {
                    let info = match kind {
                        CodeBlockKind::Fenced(info) => info.to_string(),
                        CodeBlockKind::Indented => {
                            diags.push(
                                Diag::new(&self.path, line_of(range.start), "an indented code block")
                                    .fix("use a fenced block (```) with a tag: rustdoc would test an indented block as Rust"),
                            );
                            "text".into()
                        }
                    };
                    block =
                        Some((range.start, info, String::new(), range.clone()));
                }
                Event::Text(t) | Event::Code(t) => {
                    if let Some((_, _, code, _)) = block.as_mut() {
                        code.push_str(&t);
                    } else if let Some((_, content)) = heading.as_mut() {
                        content.push_str(&t);
                    }
                }
                Event::End(Tag::CodeBlock(_)) => {
                    if let Some((start, info, code, range)) = block.take() {
                        let line = line_of(start);
                        let files = self
                            .expanded
                            .files_in(range)
                            .iter()
                            .map(|f| rel(root, f))
                            .collect();
                        let mut b = classify(
                            &self.path, line, info, code, files, diags,
                        );
                        b.caption = pending_caption.take();
                        b.section = section.clone();
                        // A failed include was reported already; checking
                        // the caption against it would only add noise.
                        if !b.code.contains("{{#") {
                            self.check_caption(
                                root,
                                &b,
                                std::mem::take(&mut caption_written),
                                numbering,
                                diags,
                            );
                        }
                        caption_written = false;
                        blocks.push(b);
                    }
                }
                Event::Html(h) => {
                    let line = line_of(range.start);
                    for id in html_attrs(&h, "id") {
                        ids.push(id.to_owned());
                    }
                    for attr in ["href", "src"] {
                        for dest in html_attrs(&h, attr) {
                            links.push(Link {
                                line,
                                dest: dest.to_owned(),
                            });
                        }
                    }
                    if h.contains("<img") {
                        let alt_ok = html_attrs(&h, "alt")
                            .iter()
                            .any(|a| a.split_whitespace().count() >= 5);
                        if !alt_ok || !h.contains("<figcaption>") {
                            diags.push(
                                Diag::new(&self.path, line, "an image without full-sentence alt text or a caption")
                                    .fix("put it in <figure class=\"diagram\" id=\"figure-N-M\"> with alt=\"...\" describing what it shows and a <figcaption>"),
                            );
                        }
                        for src in html_attrs(&h, "src")
                            .into_iter()
                            .filter(|s| s.ends_with(".svg"))
                        {
                            let source = self
                                .path
                                .parent()
                                .unwrap()
                                .join(src)
                                .with_extension("dot");
                            if !root.join(&source).exists() {
                                diags.push(
                                    Diag::new(&self.path, line, format!("{src} has no source {} beside it", source.display()))
                                        .fix("keep the Graphviz source next to the SVG; `cargo book figures` regenerates the SVGs"),
                                );
                            }
                        }
                    }
                    if h.contains("class=\"listing\"") {
                        if let Some(c) = pending_caption.take() {
                            diags.push(Diag::new(
                                &self.path,
                                c.line,
                                "a listing caption with no code block after it",
                            ));
                        }
                        pending_caption =
                            parse_caption(&self.path, line, &h, diags);
                        caption_written = true;
                    }
                }
                Event::Start(Tag::Link(_, dest, _))
                | Event::Start(Tag::Image(_, dest, _)) => {
                    links.push(Link {
                        line: line_of(range.start),
                        dest: dest.to_string(),
                    });
                }
                Event::Start(Tag::Paragraph) if pending_caption.is_some() => {
                    let c = pending_caption.take().unwrap();
                    diags.push(
                        Diag::new(&self.path, c.line, "a listing caption must be followed directly by its code block")
                            .fix("move the caption to the line above the block's opening fence (with a blank line between)"),
                    );
                }
                _ => {}
            }
        }
        if let Some(c) = pending_caption {
            diags.push(Diag::new(
                &self.path,
                c.line,
                "a listing caption with no code block after it",
            ));
        }
        self.blocks = blocks;
        self.ids = ids;
        self.links = links;
    }

    fn check_caption(
        &self,
        root: &Path,
        b: &Block,
        caption_written: bool,
        numbering: &mut Numbering,
        diags: &mut Vec<Diag>,
    ) {
        if numbering.chapter != self.chapter {
            *numbering = Numbering {
                chapter: self.chapter,
                ..Numbering::default()
            };
        }
        let next = &mut numbering.next;
        let listing = b.listing_dir(root);
        let numbered = listing
            .as_ref()
            .and_then(|d| d.file_name())
            .and_then(|n| n.to_str())
            .and_then(crate::listing::listing_number);
        let is_source = b
            .files
            .iter()
            .any(|f| f.extension().is_some_and(|e| e == "rs"));
        match (&b.caption, numbered) {
            // A listing shown again, in a later excerpt, needs no second caption.
            (None, Some(_)) if is_source && listing.as_ref().is_some_and(|l| numbering.captioned.contains(l)) => {}
            (None, Some(_)) if is_source && !caption_written => diags.push(
                Diag::new(&self.path, b.line, "a numbered listing shown without its caption")
                    .fix("put `<p class=\"listing\" id=\"listing-N-M\"><strong>Listing N-M:</strong> What it shows. <code>path/to/file.rs</code></p>` above the block"),
            ),
            (None, _) => {}
            (Some(c), _) => {
                let want = (self.chapter.unwrap_or(0), *next);
                if (c.chapter, c.number) != want {
                    diags.push(
                        Diag::new(&self.path, c.line, format!("caption says Listing {}-{}, expected Listing {}-{}", c.chapter, c.number, want.0, want.1))
                            .fix("listings are numbered per chapter, in order of appearance"),
                    );
                }
                *next = c.number + 1;
                if let Some(l) = &listing {
                    numbering.captioned.insert(l.clone());
                }
                match numbered {
                    Some((ch, n)) if (ch, n) != (c.chapter, c.number) => diags.push(
                        Diag::new(&self.path, c.line, format!("Listing {}-{} shows a file from folder listing-{ch:02}-{n:02}", c.chapter, c.number))
                            .fix("rename the listing folder or fix the caption so the numbers agree"),
                    ),
                    None if listing.is_some() => diags.push(
                        Diag::new(&self.path, c.line, "a caption on a `no-listing-` folder")
                            .fix("numbered captions belong to `listing-NN-MM` folders"),
                    ),
                    _ => {}
                }
                if !b.files.iter().any(|f| f == &c.file) {
                    diags.push(
                        Diag::new(&self.path, c.line, format!("the caption names {} but the block shows {}", c.file.display(), show_files(&b.files)))
                            .fix("name the file the block includes, relative to the repository root"),
                    );
                }
            }
        }
    }
}

fn show_files(files: &[PathBuf]) -> String {
    if files.is_empty() {
        return "no included file".into();
    }
    files
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn parse_caption(
    page: &Path,
    line: usize,
    html: &str,
    diags: &mut Vec<Diag>,
) -> Option<Caption> {
    let bad = |diags: &mut Vec<Diag>, what: &str| {
        diags.push(Diag::new(page, line, format!("malformed listing caption: {what}")).fix(
            "write `<p class=\"listing\" id=\"listing-N-M\"><strong>Listing N-M:</strong> What it shows. <code>path/to/file.rs</code></p>`",
        ));
        None
    };
    let Some(id) = html_attrs(html, "id")
        .into_iter()
        .find(|i| i.starts_with("listing-"))
    else {
        return bad(diags, "no id=\"listing-N-M\"");
    };
    let mut nums = id["listing-".len()..].split('-').map(|n| n.parse::<u32>());
    let (Some(Ok(chapter)), Some(Ok(number)), None) =
        (nums.next(), nums.next(), nums.next())
    else {
        return bad(diags, "the id is not listing-N-M");
    };
    if !html.contains(&format!("<strong>Listing {chapter}-{number}:</strong>"))
    {
        return bad(
            diags,
            &format!(
                "its id is `listing-{chapter}-{number}` but its text does not say `<strong>Listing {chapter}-{number}:</strong>`; make them agree"
            ),
        );
    }
    let Some(file) = html
        .rsplit("<code>")
        .next()
        .filter(|_| html.contains("<code>"))
        .and_then(|s| s.split("</code>").next())
    else {
        return bad(diags, "no <code>file</code> naming the listing's file");
    };
    Some(Caption {
        line,
        chapter,
        number,
        file: normalize(Path::new(file)),
    })
}

fn classify(
    path: &Path,
    line: usize,
    info: String,
    code: String,
    files: Vec<PathBuf>,
    diags: &mut Vec<Diag>,
) -> Block {
    let tokens: Vec<&str> = info
        .split([',', ' ', '\t'])
        .filter(|t| !t.is_empty())
        .collect();
    let lang = tokens.first().copied().unwrap_or("").to_owned();
    let mut expect = None;
    let err = |diags: &mut Vec<Diag>, msg: String| {
        diags.push(Diag::new(path, line, msg).fix(
            "a Rust block is tagged `rust`, `rust,should_panic`, `rust,compile_fail,E0XXX`, `rust,no_run,aborts`, `rust,no_run,exits_with_error`, `rust,no_run,miri_ub` or `rust,tests_fail` (CONTRIBUTING.md, \"Code blocks\")",
        ));
    };
    if lang == "rust" {
        let (mut panic, mut fail, mut no_run, mut aborts, mut ub) =
            (false, false, false, false, false);
        let (mut tests_fail, mut exits) = (false, false);
        let mut codes = Vec::new();
        for t in &tokens[1..] {
            match *t {
                "should_panic" => panic = true,
                "compile_fail" => fail = true,
                "no_run" => no_run = true,
                "aborts" => aborts = true,
                "exits_with_error" => exits = true,
                "miri_ub" => ub = true,
                "tests_fail" => tests_fail = true,
                "noplayground" => {}
                c if c.len() == 5
                    && c.starts_with('E')
                    && c[1..].bytes().all(|b| b.is_ascii_digit()) =>
                {
                    codes.push(c.to_owned())
                }
                "ignore" => err(
                    diags,
                    "`ignore` hides a block from every tester".into(),
                ),
                other => {
                    err(diags, format!("unknown tag `{other}` in ```{info}"))
                }
            }
        }
        let plain = !(panic || fail || no_run || aborts || ub || exits);
        expect = Some(match (panic, fail, no_run, aborts, ub) {
            _ if exits => {
                if !(no_run && !panic && !fail && !aborts && !ub)
                    || tests_fail
                    || !codes.is_empty()
                {
                    err(
                        diags,
                        format!(
                            "```{info} mixes tags that do not go together: a program that exits with an error is tagged `rust,no_run,exits_with_error` (`no_run`, because rustdoc counts the failure against the block)"
                        ),
                    );
                }
                Expect::ExitsWithError
            }
            _ if tests_fail && plain && codes.is_empty() => {
                if files.is_empty() {
                    diags.push(
                        Diag::new(path, line, "a `tests_fail` block that shows no listing")
                            .fix("an exercise's starter is a listing: include its src/lib.rs (CONTRIBUTING.md, \"Code blocks\")"),
                    );
                }
                Expect::TestsFail
            }
            _ if tests_fail => {
                err(
                    diags,
                    format!("```{info} mixes tags that do not go together"),
                );
                Expect::TestsFail
            }
            (false, false, false, false, false) if codes.is_empty() => {
                Expect::Runs
            }
            (true, false, false, false, false) if codes.is_empty() => {
                Expect::Panics
            }
            (false, true, false, false, false) if !codes.is_empty() => {
                Expect::CompileFail(codes)
            }
            (false, true, false, false, false) => {
                err(diags, "`compile_fail` without the error code the book names (add e.g. `E0382`)".into());
                Expect::CompileFail(vec![])
            }
            (false, false, true, true, false) if codes.is_empty() => {
                Expect::Aborts
            }
            (false, false, true, false, true) if codes.is_empty() => {
                if files.is_empty() {
                    diags.push(
                        Diag::new(path, line, "a `miri_ub` block that shows no listing")
                            .fix("Miri's report is shown from a listing's output.txt: include the listing's source (CONTRIBUTING.md, \"Code blocks\")"),
                    );
                }
                Expect::MiriUb
            }
            (false, false, true, false, false) => {
                err(diags, "`no_run` is allowed only as `rust,no_run,aborts`, `rust,no_run,exits_with_error` or `rust,no_run,miri_ub`: every other block is run".into());
                Expect::Runs
            }
            _ => {
                err(
                    diags,
                    format!("```{info} mixes tags that do not go together"),
                );
                Expect::Runs
            }
        });
    } else if lang.is_empty() {
        diags.push(
            Diag::new(path, line, "a code block without a language")
                .fix("tag it (```text for output): rustdoc tests an untagged block as Rust"),
        );
    } else if !OTHER_LANGUAGES.contains(&lang.as_str()) {
        diags.push(
            Diag::new(
                path,
                line,
                format!("unknown code block language `{lang}`"),
            )
            .fix(format!("use `rust` or one of {OTHER_LANGUAGES:?}")),
        );
    } else if files.is_empty() && PASTED.iter().any(|p| code.contains(p)) {
        diags.push(
            Diag::new(path, line, "this block looks like pasted compiler or program output")
                .fix("show output only by {{#include}} of a listing's output.txt, which `cargo bless` writes from a real run"),
        );
    } else if tokens.len() > 1 {
        diags.push(
            Diag::new(
                path,
                line,
                format!("tags on a `{lang}` block: ```{info}"),
            )
            .fix("only Rust blocks take tags"),
        );
    }
    Block {
        line,
        info,
        lang,
        expect,
        code,
        files,
        caption: None,
        section: None,
    }
}
