use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Prices from a slow source, remembered after the first lookup.
pub struct Prices {
    source: fn(&str) -> u64,
    known: RefCell<HashMap<String, u64>>,
    lookups: Cell<u32>,
}

impl Prices {
    pub fn new(source: fn(&str) -> u64) -> Prices {
        Prices {
            source,
            known: RefCell::new(HashMap::new()),
            lookups: Cell::new(0),
        }
    }

    /// The price of `sku`; asks the source only the first time.
    pub fn price(&self, sku: &str) -> u64 {
        if let Some(&price) = self.known.borrow().get(sku) {
            return price;
        }
        let price = (self.source)(sku);
        self.lookups.update(|lookups| lookups + 1);
        self.known.borrow_mut().insert(sku.to_owned(), price);
        price
    }

    /// How many times the source was asked.
    pub fn lookups(&self) -> u32 {
        self.lookups.get()
    }
}
