use std::collections::HashMap;
use std::rc::{Rc, Weak};

struct Thumbnail {
    path: String,
    pixels: Vec<u8>,
}

impl Drop for Thumbnail {
    fn drop(&mut self) {
        println!("  freeing the thumbnail of {}", self.path);
    }
}

// ANCHOR: cache
#[derive(Default)]
struct ThumbnailCache {
    entries: HashMap<String, Weak<Thumbnail>>,
}

impl ThumbnailCache {
    fn get(&mut self, path: &str) -> Rc<Thumbnail> {
        let cached = self.entries.get(path).and_then(Weak::upgrade);
        if let Some(thumbnail) = cached {
            println!("  cache hit: {path}");
            return thumbnail;
        }
        let thumbnail = Rc::new(Thumbnail {
            path: path.to_string(),
            pixels: vec![0; 64 * 64 * 3],
        });
        println!("  rendered {path}: {} bytes", thumbnail.pixels.len());
        self.entries
            .insert(path.to_string(), Rc::downgrade(&thumbnail));
        thumbnail
    }

    fn purge(&mut self) -> usize {
        let before = self.entries.len();
        self.entries.retain(|_, entry| entry.strong_count() > 0);
        before - self.entries.len()
    }
}

fn main() {
    let mut cache = ThumbnailCache::default();
    println!("gallery opens:");
    let gallery = vec![cache.get("beach.jpg"), cache.get("harbour.jpg")];
    println!("slideshow opens:");
    let slideshow = cache.get("beach.jpg");
    println!("  shared: {}", Rc::ptr_eq(&gallery[0], &slideshow));

    println!("gallery closes:");
    drop(gallery);
    println!("slideshow closes:");
    drop(slideshow);
    println!("purged {} dead entries", cache.purge());

    println!("slideshow opens again:");
    let slideshow = cache.get("beach.jpg");
    println!("  on screen: {}", slideshow.path);
}
// ANCHOR_END: cache
