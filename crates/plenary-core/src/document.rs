//! The open document: a session, the file it belongs to, its undo history and
//! whether it has changed since it was last written.

use std::hash::{Hash as _, Hasher as _};
use std::path::{Path, PathBuf};

use crate::action::{Action, ActionError, History};
use crate::merge::{self, Accept, FileReport, Take};
use crate::session::{ReplicaId, Session};
use crate::store::{self, SaveError};

/// A session being worked on.
#[derive(Debug)]
pub struct Document {
    session: Session,
    /// The file the session was opened from or last saved to.
    path: Option<PathBuf>,
    history: History,
    /// Counts every change (edit, undo, redo); compared with `saved_change`.
    change: u64,
    saved_change: u64,
    /// The file as this document last read or wrote it, to tell when
    /// something else (another Plenary window, a synced folder) wrote it since.
    stamp: Option<FileStamp>,
}

/// A file's content, as its length and a hash of its bytes. Not its time:
/// USB sticks and network shares keep times too coarse to tell two saves in
/// a row apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct FileStamp {
    len: usize,
    hash: u64,
}

impl FileStamp {
    fn of(bytes: &[u8]) -> FileStamp {
        let mut hasher = std::hash::DefaultHasher::new();
        bytes.hash(&mut hasher);
        FileStamp {
            len: bytes.len(),
            hash: hasher.finish(),
        }
    }
}

/// Why the file's newer content could not be taken in.
#[derive(Debug)]
pub enum DiskChange {
    Unreadable(store::LoadError),
    /// The file now holds another session, of this title.
    OtherSession {
        theirs: String,
    },
    /// Its content could not be added to this session.
    Refused(ActionError),
}

impl Document {
    /// A document for a session that has no file yet (the template, a recovery).
    pub fn untitled(session: Session) -> Self {
        Self {
            session,
            path: None,
            history: History::default(),
            change: 0,
            saved_change: 0,
            stamp: None,
        }
    }

    /// A document for a session just read from `path`.
    pub fn opened(session: Session, path: PathBuf) -> Self {
        Self {
            stamp: store::read_file(&path)
                .ok()
                .map(|bytes| FileStamp::of(&bytes)),
            path: Some(path),
            ..Self::untitled(session)
        }
    }

    /// Takes in what another writer (a second Plenary window on the same
    /// file, a synced folder) put in the document's file since this one last
    /// read or wrote it: the whole session merges, as another copy of this
    /// one, every item by its version (an edit made there and here is kept
    /// as a conflict). One undoable step. Returns what it brought, or `None`
    /// when the file is as we left it; on an error the file must not be
    /// written over.
    pub fn take_in_changes_on_disk(&mut self) -> Result<Option<FileReport>, DiskChange> {
        let Some(path) = self.path.clone() else {
            return Ok(None);
        };
        // A file gone (or unreadable) is written again as it was.
        let Ok(bytes) = store::read_file(&path) else {
            return Ok(None);
        };
        let stamp = Some(FileStamp::of(&bytes));
        if stamp == self.stamp {
            return Ok(None);
        }
        let theirs = store::parse_file(&path, &bytes).map_err(DiskChange::Unreadable)?;
        let plan = merge::plan(
            &self.session,
            &theirs,
            Accept::SameSession,
            Take::Everything,
        )
        .map_err(|_| DiskChange::OtherSession {
            theirs: theirs.title.clone(),
        })?;
        let brought = match plan.action {
            Some(action) => {
                self.apply(action).map_err(DiskChange::Refused)?;
                Some(plan.report)
            }
            None => None,
        };
        self.stamp = stamp;
        Ok(brought)
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// True when the session differs from what was last written to its file
    /// (always true for a changed session that has no file).
    pub fn is_dirty(&self) -> bool {
        self.change != self.saved_change
    }

    /// A number that changes whenever the session does.
    pub fn change_count(&self) -> u64 {
        self.change
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    /// Applies one action as one undoable step, as it stands: a merge, whose
    /// versions carry their own clocks.
    pub fn apply(&mut self, action: Action) -> Result<(), ActionError> {
        self.history.apply(&mut self.session, action)?;
        self.change += 1;
        Ok(())
    }

    /// Applies an edit a person made on this laptop (`replica`) as one
    /// undoable step: what it changes becomes a new version, so it merges
    /// with other laptops' (see `action::Touched`). Typing on in one field
    /// folds into the step, and its version, that the first key began.
    pub fn edit(&mut self, action: Action, replica: ReplicaId) -> Result<(), ActionError> {
        if self.history.would_fold(&action) {
            return self.apply(action);
        }
        let touched = crate::action::Touched::by(&self.session, &action);
        self.apply(action)?;
        if let Some(stamps) = touched.stamps(&self.session, replica) {
            self.history.extend_last(&mut self.session, stamps)?;
        }
        Ok(())
    }

    /// Ends the current undo step, so the next text edit starts a new one.
    pub fn seal(&mut self) {
        self.history.seal();
    }

    pub fn undo(&mut self) -> bool {
        let undone = self.history.undo(&mut self.session);
        self.change += u64::from(undone);
        undone
    }

    pub fn redo(&mut self) -> bool {
        let redone = self.history.redo(&mut self.session);
        self.change += u64::from(redone);
        redone
    }

    /// Writes the session to `path` atomically and makes it the document's file.
    pub fn save_to(&mut self, path: &Path) -> Result<(), SaveError> {
        let bytes = store::file_bytes(&self.session);
        store::save_bytes(path, &bytes)?;
        self.stamp = Some(FileStamp::of(&bytes));
        self.path = Some(path.to_path_buf());
        self.saved_change = self.change;
        self.history.seal();
        Ok(())
    }

    /// Marks the document as changed even though no action ran (a restored
    /// recovery is unsaved work).
    pub fn mark_unsaved(&mut self) {
        self.change += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::TextField;

    #[test]
    fn a_file_as_this_window_left_it_is_not_merged_and_a_broken_one_stops_the_save() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("session.ron");
        let mut doc = Document::untitled(Session::template());
        doc.save_to(&path).expect("saves");
        let change = doc.change_count();
        assert!(matches!(doc.take_in_changes_on_disk(), Ok(None)));
        assert_eq!(doc.change_count(), change, "nothing taken in");
        // Something else writes a file that is no session any more.
        std::fs::write(&path, "not a session").expect("writes");
        assert!(matches!(
            doc.take_in_changes_on_disk(),
            Err(DiskChange::Unreadable(_))
        ));
        // Another session written over it.
        store::save(&path, &Session::blank()).expect("saves");
        assert!(matches!(
            doc.take_in_changes_on_disk(),
            Err(DiskChange::OtherSession { .. })
        ));
    }

    #[test]
    fn saving_clears_dirty_and_undo_after_save_dirties_again() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("session.ron");
        let mut doc = Document::untitled(Session::template());
        assert!(!doc.is_dirty());
        doc.apply(Action::SetText {
            field: TextField::Venue,
            value: "Geneva".into(),
        })
        .expect("applies");
        assert!(doc.is_dirty());
        doc.save_to(&path).expect("saves");
        assert!(!doc.is_dirty());
        assert_eq!(store::load(&path).expect("loads"), *doc.session());
        assert!(doc.undo());
        assert!(doc.is_dirty());
    }
}
