use text_pipeline::{Filter, Lowercase, Pipeline, Replace, Trim};

// ANCHOR: tests
#[test]
fn filters_run_in_the_order_they_were_added() {
    let slug = Pipeline::new()
        .then(Trim)
        .then(Lowercase)
        .then(Replace { from: " ", to: "-" });
    assert_eq!(
        slug.run("  Smart Pointers in Rust "),
        "smart-pointers-in-rust"
    );
}

#[test]
fn a_filter_written_by_the_caller_fits_in() {
    struct Exclaim;
    impl Filter for Exclaim {
        fn apply(&self, text: String) -> String {
            text + "!"
        }
    }
    let shout = Pipeline::new().then(Trim).then(Exclaim);
    assert_eq!(shout.run(" saved "), "saved!");
}

#[test]
fn an_empty_pipeline_changes_nothing() {
    assert_eq!(Pipeline::new().run(" as is "), " as is ");
}
// ANCHOR_END: tests
