//! Native file dialogs, run on their own thread so the window never freezes.
//!
//! A dialog's answer comes back as a [`Command`] through a channel that the app
//! drains at the start of each frame.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

use super::command::{Command, DialogPurpose};
use crate::words::fl;
use plenary_core::session::GroupId;
use plenary_docs::report::Format;

/// Opens file dialogs off the UI thread and collects their answers.
pub(crate) struct FileDialogs {
    sender: Sender<Command>,
    receiver: Receiver<Command>,
    /// True while a dialog is open, so a second one is not stacked on it.
    open: bool,
}

impl Default for FileDialogs {
    fn default() -> Self {
        let (sender, receiver) = channel();
        Self {
            sender,
            receiver,
            open: false,
        }
    }
}

impl FileDialogs {
    /// Asks for a session file to open; answers with [`Command::OpenPath`].
    pub(crate) fn pick_session(&mut self, ctx: &egui::Context, folder: Option<PathBuf>) {
        let (title, filter) = (fl!("dialog-open-title"), fl!("dialog-filter-session"));
        self.spawn(ctx, DialogPurpose::Session, move || {
            session_dialog(folder, filter)
                .set_title(title)
                .pick_file()
                .map(Command::OpenPath)
        });
    }

    /// Asks where to save the session; answers with [`Command::SaveTo`].
    pub(crate) fn pick_save_path(
        &mut self,
        ctx: &egui::Context,
        folder: Option<PathBuf>,
        name: String,
    ) {
        let (title, filter) = (fl!("dialog-save-title"), fl!("dialog-filter-session"));
        self.spawn(ctx, DialogPurpose::Session, move || {
            session_dialog(folder, filter)
                .set_title(title)
                .set_file_name(name)
                .save_file()
                .map(|path| Command::SaveTo(with_ron_extension(path)))
        });
    }

    /// Asks where to save a group file; answers with [`Command::SaveGroupFileTo`].
    pub(crate) fn pick_group_file_path(
        &mut self,
        ctx: &egui::Context,
        group: GroupId,
        folder: Option<PathBuf>,
        name: String,
    ) {
        let (title, filter) = (fl!("dialog-save-group-title"), fl!("dialog-filter-session"));
        self.spawn(ctx, DialogPurpose::GroupFile, move || {
            session_dialog(folder, filter)
                .set_title(title)
                .set_file_name(name)
                .save_file()
                .map(|path| Command::SaveGroupFileTo(group, with_ron_extension(path)))
        });
    }

    /// Asks for group files to import; answers with [`Command::ImportPaths`].
    pub(crate) fn pick_group_files(&mut self, ctx: &egui::Context, folder: Option<PathBuf>) {
        let (title, filter) = (fl!("dialog-import-title"), fl!("dialog-filter-session"));
        self.spawn(ctx, DialogPurpose::Import, move || {
            session_dialog(folder, filter)
                .set_title(title)
                .pick_files()
                .map(Command::ImportPaths)
        });
    }

    /// Asks for a folder to watch; answers with [`Command::WatchPath`].
    pub(crate) fn pick_folder(&mut self, ctx: &egui::Context) {
        let title = fl!("dialog-watch-title");
        self.spawn(ctx, DialogPurpose::Import, move || {
            rfd::FileDialog::new()
                .set_title(title)
                .pick_folder()
                .map(Command::WatchPath)
        });
    }

    /// Asks where to export the report; answers with [`Command::ExportReportTo`].
    pub(crate) fn pick_report_path(
        &mut self,
        ctx: &egui::Context,
        format: Format,
        folder: Option<PathBuf>,
        name: String,
    ) {
        let title = fl!("dialog-export-title");
        self.spawn(ctx, DialogPurpose::Report, move || {
            let dialog = rfd::FileDialog::new()
                .set_title(title)
                .add_filter(format.extension(), &[format.extension()])
                .set_file_name(name);
            in_folder(dialog, folder)
                .save_file()
                .map(|path| Command::ExportReportTo(format, path))
        });
    }

    /// The answers of dialogs that closed since the last call.
    pub(crate) fn answers(&mut self) -> Vec<Command> {
        let answers: Vec<Command> = self.receiver.try_iter().collect();
        if !answers.is_empty() {
            self.open = false;
        }
        answers
    }

    fn spawn(
        &mut self,
        ctx: &egui::Context,
        purpose: DialogPurpose,
        dialog: impl FnOnce() -> Option<Command> + Send + 'static,
    ) {
        if self.open {
            return;
        }
        self.open = true;
        let sender = self.sender.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            // `None` (cancelled) still reports, so `open` is reset. A dialog
            // that gives up faster than a person can cancel it never showed:
            // rfd answers `None` when the computer has no dialog to show (on
            // Linux, neither a desktop portal nor zenity), and the person must
            // hear why nothing happened.
            let asked = std::time::Instant::now();
            let answer = dialog().unwrap_or_else(|| {
                if asked.elapsed() < std::time::Duration::from_millis(250) {
                    Command::DialogUnavailable(purpose)
                } else {
                    Command::DialogClosed
                }
            });
            let _ = sender.send(answer);
            ctx.request_repaint();
        });
    }
}

/// A dialog for session files; `filter` names them (texts are made on the
/// UI thread, in the person's language, before the dialog's thread starts).
fn session_dialog(folder: Option<PathBuf>, filter: String) -> rfd::FileDialog {
    let dialog = rfd::FileDialog::new().add_filter(filter, &["ron"]);
    in_folder(dialog, folder)
}

/// The dialog opening in `folder`, when there is one.
fn in_folder(dialog: rfd::FileDialog, folder: Option<PathBuf>) -> rfd::FileDialog {
    match folder {
        Some(folder) => dialog.set_directory(folder),
        None => dialog,
    }
}

fn with_ron_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension("ron")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer_of(dialog: impl FnOnce() -> Option<Command> + Send + 'static) -> Command {
        let mut dialogs = FileDialogs::default();
        dialogs.spawn(&egui::Context::default(), DialogPurpose::Import, dialog);
        dialogs
            .receiver
            .recv_timeout(std::time::Duration::from_secs(5))
            .expect("the dialog answers")
    }

    #[test]
    fn a_dialog_that_never_showed_is_told_from_a_cancelled_one() {
        assert!(matches!(
            answer_of(|| None),
            Command::DialogUnavailable(DialogPurpose::Import)
        ));
        let cancelled = answer_of(|| {
            std::thread::sleep(std::time::Duration::from_millis(400));
            None
        });
        assert!(matches!(cancelled, Command::DialogClosed));
    }
}
