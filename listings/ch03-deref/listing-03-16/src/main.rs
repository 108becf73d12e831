use std::ops::Deref;

// ANCHOR: shown
struct Account {
    name: String,
}

impl Account {
    fn display_name(&self) -> &str {
        &self.name
    }
}

trait Notify {
    fn notify(&self, message: &str);
}

impl Notify for Account {
    fn notify(&self, message: &str) {
        println!("to {}: {message}", self.name);
    }
}

struct Admin {
    account: Account,
    can_deploy: bool,
}

impl Deref for Admin {
    type Target = Account;

    fn deref(&self) -> &Account {
        &self.account
    }
}

fn broadcast<T: Notify>(recipients: &[T], message: &str) {
    for recipient in recipients {
        recipient.notify(message);
    }
}

fn main() {
    let admin = Admin {
        account: Account {
            name: String::from("Priya"),
        },
        can_deploy: true,
    };
    println!("{} can deploy: {}", admin.display_name(), admin.can_deploy);
    admin.notify("the deploy starts at 18:00");
    broadcast(&[admin], "the deploy is done");
}
// ANCHOR_END: shown
