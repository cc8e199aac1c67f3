//! Autosave: when to write, and the recovery file for sessions with no file.
//!
//! A few seconds after a change the app writes the session: to its own file if
//! it has one, else to a recovery file in the platform data folder. On start,
//! a recovery file newer than the session it came from is offered back.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::session::Session;
use crate::store;

/// How long after the last change the session is written.
pub const QUIET_DELAY: Duration = Duration::from_secs(2);
/// Typing without pause still gets written this long after the first change.
pub const MAX_DELAY: Duration = Duration::from_secs(5);

/// Decides when unsaved changes are due to be written.
#[derive(Debug, Default)]
pub struct AutosaveTimer {
    /// The change count last seen, and when the first unwritten change came.
    seen_change: u64,
    first_unwritten: Option<Instant>,
    last_change: Option<Instant>,
    /// The next change is written at once: see [`Self::hurry`].
    urgent: bool,
}

impl AutosaveTimer {
    /// Tells the timer the document's change count at `now`.
    pub fn observe(&mut self, change: u64, now: Instant) {
        if change != self.seen_change {
            self.seen_change = change;
            self.first_unwritten.get_or_insert(now);
            self.last_change = Some(now);
        }
    }

    /// Writes the changes at once rather than after a pause: an answer just
    /// added by Enter is a whole piece of work, and the laptop may go down
    /// before the pause is over.
    pub fn hurry(&mut self) {
        self.urgent = true;
    }

    /// True when unwritten changes have waited long enough.
    pub fn is_due(&self, now: Instant) -> bool {
        match (self.first_unwritten, self.last_change) {
            (Some(_), Some(_)) if self.urgent => true,
            (Some(first), Some(last)) => {
                now.duration_since(last) >= QUIET_DELAY || now.duration_since(first) >= MAX_DELAY
            }
            _ => false,
        }
    }

    /// How long until [`Self::is_due`] becomes true, if anything is waiting.
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        let (first, last) = (self.first_unwritten?, self.last_change?);
        let due = (last + QUIET_DELAY).min(first + MAX_DELAY);
        Some(due.saturating_duration_since(now))
    }

    /// The changes seen so far have been written (or need not be).
    pub fn written(&mut self) {
        self.first_unwritten = None;
        self.last_change = None;
        self.urgent = false;
    }
}

/// Unsaved work kept in the platform data folder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recovery {
    /// The file the session belongs to, if it has one.
    pub source: Option<PathBuf>,
    pub written: jiff::Timestamp,
    pub session: Session,
}

impl Recovery {
    /// True when this recovery holds work that its source file does not: the
    /// session has no file, the file is gone, or the file is older.
    pub fn is_worth_offering(&self) -> bool {
        let Some(source) = &self.source else {
            return true;
        };
        let Ok(modified) = std::fs::metadata(source).and_then(|meta| meta.modified()) else {
            return true;
        };
        let Ok(modified) = jiff::Timestamp::try_from(modified) else {
            return true;
        };
        modified < self.written
    }
}

/// Where the recovery file lives on this machine, if the platform has a data folder.
pub fn default_recovery_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Plenary", "Plenary")
        .map(|dirs| dirs.data_dir().join("recovery.ron"))
}

/// Writes the recovery file atomically, creating its folder.
pub fn write_recovery(path: &Path, recovery: &Recovery) -> Result<(), store::WriteError> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)?;
    }
    let text = ron::ser::to_string_pretty(recovery, ron::ser::PrettyConfig::new())
        .map_err(std::io::Error::other)?;
    store::write_atomically(path, text.as_bytes())
}

/// Reads the recovery file. `Ok(None)` when there is none.
pub fn read_recovery(path: &Path) -> Result<Option<Recovery>, String> {
    if !path.exists() {
        return Ok(None);
    }
    // Read as a session file is: a regular file, of bounded size.
    let bytes = store::read_file(path)
        .map_err(|error| format!("{}: {:?}", path.display(), error.problem))?;
    let text = String::from_utf8_lossy(&bytes);
    ron::from_str(&text)
        .map(Some)
        .map_err(|error| format!("{}:{}: {}", path.display(), error.span.start, error.code))
}

/// Removes the recovery file; a missing one is fine.
pub fn remove_recovery(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_after_a_quiet_moment() {
        let start = Instant::now();
        let mut timer = AutosaveTimer::default();
        timer.observe(0, start);
        assert!(
            !timer.is_due(start + Duration::from_mins(1)),
            "nothing changed"
        );
        timer.observe(1, start);
        assert!(!timer.is_due(start + Duration::from_secs(1)));
        assert!(timer.is_due(start + QUIET_DELAY));
        timer.written();
        assert!(!timer.is_due(start + Duration::from_mins(1)));
    }

    #[test]
    fn a_hurried_change_is_written_at_once_and_the_next_waits_again() {
        let start = Instant::now();
        let mut timer = AutosaveTimer::default();
        timer.hurry();
        timer.observe(1, start);
        assert!(timer.is_due(start));
        timer.written();
        timer.observe(2, start);
        assert!(!timer.is_due(start));
    }

    #[test]
    fn continuous_typing_is_still_written() {
        let start = Instant::now();
        let mut timer = AutosaveTimer::default();
        let first = start + Duration::from_millis(600);
        for tick in 1..=8u32 {
            let now = start + Duration::from_millis(600) * tick;
            timer.observe(u64::from(tick), now);
            assert!(!timer.is_due(now), "a change a moment ago");
        }
        assert!(timer.is_due(first + MAX_DELAY));
    }

    #[test]
    fn recovery_round_trips_and_is_offered_when_newer_than_its_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let source = dir.path().join("session.ron");
        store::save(&source, &Session::template()).expect("saves");
        let path = dir.path().join("data").join("recovery.ron");
        let mut recovery = Recovery {
            source: Some(source),
            written: jiff::Timestamp::now() + jiff::SignedDuration::from_mins(1),
            session: Session::template(),
        };
        write_recovery(&path, &recovery).expect("writes");
        assert_eq!(read_recovery(&path), Ok(Some(recovery.clone())));
        assert!(recovery.is_worth_offering());
        recovery.written = jiff::Timestamp::UNIX_EPOCH;
        assert!(!recovery.is_worth_offering(), "the file is newer");
        remove_recovery(&path).expect("removes");
        assert_eq!(read_recovery(&path), Ok(None));
    }
}
