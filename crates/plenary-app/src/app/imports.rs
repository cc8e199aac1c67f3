//! Group files coming in: from the dialog, dropped on the window, or found
//! in a watched folder; each merged as one undoable step, and what each
//! brought kept for the Synthesis view.

use std::path::{Path, PathBuf};

use plenary_core::merge::{self, Accept, FileReport, Take};
use plenary_core::store;
use plenary_core::watch::{FolderWatch, Look};

use super::{PlenaryApp, absolute};
use crate::words::{fl, say};

/// How often a watched folder is scanned.
const WATCH_INTERVAL: std::time::Duration = std::time::Duration::from_secs(2);

/// What happened to one imported file.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportLine {
    pub file: PathBuf,
    pub outcome: ImportOutcome,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportOutcome {
    Merged(FileReport),
    /// The file could not be read; the message names the line and column.
    Unreadable(String),
    /// The file belongs to another session; it can be imported deliberately.
    OtherSession(String),
}

/// The import job's state between frames.
#[derive(Default)]
pub(crate) struct Imports {
    /// What the last imports did, newest first.
    lines: Vec<ImportLine>,
    watch: Option<FolderWatch>,
    /// Dropped or watched files not imported yet (a question is open).
    waiting: Vec<PathBuf>,
}

impl Imports {
    pub(super) fn lines(&self) -> &[ImportLine] {
        &self.lines
    }

    /// The folder watched, and what its last scan found.
    pub(super) fn watched(&self) -> Option<(&Path, Look)> {
        self.watch
            .as_ref()
            .map(|watch| (watch.folder(), watch.look()))
    }

    /// Watches `wanted` (the folder this laptop watches for the open
    /// session, kept in its preferences), skipping the session's file `own`;
    /// stops watching when nothing is wanted. A folder already watched goes
    /// on being watched.
    pub(super) fn follow(
        &mut self,
        ctx: &egui::Context,
        wanted: Option<&Path>,
        own: Option<&Path>,
    ) {
        if self.watch.as_ref().map(FolderWatch::folder) == wanted {
            return;
        }
        self.watch = wanted.map(|folder| {
            let wake = ctx.clone();
            FolderWatch::start(
                folder.to_path_buf(),
                own.map(Path::to_path_buf),
                WATCH_INTERVAL,
                move || wake.request_repaint(),
            )
        });
    }

    /// Takes the files dropped on the window and those the watched folder
    /// found (never the session's own file `own`, wherever it was saved
    /// since) into the waiting list. True when files were dropped: the
    /// person is taken to the Synthesis view to see them come in.
    pub(super) fn collect(&mut self, ctx: &egui::Context, own: Option<&Path>) -> bool {
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_path_buf())
                .collect()
        });
        let any_dropped = !dropped.is_empty();
        self.waiting.extend(dropped);
        if let Some(watch) = &self.watch {
            let own = own.map(absolute);
            let ready = watch.ready().into_iter();
            self.waiting
                .extend(ready.filter(|file| Some(absolute(file)) != own));
        }
        any_dropped
    }

    /// The files waiting to be imported, if any.
    pub(super) fn take_waiting(&mut self) -> Option<Vec<PathBuf>> {
        (!self.waiting.is_empty()).then(|| std::mem::take(&mut self.waiting))
    }

    /// Lists what `lines` did first. A file shows only its latest import: a
    /// broken copy replaced by a good one is no longer listed as broken.
    fn record(&mut self, mut lines: Vec<ImportLine>) {
        lines.reverse();
        self.lines
            .retain(|old| !lines.iter().any(|new| new.file == old.file));
        lines.append(&mut self.lines);
        self.lines = lines;
    }

    /// Forgets what an earlier import of `file` did (it is imported again).
    pub(super) fn forget(&mut self, file: &Path) {
        self.lines.retain(|line| line.file != file);
    }
}

impl PlenaryApp {
    /// Merges each file into the session, one undoable step per file, and
    /// records what each brought. A file that cannot be merged changes nothing.
    pub(super) fn import(&mut self, paths: Vec<PathBuf>, accept: Accept, take: Take) {
        let mut lines = Vec::with_capacity(paths.len());
        for file in paths {
            let outcome = match store::load(&file) {
                Err(error) => ImportOutcome::Unreadable(say(&error)),
                Ok(incoming) => match merge::plan(self.doc.session(), &incoming, accept, take) {
                    Err(error) => ImportOutcome::OtherSession(say(&error)),
                    Ok(plan) => {
                        if let Some(action) = plan.action
                            && let Err(error) = self.doc.apply(action)
                        {
                            self.notices
                                .error(fl!("notice-edit-refused", reason = say(&error)));
                        }
                        self.doc.seal();
                        ImportOutcome::Merged(plan.report)
                    }
                },
            };
            lines.push(ImportLine { file, outcome });
        }
        self.imports.record(lines);
    }
}
