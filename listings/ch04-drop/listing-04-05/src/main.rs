struct Asset {
    file: &'static str,
}

impl Asset {
    fn load(file: &'static str) -> Asset {
        println!("  loaded {file}");
        Asset { file }
    }
}

impl Drop for Asset {
    fn drop(&mut self) {
        println!("  freed {}", self.file);
    }
}

struct Level {
    name: &'static str,
    map: Asset,
    music: Asset,
    sprites: Asset,
}

impl Drop for Level {
    fn drop(&mut self) {
        let files = [self.map.file, self.music.file, self.sprites.file];
        println!("unloading {}: {} still loaded", self.name, files.join(", "));
    }
}

fn main() {
    let harbor = Level {
        name: "Harbor",
        sprites: Asset::load("harbor-sprites.png"),
        music: Asset::load("harbor-theme.ogg"),
        map: Asset::load("harbor.map"),
    };
    println!("playing {}", harbor.name);
}
