use std::collections::VecDeque;
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

const KEPT: usize = 3;

fn main() {
    println!("Snapshot:      {} bytes", size_of::<Snapshot>());
    println!("Box<Snapshot>: {} bytes", size_of::<Box<Snapshot>>());

    let mut rewind: VecDeque<Box<Snapshot>> = VecDeque::with_capacity(KEPT);
    let mut turn_four: *const Snapshot = ptr::null();
    for turn in 1..=5 {
        let snapshot = take_snapshot(turn);
        if turn == 4 {
            turn_four = ptr::from_ref(&*snapshot);
        }
        if rewind.len() == KEPT {
            rewind.pop_front();
        }
        rewind.push_back(snapshot);
    }
    let oldest = rewind.front().map(|snapshot| snapshot.turn);
    println!("kept {} snapshots, oldest turn {:?}", rewind.len(), oldest);

    rewind.pop_back();
    let restored = rewind.pop_back().expect("two snapshots are left");
    println!("rewound to turn {}", restored.turn);
    println!(
        "same heap address: {}",
        ptr::eq(turn_four, ptr::from_ref(&*restored))
    );
}
// ANCHOR_END: snapshots
