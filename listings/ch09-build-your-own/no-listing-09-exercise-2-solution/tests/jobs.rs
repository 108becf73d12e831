use target_self_link::{Rc, Target, Weak};

// ANCHOR: tests
#[test]
fn a_job_reaches_its_target() {
    let target = Target::new("parser.o");
    let job = target.spawn_job();
    assert_eq!(job.target_name().as_deref(), Some("parser.o"));
    assert_eq!(Rc::strong_count(&target), 1);
    // The target's own link and the job's.
    assert_eq!(Rc::weak_count(&target), 2);
    assert_eq!(job.target.weak_count(), 2);
}

#[test]
fn the_link_does_not_upgrade_while_the_value_is_built() {
    let output = Rc::new_cyclic(|me: &Weak<String>| {
        assert!(me.upgrade().is_none());
        assert_eq!(me.strong_count(), 0);
        assert_eq!(me.weak_count(), 0);
        String::from("target/app")
    });
    assert_eq!(*output, "target/app");
    assert_eq!(Rc::strong_count(&output), 1);
    assert_eq!(Rc::weak_count(&output), 0);
}

#[test]
fn jobs_outlive_their_target() {
    let target = Target::new("lexer.o");
    let job = target.spawn_job();
    let retry = job.clone();
    assert_eq!(Rc::weak_count(&target), 3);
    drop(target);
    assert_eq!(job.target_name(), None);
    assert_eq!(retry.target.strong_count(), 0);
    assert_eq!(retry.target.weak_count(), 0);
    let another_retry = retry.clone();
    drop(job);
    drop(retry);
    assert_eq!(another_retry.target_name(), None);
}

#[test]
fn a_failing_rule_leaves_no_block_behind() {
    let app = Target::new("app");
    let failed = std::panic::catch_unwind(|| {
        Rc::new_cyclic(|me: &Weak<String>| {
            let _job_link = me.clone();
            panic!("no rule to make `tokens.h`")
        })
    });
    assert!(failed.is_err());
    assert_eq!(app.spawn_job().target_name().as_deref(), Some("app"));
}
// ANCHOR_END: tests
