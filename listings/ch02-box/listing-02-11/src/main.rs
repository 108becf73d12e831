// ANCHOR: frame
const WIDTH: usize = 3840;
const HEIGHT: usize = 2160;

struct Frame {
    pixels: [u32; WIDTH * HEIGHT],
}

fn blank_frame() -> Frame {
    Frame {
        pixels: [0; WIDTH * HEIGHT],
    }
}

fn open_canvas() -> Box<Frame> {
    Box::new(blank_frame())
}

fn main() {
    println!("a Frame is {} bytes", size_of::<Frame>());
    let canvas = open_canvas();
    println!("first pixel: {:#010x}", canvas.pixels[0]);
}
// ANCHOR_END: frame
