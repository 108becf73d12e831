use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let lines = ["port = 9000", "workers 8"];
    for line in lines {
        let (key, value) =
            line.split_once('=').ok_or("expected `key = value`")?;
        let number: u32 = value.trim().parse()?;
        println!("{} is {number}", key.trim());
    }
    Ok(())
}
