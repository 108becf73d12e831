use staged_file::Staged;

// ANCHOR: tests
use std::path::PathBuf;

/// A fresh folder under cargo's scratch space for integration tests
/// (`target/tmp`), so that a run leaves nothing elsewhere.
fn empty_dir(test: &str) -> PathBuf {
    let scratch = option_env!("CARGO_TARGET_TMPDIR")
        .map_or_else(std::env::temp_dir, PathBuf::from);
    let name = format!("staged-file-{}-{test}", std::process::id());
    let dir = scratch.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn dropping_removes_the_partial_file() {
    let dir = empty_dir("drop");
    let staged = Staged::new(&dir, "report.csv", b"day,visits\n").unwrap();
    assert!(dir.join("report.csv.part").exists());
    drop(staged);
    assert!(!dir.join("report.csv.part").exists());
    assert!(!dir.join("report.csv").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn committing_keeps_the_file_under_its_name() {
    let dir = empty_dir("commit");
    let staged = Staged::new(&dir, "report.csv", b"day,visits\n").unwrap();
    let path = staged.commit().unwrap();
    assert_eq!(path, dir.join("report.csv"));
    assert_eq!(std::fs::read(&path).unwrap(), b"day,visits\n");
    assert!(!dir.join("report.csv.part").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_failed_commit_removes_the_partial_file() {
    let dir = empty_dir("failed");
    std::fs::create_dir(dir.join("report.csv")).unwrap();
    let staged = Staged::new(&dir, "report.csv", b"day,visits\n").unwrap();
    assert!(staged.commit().is_err());
    assert!(!dir.join("report.csv.part").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn another_jobs_partial_file_is_left_alone() {
    let dir = empty_dir("busy");
    let part = dir.join("report.csv.part");
    std::fs::write(&part, b"day,visits\nmonday,").unwrap();
    assert!(Staged::new(&dir, "report.csv", b"day,visits\n").is_err());
    assert_eq!(std::fs::read(&part).unwrap(), b"day,visits\nmonday,");
    std::fs::remove_dir_all(&dir).unwrap();
}
// ANCHOR_END: tests
