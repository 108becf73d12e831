use template_cache::Template;

// ANCHOR: tests
use std::cell::Cell;

fn read_page(reads: &Cell<u32>) -> Result<String, String> {
    reads.set(reads.get() + 1);
    Ok(String::from("<h1>{title}</h1>"))
}

#[test]
fn read_once_then_lent_out() {
    let page = Template::new();
    let reads = Cell::new(0);
    let header = page.get_or_read(|| read_page(&reads)).unwrap();
    let sidebar = page.get_or_read(|| read_page(&reads)).unwrap();
    assert_eq!(header, "<h1>{title}</h1>");
    assert_eq!(sidebar, header);
    assert_eq!(reads.get(), 1);
}

#[test]
fn a_failed_read_is_tried_again() {
    let page = Template::new();
    let failed = page.get_or_read(|| Err(String::from("page.html: not found")));
    assert_eq!(failed, Err(String::from("page.html: not found")));
    let reads = Cell::new(0);
    let text = page.get_or_read(|| read_page(&reads));
    assert_eq!(text, Ok("<h1>{title}</h1>"));
    assert_eq!(reads.get(), 1);
}

#[test]
fn reload_reads_again() {
    let mut page = Template::new();
    let reads = Cell::new(0);
    page.get_or_read(|| read_page(&reads)).unwrap();
    page.reload();
    page.get_or_read(|| read_page(&reads)).unwrap();
    page.get_or_read(|| read_page(&reads)).unwrap();
    assert_eq!(reads.get(), 2);
}
// ANCHOR_END: tests
