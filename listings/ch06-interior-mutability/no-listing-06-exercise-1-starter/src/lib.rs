use std::collections::HashMap;

/// Prices from a slow source, remembered after the first lookup.
pub struct Prices {
    source: fn(&str) -> u64,
    known: HashMap<String, u64>,
    lookups: u32,
}

impl Prices {
    pub fn new(source: fn(&str) -> u64) -> Prices {
        Prices {
            source,
            known: HashMap::new(),
            lookups: 0,
        }
    }

    /// The price of `sku`; asks the source only the first time.
    pub fn price(&self, sku: &str) -> u64 {
        todo!()
    }

    /// How many times the source was asked.
    pub fn lookups(&self) -> u32 {
        todo!()
    }
}
