const WIDTH: usize = 3840;
const HEIGHT: usize = 2160;

struct Frame {
    pixels: [u32; WIDTH * HEIGHT],
}

// ANCHOR: heap
fn blank_pixels() -> Box<[u32]> {
    vec![0; WIDTH * HEIGHT].into_boxed_slice()
}

fn blank_frame() -> Box<Frame> {
    let frame = Box::<Frame>::new_zeroed();
    // SAFETY: a `Frame` is an array of `u32`, and every `u32` may be zero.
    unsafe { frame.assume_init() }
}

fn main() {
    let pixels = blank_pixels();
    println!(
        "{} pixels, {} bytes",
        pixels.len(),
        size_of::<u32>() * pixels.len()
    );

    let mut canvas = blank_frame();
    canvas.pixels[WIDTH + 1] = 0xff00_00ff;
    println!("a Frame is {} bytes", size_of::<Frame>());
    println!("pixel (1, 1): {:#010x}", canvas.pixels[WIDTH + 1]);
}
// ANCHOR_END: heap
