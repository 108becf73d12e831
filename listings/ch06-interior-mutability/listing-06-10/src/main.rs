use std::cell::{Cell, RefCell};

// ANCHOR: trace
struct Trace {
    depth: Cell<usize>,
    lines: RefCell<Vec<String>>,
}

impl Trace {
    fn span(&self, name: &'static str) -> Span<'_> {
        self.record(&format!("start {name}"));
        self.depth.update(|depth| depth + 1);
        Span { trace: self, name }
    }

    fn record(&self, event: &str) {
        let indent = "  ".repeat(self.depth.get());
        self.lines.borrow_mut().push(format!("{indent}{event}"));
    }
}

#[must_use = "the span ends as soon as its guard is dropped"]
struct Span<'t> {
    trace: &'t Trace,
    name: &'static str,
}

impl Drop for Span<'_> {
    fn drop(&mut self) {
        self.trace.depth.update(|depth| depth - 1);
        self.trace.record(&format!("end {}", self.name));
    }
}
// ANCHOR_END: trace

// ANCHOR: main
fn compile(trace: &Trace, file: &'static str) -> Result<(), String> {
    let _span = trace.span(file);
    trace.record("parse");
    if file.ends_with("broken.rs") {
        return Err(format!("{file}: expected `;`"));
    }
    trace.record("generate code");
    Ok(())
}

fn build(trace: &Trace, files: &[&'static str]) -> Result<(), String> {
    let _span = trace.span("build");
    for file in files {
        compile(trace, file)?;
    }
    Ok(())
}

fn main() {
    let trace = Trace {
        depth: Cell::new(0),
        lines: RefCell::new(Vec::new()),
    };
    let result = build(&trace, &["src/lexer.rs", "src/broken.rs", "src/io.rs"]);
    for line in trace.lines.borrow().iter() {
        println!("{line}");
    }
    println!("{result:?}");
}
// ANCHOR_END: main
