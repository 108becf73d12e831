use package_graph::Package;

// ANCHOR: tests
use std::rc::Rc;

#[test]
fn a_shared_dependency_is_one_package_listed_once() {
    let bytes = Package::new("bytes", "1.6.0", vec![]);
    let http = Package::new("http", "1.1.0", vec![Rc::clone(&bytes)]);
    let hyper = Package::new(
        "hyper",
        "1.4.1",
        vec![Rc::clone(&bytes), Rc::clone(&http)],
    );
    let server = Package::new("server", "0.1.0", vec![hyper, http]);
    assert_eq!(Rc::strong_count(&bytes), 3);
    assert_eq!(
        server.all_dependencies(),
        ["hyper 1.4.1", "bytes 1.6.0", "http 1.1.0"]
    );
}

#[test]
fn two_versions_are_two_packages() {
    let old_bytes = Package::new("bytes", "0.4.12", vec![]);
    let new_bytes = Package::new("bytes", "1.6.0", vec![]);
    let tokio_io = Package::new("tokio-io", "0.1.13", vec![old_bytes]);
    let http = Package::new("http", "1.1.0", vec![new_bytes]);
    let proxy = Package::new("proxy", "0.2.0", vec![tokio_io, http]);
    assert_eq!(
        proxy.all_dependencies(),
        [
            "tokio-io 0.1.13",
            "bytes 0.4.12",
            "http 1.1.0",
            "bytes 1.6.0"
        ]
    );
}

#[test]
fn a_package_lives_as_long_as_its_last_owner() {
    let bytes = Package::new("bytes", "1.6.0", vec![]);
    let server = {
        let http = Package::new("http", "1.1.0", vec![Rc::clone(&bytes)]);
        Package::new("server", "0.1.0", vec![http])
    };
    assert_eq!(Rc::strong_count(&bytes), 2);
    assert_eq!(server.all_dependencies(), ["http 1.1.0", "bytes 1.6.0"]);
    assert!(bytes.all_dependencies().is_empty());
    drop(server);
    assert_eq!(Rc::strong_count(&bytes), 1);
}
// ANCHOR_END: tests
