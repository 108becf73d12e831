use std::cell::RefCell;
use std::collections::HashMap;

struct PageCache {
    pages: RefCell<HashMap<String, String>>,
}

// ANCHOR: main
impl PageCache {
    fn render_if_let(&self, path: &str) -> String {
        if let Some(html) = self.pages.borrow().get(path) {
            html.clone()
        } else {
            let html = format!("<h1>{path}</h1>");
            self.pages
                .borrow_mut()
                .insert(path.to_string(), html.clone());
            html
        }
    }

    fn render_match(&self, path: &str) -> String {
        match self.pages.borrow().get(path) {
            Some(html) => html.clone(),
            None => {
                let html = format!("<h1>{path}</h1>");
                self.pages
                    .borrow_mut()
                    .insert(path.to_string(), html.clone());
                html
            }
        }
    }
}

fn main() {
    let cache = PageCache {
        pages: RefCell::new(HashMap::new()),
    };
    println!("if let: {}", cache.render_if_let("about"));
    println!("match:  {}", cache.render_match("contact"));
}
// ANCHOR_END: main
