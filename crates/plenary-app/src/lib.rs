//! The window: phases, menus, dialogs, autosave and recovery around one
//! [`Document`].
//!
//! Each frame the views read the app and push [`Command`]s; after the frame
//! [`PlenaryApp::handle`] carries them out. Nothing else changes the session.

mod break_out;
mod command;
mod dialogs;
mod lazy;
mod look;
mod panel;
mod plenary;
mod presenter;
mod report_view;
mod setup;
mod shell;
mod synthesis;
mod themes_view;
mod timer;
mod words;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::{Deserialize, Serialize};

pub use break_out::{KIND_SHORTCUTS, NEXT_QUESTION, PREVIOUS_QUESTION};
pub use command::{
    Command, DialogPurpose, Display, SHORTCUTS, ShortcutCommand, Timer, TimerChange, View,
};
use dialogs::FileDialogs;
pub use look::UiTheme;
pub use presenter::SlideTheme;

use crate::words::{fl, say};
use plenary_core::action::{Action, Item};
use plenary_core::autosave::{self, AutosaveTimer, Recovery};
use plenary_core::capture::{self, Countdown};
use plenary_core::document::Document;
use plenary_core::merge::{self, Accept, FileReport};
use plenary_core::session::{GroupId, Language, PhaseKind, ReplicaId, Session, SessionId};
use plenary_core::store;
use plenary_core::watch::FolderWatch;
use plenary_i18n::Describe as _;

/// How many files the File → Recent files menu keeps.
const RECENT_FILES: usize = 8;
const PREFS_KEY: &str = "plenary-prefs";
/// How often a watched folder is scanned.
const WATCH_INTERVAL: std::time::Duration = std::time::Duration::from_secs(2);

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
}

/// UI preferences, kept in eframe's storage between runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Most recent first; the first is the session the app reopens.
    pub recent: Vec<PathBuf>,
    pub view: View,
    /// What this laptop does in each session it has opened.
    pub laptop: HashMap<SessionId, Laptop>,
    /// The text size chosen with Ctrl+plus and Ctrl+minus.
    pub zoom: Option<f32>,
    /// This laptop, in the version clocks of the answers it edits; made once.
    pub replica: Option<ReplicaId>,
    /// The colours of the presenter's slides.
    pub slide_theme: presenter::SlideTheme,
    /// Each group's speaking time in plenary; 5 minutes unless set.
    pub speaking_minutes: Option<u32>,
    /// The UI's language: the system's the first time, then the person's choice.
    pub ui_language: Option<Language>,
    pub ui_theme: UiTheme,
}

/// What one laptop does in one session: the group it captures and its
/// countdowns. It stays on the laptop; it is not part of the session file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Laptop {
    pub group: Option<GroupId>,
    pub panel: Option<Countdown>,
    pub break_out: Option<Countdown>,
}

impl Prefs {
    fn remember(&mut self, path: &Path) {
        self.recent.retain(|recent| recent != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(RECENT_FILES);
    }
}

/// Something the person must be told: an error or a confirmation.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

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

/// What to do once the person has answered "save changes?".
#[derive(Clone, Debug, PartialEq)]
enum Pending {
    Close,
    New(Start),
    Open(PathBuf),
}

/// What a new session starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Start {
    Blank,
    Template,
}

/// The Plenary window.
pub struct PlenaryApp {
    doc: Document,
    prefs: Prefs,
    dialogs: FileDialogs,
    notices: Vec<Notice>,
    autosave: AutosaveTimer,
    recovery_path: Option<PathBuf>,
    /// A recovery found at start, waiting for the person to restore or discard it.
    recovery_offer: Option<Recovery>,
    /// An action waiting for the answer to "save changes?".
    confirm: Option<Pending>,
    /// An action to carry out once the Save As dialog has saved.
    after_save: Option<Pending>,
    /// Set when the person agreed to close, so the next close request goes through.
    may_close: bool,
    shown_title: String,
    setup: setup::SetupState,
    break_out: break_out::BreakOutState,
    /// What the last imports did, newest first.
    imports: Vec<ImportLine>,
    watch: Option<FolderWatch>,
    /// Dropped or watched files not imported yet (a question is open).
    waiting_imports: Vec<PathBuf>,
    report: report_view::ReportState,
    themes: themes_view::ThemesState,
    plenary: plenary::PlenaryState,
    /// Set while presenting (F5).
    presenter: Option<presenter::PresenterState>,
    /// The theme the visuals were last set to.
    applied_theme: Option<UiTheme>,
    /// Whether the keyboard help is open.
    shortcuts_open: bool,
}

impl PlenaryApp {
    /// Builds the app from eframe's creation context.
    pub fn new(cc: &eframe::CreationContext<'_>, config: AppConfig) -> Self {
        let prefs = config
            .prefs
            .clone()
            .or_else(|| cc.storage.and_then(|s| eframe::get_value(s, PREFS_KEY)))
            .unwrap_or_default();
        if let Some(zoom) = prefs.zoom {
            cc.egui_ctx.set_zoom_factor(zoom);
        }
        let watch = config.watch.clone();
        let mut app = Self::with_prefs(config, prefs);
        if let Some(folder) = watch {
            app.prefs.view = View::Synthesis;
            app.watch_folder(&cc.egui_ctx, folder);
        }
        app
    }

    fn with_prefs(config: AppConfig, mut prefs: Prefs) -> Self {
        prefs.replica.get_or_insert_with(ReplicaId::new);
        let mut app = Self {
            doc: Document::untitled(Session::template()),
            prefs,
            dialogs: FileDialogs::default(),
            notices: Vec::new(),
            autosave: AutosaveTimer::default(),
            recovery_path: config.recovery_path,
            recovery_offer: None,
            confirm: None,
            after_save: None,
            may_close: false,
            shown_title: String::new(),
            setup: setup::SetupState::default(),
            break_out: break_out::BreakOutState::default(),
            imports: Vec::new(),
            watch: None,
            waiting_imports: Vec::new(),
            report: report_view::ReportState::default(),
            themes: themes_view::ThemesState::default(),
            plenary: plenary::PlenaryState::default(),
            presenter: None,
            applied_theme: None,
            shortcuts_open: false,
        };
        let language = app
            .prefs
            .ui_language
            .or(config.system_language)
            .unwrap_or_default();
        app.prefs.ui_language = Some(language);
        words::speak(language);
        match (config.open, app.prefs.recent.first().cloned()) {
            (Some(path), _) if matches!(path.try_exists(), Ok(false)) => app.start_new_at(&path),
            (Some(path), _) | (None, Some(path)) => app.open_now(&path),
            (None, None) => {}
        }
        app.find_recovery();
        app
    }

    /// Each group's speaking time in plenary, in minutes.
    pub fn speaking_minutes(&self) -> u32 {
        self.prefs.speaking_minutes.unwrap_or(5)
    }

    /// True while the slides are shown (presenter mode).
    pub fn is_presenting(&self) -> bool {
        self.presenter.is_some()
    }

    pub fn session(&self) -> &Session {
        self.doc.session()
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    /// This laptop, in the version clocks of answers.
    pub fn replica(&self) -> ReplicaId {
        self.prefs.replica.unwrap_or_default()
    }

    /// What this laptop does in the open session.
    pub fn laptop(&self) -> Laptop {
        self.prefs
            .laptop
            .get(&self.doc.session().id)
            .cloned()
            .unwrap_or_default()
    }

    /// The countdown of `timer` as it stands (planned time if never started).
    pub fn countdown(&self, timer: Timer) -> Countdown {
        let laptop = self.laptop();
        let (kept, kind) = match timer {
            Timer::Panel => (laptop.panel, PhaseKind::Panel),
            Timer::BreakOut => (laptop.break_out, PhaseKind::BreakOut),
        };
        kept.unwrap_or_else(|| Countdown::new(planned_minutes(self.doc.session(), kind)))
    }

    fn change_timer(&mut self, timer: Timer, change: TimerChange, now: jiff::Timestamp) {
        let countdown = self.countdown(timer);
        let changed = match change {
            TimerChange::Start => countdown.started(now),
            TimerChange::Pause => countdown.paused(now),
            TimerChange::Extend { minutes } => countdown.extended(minutes),
            TimerChange::Reset => Countdown::new(match timer {
                Timer::Panel => planned_minutes(self.doc.session(), PhaseKind::Panel),
                Timer::BreakOut => planned_minutes(self.doc.session(), PhaseKind::BreakOut),
            }),
        };
        let laptop = self.prefs.laptop.entry(self.doc.session().id).or_default();
        match timer {
            Timer::Panel => laptop.panel = Some(changed),
            Timer::BreakOut => laptop.break_out = Some(changed),
        }
    }

    fn save_group_file(&mut self, group: GroupId, path: &Path) {
        let Some(file) = capture::group_file(self.doc.session(), group) else {
            self.error(fl!("notice-group-missing"));
            return;
        };
        match store::save(path, &file) {
            Ok(()) => self.info(fl!(
                "notice-group-file-saved",
                file = path.display().to_string(),
                count = file.live_answers().count()
            )),
            Err(error) => self.error(say(&error)),
        }
    }

    pub fn imports(&self) -> &[ImportLine] {
        &self.imports
    }

    /// Merges each file into the session, one undoable step per file, and
    /// records what each brought. A file that cannot be merged changes nothing.
    fn import(&mut self, paths: Vec<PathBuf>, accept: Accept) {
        let mut lines = Vec::with_capacity(paths.len());
        for file in paths {
            let outcome = match store::load(&file) {
                Err(error) => ImportOutcome::Unreadable(say(&error)),
                Ok(incoming) => {
                    let mut merged = self.doc.session().clone();
                    match merge::merge_into(&mut merged, &incoming, accept) {
                        Err(error) => ImportOutcome::OtherSession(say(&error)),
                        Ok(report) => {
                            if let Some(action) = merge::changes(self.doc.session(), &merged)
                                && let Err(error) = self.doc.apply(action)
                            {
                                self.error(fl!("notice-edit-refused", reason = say(&error)));
                            }
                            self.doc.seal();
                            ImportOutcome::Merged(report)
                        }
                    }
                }
            };
            lines.push(ImportLine { file, outcome });
        }
        lines.reverse();
        // A file shows only its latest import: a broken copy replaced by a
        // good one is no longer listed as broken.
        self.imports
            .retain(|old| !lines.iter().any(|new| new.file == old.file));
        lines.append(&mut self.imports);
        self.imports = lines;
    }

    fn resolve(&mut self, answer: plenary_core::session::AnswerId, keep: usize, keep_others: bool) {
        let Some(current) = self.doc.session().answers.iter().find(|a| a.id == answer) else {
            return;
        };
        let edit = capture::Edit {
            replica: self.replica(),
            at: jiff::Timestamp::now(),
        };
        let Some(resolution) = merge::resolved(current, keep, edit) else {
            return;
        };
        let mut actions = vec![plenary_core::action::Action::ReplaceAnswer(resolution)];
        if keep_others {
            for (index, version) in merge::versions(current).into_iter().enumerate() {
                if index != keep && !version.deleted {
                    let entry = capture::Entry {
                        text: version.text,
                        topics: version.topics,
                    };
                    let copy = capture::new_answer(
                        entry,
                        version.group,
                        version.question,
                        version.kind,
                        edit,
                    );
                    actions.push(plenary_core::action::Action::Insert {
                        item: plenary_core::action::Item::Answer(copy),
                        index: usize::MAX,
                    });
                }
            }
        }
        if let Err(error) = self.doc.apply(plenary_core::action::Action::Batch(actions)) {
            self.error(fl!("notice-edit-refused", reason = say(&error)));
        }
        self.doc.seal();
    }

    fn find_recovery(&mut self) {
        let Some(path) = &self.recovery_path else {
            return;
        };
        match autosave::read_recovery(path) {
            Ok(Some(recovery)) if recovery.is_worth_offering() => {
                self.recovery_offer = Some(recovery);
            }
            Ok(_) => {}
            Err(error) => self.error(fl!("notice-recovery-unreadable", error = error)),
        }
    }

    fn error(&mut self, text: String) {
        self.notice(Notice {
            text,
            is_error: true,
        });
    }

    fn info(&mut self, text: String) {
        self.notice(Notice {
            text,
            is_error: false,
        });
    }

    /// Shows `notice`, unless the very same one is still shown: an autosave
    /// that fails the same way every few seconds says so once.
    fn notice(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    /// Carries out a change of how the app looks or presents.
    fn display(&mut self, display: Display) {
        match display {
            Display::Present => {
                let audience = self.plenary.audience_window;
                let state = self.presenter.get_or_insert_with(Default::default);
                state.audience_window = audience;
            }
            Display::StopPresenting => self.presenter = None,
            Display::SlideTheme(theme) => self.prefs.slide_theme = theme,
            Display::SpeakingMinutes(minutes) => self.prefs.speaking_minutes = Some(minutes),
            Display::AudienceWindow(on) => {
                self.plenary.audience_window = on;
                if let Some(state) = &mut self.presenter {
                    state.audience_window = on;
                }
            }
            Display::UiLanguage(language) => {
                self.prefs.ui_language = Some(language);
                words::speak(language);
            }
            Display::UiTheme(theme) => self.prefs.ui_theme = theme,
            Display::Shortcuts(open) => self.shortcuts_open = open,
        }
    }

    /// Applies `action` as one undoable step; an answer added or edited is
    /// written at once.
    fn edit(&mut self, action: Action) {
        let whole_answer = matches!(
            action,
            Action::Insert {
                item: Item::Answer(_),
                ..
            } | Action::ReplaceAnswer(_)
        );
        match self.doc.apply(action) {
            Ok(()) if whole_answer => self.autosave.hurry(),
            Ok(()) => {}
            Err(error) => self.error(fl!("notice-edit-refused", reason = say(&error))),
        }
    }

    /// Carries out one command.
    pub fn handle(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Edit(action) => self.edit(action),
            Command::EndEdit => self.doc.seal(),
            Command::Undo => {
                self.doc.undo();
            }
            Command::Redo => {
                self.doc.redo();
            }
            Command::NewBlank => self.after_confirming(ctx, Pending::New(Start::Blank)),
            Command::Quit => self.after_confirming(ctx, Pending::Close),
            Command::NewFromTemplate => self.after_confirming(ctx, Pending::New(Start::Template)),
            Command::Open => self.dialogs.pick_session(
                ctx,
                self.doc
                    .path()
                    .and_then(Path::parent)
                    .map(Path::to_path_buf),
            ),
            Command::OpenPath(path) => self.after_confirming(ctx, Pending::Open(path)),
            Command::Save => match self.doc.path().map(Path::to_path_buf) {
                Some(path) => self.save_to(ctx, &path),
                None => self.ask_save_path(ctx),
            },
            Command::SaveAs => self.ask_save_path(ctx),
            Command::SaveTo(path) => self.save_to(ctx, &path),
            Command::DialogClosed => self.after_save = None,
            Command::DialogUnavailable(purpose) => self.no_dialog(purpose),
            Command::Show(view) => self.prefs.view = view,
            Command::Display(display) => self.display(display),
            Command::RestoreRecovery => self.restore_recovery(),
            Command::DiscardRecovery => {
                self.recovery_offer = None;
                self.remove_recovery();
            }
            Command::SaveChanges => {
                let pending = self.confirm.take();
                self.after_save = pending;
                self.handle(ctx, Command::Save);
            }
            Command::DiscardChanges => {
                if let Some(pending) = self.confirm.take() {
                    self.remove_recovery();
                    self.carry_out(ctx, pending);
                }
            }
            Command::CancelPending => self.confirm = None,
            Command::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
            Command::CaptureFor(group) => {
                let session = self.doc.session().id;
                self.prefs.laptop.entry(session).or_default().group = Some(group);
            }
            Command::Timer { timer, change } => {
                self.change_timer(timer, change, jiff::Timestamp::now());
            }
            Command::SaveGroupFile(group) => self.ask_group_file_path(ctx, group),
            Command::SaveGroupFileTo(group, path) => self.save_group_file(group, &path),
            Command::ImportFiles => {
                let folder = self
                    .doc
                    .path()
                    .and_then(Path::parent)
                    .map(Path::to_path_buf);
                self.dialogs.pick_group_files(ctx, folder);
            }
            Command::ImportPaths(paths) => self.import(paths, Accept::SameSession),
            Command::ImportAnyway(path) => {
                self.imports.retain(|line| line.file != path);
                self.import(vec![path], Accept::AnySession);
            }
            Command::WatchFolder => self.dialogs.pick_folder(ctx),
            Command::WatchPath(folder) => self.watch_folder(ctx, folder),
            Command::StopWatching => self.watch = None,
            Command::Resolve {
                answer,
                keep,
                keep_others,
            } => self.resolve(answer, keep, keep_others),
            Command::ExportReport(format) => {
                let name = plenary_docs::report::file_name(&self.doc.session().title, format);
                let folder = self
                    .doc
                    .path()
                    .and_then(Path::parent)
                    .map(Path::to_path_buf);
                self.dialogs.pick_report_path(ctx, format, folder, name);
            }
            Command::ExportReportTo(format, path) => self.export_report(ctx, format, path),
        }
    }

    /// Starts writing the report, as the Report view shows it, to `path`.
    /// The notice comes when it is written: see [`Self::report_exported`].
    fn export_report(
        &mut self,
        ctx: &egui::Context,
        format: plenary_docs::report::Format,
        path: PathBuf,
    ) {
        if self.report.is_exporting() {
            self.error(fl!("notice-report-busy"));
            return;
        }
        let options = self.report.options(self.doc.session());
        let report = plenary_docs::report::build(self.doc.session(), options);
        self.report.start_export(ctx, report, format, path);
    }

    /// Tells how the report's export ended, once it has.
    fn report_exported(&mut self) {
        let Some(exported) = self.report.finished() else {
            return;
        };
        let file = exported.path.display().to_string();
        match exported.result {
            Ok(()) => self.info(fl!("notice-report-written", file = file)),
            Err(error) => self.error(fl!("notice-report-failed", file = file, error = error)),
        }
    }

    fn restore_recovery(&mut self) {
        if let Some(recovery) = self.recovery_offer.take() {
            self.replace_document(match recovery.source {
                Some(path) => Document::opened(recovery.session, path),
                None => Document::untitled(recovery.session),
            });
            self.doc.mark_unsaved();
            self.info(fl!("notice-recovered"));
        }
    }

    fn ask_group_file_path(&mut self, ctx: &egui::Context, group: GroupId) {
        let session = self.doc.session();
        let group_name = session
            .group(group)
            .map(|g| g.name.clone())
            .unwrap_or_default();
        let name = suggested_file_name(&format!("{} {group_name}", session.title));
        let folder = self
            .doc
            .path()
            .and_then(Path::parent)
            .map(Path::to_path_buf);
        self.dialogs.pick_group_file_path(ctx, group, folder, name);
    }

    /// Polls `folder` for group files, skipping the session's own file.
    fn watch_folder(&mut self, ctx: &egui::Context, folder: PathBuf) {
        let wake = ctx.clone();
        self.watch = Some(FolderWatch::start(
            folder,
            self.doc.path().map(Path::to_path_buf),
            WATCH_INTERVAL,
            move || wake.request_repaint(),
        ));
    }

    /// Puts another document in place of the open one; views that cache
    /// what they built from the session start afresh.
    fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        // The view starts afresh; an export under way still ends with its
        // notice.
        self.report = std::mem::take(&mut self.report).for_another_session();
        self.themes = themes_view::ThemesState::default();
    }

    /// Runs `pending` now if nothing is unsaved, else asks first.
    fn after_confirming(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.doc.is_dirty() {
            self.confirm = Some(pending);
        } else {
            self.carry_out(ctx, pending);
        }
    }

    fn carry_out(&mut self, ctx: &egui::Context, pending: Pending) {
        if pending == Pending::Close {
            self.may_close = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            self.carry_out_now(pending);
        }
    }

    fn carry_out_now(&mut self, pending: Pending) {
        match pending {
            Pending::Close => self.may_close = true,
            Pending::New(start) => {
                let session = match start {
                    Start::Blank => self.blank_session(),
                    Start::Template => Session::new_from_template(),
                };
                self.replace_document(Document::untitled(session));
                self.autosave.written();
            }
            Pending::Open(path) => self.open_now(&path),
        }
    }

    /// Opens `path`, keeping the current session if it cannot be read.
    fn open_now(&mut self, path: &Path) {
        // Absolute, so Recent files and recovery still find it from elsewhere.
        let path = &absolute(path);
        match store::load(path) {
            Ok(session) => {
                self.replace_document(Document::opened(session, path.clone()));
                self.prefs.remember(path);
                self.autosave.written();
            }
            Err(error) => self.error(fl!("notice-open-failed", error = say(&error))),
        }
    }

    /// No file dialog could open: says how to do `purpose` without one.
    fn no_dialog(&mut self, purpose: DialogPurpose) {
        self.after_save = None;
        let meanwhile = match purpose {
            DialogPurpose::Session => fl!("no-dialog-session"),
            DialogPurpose::GroupFile => fl!("no-dialog-group-file"),
            DialogPurpose::Import => fl!("no-dialog-import"),
            DialogPurpose::Report => fl!("no-dialog-report"),
        };
        self.error(fl!("notice-no-file-dialog", meanwhile = meanwhile));
    }

    /// A blank session in the language the facilitator works in: its slides
    /// and report speak it.
    fn blank_session(&self) -> Session {
        Session {
            language: self.prefs.ui_language.unwrap_or_default(),
            ..Session::blank()
        }
    }

    /// Starts a new blank session, saved at once to `path`: `plenary
    /// NEW.ron` makes a session where no file dialog can.
    fn start_new_at(&mut self, path: &Path) {
        let path = absolute(path);
        // A session of its own: a group file of the default session, or of
        // another session made here, is refused until the facilitator says
        // to import it anyway.
        let mut doc = Document::untitled(self.blank_session());
        match doc.save_to(&path) {
            Ok(()) => {
                self.replace_document(doc);
                self.prefs.remember(&path);
                self.autosave.written();
                self.info(fl!(
                    "notice-new-session-file",
                    file = path.display().to_string()
                ));
            }
            Err(error) => self.error(fl!(
                "notice-new-session-failed",
                file = path.display().to_string(),
                error = say(&error)
            )),
        }
    }

    fn ask_save_path(&mut self, ctx: &egui::Context) {
        let folder = self
            .doc
            .path()
            .and_then(Path::parent)
            .map(Path::to_path_buf);
        let name = suggested_file_name(&self.doc.session().title);
        self.dialogs.pick_save_path(ctx, folder, name);
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
                let report = report.describe(words::words());
                self.info(fl!(
                    "notice-file-changed-merged",
                    file = file,
                    report = report
                ));
                true
            }
            Err(error) => {
                let error = say(&error);
                self.error(fl!(
                    "notice-file-changed-unreadable",
                    file = file,
                    error = error
                ));
                false
            }
        }
    }

    fn save_to(&mut self, ctx: &egui::Context, path: &Path) {
        let path = &absolute(path);
        if self.doc.path() == Some(path.as_path()) && !self.take_in_disk_changes() {
            self.after_save = None;
            return;
        }
        match self.doc.save_to(path) {
            Ok(()) => {
                self.prefs.remember(path);
                self.autosave.written();
                self.remove_recovery();
                if let Some(pending) = self.after_save.take() {
                    self.carry_out(ctx, pending);
                }
            }
            Err(error) => {
                self.after_save = None;
                self.error(say(&error));
            }
        }
    }

    fn remove_recovery(&mut self) {
        if let Some(path) = &self.recovery_path
            && let Err(error) = autosave::remove_recovery(path)
        {
            let text = fl!(
                "notice-recovery-not-removed",
                file = path.display().to_string(),
                error = error.to_string()
            );
            self.error(text);
        }
    }

    /// Writes unsaved changes once they are due: to the session's file, or to
    /// the recovery file when it has none (or its file cannot be written).
    fn autosave(&mut self, ctx: &egui::Context, now: Instant) {
        self.autosave.observe(self.doc.change_count(), now);
        if !self.autosave.is_due(now) {
            if let Some(wait) = self.autosave.wait(now) {
                ctx.request_repaint_after(wait);
            }
            return;
        }
        self.autosave.written();
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
                Err(error) => self.error(say(&error)),
            }
        }
        let Some(recovery_path) = self.recovery_path.clone() else {
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
            self.error(text);
        }
    }

    fn update_window_title(&mut self, ctx: &egui::Context) {
        let title = self.doc.session().title.clone();
        let title = if self.doc.is_dirty() {
            fl!("window-title-unsaved", title = title)
        } else {
            fl!("window-title", title = title)
        };
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    /// Turns a close request into a question when there are unsaved changes.
    fn intercept_close(&mut self, ctx: &egui::Context) {
        if !ctx.input(|input| input.viewport().close_requested()) {
            return;
        }
        if self.report.is_exporting() {
            // A report cut off by the window closing would never be written
            // (its write is atomic), and nobody would be told.
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.info(fl!("notice-close-after-export"));
        } else if !self.may_close && self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(Pending::Close);
        }
    }
}

impl eframe::App for PlenaryApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        words::speak(self.prefs.ui_language.unwrap_or_default());
        let ctx = ui.ctx().clone();
        self.report_exported();
        let mut commands = self.dialogs.answers();
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_path_buf())
                .collect()
        });
        if !dropped.is_empty() {
            commands.push(Command::Show(View::Synthesis));
            self.waiting_imports.extend(dropped);
        }
        if let Some(watch) = &self.watch {
            // Never the session's own file, wherever it was saved since.
            let own = self.doc.path().map(absolute);
            let ready = watch.ready().into_iter();
            self.waiting_imports
                .extend(ready.filter(|file| Some(absolute(file)) != own));
        }
        // Files wait while the app asks a question (restore? save changes?),
        // so they go into the session the person keeps.
        let asking = self.confirm.is_some() || self.recovery_offer.is_some();
        if !asking && !self.waiting_imports.is_empty() {
            let files = std::mem::take(&mut self.waiting_imports);
            commands.push(Command::ImportPaths(files));
        }
        if self.confirm.is_none() && self.recovery_offer.is_none() {
            commands.extend(command::pressed_shortcuts(&ctx));
        }
        if self.applied_theme != Some(self.prefs.ui_theme) {
            ctx.set_visuals(self.prefs.ui_theme.visuals());
            self.applied_theme = Some(self.prefs.ui_theme);
        }
        shell::shell_ui(ui, self, &mut commands);
        self.intercept_close(&ctx);
        for command in commands {
            self.handle(&ctx, command);
        }
        self.update_window_title(&ctx);
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
pub fn suggested_file_name(title: &str) -> String {
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

    #[test]
    fn recent_files_are_unique_and_bounded() {
        let mut prefs = Prefs::default();
        for index in 0..20 {
            prefs.remember(Path::new(&format!("/s/{}.ron", index % 10)));
        }
        prefs.remember(Path::new("/s/3.ron"));
        assert_eq!(prefs.recent.len(), RECENT_FILES);
        assert_eq!(prefs.recent[0], Path::new("/s/3.ron"));
    }
}
