//! What a person can ask the app to do, as values.
//!
//! Views and shortcuts push a [`Command`]; `PlenaryApp::handle` carries it out
//! after the frame. Labels and shortcuts live here, on the command, so the
//! menu, the keyboard and the help can never disagree.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::words::fl;
use plenary_core::action::Action;
use plenary_core::session::{AnswerId, GroupId};
use plenary_docs::report::Format;

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

/// What a file dialog was for, so that when none can open the person hears
/// the way round it for that task.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Opening or saving a session.
    Session,
    /// Saving a group's file on its laptop.
    GroupFile,
    /// Importing group files, or choosing a folder to watch for them.
    Import,
    /// Exporting the report.
    Report,
}

/// One thing the person asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Change the session (undoable).
    Edit(Action),
    Undo,
    Redo,
    /// A new session with no questions, topics or groups yet.
    NewBlank,
    /// Close the window, asking first about unsaved changes.
    Quit,
    /// A new session with the template's questions, topics and groups.
    NewFromTemplate,
    /// Ask for a file to open.
    Open,
    OpenPath(PathBuf),
    Save,
    SaveAs,
    SaveTo(PathBuf),
    /// A file dialog closed without a file.
    DialogClosed,
    /// No file dialog could open (none on this computer), so none was chosen
    /// for what the person was doing.
    DialogUnavailable(DialogPurpose),
    /// A text field lost focus: the next edit starts a new undo step.
    EndEdit,
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
    /// This laptop captures the answers of this group.
    CaptureFor(GroupId),
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
    /// How the app looks and presents; nothing in the session changes.
    Display(Display),
    /// Ask where to export the report in this format.
    ExportReport(Format),
    ExportReportTo(Format, PathBuf),
}

/// What changes how the app looks or presents, kept on this laptop.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Display {
    UiLanguage(plenary_core::session::Language),
    UiTheme(super::look::UiTheme),
    /// Open or close the keyboard help.
    Shortcuts(bool),
    /// Show the slides full window (presenter mode).
    Present,
    StopPresenting,
    SlideTheme(super::presenter::SlideTheme),
    /// How long each group's rapporteur speaks in plenary.
    SpeakingMinutes(u32),
    /// Show the slides in a window of their own, for the projector.
    AudienceWindow(bool),
}

/// The countdowns this laptop runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

const COMMAND: Modifiers = Modifiers::COMMAND;
const COMMAND_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

/// The commands that have keyboard shortcuts, each with every shortcut it has.
pub const SHORTCUTS: [(ShortcutCommand, &[KeyboardShortcut]); 9] = [
    (
        ShortcutCommand::NewBlank,
        &[KeyboardShortcut::new(COMMAND_SHIFT, Key::N)],
    ),
    (
        ShortcutCommand::NewFromTemplate,
        &[KeyboardShortcut::new(COMMAND, Key::N)],
    ),
    (
        ShortcutCommand::Open,
        &[KeyboardShortcut::new(COMMAND, Key::O)],
    ),
    (
        ShortcutCommand::Save,
        &[KeyboardShortcut::new(COMMAND, Key::S)],
    ),
    (
        ShortcutCommand::SaveAs,
        &[KeyboardShortcut::new(COMMAND_SHIFT, Key::S)],
    ),
    (
        ShortcutCommand::Quit,
        &[KeyboardShortcut::new(COMMAND, Key::Q)],
    ),
    (
        ShortcutCommand::Undo,
        &[KeyboardShortcut::new(COMMAND, Key::Z)],
    ),
    (
        ShortcutCommand::Redo,
        &[
            KeyboardShortcut::new(COMMAND_SHIFT, Key::Z),
            KeyboardShortcut::new(COMMAND, Key::Y),
        ],
    ),
    (
        ShortcutCommand::Present,
        &[KeyboardShortcut::new(Modifiers::NONE, Key::F5)],
    ),
];

/// The commands that carry no data, so they can have a shortcut and a menu entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShortcutCommand {
    NewBlank,
    NewFromTemplate,
    Open,
    Save,
    SaveAs,
    Quit,
    Undo,
    Redo,
    Present,
}

impl ShortcutCommand {
    pub fn command(self) -> Command {
        match self {
            ShortcutCommand::NewBlank => Command::NewBlank,
            ShortcutCommand::NewFromTemplate => Command::NewFromTemplate,
            ShortcutCommand::Open => Command::Open,
            ShortcutCommand::Save => Command::Save,
            ShortcutCommand::SaveAs => Command::SaveAs,
            ShortcutCommand::Quit => Command::Quit,
            ShortcutCommand::Undo => Command::Undo,
            ShortcutCommand::Redo => Command::Redo,
            ShortcutCommand::Present => Command::Display(Display::Present),
        }
    }

    /// The menu label.
    pub fn label(self) -> String {
        match self {
            ShortcutCommand::NewBlank => fl!("command-new-blank"),
            ShortcutCommand::NewFromTemplate => fl!("command-new"),
            ShortcutCommand::Open => fl!("command-open"),
            ShortcutCommand::Save => fl!("command-save"),
            ShortcutCommand::SaveAs => fl!("command-save-as"),
            ShortcutCommand::Quit => fl!("command-quit"),
            ShortcutCommand::Undo => fl!("command-undo"),
            ShortcutCommand::Redo => fl!("command-redo"),
            ShortcutCommand::Present => fl!("command-present"),
        }
    }

    /// The shortcuts of this command; the first is the one menus show.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        SHORTCUTS
            .iter()
            .find(|(command, _)| *command == self)
            .map_or(&[], |(_, shortcuts)| shortcuts)
    }
}

/// The commands whose shortcut was pressed this frame. More specific shortcuts
/// (with Shift) are checked first, so Ctrl+Shift+S is not also taken as Ctrl+S.
pub fn pressed_shortcuts(ctx: &egui::Context) -> Vec<Command> {
    let mut all: Vec<(ShortcutCommand, KeyboardShortcut)> = SHORTCUTS
        .iter()
        .flat_map(|(command, shortcuts)| shortcuts.iter().map(|shortcut| (*command, *shortcut)))
        .collect();
    all.sort_by_key(|(_, shortcut)| !shortcut.modifiers.shift);
    ctx.input_mut(|input| {
        all.into_iter()
            .filter(|(_, shortcut)| input.consume_shortcut(shortcut))
            .map(|(command, _)| command.command())
            .collect()
    })
}
