use config_override::Config;

// ANCHOR: tests
#[test]
fn the_old_value_comes_back() {
    let mut config = Config::new();
    config.set("profile", "debug");
    {
        let release = config.set_for_now("profile", "release");
        assert_eq!(release.get("profile"), Some("release"));
    }
    assert_eq!(config.get("profile"), Some("debug"));
}

#[test]
fn a_setting_that_was_absent_goes_away_again() {
    let mut config = Config::new();
    {
        let offline = config.set_for_now("offline", "true");
        assert_eq!(offline.get("offline"), Some("true"));
    }
    assert_eq!(config.get("offline"), None);
}

#[test]
fn nested_settings_come_back_innermost_first() {
    let mut config = Config::new();
    config.set("profile", "debug");
    {
        let mut release = config.set_for_now("profile", "release");
        {
            let bench = release.set_for_now("profile", "bench");
            assert_eq!(bench.get("profile"), Some("bench"));
        }
        assert_eq!(release.get("profile"), Some("release"));
    }
    assert_eq!(config.get("profile"), Some("debug"));
}

#[test]
fn an_early_return_still_restores() {
    fn build(config: &mut Config, targets: &[&str]) -> Option<Vec<String>> {
        let release = config.set_for_now("profile", "release");
        let mut built = Vec::new();
        for target in targets {
            let name = target.strip_suffix(".rs")?;
            built.push(format!("{name} ({})", release.get("profile")?));
        }
        Some(built)
    }
    let mut config = Config::new();
    config.set("profile", "debug");
    assert_eq!(build(&mut config, &["main.rs", "Makefile"]), None);
    assert_eq!(config.get("profile"), Some("debug"));
    let built = build(&mut config, &["main.rs"]).unwrap();
    assert_eq!(built, ["main (release)"]);
    assert_eq!(config.get("profile"), Some("debug"));
}
// ANCHOR_END: tests
