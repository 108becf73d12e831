use std::cell::OnceCell;

struct Document {
    title: &'static str,
    text: &'static str,
    outline: OnceCell<Vec<String>>,
}

impl Document {
    fn outline(&self) -> &[String] {
        self.outline.get_or_init(|| {
            println!("building the outline of {}", self.title);
            self.text
                .lines()
                .filter_map(|line| line.strip_prefix("## "))
                .map(String::from)
                .collect()
        })
    }
}

fn main() {
    let guide = Document {
        title: "release-guide.md",
        text: "# Releasing\n## Tag the commit\ntext\n## Publish the crate\n",
        outline: OnceCell::new(),
    };
    println!("outline built: {}", guide.outline.get().is_some());

    let sidebar: &[String] = guide.outline();
    let export: &[String] = guide.outline();
    println!("outline built: {}", guide.outline.get().is_some());
    println!("set refused: {}", guide.outline.set(Vec::new()).is_err());
    println!("sidebar: {sidebar:?}");
    println!("export: {} headings", export.len());
}
