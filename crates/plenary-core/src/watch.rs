//! Watching a folder (a USB stick, a network share, a synced folder) for group
//! files, by polling: operating-system events do not arrive from network
//! shares, and polling also tells a file still being written from a whole one.
//!
//! A file is handed over once its size and modification time have stayed the
//! same across two scans, and again whenever it changes after that.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

/// Remembers what each file looked like at the last scan.
#[derive(Debug, Default)]
pub struct Scanner {
    seen: HashMap<PathBuf, Seen>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seen {
    len: u64,
    modified: Option<SystemTime>,
    handed_over: bool,
}

impl Scanner {
    /// Scans `folder` once; returns the session files that are new or changed
    /// and have stopped changing since the previous scan. A folder that
    /// cannot be read (a USB stick taken out) is an error, and what was seen
    /// before is kept, so files already handed over are not handed over again
    /// when it comes back unchanged.
    pub fn scan(&mut self, folder: &Path, skip: Option<&Path>) -> std::io::Result<Vec<PathBuf>> {
        let entries = std::fs::read_dir(folder)?;
        let mut ready = Vec::new();
        let mut present = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            if !is_session_file(&path) || skip.is_some_and(|skip| skip == path) {
                continue;
            }
            let Ok(meta) = entry.metadata() else {
                continue;
            };
            let now = Seen {
                len: meta.len(),
                modified: meta.modified().ok(),
                handed_over: false,
            };
            present.push(path.clone());
            match self.seen.get_mut(&path) {
                Some(before) if before.len == now.len && before.modified == now.modified => {
                    if !before.handed_over {
                        before.handed_over = true;
                        ready.push(path);
                    }
                }
                _ => {
                    self.seen.insert(path, now);
                }
            }
        }
        self.seen.retain(|path, _| present.contains(path));
        ready.sort();
        Ok(ready)
    }
}

/// What the last scan of a watched folder found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Look {
    /// When the folder was last scanned; `None` before the first scan.
    pub at: Option<SystemTime>,
    /// Whether the folder could be read then.
    pub found: bool,
}

/// `*.ron`, and not a hidden or temporary file (atomic writes use `.name.tmp`).
fn is_session_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|name| name.to_str()) else {
        return false;
    };
    !name.starts_with('.')
        && Path::new(name)
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("ron"))
}

/// A folder polled on a background thread.
pub struct FolderWatch {
    folder: PathBuf,
    stop: Arc<AtomicBool>,
    ready: Receiver<PathBuf>,
    look: Arc<Mutex<Look>>,
}

impl FolderWatch {
    /// Starts polling `folder` every `interval`; `wake` is called when files
    /// are ready or the folder goes or comes back, so the window can collect
    /// them and say so without polling itself.
    pub fn start(
        folder: PathBuf,
        skip: Option<PathBuf>,
        interval: Duration,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let (sender, ready) = channel();
        let thread_stop = Arc::clone(&stop);
        let thread_folder = folder.clone();
        let look = Arc::new(Mutex::new(Look::default()));
        let thread_look = Arc::clone(&look);
        std::thread::spawn(move || {
            let mut scanner = Scanner::default();
            while !thread_stop.load(Ordering::Relaxed) {
                let scan = scanner.scan(&thread_folder, skip.as_deref());
                let now = Look {
                    at: Some(SystemTime::now()),
                    found: scan.is_ok(),
                };
                let before = std::mem::replace(
                    &mut *thread_look.lock().unwrap_or_else(PoisonError::into_inner),
                    now,
                );
                let files = scan.unwrap_or_default();
                for file in &files {
                    if sender.send(file.clone()).is_err() {
                        return;
                    }
                }
                if !files.is_empty() || before.found != now.found {
                    wake();
                }
                std::thread::sleep(interval);
            }
        });
        Self {
            folder,
            stop,
            ready,
            look,
        }
    }

    /// What the last scan found.
    pub fn look(&self) -> Look {
        *self.look.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// The files that became ready since the last call.
    pub fn ready(&self) -> Vec<PathBuf> {
        self.ready.try_iter().collect()
    }
}

impl Drop for FolderWatch {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_handed_over_once_it_stops_changing_and_again_when_it_changes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("group-3.ron");
        let mut scanner = Scanner::default();
        let mut scan = |skip: Option<&Path>| scanner.scan(dir.path(), skip).expect("readable");
        std::fs::write(&file, "Session(").expect("writes");
        std::fs::write(dir.path().join(".group-3.ron.tmp"), "x").expect("writes");
        std::fs::write(dir.path().join("notes.txt"), "x").expect("writes");
        assert!(scan(None).is_empty(), "first sight: maybe still copying");
        std::fs::write(&file, "Session(format: 1").expect("still being written");
        assert!(scan(None).is_empty(), "it changed");
        assert_eq!(
            scan(None),
            std::slice::from_ref(&file),
            "it stopped changing"
        );
        assert!(scan(None).is_empty(), "handed over once");
        std::fs::write(&file, "Session(format: 1, more)").expect("updated later");
        assert!(scan(None).is_empty());
        assert_eq!(scan(None), std::slice::from_ref(&file));
        assert!(scan(Some(&file)).is_empty(), "skipped");
    }

    #[test]
    fn the_watch_thread_reports_files_and_stops() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("g.ron");
        std::fs::write(&file, "Session()").expect("writes");
        let (woke, woken) = channel();
        let watch = FolderWatch::start(
            dir.path().to_path_buf(),
            None,
            Duration::from_millis(5),
            move || {
                let _ = woke.send(());
            },
        );
        // Woken when the folder is first found, then when the file is ready.
        let mut ready = Vec::new();
        while ready.is_empty() {
            woken.recv_timeout(Duration::from_secs(10)).expect("woken");
            ready = watch.ready();
        }
        assert_eq!(ready, [file]);
        assert_eq!(watch.folder(), dir.path());
        let look = watch.look();
        assert!(look.found && look.at.is_some());
    }

    #[test]
    fn a_folder_taken_away_is_an_error_and_nothing_is_handed_over_twice_when_it_is_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let stick = dir.path().join("stick");
        std::fs::create_dir(&stick).expect("folder");
        std::fs::write(stick.join("g.ron"), "Session()").expect("writes");
        let mut scanner = Scanner::default();
        assert!(scanner.scan(&stick, None).expect("there").is_empty());
        assert_eq!(scanner.scan(&stick, None).expect("there").len(), 1);
        let away = dir.path().join("away");
        std::fs::rename(&stick, &away).expect("taken out");
        assert!(scanner.scan(&stick, None).is_err(), "gone");
        std::fs::rename(&away, &stick).expect("put back");
        assert!(scanner.scan(&stick, None).expect("back").is_empty());
        std::fs::write(stick.join("h.ron"), "Session()").expect("a new file");
        scanner.scan(&stick, None).expect("back");
        assert_eq!(
            scanner.scan(&stick, None).expect("back"),
            [stick.join("h.ron")]
        );
    }
}
