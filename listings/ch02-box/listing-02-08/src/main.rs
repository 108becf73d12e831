use std::mem::size_of;
use std::ptr;

// ANCHOR: snapshots
struct Snapshot {
    turn: u32,
    cells: [[u8; 256]; 256],
}

fn take_snapshot(turn: u32) -> Box<Snapshot> {
    let mut snapshot = Box::new(Snapshot {
        turn,
        cells: [[0; 256]; 256],
    });
    snapshot.cells[128][128] = 1;
    snapshot
}

fn main() {
    println!("Snapshot:      {} bytes", size_of::<Snapshot>());
    println!("Box<Snapshot>: {} bytes", size_of::<Box<Snapshot>>());

    let mut history: Vec<Box<Snapshot>> = Vec::new();
    for turn in 1..=4 {
        history.push(take_snapshot(turn));
    }
    let third: *const Snapshot = &*history[2];

    let oldest = history.remove(0);
    println!("removed turn {}, kept {}", oldest.turn, history.len());
    println!(
        "turn {} still at the same heap address: {}",
        history[1].turn,
        ptr::eq(third, &*history[1])
    );
}
// ANCHOR_END: snapshots
