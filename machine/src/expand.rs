// This Source Code Form is subject to the terms of the Mozilla Public
// License, v. 2.0. If a copy of the MPL was not distributed with this
// file, You can obtain one at https://mozilla.org/MPL/2.0/.
// It is a port of mdBook's links preprocessor
// (https://github.com/rust-lang/mdBook), published under the MPL-2.0; this
// file stays under it, unlike the rest of the machine (MIT OR Apache-2.0).

//! mdBook 0.5.4's include expansion (`{{#include}}`, `{{#rustdoc_include}}`,
//! `{{#playground}}`, `{{#title}}` and `\{{#...}}` escapes), ported line for
//! line from `mdbook-driver/src/builtin_preprocessors/links.rs` so that the
//! tests see exactly the text a reader sees. Unlike mdBook, which logs a
//! broken include and carries on, this port reports each problem with the
//! chapter line it comes from.
//!
//! `.ci/run` compares this port's output with mdBook's own (its markdown
//! renderer) for every chapter: `cargo book compare-expansion`.

use crate::Diag;
use std::ops::{Bound, RangeBounds};
use std::path::{Path, PathBuf};

const MAX_LINK_NESTED_DEPTH: usize = 10;

/// A chapter after expansion, with a map back to the chapter's own lines.
#[derive(Debug, Default)]
pub struct Expanded {
    pub text: String,
    segments: Vec<Segment>,
    /// Every file an include read (absolute paths), for rerun-if-changed.
    pub reads: Vec<PathBuf>,
}

#[derive(Debug)]
struct Segment {
    /// Byte offset in `Expanded::text` where the segment starts.
    start: usize,
    /// 1-based chapter line of the segment's first byte (copied text) or of
    /// the directive that produced it (included text).
    line: usize,
    /// The file a top-level directive included (absolute), if any.
    file: Option<PathBuf>,
}

impl Expanded {
    fn segment_at(&self, offset: usize) -> Option<&Segment> {
        let i = self.segments.partition_point(|s| s.start <= offset);
        if i == 0 {
            None
        } else {
            Some(&self.segments[i - 1])
        }
    }

    /// The chapter line that the expanded byte `offset` comes from.
    pub fn source_line(&self, offset: usize) -> usize {
        match self.segment_at(offset) {
            Some(seg) if seg.file.is_none() => {
                seg.line + self.text[seg.start..offset].matches('\n').count()
            }
            Some(seg) => seg.line,
            None => 1,
        }
    }

    /// The files included by top-level directives whose output overlaps
    /// the expanded byte range.
    pub fn files_in(&self, range: std::ops::Range<usize>) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for (i, seg) in self.segments.iter().enumerate() {
            let end = self
                .segments
                .get(i + 1)
                .map_or(self.text.len(), |next| next.start);
            if seg.start < range.end
                && range.start < end
                && let Some(f) =
                    seg.file.as_ref().filter(|f| !f.as_os_str().is_empty())
                && !out.contains(f)
            {
                out.push(f.clone());
            }
        }
        out
    }
}

/// Expands one chapter. `chapter` is the path shown in diagnostics, `dir`
/// the absolute directory that relative include paths start from.
pub fn expand_chapter(
    content: &str,
    dir: &Path,
    chapter: &Path,
    diags: &mut Vec<Diag>,
) -> Expanded {
    let mut out = Expanded::default();
    let mut previous_end = 0;
    let mut line = 1;
    for link in find_links(content) {
        let copied = &content[previous_end..link.start];
        push_segment(&mut out, copied, line, None);
        line += copied.matches('\n').count();
        let link_line = line;
        let target = link.kind.target(dir);
        let mut ctx = Ctx {
            chapter,
            line: link_line,
            diags,
            reads: &mut out.reads,
        };
        match render(&link, dir, &mut ctx) {
            Some(new_content) => {
                let new_content = match link.kind.relative_dir(dir) {
                    Some(base) => replace_all(&new_content, &base, 1, &mut ctx),
                    None => new_content,
                };
                push_segment(
                    &mut out,
                    &new_content,
                    link_line,
                    Some(target.unwrap_or_default()),
                );
                line += link.text.matches('\n').count();
                previous_end = link.end;
            }
            None => previous_end = link.start,
        }
    }
    push_segment(&mut out, &content[previous_end..], line, None);
    out
}

fn push_segment(
    out: &mut Expanded,
    text: &str,
    line: usize,
    file: Option<PathBuf>,
) {
    out.segments.push(Segment {
        start: out.text.len(),
        line,
        file,
    });
    out.text.push_str(text);
}

struct Ctx<'a> {
    chapter: &'a Path,
    line: usize,
    diags: &'a mut Vec<Diag>,
    reads: &'a mut Vec<PathBuf>,
}

impl Ctx<'_> {
    fn error(&mut self, message: String, fix: &str) {
        self.diags
            .push(Diag::new(self.chapter, self.line, message).fix(fix));
    }
}

/// Nested expansion inside included text (mdBook's `replace_all` at
/// depth > 0). Problems are reported at the top-level directive's line.
fn replace_all(s: &str, dir: &Path, depth: usize, ctx: &mut Ctx) -> String {
    let mut previous_end = 0;
    let mut replaced = String::new();
    for link in find_links(s) {
        replaced.push_str(&s[previous_end..link.start]);
        match render(&link, dir, ctx) {
            Some(new_content) => {
                if depth < MAX_LINK_NESTED_DEPTH {
                    match link.kind.relative_dir(dir) {
                        Some(base) => replaced.push_str(&replace_all(
                            &new_content,
                            &base,
                            depth + 1,
                            ctx,
                        )),
                        None => replaced.push_str(&new_content),
                    }
                } else {
                    ctx.error(
                        format!("includes nest deeper than {MAX_LINK_NESTED_DEPTH} levels"),
                        "look for a file that includes itself",
                    );
                }
                previous_end = link.end;
            }
            None => previous_end = link.start,
        }
    }
    replaced.push_str(&s[previous_end..]);
    replaced
}

#[derive(Debug, Clone, PartialEq)]
enum LineRange {
    Range(usize, usize),
    From(usize),
    To(usize),
    Full,
}

impl RangeBounds<usize> for LineRange {
    fn start_bound(&self) -> Bound<&usize> {
        match self {
            LineRange::Range(s, _) | LineRange::From(s) => Bound::Included(s),
            LineRange::To(_) | LineRange::Full => Bound::Unbounded,
        }
    }
    fn end_bound(&self) -> Bound<&usize> {
        match self {
            LineRange::Range(_, e) | LineRange::To(e) => Bound::Excluded(e),
            LineRange::From(_) | LineRange::Full => Bound::Unbounded,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum RangeOrAnchor {
    Range(LineRange),
    Anchor(String),
}

#[derive(Debug, Clone, PartialEq)]
enum LinkKind {
    Escaped,
    Include(PathBuf, RangeOrAnchor),
    RustdocInclude(PathBuf, RangeOrAnchor),
    Playground(PathBuf, Vec<String>),
    Title,
}

impl LinkKind {
    fn path(&self) -> Option<&Path> {
        match self {
            LinkKind::Include(p, _)
            | LinkKind::RustdocInclude(p, _)
            | LinkKind::Playground(p, _) => Some(p),
            LinkKind::Escaped | LinkKind::Title => None,
        }
    }

    fn target(&self, dir: &Path) -> Option<PathBuf> {
        self.path().map(|p| dir.join(p))
    }

    /// mdBook's `relative_path`: the directory nested includes start from.
    fn relative_dir(&self, dir: &Path) -> Option<PathBuf> {
        self.target(dir)
            .map(|t| t.parent().map(Path::to_path_buf).unwrap_or_default())
    }
}

#[derive(Debug)]
struct Link<'a> {
    start: usize,
    end: usize,
    kind: LinkKind,
    text: &'a str,
}

fn render(link: &Link, dir: &Path, ctx: &mut Ctx) -> Option<String> {
    let read = |ctx: &mut Ctx, p: &Path| -> Option<String> {
        let target = dir.join(p);
        ctx.reads.push(target.clone());
        match std::fs::read_to_string(&target) {
            Ok(s) => Some(s),
            Err(e) => {
                ctx.error(
                    format!("`{}`: cannot read {} ({e})", link.text, target.display()),
                    "paths are relative to the chapter's folder; check the file name",
                );
                None
            }
        }
    };
    match &link.kind {
        LinkKind::Escaped => Some(link.text[1..].to_owned()),
        LinkKind::Title => Some(String::new()),
        LinkKind::Include(p, roa) | LinkKind::RustdocInclude(p, roa) => {
            let s = read(ctx, p)?;
            let rustdoc = matches!(link.kind, LinkKind::RustdocInclude(..));
            match roa {
                RangeOrAnchor::Anchor(anchor) => {
                    if !has_anchor(&s, anchor) {
                        ctx.error(
                            format!("`{}`: no `ANCHOR: {anchor}` ... `ANCHOR_END: {anchor}` in {}", link.text, p.display()),
                            "add the anchor comments to the file, or fix the anchor name",
                        );
                        return None;
                    }
                    Some(if rustdoc {
                        take_rustdoc_include_anchored_lines(&s, anchor)
                    } else {
                        take_anchored_lines(&s, anchor)
                    })
                }
                RangeOrAnchor::Range(range) => {
                    let lines = s.lines().count();
                    let start = match range.start_bound() {
                        Bound::Included(&n) => n,
                        _ => 0,
                    };
                    if start >= lines.max(1) && *range != LineRange::Full {
                        ctx.error(
                            format!("`{}`: the range starts after the last line ({lines}) of {}", link.text, p.display()),
                            "fix the line numbers, or better, use a named anchor",
                        );
                        return None;
                    }
                    Some(if rustdoc {
                        take_rustdoc_include_lines(&s, range.clone())
                    } else {
                        take_lines(&s, range.clone())
                    })
                }
            }
        }
        LinkKind::Playground(p, attrs) => {
            let mut contents = read(ctx, p)?;
            let ftype = if attrs.is_empty() { "rust" } else { "rust," };
            if !contents.ends_with('\n') {
                contents.push('\n');
            }
            Some(format!("```{ftype}{}\n{contents}```\n", attrs.join(",")))
        }
    }
}

fn anchor_name<'a>(line: &'a str, marker: &str) -> Option<&'a str> {
    // Regex `MARKER:\s*(?P<anchor_name>[\w_-]+)`, first match in the line.
    let mut rest = line;
    while let Some(i) = rest.find(marker) {
        let after = rest[i + marker.len()..].trim_start();
        let name_len = after
            .char_indices()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '-'))
            .map_or(after.len(), |(k, _)| k);
        if name_len > 0 {
            return Some(&after[..name_len]);
        }
        rest = &rest[i + marker.len()..];
    }
    None
}

fn anchor_start(line: &str) -> Option<&str> {
    anchor_name(line, "ANCHOR:")
}

fn anchor_end(line: &str) -> Option<&str> {
    anchor_name(line, "ANCHOR_END:")
}

fn has_anchor(s: &str, anchor: &str) -> bool {
    s.lines().any(|l| anchor_start(l) == Some(anchor))
}

/// Names of every anchor in a file, for checks and error messages.
pub fn anchors(s: &str) -> Vec<String> {
    s.lines()
        .filter_map(anchor_start)
        .map(str::to_owned)
        .collect()
}

fn take_lines<R: RangeBounds<usize>>(s: &str, range: R) -> String {
    let start = match range.start_bound() {
        Bound::Excluded(&n) => n + 1,
        Bound::Included(&n) => n,
        Bound::Unbounded => 0,
    };
    let lines = s.lines().skip(start);
    match range.end_bound() {
        Bound::Excluded(end) => lines
            .take(end.saturating_sub(start))
            .collect::<Vec<_>>()
            .join("\n"),
        Bound::Included(end) => lines
            .take((end + 1).saturating_sub(start))
            .collect::<Vec<_>>()
            .join("\n"),
        Bound::Unbounded => lines.collect::<Vec<_>>().join("\n"),
    }
}

fn take_anchored_lines(s: &str, anchor: &str) -> String {
    let mut retained = Vec::<&str>::new();
    let mut anchor_found = false;
    for l in s.lines() {
        if anchor_found {
            match anchor_end(l) {
                Some(name) => {
                    if name == anchor {
                        break;
                    }
                }
                None => {
                    if anchor_start(l).is_none() {
                        retained.push(l);
                    }
                }
            }
        } else if anchor_start(l) == Some(anchor) {
            anchor_found = true;
        }
    }
    retained.join("\n")
}

fn take_rustdoc_include_lines<R: RangeBounds<usize>>(
    s: &str,
    range: R,
) -> String {
    let mut output = String::with_capacity(s.len());
    for (index, line) in s.lines().enumerate() {
        if !range.contains(&index) {
            output.push_str("# ");
        }
        output.push_str(line);
        output.push('\n');
    }
    output.pop();
    output
}

fn take_rustdoc_include_anchored_lines(s: &str, anchor: &str) -> String {
    let mut output = String::with_capacity(s.len());
    let mut within = false;
    for l in s.lines() {
        if within {
            match anchor_end(l) {
                Some(name) => {
                    if name == anchor {
                        within = false;
                    }
                }
                None => {
                    if anchor_start(l).is_none() {
                        output.push_str(l);
                        output.push('\n');
                    }
                }
            }
        } else if let Some(name) = anchor_start(l) {
            if name == anchor {
                within = true;
            }
        } else if anchor_end(l).is_none() {
            output.push_str("# ");
            output.push_str(l);
            output.push('\n');
        }
    }
    output.pop();
    output
}

fn parse_range_or_anchor(parts: Option<&str>) -> RangeOrAnchor {
    let mut parts = parts.unwrap_or("").splitn(3, ':').fuse();
    let next_element = parts.next();
    let start = if let Some(value) =
        next_element.and_then(|s| s.parse::<usize>().ok())
    {
        Some(value.saturating_sub(1))
    } else if let Some("") = next_element {
        None
    } else if let Some(anchor) = next_element {
        return RangeOrAnchor::Anchor(anchor.to_owned());
    } else {
        None
    };
    let end = parts.next().map(|s| s.parse::<usize>());
    RangeOrAnchor::Range(match (start, end) {
        (Some(start), Some(Ok(end))) => LineRange::Range(start, end),
        (Some(start), Some(Err(_))) => LineRange::From(start),
        (Some(start), None) => LineRange::Range(start, start + 1),
        (None, Some(Ok(end))) => LineRange::To(end),
        (None, None) | (None, Some(Err(_))) => LineRange::Full,
    })
}

fn split_path(rest: &str) -> (PathBuf, RangeOrAnchor) {
    let mut parts = rest.splitn(2, ':');
    let path = parts.next().unwrap_or_default().into();
    (path, parse_range_or_anchor(parts.next()))
}

/// The regex of mdBook's `find_links`, matched by hand:
/// `\\\{\{\#.*\}\}` (an escaped link) or
/// `\{\{\s*\#([a-zA-Z0-9_]+)\s+([^}]+)\}\}`.
fn find_links(s: &str) -> Vec<Link<'_>> {
    let b = s.as_bytes();
    let mut links = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if let Some((end, typ, rest)) = match_at(s, i) {
            let text = &s[i..end];
            let kind = match (typ, rest) {
                (None, _) => Some(LinkKind::Escaped),
                (Some("title"), Some(_)) => Some(LinkKind::Title),
                (Some(typ), Some(rest)) => {
                    let mut props = rest.split_whitespace();
                    match (typ, props.next()) {
                        ("include", Some(p)) => {
                            let (p, r) = split_path(p);
                            Some(LinkKind::Include(p, r))
                        }
                        ("rustdoc_include", Some(p)) => {
                            let (p, r) = split_path(p);
                            Some(LinkKind::RustdocInclude(p, r))
                        }
                        ("playground" | "playpen", Some(p)) => {
                            Some(LinkKind::Playground(
                                p.into(),
                                props.map(str::to_owned).collect(),
                            ))
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(kind) = kind {
                links.push(Link {
                    start: i,
                    end,
                    kind,
                    text,
                });
            }
            i = end;
        } else {
            i += s[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    links
}

/// Returns (end, link type, rest) for a match starting at `i`; link type is
/// `None` for an escaped link.
fn match_at(s: &str, i: usize) -> Option<(usize, Option<&str>, Option<&str>)> {
    let rest = &s[i..];
    if rest.starts_with("\\{{#") {
        let line_end = rest.find('\n').unwrap_or(rest.len());
        if let Some(k) = rest[4..line_end].rfind("}}") {
            return Some((i + 4 + k + 2, None, None));
        }
    }
    let after = rest.strip_prefix("{{")?;
    let after = after.trim_start();
    let after = after.strip_prefix('#')?;
    let typ_len = after
        .bytes()
        .position(|c| !(c.is_ascii_alphanumeric() || c == b'_'))
        .unwrap_or(after.len());
    if typ_len == 0 {
        return None;
    }
    let typ = &after[..typ_len];
    let ws = &after[typ_len..];
    let trimmed = ws.trim_start();
    let ws_len = ws.len() - trimmed.len();
    if ws_len == 0 {
        return None;
    }
    // `[^}]+` then `}}`; if the whitespace run is followed directly by `}`,
    // the regex gives the run's last character to the group.
    let body = if trimmed.starts_with('}') || trimmed.is_empty() {
        let last_ws = ws[..ws_len].chars().last()?;
        if ws_len == last_ws.len_utf8() {
            return None;
        }
        &ws[ws_len - last_ws.len_utf8()..]
    } else {
        trimmed
    };
    let group_len = body.find('}').unwrap_or(body.len());
    if group_len == 0 || !body[group_len..].starts_with("}}") {
        return None;
    }
    let group = &body[..group_len];
    let end = s.len() - body[group_len + 2..].len();
    Some((end, Some(typ), Some(group)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expand(s: &str) -> String {
        let mut d = Vec::new();
        let dir = std::env::temp_dir();
        let e = expand_chapter(s, &dir, Path::new("x.md"), &mut d);
        e.text
    }

    #[test]
    fn escapes_and_titles() {
        assert_eq!(expand("a \\{{#include x}} b"), "a {{#include x}} b");
        assert_eq!(expand("a {{#title T}} b"), "a  b");
        assert_eq!(expand("{{#unknown x}} y"), "{{#unknown x}} y");
    }

    #[test]
    fn ranges() {
        let s = "1\n2\n3\n4\n";
        assert_eq!(take_lines(s, LineRange::Range(1, 3)), "2\n3");
        assert_eq!(
            take_rustdoc_include_lines(s, LineRange::From(2)),
            "# 1\n# 2\n3\n4"
        );
        assert!(matches!(
            parse_range_or_anchor(Some("main")),
            RangeOrAnchor::Anchor(_)
        ));
        assert_eq!(
            parse_range_or_anchor(Some(":2")),
            RangeOrAnchor::Range(LineRange::To(2))
        );
    }

    #[test]
    fn anchors_strip_markers() {
        let s = "a\n// ANCHOR: x\nb\n// ANCHOR: y\nc\n// ANCHOR_END: y\n// ANCHOR_END: x\nd\n";
        assert_eq!(take_anchored_lines(s, "x"), "b\nc");
        assert_eq!(
            take_rustdoc_include_anchored_lines(s, "y"),
            "# a\n# b\nc\n# d"
        );
    }
}
