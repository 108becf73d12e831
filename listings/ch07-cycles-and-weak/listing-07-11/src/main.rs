#[derive(Debug)]
struct Track {
    title: String,
}

#[derive(Debug)]
struct Playlist {
    tracks: Vec<Track>,
    current: usize,
}

impl Playlist {
    fn new(titles: &[&str]) -> Playlist {
        let tracks = titles
            .iter()
            .map(|title| Track {
                title: title.to_string(),
            })
            .collect();
        Playlist { tracks, current: 0 }
    }

    fn current(&self) -> Option<&Track> {
        self.tracks.get(self.current)
    }

    fn next(&mut self) -> Option<&Track> {
        if self.current + 1 < self.tracks.len() {
            self.current += 1;
            self.current()
        } else {
            None
        }
    }

    fn previous(&mut self) -> Option<&Track> {
        self.current = self.current.checked_sub(1)?;
        self.current()
    }
}

fn title(track: Option<&Track>) -> &str {
    track.map_or("(none)", |track| &track.title)
}

fn main() {
    let mut playlist = Playlist::new(&["Overture", "Interlude", "Finale"]);
    println!("playing {}", title(playlist.current()));
    println!("next: {}", title(playlist.next()));
    println!("next: {}", title(playlist.next()));
    println!("next: {}", title(playlist.next()));
    println!("previous: {}", title(playlist.previous()));
    println!("{playlist:?}");
}
