// ANCHOR: parse
enum Expr<'a> {
    Number(f64),
    Add(&'a Expr<'a>, &'a Expr<'a>),
}

fn parse_sum(source: &str) -> Expr<'_> {
    let (left, right) = source.split_once('+').expect("a sum has a `+`");
    let left = Expr::Number(left.trim().parse().expect("a number"));
    let right = Expr::Number(right.trim().parse().expect("a number"));
    Expr::Add(&left, &right)
}
// ANCHOR_END: parse

fn evaluate(expr: &Expr) -> f64 {
    match expr {
        Expr::Number(value) => *value,
        Expr::Add(left, right) => evaluate(left) + evaluate(right),
    }
}

fn main() {
    let tree = parse_sum("4.5 + 2");
    println!("{}", evaluate(&tree));
}
