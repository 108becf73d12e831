//! Every Rust block that should run (or panic), compiled and run by skeptic
//! as edition 2024. `build.rs` generates one test per block, named after the
//! chapter and line: `ch02_01_box_md_line_42` is src/ch02-01-box.md, line 42.
include!(concat!(env!("OUT_DIR"), "/skeptic-tests.rs"));
