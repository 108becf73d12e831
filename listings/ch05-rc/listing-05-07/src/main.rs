use std::rc::Rc;

// ANCHOR: buffer
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

struct Editor {
    buffer: Rc<Buffer>,
    undo_stack: Vec<Rc<Buffer>>,
}

impl Editor {
    fn save_snapshot(&mut self) {
        let unchanged = self
            .undo_stack
            .last()
            .is_some_and(|last| Rc::ptr_eq(last, &self.buffer));
        if !unchanged {
            self.undo_stack.push(Rc::clone(&self.buffer));
        }
    }

    fn count_matches(&self, word: &str) -> usize {
        self.buffer
            .lines
            .iter()
            .filter(|line| line.contains(word))
            .count()
    }

    fn type_line(&mut self, line: &str) {
        let buffer = Rc::make_mut(&mut self.buffer);
        buffer.lines.push(String::from(line));
    }

    fn release_spare_memory(&mut self) -> bool {
        match Rc::get_mut(&mut self.buffer) {
            Some(buffer) => {
                buffer.lines.shrink_to_fit();
                true
            }
            None => false,
        }
    }

    fn undo(&mut self) {
        if let Some(snapshot) = self.undo_stack.pop() {
            self.buffer = snapshot;
        }
    }
}

fn main() {
    let mut editor = Editor {
        buffer: Rc::new(Buffer { lines: Vec::new() }),
        undo_stack: Vec::new(),
    };

    println!("type with no snapshot:");
    editor.type_line("fn main() {");
    editor.type_line("}");

    println!("save a snapshot, then search:");
    editor.save_snapshot();
    println!("lines with \"main\": {}", editor.count_matches("main"));
    println!("released spare memory: {}", editor.release_spare_memory());

    println!("save a snapshot, then type:");
    editor.save_snapshot();
    editor.type_line("// entry point");
    editor.type_line("// prints nothing");

    println!("snapshots: {}", editor.undo_stack.len());
    let snapshot = &editor.undo_stack[0];
    println!("buffer: {} lines", editor.buffer.lines.len());
    println!("snapshot: {} lines", snapshot.lines.len());
    println!("shared: {}", Rc::ptr_eq(&editor.buffer, snapshot));

    println!("undo, then type:");
    editor.undo();
    editor.type_line("// undone");
    println!("buffer: {} lines", editor.buffer.lines.len());
    println!("released spare memory: {}", editor.release_spare_memory());
}
// ANCHOR_END: buffer
