use std::rc::Rc;

struct Buffer {
    lines: Vec<String>,
}

impl Clone for Buffer {
    fn clone(&self) -> Self {
        println!("  copying {} lines", self.lines.len());
        Buffer {
            lines: self.lines.clone(),
        }
    }
}

fn buffer(lines: &[&str]) -> Rc<Buffer> {
    let lines = lines.iter().map(|line| String::from(*line)).collect();
    Rc::new(Buffer { lines })
}

// ANCHOR: close
/// Closing a document hands its lines to the exporter, which needs them
/// owned.
fn close(name: &str, buffer: Rc<Buffer>) -> Vec<String> {
    println!("closing {name}, owners: {}", Rc::strong_count(&buffer));
    Rc::unwrap_or_clone(buffer).lines
}

fn main() {
    let notes = buffer(&["# Notes", "ship it"]);
    let notes_lines = notes.lines.as_ptr();
    let exported = close("notes.md", notes);
    println!("  moved, not copied: {}", exported.as_ptr() == notes_lines);

    let draft = buffer(&["# Draft", "todo"]);
    let pending_autosave = Rc::clone(&draft);
    let exported = close("draft.md", draft);
    let copied = exported.as_ptr() != pending_autosave.lines.as_ptr();
    println!("  copied: {copied}");
}
// ANCHOR_END: close
