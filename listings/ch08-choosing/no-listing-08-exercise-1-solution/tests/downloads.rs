use download_manager::{Folder, Progress, Queue};
use std::thread;

// ANCHOR: tests
#[test]
fn a_download_goes_to_the_folder_set_last() {
    let folder = Folder::new("/home/ana/Downloads");
    let queue = Queue::new(&folder);
    let iso = queue.add("debian.iso");
    let backup = Queue::new(&Folder::new("/mnt/backup")).add("photos.tar");
    assert_eq!(iso.target(), "/home/ana/Downloads/debian.iso");
    folder.set("/media/usb");
    assert_eq!(iso.target(), "/media/usb/debian.iso");
    assert_eq!(backup.target(), "/mnt/backup/photos.tar");
}

#[test]
fn the_queue_keeps_the_folder_after_its_creator_lets_go() {
    let queue = {
        let folder = Folder::new("/home/ana/Downloads");
        Queue::new(&folder)
    };
    let iso = queue.add("debian.iso");
    assert_eq!(iso.target(), "/home/ana/Downloads/debian.iso");
}

#[test]
fn cancelling_takes_a_file_out_of_its_queue() {
    let queue = Queue::new(&Folder::new("/home/ana/Downloads"));
    let _iso = queue.add("debian.iso");
    let notes = queue.add("notes.pdf");
    assert_eq!(queue.files(), ["debian.iso", "notes.pdf"]);
    assert!(notes.cancel());
    assert!(!notes.cancel());
    assert_eq!(queue.files(), ["debian.iso"]);
}

#[test]
fn a_row_does_not_keep_its_closed_queue_alive() {
    let folder = Folder::new("/home/ana/Downloads");
    let queue = Queue::new(&folder);
    let iso = queue.add("debian.iso");
    drop(queue);
    assert!(!iso.cancel());
    assert_eq!(iso.target(), "/home/ana/Downloads/debian.iso");
}

#[test]
fn workers_on_four_threads_add_to_one_count() {
    fn assert_send<T: Send>() {}
    assert_send::<Progress>();
    let queue = Queue::new(&Folder::new("/home/ana/Downloads"));
    let iso = queue.add("debian.iso");
    let notes = queue.add("notes.pdf");
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let progress = iso.progress();
            thread::spawn(move || {
                for _ in 0..250 {
                    progress.add(4096);
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    assert_eq!(iso.received(), 4_096_000);
    assert_eq!(notes.received(), 0);
}
// ANCHOR_END: tests
