use std::collections::HashMap;

/// A build tool's settings, by name.
#[derive(Default)]
pub struct Config {
    values: HashMap<String, String>,
}

impl Config {
    pub fn new() -> Config {
        Config::default()
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.values.get(key).map(String::as_str)
    }

    pub fn set(&mut self, key: &str, value: &str) {
        self.values.insert(key.to_owned(), value.to_owned());
    }

    /// Sets `key` to `value` until the returned guard is dropped.
    pub fn set_for_now(&mut self, key: &str, value: &str) -> Restore<'_> {
        todo!()
    }
}

/// Puts back the value `key` had before, or removes `key` if it had none.
#[must_use = "the old value comes back as soon as the guard is dropped"]
pub struct Restore<'a> {
    config: &'a mut Config,
    // Add the fields the guard needs to restore the old value.
}

impl Restore<'_> {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.config.get(key)
    }

    /// Another setting for now, inside this one.
    pub fn set_for_now(&mut self, key: &str, value: &str) -> Restore<'_> {
        self.config.set_for_now(key, value)
    }
}

impl Drop for Restore<'_> {
    fn drop(&mut self) {
        todo!()
    }
}
