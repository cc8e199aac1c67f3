//! The Plenary window: one [`Document`] and what surrounds it, split by job.
//!
//! - this module: the state, and the frame — the views read the app and
//!   push [`Command`]s, then [`PlenaryApp::handle`] carries them out;
//! - [`handle`]: command handling, the one place the session changes;
//! - [`files`]: open, save, autosave, recovery, and "save changes?";
//! - [`imports`]: group files from the dialog, drops and a watched folder.

mod files;
mod handle;
mod imports;

use std::path::{Path, PathBuf};
use std::time::Instant;

use plenary_core::autosave::Recovery;
use plenary_core::capture::Countdown;
use plenary_core::document::Document;
use plenary_core::session::{Language, PhaseKind, ReplicaId, Session};
use plenary_core::store;

use crate::command::{Command, Scope, Timer, UiCommand, View};
use crate::dialogs::FileDialogs;
use crate::look::UiColours;
use crate::meaning::MeaningReader;
use crate::prefs::{Laptop, PREFS_KEY, Prefs};
use crate::views::{self, break_out, plenary, presenter, report, setup, themes, welcome};
use crate::words::{self, fl};
use files::Files;
pub(crate) use files::Pending;
use imports::Imports;
pub use imports::{ImportLine, ImportOutcome};

/// What the app needs from the outside world, so tests can point it elsewhere.
#[derive(Clone, Debug, Default)]
pub struct AppConfig {
    /// A file to open instead of the last session (`plenary FILE`).
    pub open: Option<PathBuf>,
    /// Where unsaved work of a session without a file is kept; `None` disables it.
    pub recovery_path: Option<PathBuf>,
    /// Preferences to start with when there is no eframe storage (tests).
    pub prefs: Option<Prefs>,
    /// A folder to watch for group files from the start (`plenary --watch`).
    pub watch: Option<PathBuf>,
    /// The system's language, for the UI's the first time the app runs.
    pub system_language: Option<Language>,
    /// Try the system's file dialogs before Plenary's own chooser (tests
    /// drive the chooser, which kittest sees).
    pub native_dialogs: bool,
    /// Read what the answers mean with the sentence encoder, so theme
    /// suggestions go by meaning as well as words (the window does; tests
    /// leave it off unless they measure it, and their suggestions come at
    /// once, by words).
    pub read_meanings: bool,
}

/// Something the person must be told: an error or a confirmation.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
    /// A deletion just made: the notice offers to undo it, and goes by
    /// itself after a while or at the next change.
    pub undo: bool,
}

/// How long the offer to undo a deletion stays.
const UNDO_OFFER: std::time::Duration = std::time::Duration::from_secs(12);

/// What the person is told, each notice once.
#[derive(Debug, Default)]
pub(crate) struct Notices {
    shown: Vec<Notice>,
    /// When the offer to undo a deletion was made.
    undo_since: Option<Instant>,
}

impl Notices {
    pub(crate) fn error(&mut self, text: String) {
        self.push(Notice {
            text,
            is_error: true,
            undo: false,
        });
    }

    pub(crate) fn info(&mut self, text: String) {
        self.push(Notice {
            text,
            is_error: false,
            undo: false,
        });
    }

    /// Offers to undo the deletion `text` tells of, in place of any earlier
    /// offer.
    pub(crate) fn offer_undo(&mut self, text: String, now: Instant) {
        self.withdraw_undo();
        self.shown.push(Notice {
            text,
            is_error: false,
            undo: true,
        });
        self.undo_since = Some(now);
    }

    /// Takes the offer to undo away (it was taken, or something changed since).
    pub(crate) fn withdraw_undo(&mut self) {
        self.shown.retain(|notice| !notice.undo);
        self.undo_since = None;
    }

    /// Takes away an offer to undo older than [`UNDO_OFFER`]; while one is
    /// shown, asks for a frame when it is due to go.
    pub(crate) fn tidy(&mut self, ctx: &egui::Context, now: Instant) {
        if let Some(since) = self.undo_since {
            let age = now.saturating_duration_since(since);
            if age >= UNDO_OFFER {
                self.withdraw_undo();
            } else {
                ctx.request_repaint_after(UNDO_OFFER.saturating_sub(age));
            }
        }
    }

    /// Shows `notice`, unless the very same one is still shown: an autosave
    /// that fails the same way every few seconds says so once.
    fn push(&mut self, notice: Notice) {
        if !self.shown.contains(&notice) {
            self.shown.push(notice);
        }
    }

    fn dismiss(&mut self, index: usize) {
        if index < self.shown.len() {
            self.shown.remove(index);
        }
    }

    pub(crate) fn all(&self) -> &[Notice] {
        &self.shown
    }
}

/// The state of each view between frames.
#[derive(Default)]
pub(crate) struct ViewStates {
    pub(crate) setup: setup::SetupState,
    pub(crate) break_out: break_out::BreakOutState,
    pub(crate) report: report::ReportState,
    pub(crate) themes: themes::ThemesState,
    /// What the answers mean, read off the window's thread; kept from one
    /// session to the next, since a text means the same in both.
    pub(crate) meanings: MeaningReader,
    pub(crate) plenary: plenary::PlenaryState,
    /// Set while presenting (F5).
    pub(crate) presenter: Option<presenter::PresenterState>,
    /// Whether the keyboard help is open.
    pub(crate) shortcuts_open: bool,
    /// Set while the first-start screen is shown.
    pub(crate) welcome: Option<welcome::WelcomeState>,
}

/// The Plenary window.
pub struct PlenaryApp {
    doc: Document,
    prefs: Prefs,
    dialogs: FileDialogs,
    notices: Notices,
    files: Files,
    imports: Imports,
    views: ViewStates,
    /// The colours the visuals were last set to.
    applied_colours: Option<UiColours>,
}

impl PlenaryApp {
    /// Builds the app from eframe's creation context.
    pub fn new(cc: &eframe::CreationContext<'_>, config: AppConfig) -> Self {
        let stored = config
            .prefs
            .clone()
            .or_else(|| cc.storage.and_then(|s| eframe::get_value(s, PREFS_KEY)));
        // The first start: nothing kept from an earlier run, no file named.
        let first_start = stored.is_none() && config.open.is_none() && config.watch.is_none();
        let prefs = stored.unwrap_or_default();
        if let Some(zoom) = prefs.zoom {
            cc.egui_ctx.set_zoom_factor(zoom);
        }
        let watch = config.watch.clone();
        let mut app = Self::with_prefs(config, prefs);
        if first_start {
            app.views.welcome = Some(welcome::WelcomeState::default());
        }
        if let Some(folder) = watch {
            app.prefs.view = View::Synthesis;
            app.laptop_mut().watch = Some(folder);
        }
        app
    }

    fn with_prefs(config: AppConfig, mut prefs: Prefs) -> Self {
        prefs.replica.get_or_insert_with(ReplicaId::new);
        let language = prefs
            .ui_language
            .or(config.system_language)
            .unwrap_or_default();
        prefs.ui_language = Some(language);
        words::speak(language);
        let mut app = Self {
            doc: Document::untitled(Session::template()),
            prefs,
            dialogs: FileDialogs::new(config.native_dialogs),
            notices: Notices::default(),
            files: Files::new(config.recovery_path),
            imports: Imports::default(),
            views: ViewStates {
                meanings: MeaningReader::new(config.read_meanings),
                ..ViewStates::default()
            },
            applied_colours: None,
        };
        match (config.open, app.prefs.recent.first().cloned()) {
            (Some(path), _) if matches!(path.try_exists(), Ok(false)) => {
                app.start_at_missing(&path);
                return app;
            }
            (Some(path), _) | (None, Some(path)) => app.open_now(&path),
            (None, None) => {}
        }
        app.find_recovery();
        app
    }

    /// True while the slides are shown (presenter mode).
    pub fn is_presenting(&self) -> bool {
        self.views.presenter.is_some()
    }

    pub fn session(&self) -> &Session {
        self.doc.session()
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn notices(&self) -> &[Notice] {
        self.notices.all()
    }

    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    pub fn imports(&self) -> &[ImportLine] {
        self.imports.lines()
    }

    /// This laptop, in the version clocks of answers.
    pub fn replica(&self) -> ReplicaId {
        self.prefs.replica.unwrap_or_default()
    }

    /// What this laptop does in the open session.
    pub fn laptop(&self) -> Laptop {
        self.prefs.laptop(self.doc.session().id)
    }

    /// What this laptop does in the open session, to change it.
    pub(crate) fn laptop_mut(&mut self) -> &mut Laptop {
        let session = self.doc.session().id;
        self.prefs.laptop.entry(session).or_default()
    }

    /// The countdown of `timer` as it stands (planned time if never started).
    pub fn countdown(&self, timer: Timer) -> Countdown {
        countdown(&self.prefs, self.doc.session(), timer)
    }

    /// Whether the window is asking a question (restore? save changes?)
    /// that must be answered before anything else.
    fn is_asking(&self) -> bool {
        self.files.is_asking()
    }

    /// Puts another document in place of the open one; views that cache
    /// what they built from the session start afresh.
    fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        self.views.welcome = None;
        // The view starts afresh; an export under way still ends with its
        // notice.
        self.views.report = std::mem::take(&mut self.views.report).for_another_session();
        self.views.themes = themes::ThemesState::default();
    }
}

impl eframe::App for PlenaryApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        words::speak(self.prefs.ui_language.unwrap_or_default());
        let ctx = ui.ctx().clone();
        self.report_exported();
        let mut commands = self.dialogs.answers();
        let session = self.doc.session().id;
        let watch = self
            .prefs
            .laptop
            .get(&session)
            .and_then(|laptop| laptop.watch.as_deref());
        self.imports.follow(&ctx, watch, self.doc.path());
        if self.imports.collect(&ctx, self.doc.path()) {
            commands.push(Command::Show(View::Synthesis));
        }
        // Files wait while the app asks a question (restore? save changes?),
        // so they go into the session the person keeps.
        if !self.is_asking() {
            commands.extend(self.imports.take_waiting().map(Command::ImportPaths));
            if !self.is_presenting() {
                let pressed = UiCommand::pressed(&ctx, Scope::Everywhere);
                commands.extend(pressed.into_iter().map(Command::Ui));
            }
        }
        if self.applied_colours != Some(self.prefs.ui_colours) {
            ctx.set_visuals(self.prefs.ui_colours.visuals());
            self.applied_colours = Some(self.prefs.ui_colours);
        }
        views::shell::shell_ui(ui, &mut self.frame(), &mut commands);
        self.intercept_close(&ctx);
        for command in commands {
            self.handle(&ctx, command);
        }
        self.update_window_title(&ctx);
        self.notices.tidy(&ctx, Instant::now());
        self.autosave(&ctx, Instant::now());
        self.prefs.zoom = Some(ctx.zoom_factor());
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
    }

    /// Often, so a countdown or the chosen group survives the app being killed.
    fn auto_save_interval(&self) -> std::time::Duration {
        std::time::Duration::from_secs(5)
    }
}

/// What the views read of the window, and the state they keep, borrowed
/// apart: a view changes its own state while it reads the session, and
/// changes nothing else but by the commands it pushes.
pub(crate) struct Frame<'a> {
    pub(crate) doc: &'a Document,
    pub(crate) prefs: &'a Prefs,
    pub(crate) notices: &'a [Notice],
    /// A recovery found at start, waiting for restore or discard.
    pub(crate) recovery_offer: Option<&'a Recovery>,
    /// The file it would be restored into (`plenary FILE`, a new file).
    pub(crate) adopt: Option<&'a Path>,
    /// What waits for the answer to "save changes?".
    pub(crate) confirm: Option<&'a Pending>,
    pub(crate) imports: &'a [ImportLine],
    /// The folder watched for group files, and what its last scan found.
    pub(crate) watched: Option<(&'a Path, plenary_core::watch::Look)>,
    pub(crate) views: &'a mut ViewStates,
    /// Plenary's own file chooser, while it is open.
    pub(crate) chooser: &'a mut Option<crate::chooser::Chooser>,
}

impl PlenaryApp {
    /// The window's state as the views read it this frame.
    pub(crate) fn frame(&mut self) -> Frame<'_> {
        Frame {
            doc: &self.doc,
            prefs: &self.prefs,
            notices: self.notices.all(),
            recovery_offer: self.files.recovery_offer(),
            adopt: self.files.adopt(),
            confirm: self.files.confirm(),
            imports: self.imports.lines(),
            watched: self.imports.watched(),
            views: &mut self.views,
            chooser: &mut self.dialogs.chooser,
        }
    }

    /// The language the person chose for the window.
    pub(crate) fn ui_language(&self) -> Language {
        self.prefs.ui_language.unwrap_or_default()
    }

    /// A stale title would say "Unsaved changes" after a save.
    fn update_window_title(&mut self, ctx: &egui::Context) {
        let title = self.doc.session().title.clone();
        let title = if self.doc.is_dirty() {
            fl!("window-title-unsaved", title = title)
        } else {
            fl!("window-title", title = title)
        };
        crate::spoken::name_window(ctx, &title);
        self.files.show_title(ctx, title);
    }
}

impl Frame<'_> {
    /// What this laptop does in the open session.
    pub(crate) fn laptop(&self) -> Laptop {
        self.prefs.laptop(self.doc.session().id)
    }

    /// This laptop, in the version clocks of answers.
    pub(crate) fn replica(&self) -> ReplicaId {
        self.prefs.replica.unwrap_or_default()
    }

    /// The countdown of `timer` as it stands.
    pub(crate) fn countdown(&self, timer: Timer) -> Countdown {
        countdown(self.prefs, self.doc.session(), timer)
    }
}

/// The countdown of `timer` on this laptop as it stands (the planned time,
/// stopped, if it was never started).
fn countdown(prefs: &Prefs, session: &Session, timer: Timer) -> Countdown {
    let laptop = prefs.laptop(session.id);
    let (kept, kind) = match timer {
        Timer::Panel => (laptop.panel, PhaseKind::Panel),
        Timer::BreakOut => (laptop.break_out, PhaseKind::BreakOut),
    };
    kept.unwrap_or_else(|| Countdown::new(planned_minutes(session, kind)))
}

/// The minutes the agenda plans for the first phase of `kind`.
fn planned_minutes(session: &Session, kind: PhaseKind) -> u32 {
    session
        .agenda
        .iter()
        .find(|phase| phase.kind == kind)
        .map_or(0, |phase| phase.planned_minutes)
}

/// `path` made absolute (canonical when it exists), for comparing and keeping.
fn absolute(path: &Path) -> PathBuf {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

/// A file name for a session, made from its title (see [`store::file_stem`]).
fn suggested_file_name(title: &str) -> String {
    format!("{}.ron", store::file_stem(title))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_from_titles_are_safe() {
        assert_eq!(
            suggested_file_name("Disruptive technologies: panel and break-out"),
            "disruptive-technologies-panel-and-break-out.ron"
        );
        assert_eq!(suggested_file_name("../../etc/passwd"), "etc-passwd.ron");
        assert_eq!(suggested_file_name("   "), "session.ron");
        assert_eq!(suggested_file_name("Café É"), "café-é.ron");
    }
}
