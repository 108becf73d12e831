struct Parser<'s> {
    rest: &'s str,
}

impl Parser<'_> {
    fn eat(&mut self, symbol: char) -> bool {
        self.rest = self.rest.trim_start();
        match self.rest.strip_prefix(symbol) {
            Some(after) => {
                self.rest = after;
                true
            }
            None => false,
        }
    }

    fn atom(&mut self) -> Expr {
        if self.eat('(') {
            let inner = self.sum();
            assert!(self.eat(')'), "expected `)` before {:?}", self.rest);
            return inner;
        }
        let end = self
            .rest
            .find(|c: char| !c.is_ascii_digit() && c != '.')
            .unwrap_or(self.rest.len());
        let (digits, after) = self.rest.split_at(end);
        self.rest = after;
        Expr::Number(digits.parse().expect("expected a number"))
    }
}

// ANCHOR: tree
#[derive(Debug)]
enum Expr {
    Number(f64),
    Add(Box<Expr>, Box<Expr>),
    Multiply(Box<Expr>, Box<Expr>),
}

impl Expr {
    fn evaluate(&self) -> f64 {
        match self {
            Expr::Number(value) => *value,
            Expr::Add(left, right) => left.evaluate() + right.evaluate(),
            Expr::Multiply(left, right) => left.evaluate() * right.evaluate(),
        }
    }
}

impl Parser<'_> {
    fn sum(&mut self) -> Expr {
        let mut tree = self.product();
        while self.eat('+') {
            tree = Expr::Add(Box::new(tree), Box::new(self.product()));
        }
        tree
    }

    fn product(&mut self) -> Expr {
        let mut tree = self.atom();
        while self.eat('*') {
            tree = Expr::Multiply(Box::new(tree), Box::new(self.atom()));
        }
        tree
    }
}

fn parse(source: &str) -> Expr {
    Parser { rest: source }.sum()
}

fn main() {
    let tree = parse("2 * (3 + 4.5)");
    println!("{tree:?}");
    println!("value: {}", tree.evaluate());
    println!("an Expr is {} bytes", size_of::<Expr>());
}
// ANCHOR_END: tree
