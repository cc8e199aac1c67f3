//! The session's file: open, save, autosave two seconds after a change,
//! recovery of work that has no file, and the question "save changes?"
//! before anything that would drop them.

use std::path::{Path, PathBuf};
use std::time::Instant;

use plenary_core::autosave::{self, AutosaveTimer, Recovery};
use plenary_core::document::Document;
use plenary_core::session::Session;
use plenary_core::store;

use super::{PlenaryApp, absolute, suggested_file_name};
use crate::words::{fl, say, words};

/// What to do once the person has answered "save changes?".
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Pending {
    Close,
    New(Start),
    Open(PathBuf),
}

/// What a new session starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Start {
    Blank,
    Template,
}

/// The state of the file job between frames.
pub(crate) struct Files {
    autosave: AutosaveTimer,
    recovery_path: Option<PathBuf>,
    /// A recovery found at start, waiting for the person to restore or discard it.
    recovery_offer: Option<Recovery>,
    /// The file `plenary FILE` named, which did not exist: the recovery is
    /// restored into it, or a new session starts there.
    adopt: Option<PathBuf>,
    /// Whether the last save was refused (a read-only folder, a full disk):
    /// quitting without saving then keeps the recovery copy.
    save_failed: bool,
    /// An action waiting for the answer to "save changes?".
    confirm: Option<Pending>,
    /// An action to carry out once the Save As dialog has saved.
    after_save: Option<Pending>,
    /// Set when the person agreed to close, so the next close request goes through.
    may_close: bool,
    /// The window title last shown.
    shown_title: String,
}

impl Files {
    pub(super) fn new(recovery_path: Option<PathBuf>) -> Files {
        Files {
            autosave: AutosaveTimer::default(),
            recovery_path,
            recovery_offer: None,
            adopt: None,
            save_failed: false,
            confirm: None,
            after_save: None,
            may_close: false,
            shown_title: String::new(),
        }
    }

    /// Whether a question waits for an answer: restore? save changes?
    pub(super) fn is_asking(&self) -> bool {
        self.confirm.is_some() || self.recovery_offer.is_some()
    }

    /// The recovery offered at start, until restored or discarded.
    pub(crate) fn recovery_offer(&self) -> Option<&Recovery> {
        self.recovery_offer.as_ref()
    }

    /// The file a recovery would be restored into, when the app was asked
    /// to start one that did not exist.
    pub(crate) fn adopt(&self) -> Option<&Path> {
        self.adopt.as_deref()
    }

    /// What waits for the answer to "save changes?".
    pub(crate) fn confirm(&self) -> Option<&Pending> {
        self.confirm.as_ref()
    }

    /// An answer added by Enter is a whole piece of work: it is written at
    /// once, not after the pause.
    pub(super) fn hurry(&mut self) {
        self.autosave.hurry();
    }

    pub(super) fn show_title(&mut self, ctx: &egui::Context, title: String) {
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }
}

impl PlenaryApp {
    /// Opens `path`, keeping the current session if it cannot be read.
    pub(super) fn open_now(&mut self, path: &Path) {
        // Absolute, so Recent files and recovery still find it from elsewhere.
        let path = &absolute(path);
        match store::load(path) {
            Ok(session) => {
                let elsewhere = session.answers_elsewhere();
                self.replace_document(Document::opened(session, path.clone()));
                self.prefs.remember(path);
                self.files.autosave.written();
                if elsewhere > 0 {
                    self.notices
                        .info(plenary_i18n::answers_elsewhere(words(), elsewhere));
                }
            }
            Err(error) => self
                .notices
                .error(fl!("notice-open-failed", error = say(&error))),
        }
    }

    /// Starts a new blank session, saved at once to `path`: `plenary
    /// NEW.ron` makes a session where no file dialog can.
    pub(super) fn start_new_at(&mut self, path: &Path) {
        let path = absolute(path);
        // A session of its own: a group file of the default session, or of
        // another session made here, is refused until the facilitator says
        // to import it anyway.
        let mut doc = Document::untitled(self.blank_session());
        match doc.save_to(&path) {
            Ok(()) => {
                self.replace_document(doc);
                self.prefs.remember(&path);
                self.files.autosave.written();
                self.notices.info(fl!(
                    "notice-new-session-file",
                    file = path.display().to_string()
                ));
            }
            Err(error) => self.notices.error(fl!(
                "notice-new-session-failed",
                file = path.display().to_string(),
                error = say(&error)
            )),
        }
    }

    /// A blank session in the language the facilitator works in: its slides
    /// and report speak it.
    fn blank_session(&self) -> Session {
        Session {
            language: self.ui_language(),
            ..Session::blank()
        }
    }

    /// Runs `pending` now if nothing is unsaved, else asks first.
    pub(super) fn after_confirming(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.doc.is_dirty() {
            self.files.confirm = Some(pending);
        } else {
            self.carry_out(ctx, pending);
        }
    }

    /// "Save changes?" answered Save: save, then go on with what was asked.
    pub(super) fn save_then_carry_out(&mut self, ctx: &egui::Context) {
        self.files.after_save = self.files.confirm.take();
        self.save(ctx);
    }

    /// "Save changes?" answered Don't save: the changes and their recovery
    /// go, and what was asked goes on; but work that could not be saved
    /// keeps its recovery copy when the window closes, to be offered next
    /// time.
    pub(super) fn discard_then_carry_out(&mut self, ctx: &egui::Context) {
        if let Some(pending) = self.files.confirm.take() {
            let unsavable = self.files.save_failed && pending == Pending::Close;
            if !unsavable {
                self.remove_recovery();
            }
            self.carry_out(ctx, pending);
        }
    }

    pub(super) fn cancel_pending(&mut self) {
        self.files.confirm = None;
    }

    fn carry_out(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::Close => {
                self.files.may_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Pending::New(start) => {
                let session = match start {
                    Start::Blank => self.blank_session(),
                    Start::Template => Session::new_from_template(),
                };
                self.replace_document(Document::untitled(session));
                self.files.autosave.written();
            }
            Pending::Open(path) => self.open_now(&path),
        }
    }

    /// Saves to the session's file, or asks where when it has none.
    pub(super) fn save(&mut self, ctx: &egui::Context) {
        match self.doc.path().map(Path::to_path_buf) {
            Some(path) => self.save_to(ctx, &path),
            None => self.ask_save_path(ctx),
        }
    }

    pub(super) fn ask_save_path(&mut self, ctx: &egui::Context) {
        let name = suggested_file_name(&self.doc.session().title);
        self.ask(ctx, crate::chooser::Ask::SaveSession { name });
    }

    /// The folder of the session's file, where dialogs open.
    pub(super) fn folder(&self) -> Option<PathBuf> {
        self.doc
            .path()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
    }

    pub(super) fn save_to(&mut self, ctx: &egui::Context, path: &Path) {
        let path = &absolute(path);
        if self.doc.path() == Some(path.as_path()) && !self.take_in_disk_changes() {
            self.files.after_save = None;
            return;
        }
        match self.doc.save_to(path) {
            Ok(()) => {
                self.files.save_failed = false;
                self.prefs.remember(path);
                self.files.autosave.written();
                self.remove_recovery();
                if let Some(pending) = self.files.after_save.take() {
                    self.carry_out(ctx, pending);
                }
            }
            Err(error) => {
                self.files.save_failed = true;
                self.files.after_save = None;
                self.notices.error(say(&error));
            }
        }
    }

    /// A file dialog closed without a file: what waited for it is dropped.
    pub(super) fn dialog_closed(&mut self) {
        self.files.after_save = None;
    }

    /// Before the session's own file is written: takes in what another
    /// writer put there since. False when that cannot be done, and so the
    /// file must not be overwritten.
    fn take_in_disk_changes(&mut self) -> bool {
        let file = self
            .doc
            .path()
            .map(|path| path.display().to_string())
            .unwrap_or_default();
        match self.doc.take_in_changes_on_disk() {
            Ok(None) => true,
            Ok(Some(report)) => {
                let report = say(&report);
                self.notices.info(fl!(
                    "notice-file-changed-merged",
                    file = file,
                    report = report
                ));
                true
            }
            Err(error) => {
                let error = say(&error);
                self.notices.error(fl!(
                    "notice-file-changed-unreadable",
                    file = file,
                    error = error
                ));
                false
            }
        }
    }

    /// Writes unsaved changes once they are due: to the session's file, or to
    /// the recovery file when it has none (or its file cannot be written).
    pub(super) fn autosave(&mut self, ctx: &egui::Context, now: Instant) {
        self.files.autosave.observe(self.doc.change_count(), now);
        if !self.files.autosave.is_due(now) {
            if let Some(wait) = self.files.autosave.wait(now) {
                ctx.request_repaint_after(wait);
            }
            return;
        }
        self.files.autosave.written();
        if !self.doc.is_dirty() {
            return;
        }
        if let Some(path) = self.doc.path().map(Path::to_path_buf)
            && self.take_in_disk_changes()
        {
            match self.doc.save_to(&path) {
                Ok(()) => {
                    // The status bar and the window title, drawn before this,
                    // still say "Unsaved changes".
                    ctx.request_repaint();
                    return;
                }
                Err(error) => self.notices.error(say(&error)),
            }
        }
        let Some(recovery_path) = self.files.recovery_path.clone() else {
            return;
        };
        let recovery = Recovery {
            source: self.doc.path().map(Path::to_path_buf),
            written: jiff::Timestamp::now(),
            session: self.doc.session().clone(),
        };
        if let Err(error) = autosave::write_recovery(&recovery_path, &recovery) {
            let text = fl!(
                "notice-recovery-not-written",
                file = recovery_path.display().to_string(),
                error = say(&error)
            );
            self.notices.error(text);
        }
    }

    pub(super) fn find_recovery(&mut self) {
        let Some(path) = &self.files.recovery_path else {
            return;
        };
        match autosave::read_recovery(path) {
            Ok(Some(recovery)) if recovery.is_worth_offering() => {
                self.files.recovery_offer = Some(recovery);
            }
            Ok(_) => {}
            Err(error) => self
                .notices
                .error(fl!("notice-recovery-unreadable", error = error)),
        }
    }

    pub(super) fn restore_recovery(&mut self) {
        let Some(recovery) = self.files.recovery_offer.take() else {
            return;
        };
        if let Some(path) = self.files.adopt.take() {
            // `plenary FILE` named a file that did not exist: the work goes
            // there, and is saved there from now on.
            let mut doc = Document::untitled(recovery.session);
            match doc.save_to(&path) {
                Ok(()) => {
                    self.replace_document(doc);
                    self.prefs.remember(&path);
                    self.files.autosave.written();
                    self.remove_recovery();
                    self.notices.info(fl!(
                        "notice-recovered-into",
                        file = path.display().to_string()
                    ));
                }
                Err(error) => {
                    self.replace_document(doc);
                    self.doc.mark_unsaved();
                    self.files.save_failed = true;
                    self.notices.error(say(&error));
                }
            }
            return;
        }
        self.replace_document(match recovery.source {
            Some(path) => Document::opened(recovery.session, path),
            None => Document::untitled(recovery.session),
        });
        self.doc.mark_unsaved();
        self.notices.info(fl!("notice-recovered"));
    }

    pub(super) fn discard_recovery(&mut self) {
        self.files.recovery_offer = None;
        self.remove_recovery();
        if let Some(path) = self.files.adopt.take() {
            self.start_new_at(&path);
        }
    }

    /// Starts on `path`, which does not exist: offers the unsaved work of
    /// last time to be restored into it, or starts a new session there.
    pub(super) fn start_at_missing(&mut self, path: &Path) {
        self.find_recovery();
        if self.files.recovery_offer.is_some() {
            self.files.adopt = Some(absolute(path));
        } else {
            self.start_new_at(path);
        }
    }

    fn remove_recovery(&mut self) {
        if let Some(path) = &self.files.recovery_path
            && let Err(error) = autosave::remove_recovery(path)
        {
            let text = fl!(
                "notice-recovery-not-removed",
                file = path.display().to_string(),
                error = error.to_string()
            );
            self.notices.error(text);
        }
    }

    /// Turns a close request into a question when there are unsaved changes.
    pub(super) fn intercept_close(&mut self, ctx: &egui::Context) {
        if !ctx.input(|input| input.viewport().close_requested()) {
            return;
        }
        if self.views.report.is_exporting() {
            // A report cut off by the window closing would never be written
            // (its write is atomic), and nobody would be told.
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.notices.info(fl!("notice-close-after-export"));
        } else if !self.files.may_close && self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.files.confirm = Some(Pending::Close);
        }
    }
}
