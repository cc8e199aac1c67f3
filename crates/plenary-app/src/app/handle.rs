//! Carrying out commands, after the frame: the one place the session, the
//! preferences and the window's state change.

use std::path::{Path, PathBuf};

use plenary_core::action::{Action, Item};
use plenary_core::capture::{self, Countdown, EditStamp};
use plenary_core::merge::{self, Accept, Take};
use plenary_core::session::{GroupId, PhaseKind};
use plenary_core::store;
use plenary_docs::report::{self, Format};

use super::files::{Pending, Start};
use super::{PlenaryApp, planned_minutes, suggested_file_name};
use crate::chooser::Ask;
use crate::command::{Command, Screen, Timer, TimerChange, UiCommand};
use crate::words::{self, fl, say};

impl PlenaryApp {
    /// Carries out one command.
    pub fn handle(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Ui(command) => self.run(ctx, command),
            Command::Edit(action) => self.edit(action),
            Command::EndEdit => self.doc.seal(),
            Command::OpenPath(path) => self.after_confirming(ctx, Pending::Open(path)),
            Command::SaveTo(path) => self.save_to(ctx, &path),
            Command::DialogClosed => self.dialog_closed(),
            Command::DialogUnavailable(ask, folder) => {
                let places = self.places();
                self.dialogs.ask_in_app(ask, folder, places);
            }
            Command::Show(view) => {
                self.prefs.view = view;
                self.views.welcome = None;
            }
            Command::Screen(screen) => self.screen(screen),
            Command::RestoreRecovery => self.restore_recovery(),
            Command::DiscardRecovery => self.discard_recovery(),
            Command::SaveChanges => self.save_then_carry_out(ctx),
            Command::DiscardChanges => self.discard_then_carry_out(ctx),
            Command::CancelPending => self.cancel_pending(),
            Command::DismissNotice(index) => self.notices.dismiss(index),
            Command::Tell(text) => self.notices.info(text),
            Command::CaptureFor(group) => self.laptop_mut().group = Some(group),
            Command::ShowQuestion(question) => {
                self.laptop_mut().question = Some(question);
                ctx.request_repaint();
            }
            Command::Timer { timer, change } => {
                self.change_timer(timer, change, jiff::Timestamp::now());
            }
            Command::SaveGroupFile(group) => self.ask_group_file_path(ctx, group),
            Command::SaveGroupFileTo(group, path) => self.save_group_file(group, &path),
            Command::ImportFiles => self.ask(ctx, Ask::ImportGroupFiles),
            Command::ImportPaths(paths) => self.import(paths, Accept::SameSession, Take::OwnGroups),
            Command::ImportAnyway(path) => {
                self.imports.forget(&path);
                self.import(vec![path], Accept::AnySession, Take::OwnGroups);
            }
            Command::ImportWhole(path) => {
                self.imports.forget(&path);
                self.import(vec![path], Accept::SameSession, Take::Everything);
            }
            Command::WatchFolder => self.ask(ctx, Ask::WatchFolder),
            Command::WatchPath(folder) => self.laptop_mut().watch = Some(folder),
            Command::StopWatching => self.laptop_mut().watch = None,
            Command::Resolve {
                answer,
                keep,
                keep_others,
            } => {
                let edit = self.edit_stamp();
                let resolution =
                    merge::resolution(self.doc.session(), answer, keep, keep_others, edit);
                if let Some(action) = resolution {
                    self.edit(action);
                    self.doc.seal();
                }
            }
            Command::ResolveItem { target, keep } => {
                let replica = self.replica();
                if let Some(action) =
                    merge::resolution_of(self.doc.session(), target, keep, replica)
                {
                    // The choice is itself a new version: applied as made elsewhere.
                    if let Err(error) = self.doc.apply(action) {
                        self.notices
                            .error(fl!("notice-edit-refused", reason = say(&error)));
                    }
                    self.doc.seal();
                }
            }
            Command::ExportReport(format) => {
                let name = report::file_name(&self.doc.session().title, format);
                self.ask(ctx, Ask::ExportReport { format, name });
            }
            Command::ExportReportTo(format, path) => self.export_report(ctx, format, path),
        }
    }

    /// Carries out a command of the menus and keys. Those of the Break-out
    /// and the slides change only their view, which handles them.
    fn run(&mut self, ctx: &egui::Context, command: UiCommand) {
        match command {
            UiCommand::NewBlank => self.after_confirming(ctx, Pending::New(Start::Blank)),
            UiCommand::NewFromTemplate => {
                self.after_confirming(ctx, Pending::New(Start::Template));
            }
            UiCommand::Open => self.ask(ctx, Ask::OpenSession),
            UiCommand::Save => self.save(ctx),
            UiCommand::SaveAs => self.ask_save_path(ctx),
            UiCommand::Quit => self.after_confirming(ctx, Pending::Close),
            UiCommand::Undo => {
                self.notices.withdraw_undo();
                self.doc.undo();
            }
            UiCommand::Redo => {
                self.doc.redo();
            }
            UiCommand::Present => {
                let audience = self.views.plenary.audience_window;
                let state = self.views.presenter.get_or_insert_with(Default::default);
                state.audience_window = audience;
            }
            UiCommand::StopPresenting => self.views.presenter = None,
            UiCommand::SlideColours => {
                self.prefs.slide_colours = self.prefs.slide_colours.next();
            }
            UiCommand::ZoomIn => egui::gui_zoom::zoom_in(ctx),
            UiCommand::ZoomOut => egui::gui_zoom::zoom_out(ctx),
            UiCommand::ZoomReset => ctx.set_zoom_factor(1.0),
            UiCommand::Kind(_)
            | UiCommand::NextQuestion
            | UiCommand::PreviousQuestion
            | UiCommand::NextSlide
            | UiCommand::PreviousSlide
            | UiCommand::FirstSlide
            | UiCommand::LastSlide
            | UiCommand::JumpToSlide
            | UiCommand::AudienceWindow => {}
        }
    }

    /// Carries out a change of how the window looks or presents.
    fn screen(&mut self, screen: Screen) {
        match screen {
            Screen::SlideColours(colours) => self.prefs.slide_colours = colours,
            Screen::SpeakingMinutes(minutes) => self.prefs.speaking_minutes = Some(minutes),
            Screen::AudienceWindow(on) => {
                self.views.plenary.audience_window = on;
                if let Some(state) = &mut self.views.presenter {
                    state.audience_window = on;
                }
            }
            Screen::UiLanguage(language) => {
                self.prefs.ui_language = Some(language);
                words::speak(language);
            }
            Screen::UiColours(colours) => self.prefs.ui_colours = colours,
            Screen::Shortcuts(open) => self.views.shortcuts_open = open,
            Screen::Welcome(open) => {
                self.views.welcome = open.then(crate::views::welcome::WelcomeState::default);
            }
        }
    }

    /// This laptop, now: who and when of an edit made here.
    fn edit_stamp(&self) -> EditStamp {
        EditStamp {
            replica: self.replica(),
            at: jiff::Timestamp::now(),
        }
    }

    /// Applies `action` as one undoable step; an answer added or edited is
    /// written at once.
    fn edit(&mut self, action: Action) {
        let whole_answer = matches!(
            &action,
            Action::Insert(items) | Action::Replace(items)
                if items.iter().any(|item| matches!(item, Item::Answer(_)))
        );
        let deletion = self.deletion(&action);
        let replica = self.replica();
        match self.doc.edit(action, replica) {
            Ok(()) => {
                match deletion {
                    Some(text) => self.notices.offer_undo(text, std::time::Instant::now()),
                    None => self.notices.withdraw_undo(),
                }
                if whole_answer {
                    self.files.hurry();
                }
            }
            Err(error) => self
                .notices
                .error(fl!("notice-edit-refused", reason = say(&error))),
        }
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
        let laptop = self.laptop_mut();
        match timer {
            Timer::Panel => laptop.panel = Some(changed),
            Timer::BreakOut => laptop.break_out = Some(changed),
        }
    }

    /// What a notice says of `action` when it deletes something (an answer
    /// marked deleted, an item taken out of a list), so it can be undone.
    fn deletion(&self, action: &Action) -> Option<String> {
        match action {
            Action::Replace(items) => items.iter().find_map(|item| match item {
                Item::Answer(answer)
                    if answer.deleted
                        && self
                            .doc
                            .session()
                            .answer(answer.id)
                            .is_some_and(|before| !before.deleted) =>
                {
                    let text = crate::words::shortened(&answer.text, 60);
                    Some(fl!("notice-deleted-answer", text = text))
                }
                _ => None,
            }),
            Action::Remove(items) if !items.is_empty() => Some(fl!("notice-removed")),
            _ => None,
        }
    }

    fn ask_group_file_path(&mut self, ctx: &egui::Context, group: GroupId) {
        let session = self.doc.session();
        let group_name = session
            .group(group)
            .map(|g| g.name.clone())
            .unwrap_or_default();
        let name = suggested_file_name(&format!("{} {group_name}", session.title));
        self.ask(ctx, Ask::SaveGroupFile { group, name });
    }

    /// Asks for the file or folder `ask` needs, from the session's folder.
    pub(super) fn ask(&mut self, ctx: &egui::Context, ask: Ask) {
        let folder = self.folder();
        let session_folder = folder.clone();
        let recent = self.prefs.recent.clone();
        self.dialogs.ask(ctx, ask, folder, move || {
            crate::chooser::places(session_folder.as_deref(), &recent)
        });
    }

    /// The places Plenary's own chooser offers.
    fn places(&self) -> Vec<crate::chooser::Place> {
        crate::chooser::places(self.folder().as_deref(), &self.prefs.recent)
    }

    /// Whether `path` is the open session's own file, which no group file
    /// or report may replace; says so when it is.
    fn refuse_session_file(&mut self, path: &Path) -> bool {
        let Some(own) = self.doc.path() else {
            return false;
        };
        let same = own == path || same_file::is_same_file(own, path).unwrap_or(false);
        if same {
            self.notices.error(fl!(
                "notice-not-over-session",
                file = path.display().to_string()
            ));
        }
        same
    }

    fn save_group_file(&mut self, group: GroupId, path: &Path) {
        if self.refuse_session_file(path) {
            return;
        }
        let Some(file) = capture::group_file(self.doc.session(), group, self.replica()) else {
            self.notices.error(fl!("notice-group-missing"));
            return;
        };
        match store::save(path, &file) {
            Ok(()) => self.notices.info(fl!(
                "notice-group-file-saved",
                file = path.display().to_string(),
                count = file.live_answers().count()
            )),
            Err(error) => self.notices.error(say(&error)),
        }
    }

    /// Starts writing the report, as the Report view shows it, to `path`.
    /// The notice comes when it is written: see [`Self::report_exported`].
    fn export_report(&mut self, ctx: &egui::Context, format: Format, path: PathBuf) {
        if self.refuse_session_file(&path) {
            return;
        }
        if self.views.report.is_exporting() {
            self.notices.error(fl!("notice-report-busy"));
            return;
        }
        let options = self.views.report.options(self.doc.session());
        let built = report::build(self.doc.session(), options);
        self.views.report.start_export(ctx, built, format, path);
    }

    /// Tells how the report's export ended, once it has.
    pub(super) fn report_exported(&mut self) {
        let Some(exported) = self.views.report.finished() else {
            return;
        };
        let file = exported.path.display().to_string();
        match exported.result {
            Ok(()) => self.notices.info(fl!("notice-report-written", file = file)),
            Err(error) => {
                let text = fl!("notice-report-failed", file = file, error = error);
                self.notices.error(text);
            }
        }
    }
}
