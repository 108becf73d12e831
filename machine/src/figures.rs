//! The figures: `cargo book figures` turns every `src/img/X.dot` into
//! `X.svg` (Graphviz) and `X.dark.svg`, the same drawing recoloured for the
//! dark themes (coal, navy, ayu), which `theme/reader.js` shows in their
//! place. [`check`] proves in `cargo test` that every dark variant is the
//! recolouring of its SVG; `.ci/run` proves that every SVG is what its
//! source generates.

use crate::Diag;
use std::path::{Path, PathBuf};

/// The command that regenerates the figures.
pub const FIGURES: &str = "cargo book figures";

/// `X.svg` -> `X.dark.svg`.
pub fn dark_path(svg: &Path) -> PathBuf {
    let stem = svg.file_stem().unwrap_or_default().to_string_lossy();
    svg.with_file_name(format!("{stem}.dark.svg"))
}

/// The files in `dir` whose extension is `ext`, sorted.
fn files_with(dir: &Path, ext: &str) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    Ok(files)
}

/// `cargo book figures`: every `.dot` in src/img becomes its `.svg` and
/// `.dark.svg`.
pub fn generate(root: &Path) -> Result<(), String> {
    let dir = root.join("src/img");
    let sources = files_with(&dir, "dot")
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    for src in sources {
        let svg = src.with_extension("svg");
        let status = std::process::Command::new("dot")
            .arg("-Tsvg")
            .arg(&src)
            .arg("-o")
            .arg(&svg)
            .status()
            .map_err(|e| format!("cannot run `dot` ({e}): install Graphviz (apt-get install graphviz)"))?;
        if !status.success() {
            return Err(format!("dot failed on {}", src.display()));
        }
        let light = std::fs::read_to_string(&svg)
            .map_err(|e| format!("{}: {e}", svg.display()))?;
        let dark_svg = dark_path(&svg);
        std::fs::write(&dark_svg, dark(&light))
            .map_err(|e| format!("{}: {e}", dark_svg.display()))?;
        for p in [&svg, &dark_svg] {
            println!("wrote {}", p.strip_prefix(root).unwrap_or(p).display());
        }
    }
    Ok(())
}

/// Every `src/img/X.svg` has an `X.dark.svg` that is its recolouring, and
/// no dark variant is left without its SVG.
pub fn check(root: &Path) -> Vec<Diag> {
    let dir = root.join("src/img");
    let files = files_with(&dir, "svg").unwrap_or_default();
    let rel = |p: &Path| crate::rel(root, p);
    let mut diags = Vec::new();
    for svg in &files {
        let name = svg.file_name().unwrap_or_default().to_string_lossy();
        if let Some(stem) = name.strip_suffix(".dark.svg") {
            if !dir.join(format!("{stem}.svg")).exists() {
                diags.push(
                    Diag::new(rel(svg), 0, format!("a dark variant without {stem}.svg"))
                        .fix("delete it, or restore the figure's .dot and run `cargo book figures`"),
                );
            }
            continue;
        }
        let light = std::fs::read_to_string(svg).unwrap_or_default();
        let dark_svg = dark_path(svg);
        match std::fs::read_to_string(&dark_svg) {
            Ok(d) if d == dark(&light) => {}
            Ok(_) => diags.push(
                Diag::new(
                    rel(&dark_svg),
                    0,
                    format!("is not the dark recolouring of {name}"),
                )
                .fix(format!(
                    "run `{FIGURES}` (needs Graphviz) and commit both SVGs"
                )),
            ),
            Err(_) => diags.push(
                Diag::new(
                    rel(svg),
                    0,
                    format!("has no dark variant {}", rel(&dark_svg).display()),
                )
                .fix(format!(
                    "run `{FIGURES}` (needs Graphviz) and commit both SVGs"
                )),
            ),
        }
    }
    diags
}

/// The drawing for the dark themes: every colour Graphviz wrote (`fill`,
/// `stroke`) keeps its hue and saturation and gets the opposite lightness
/// (white paper becomes near black, black ink near white, pale boxes dark,
/// dark lines light). Text Graphviz leaves black by default gets the ink
/// colour through a style sheet.
pub fn dark(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len() + 200);
    let mut rest = svg;
    loop {
        let next = ["fill=\"", "stroke=\""]
            .iter()
            .filter_map(|a| rest.find(a).map(|i| (i, a.len())))
            .min();
        let Some((at, len)) = next else { break };
        let start = at + len;
        let Some(end) = rest[start..].find('"') else {
            break;
        };
        out.push_str(&rest[..start]);
        let value = &rest[start..start + end];
        out.push_str(&recolour(value).unwrap_or_else(|| value.to_owned()));
        rest = &rest[start + end..];
    }
    out.push_str(rest);
    // Text without a fill is black in SVG: give it the dark drawing's ink.
    let ink = recolour("black").unwrap_or_default();
    if let Some(svg_tag) = out.find("<svg ")
        && let Some(close) = out[svg_tag..].find('>')
    {
        let at = svg_tag + close + 1;
        out.insert_str(
            at,
            &format!("\n<!-- Dark variant, written by `{FIGURES}` from the light SVG. -->\n<style>text:not([fill]) {{ fill: {ink}; }}</style>"),
        );
    }
    out
}

/// The dark-theme colour for one SVG colour value; `None` leaves it as is
/// (`none`, `transparent`, a colour name we do not know).
fn recolour(value: &str) -> Option<String> {
    let rgb = match value {
        "white" => [255, 255, 255],
        "black" => [0, 0, 0],
        v if v.len() == 7 && v.starts_with('#') => {
            let byte = |i: usize| u8::from_str_radix(&v[i..i + 2], 16).ok();
            [byte(1)?, byte(3)?, byte(5)?]
        }
        _ => return None,
    };
    let [r, g, b] = rgb.map(|c| f64::from(c) / 255.0);
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    let l = (max + min) / 2.0;
    let d = max - min;
    let (h, s) = if d == 0.0 {
        (0.0, 0.0)
    } else {
        let s = d / (1.0 - (2.0 * l - 1.0).abs());
        let h = if max == r {
            ((g - b) / d).rem_euclid(6.0)
        } else if max == g {
            (b - r) / d + 2.0
        } else {
            (r - g) / d + 4.0
        };
        (h * 60.0, s)
    };
    // Paper (l = 1) becomes 0.1, ink (l = 0) becomes 0.9.
    let l = 0.1 + (1.0 - l) * 0.8;
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let x = c * (1.0 - ((h / 60.0).rem_euclid(2.0) - 1.0).abs());
    let m = l - c / 2.0;
    let (r, g, b) = match (h / 60.0) as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let byte = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    Some(format!("#{:02x}{:02x}{:02x}", byte(r), byte(g), byte(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_and_ink_swap() {
        assert_eq!(recolour("white").unwrap(), "#1a1a1a");
        assert_eq!(recolour("black").unwrap(), "#e6e6e6");
        assert_eq!(recolour("none"), None);
        let svg = "<svg width=\"1\">\n<text x=\"0\">a</text><path fill=\"white\" stroke=\"#2b5d8c\"/></svg>";
        let d = dark(svg);
        assert!(d.contains("fill=\"#1a1a1a\""), "{d}");
        assert!(d.contains("text:not([fill]) { fill: #e6e6e6; }"), "{d}");
        assert!(!d.contains("#2b5d8c"), "{d}");
    }
}
