enum Expr {
    Number(f64),
    Add(Expr, Expr),
    Multiply(Expr, Expr),
}

fn main() {}
