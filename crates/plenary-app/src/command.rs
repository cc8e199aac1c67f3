//! What a person can ask the window to do, as values.
//!
//! Views and keys push a [`Command`]; `PlenaryApp::handle` carries it out
//! after the frame. The commands a menu or a key gives ([`UiCommand`]) are
//! one table: each one's name, its keys and where they work are read from
//! it by the menus, the keyboard handling and the keyboard help alike, so
//! the three cannot disagree.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};
use plenary_core::action::Action;
use plenary_core::session::{AnswerId, AnswerKind, GroupId, Language, QuestionId};
use plenary_docs::report::Format;

use crate::look::{SlideColours, UiColours};
use crate::words::fl;

/// The app's phases, in the order a session goes through them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum View {
    #[default]
    Setup,
    Panel,
    BreakOut,
    Synthesis,
    Plenary,
    Report,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Setup,
        View::Panel,
        View::BreakOut,
        View::Synthesis,
        View::Plenary,
        View::Report,
    ];

    pub fn label(self) -> String {
        match self {
            View::Setup => fl!("view-setup"),
            View::Panel => fl!("view-panel"),
            View::BreakOut => fl!("view-break-out"),
            View::Synthesis => fl!("view-synthesis"),
            View::Plenary => fl!("view-plenary"),
            View::Report => fl!("view-report"),
        }
    }
}

/// One thing the person asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A command of the menus and keys.
    Ui(UiCommand),
    /// Change the session (undoable).
    Edit(Action),
    /// A text field lost focus: the next edit starts a new undo step.
    EndEdit,
    OpenPath(PathBuf),
    SaveTo(PathBuf),
    /// A file dialog closed without a file.
    DialogClosed,
    /// The system's file dialog could not open (none on this computer):
    /// Plenary's own chooser asks instead, from this folder.
    DialogUnavailable(crate::chooser::Ask, Option<PathBuf>),
    Show(View),
    RestoreRecovery,
    DiscardRecovery,
    /// "Save changes?" answered Save: save, then go on with what was asked.
    SaveChanges,
    /// "Save changes?" answered Don't save: drop them and go on.
    DiscardChanges,
    /// "Save changes?" answered Cancel.
    CancelPending,
    DismissNotice(usize),
    /// Tell the person something a view noticed (a number brought down to
    /// what is allowed).
    Tell(String),
    /// This laptop captures the answers of this group.
    CaptureFor(GroupId),
    /// Show this question in the Break-out (kept across restarts).
    ShowQuestion(QuestionId),
    Timer {
        timer: Timer,
        change: TimerChange,
    },
    /// Ask where to save this group's file.
    SaveGroupFile(GroupId),
    SaveGroupFileTo(GroupId, PathBuf),
    /// Ask for group files to import (several at once).
    ImportFiles,
    /// Merge these files into the session, each as one undoable step.
    ImportPaths(Vec<PathBuf>),
    /// Merge a file of another session, mapping its questions and topics.
    ImportAnyway(PathBuf),
    /// Merge a whole session (another facilitator's copy, not a group
    /// file) whole: its set-up, themes, votes and every group's answers.
    ImportWhole(PathBuf),
    /// Ask for a folder to watch for group files.
    WatchFolder,
    WatchPath(PathBuf),
    StopWatching,
    /// Resolve a conflict by keeping version `keep` of the answer (0 is the
    /// one shown first); with `keep_others`, the other versions become
    /// answers of their own.
    Resolve {
        answer: AnswerId,
        keep: usize,
        keep_others: bool,
    },
    /// Resolve a conflict of a set-up item, a theme or the header by keeping
    /// version `keep` (0 is the one shown first).
    ResolveItem {
        target: plenary_core::action::Target,
        keep: usize,
    },
    /// How the window looks and presents; nothing in the session changes.
    Screen(Screen),
    /// Ask where to export the report in this format.
    ExportReport(Format),
    ExportReportTo(Format, PathBuf),
}

/// What changes how the window looks or presents, kept on this laptop.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Screen {
    UiLanguage(Language),
    UiColours(UiColours),
    /// Open or close the keyboard help.
    Shortcuts(bool),
    /// Show or leave the first-start screen.
    Welcome(bool),
    SlideColours(SlideColours),
    /// How long each group's rapporteur speaks in plenary.
    SpeakingMinutes(u32),
    /// Show the slides in a window of their own, for the projector.
    AudienceWindow(bool),
}

/// The countdowns this laptop runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Timer {
    Panel,
    BreakOut,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimerChange {
    Start,
    Pause,
    Extend {
        minutes: i64,
    },
    /// Back to the planned time of its agenda phase, stopped.
    Reset,
}

/// Where a command's keys work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// In every view (not while presenting).
    Everywhere,
    /// In the Break-out view.
    BreakOut,
    /// In presenter mode.
    Slides,
}

/// The commands of the menus and keys: each has a name, keys, and a scope
/// where its keys work ([`UiCommand::ALL`] is the table).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiCommand {
    NewBlank,
    NewFromTemplate,
    Open,
    Save,
    SaveAs,
    Quit,
    Undo,
    Redo,
    /// Show the slides full window (presenter mode).
    Present,
    /// Text size; egui itself takes these keys, at the end of each frame.
    ZoomIn,
    ZoomOut,
    ZoomReset,
    /// The kind the Break-out's next answers get.
    Kind(AnswerKind),
    NextQuestion,
    PreviousQuestion,
    NextSlide,
    PreviousSlide,
    FirstSlide,
    LastSlide,
    /// Enter, after typing the slide's number.
    JumpToSlide,
    /// The slides' next colours.
    SlideColours,
    AudienceWindow,
    StopPresenting,
}

const COMMAND: Modifiers = Modifiers::COMMAND;
const COMMAND_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const fn bare(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

impl UiCommand {
    /// Every command, in the order the keyboard help lists them.
    pub const ALL: [UiCommand; 28] = [
        UiCommand::NewBlank,
        UiCommand::NewFromTemplate,
        UiCommand::Open,
        UiCommand::Save,
        UiCommand::SaveAs,
        UiCommand::Quit,
        UiCommand::Undo,
        UiCommand::Redo,
        UiCommand::Present,
        UiCommand::ZoomIn,
        UiCommand::ZoomOut,
        UiCommand::ZoomReset,
        UiCommand::Kind(AnswerKind::Benefit),
        UiCommand::Kind(AnswerKind::UseToday),
        UiCommand::Kind(AnswerKind::FutureUse),
        UiCommand::Kind(AnswerKind::Risk),
        UiCommand::Kind(AnswerKind::Recommendation),
        UiCommand::Kind(AnswerKind::Other),
        UiCommand::NextQuestion,
        UiCommand::PreviousQuestion,
        UiCommand::NextSlide,
        UiCommand::PreviousSlide,
        UiCommand::FirstSlide,
        UiCommand::LastSlide,
        UiCommand::JumpToSlide,
        UiCommand::SlideColours,
        UiCommand::AudienceWindow,
        UiCommand::StopPresenting,
    ];

    /// Its name, in menus and the keyboard help.
    pub fn label(self) -> String {
        match self {
            UiCommand::NewBlank => fl!("command-new-blank"),
            UiCommand::NewFromTemplate => fl!("command-new"),
            UiCommand::Open => fl!("command-open"),
            UiCommand::Save => fl!("command-save"),
            UiCommand::SaveAs => fl!("command-save-as"),
            UiCommand::Quit => fl!("command-quit"),
            UiCommand::Undo => fl!("command-undo"),
            UiCommand::Redo => fl!("command-redo"),
            UiCommand::Present => fl!("command-present"),
            UiCommand::ZoomIn => fl!("command-zoom-in"),
            UiCommand::ZoomOut => fl!("command-zoom-out"),
            UiCommand::ZoomReset => fl!("command-zoom-reset"),
            UiCommand::Kind(kind) => fl!(
                "shortcuts-kind",
                kind = plenary_i18n::kind_name(crate::words::words(), kind)
            ),
            UiCommand::NextQuestion => fl!("shortcuts-next-question"),
            UiCommand::PreviousQuestion => fl!("shortcuts-previous-question"),
            UiCommand::NextSlide => fl!("slide-key-next"),
            UiCommand::PreviousSlide => fl!("slide-key-previous"),
            UiCommand::FirstSlide => fl!("slide-key-first"),
            UiCommand::LastSlide => fl!("slide-key-last"),
            UiCommand::JumpToSlide => fl!("slide-key-jump"),
            UiCommand::SlideColours => fl!("slide-key-colours"),
            UiCommand::AudienceWindow => fl!("slide-key-audience"),
            UiCommand::StopPresenting => fl!("slide-key-leave"),
        }
    }

    /// Its keys; the first is the one menus show.
    pub fn keys(self) -> &'static [KeyboardShortcut] {
        use egui::gui_zoom::kb_shortcuts::{ZOOM_IN, ZOOM_IN_SECONDARY, ZOOM_OUT, ZOOM_RESET};
        match self {
            UiCommand::NewBlank => const { &[key(COMMAND_SHIFT, Key::N)] },
            UiCommand::NewFromTemplate => const { &[key(COMMAND, Key::N)] },
            UiCommand::Open => const { &[key(COMMAND, Key::O)] },
            UiCommand::Save => const { &[key(COMMAND, Key::S)] },
            UiCommand::SaveAs => const { &[key(COMMAND_SHIFT, Key::S)] },
            UiCommand::Quit => const { &[key(COMMAND, Key::Q)] },
            UiCommand::Undo => const { &[key(COMMAND, Key::Z)] },
            UiCommand::Redo => const { &[key(COMMAND_SHIFT, Key::Z), key(COMMAND, Key::Y)] },
            UiCommand::Present => const { &[bare(Key::F5)] },
            UiCommand::ZoomIn => const { &[ZOOM_IN, ZOOM_IN_SECONDARY] },
            UiCommand::ZoomOut => const { &[ZOOM_OUT] },
            UiCommand::ZoomReset => const { &[ZOOM_RESET] },
            UiCommand::Kind(AnswerKind::Benefit) => const { &[key(COMMAND, Key::Num1)] },
            UiCommand::Kind(AnswerKind::UseToday) => const { &[key(COMMAND, Key::Num2)] },
            UiCommand::Kind(AnswerKind::FutureUse) => const { &[key(COMMAND, Key::Num3)] },
            UiCommand::Kind(AnswerKind::Risk) => const { &[key(COMMAND, Key::Num4)] },
            UiCommand::Kind(AnswerKind::Recommendation) => const { &[key(COMMAND, Key::Num5)] },
            UiCommand::Kind(AnswerKind::Other) => const { &[key(COMMAND, Key::Num0)] },
            UiCommand::NextQuestion => const { &[key(COMMAND, Key::PageDown)] },
            UiCommand::PreviousQuestion => const { &[key(COMMAND, Key::PageUp)] },
            UiCommand::NextSlide => {
                const {
                    &[
                        bare(Key::ArrowRight),
                        bare(Key::ArrowDown),
                        bare(Key::PageDown),
                        bare(Key::Space),
                    ]
                }
            }
            UiCommand::PreviousSlide => {
                const {
                    &[
                        bare(Key::ArrowLeft),
                        bare(Key::ArrowUp),
                        bare(Key::PageUp),
                        bare(Key::Backspace),
                    ]
                }
            }
            UiCommand::FirstSlide => const { &[bare(Key::Home)] },
            UiCommand::LastSlide => const { &[bare(Key::End)] },
            UiCommand::JumpToSlide => const { &[bare(Key::Enter)] },
            UiCommand::SlideColours => const { &[bare(Key::T)] },
            UiCommand::AudienceWindow => const { &[bare(Key::W)] },
            UiCommand::StopPresenting => const { &[bare(Key::Escape)] },
        }
    }

    /// Where its keys work.
    pub fn scope(self) -> Scope {
        match self {
            UiCommand::Kind(_) | UiCommand::NextQuestion | UiCommand::PreviousQuestion => {
                Scope::BreakOut
            }
            UiCommand::NextSlide
            | UiCommand::PreviousSlide
            | UiCommand::FirstSlide
            | UiCommand::LastSlide
            | UiCommand::JumpToSlide
            | UiCommand::SlideColours
            | UiCommand::AudienceWindow
            | UiCommand::StopPresenting => Scope::Slides,
            _ => Scope::Everywhere,
        }
    }

    /// Whether egui takes its keys itself (the text size).
    fn keys_are_eguis(self) -> bool {
        matches!(
            self,
            UiCommand::ZoomIn | UiCommand::ZoomOut | UiCommand::ZoomReset
        )
    }

    /// The commands of `scope` whose keys were pressed this frame, their
    /// keys taken, so no widget sees them too. More specific keys (with
    /// Shift) are checked first, so Ctrl+Shift+S is not also Ctrl+S.
    pub fn pressed(ctx: &egui::Context, scope: Scope) -> Vec<UiCommand> {
        let mut all: Vec<(UiCommand, KeyboardShortcut)> = UiCommand::ALL
            .into_iter()
            .filter(|command| command.scope() == scope && !command.keys_are_eguis())
            .flat_map(|command| command.keys().iter().map(move |keys| (command, *keys)))
            .collect();
        all.sort_by_key(|(_, keys)| !keys.modifiers.shift);
        ctx.input_mut(|input| {
            let mut pressed: Vec<UiCommand> = Vec::new();
            for (command, keys) in all {
                if input.consume_shortcut(&keys) && !pressed.contains(&command) {
                    pressed.push(command);
                }
            }
            pressed
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_of_one_scope_share_a_key() {
        for (index, command) in UiCommand::ALL.iter().enumerate() {
            for other in &UiCommand::ALL[index + 1..] {
                let shared = command.scope() == other.scope()
                    && command
                        .keys()
                        .iter()
                        .any(|keys| other.keys().contains(keys));
                assert!(!shared, "{command:?} and {other:?} share a key");
            }
        }
    }

    #[test]
    fn every_command_has_keys_and_the_table_lists_each_once() {
        for (index, command) in UiCommand::ALL.iter().enumerate() {
            assert!(!command.keys().is_empty(), "{command:?}");
            assert!(
                !UiCommand::ALL[index + 1..].contains(command),
                "{command:?}"
            );
        }
    }
}
