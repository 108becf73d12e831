use build_conditions::{all, any, flag, not};

// ANCHOR: tests
#[test]
fn a_condition_prints_as_written() {
    let cond = all([flag("unix"), not(any([flag("tls"), flag("docs")]))]);
    assert_eq!(cond.to_string(), "all(unix, not(any(tls, docs)))");
}

#[test]
fn a_condition_holds_for_the_flags_that_make_it_true() {
    let cond = all([flag("unix"), not(flag("tls"))]);
    assert!(cond.holds(&["unix"]));
    assert!(!cond.holds(&["unix", "tls"]));
    assert!(!cond.holds(&[]));
}

#[test]
fn an_empty_all_always_holds_and_an_empty_any_never_does() {
    assert!(all([]).holds(&[]));
    assert!(!any([]).holds(&["unix"]));
}

#[test]
fn double_negations_cancel_at_any_depth() {
    let cond =
        all([not(not(not(not(flag("unix"))))), not(not(not(flag("tls"))))]);
    assert_eq!(cond.simplify().to_string(), "all(unix, not(tls))");
}

#[test]
fn a_not_moves_inside_a_list_and_flips_its_kind() {
    let cond = not(all([flag("unix"), not(any([flag("tls"), flag("docs")]))]));
    assert_eq!(cond.simplify().to_string(), "any(not(unix), tls, docs)");
}

#[test]
fn a_list_absorbs_lists_of_its_own_kind_only() {
    let cond = all([flag("unix"), all([flag("tls"), any([flag("docs")])])]);
    assert_eq!(cond.simplify().to_string(), "all(unix, tls, docs)");
    let mixed = any([all([flag("unix"), flag("tls")]), flag("docs")]);
    assert_eq!(mixed.simplify().to_string(), "any(all(unix, tls), docs)");
}

#[test]
fn simplifying_keeps_the_builds_a_condition_matches() {
    let cond = not(any([
        all([flag("unix"), not(flag("tls"))]),
        not(all([flag("docs"), any([])])),
        not(not(any([flag("tls"), all([flag("docs"), flag("unix")])]))),
    ]));
    let simple = cond.clone().simplify();
    let names = ["unix", "tls", "docs"];
    for mask in 0..8 {
        let flags: Vec<&str> = (0..3)
            .filter(|bit| mask >> bit & 1 == 1)
            .map(|bit| names[bit])
            .collect();
        assert_eq!(simple.holds(&flags), cond.holds(&flags), "{flags:?}");
    }
}
// ANCHOR_END: tests
