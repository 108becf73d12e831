use price_cache::Prices;

// ANCHOR: tests
fn catalogue(sku: &str) -> u64 {
    match sku {
        "pen" => 120,
        "ink" => 450,
        _ => 0,
    }
}

fn total(price: impl Fn(&str) -> u64, basket: &[&str]) -> u64 {
    basket.iter().map(|sku| price(sku)).sum()
}

#[test]
fn a_shared_reference_is_enough() {
    let prices = Prices::new(catalogue);
    let shared = &prices;
    assert_eq!(total(|sku| shared.price(sku), &["pen", "ink", "pen"]), 690);
}

#[test]
fn each_sku_is_looked_up_once() {
    let prices = Prices::new(catalogue);
    total(|sku| prices.price(sku), &["pen", "ink", "pen", "pen"]);
    assert_eq!(prices.lookups(), 2);
}
// ANCHOR_END: tests
