//! Every file action asks here, through one API ([`FileDialogs::ask`]):
//! the system's file dialog, run on its own thread so the window never
//! freezes, or, where none can open, Plenary's own chooser
//! ([`crate::chooser`]), drawn in the window.
//!
//! A dialog's answer comes back as a [`Command`] through a channel that the app
//! drains at the start of each frame.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

use super::command::Command;
use crate::chooser::{Ask, Chooser, Pick, Place};

/// Asks for files and folders, and collects the answers.
pub(crate) struct FileDialogs {
    sender: Sender<Command>,
    receiver: Receiver<Command>,
    /// True while a system dialog is open, so a second one is not stacked on it.
    open: bool,
    /// Whether to try the system's dialog first. Off once it could not
    /// open, and in tests, which drive Plenary's own chooser.
    pub(crate) native: bool,
    /// Plenary's own chooser, while it is open.
    pub(crate) chooser: Option<Chooser>,
}

impl FileDialogs {
    pub(crate) fn new(native: bool) -> Self {
        let (sender, receiver) = channel();
        Self {
            sender,
            receiver,
            open: false,
            native,
            chooser: None,
        }
    }

    /// Asks for what `ask` needs, starting in `folder`: with the system's
    /// dialog, or Plenary's own chooser, which offers `places`. The answer is
    /// the command `ask` makes of it.
    pub(crate) fn ask(
        &mut self,
        ctx: &egui::Context,
        ask: Ask,
        folder: Option<PathBuf>,
        places: impl FnOnce() -> Vec<Place>,
    ) {
        if self.open || self.chooser.is_some() {
            return;
        }
        if !self.native {
            self.chooser = Some(Chooser::new(ask, folder, places()));
            return;
        }
        let (title, filter) = (ask.title(), ask.filter_name());
        self.spawn(ctx, ask.clone(), folder.clone(), move || {
            let mut dialog = rfd::FileDialog::new().set_title(title);
            if ask.pick() != Pick::Folder {
                dialog = dialog.add_filter(filter, &[ask.extension()]);
            }
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            let picked: Vec<PathBuf> = match ask.pick() {
                Pick::File => dialog.pick_file().into_iter().collect(),
                Pick::Files => dialog.pick_files().unwrap_or_default(),
                Pick::Save => dialog
                    .set_file_name(ask.suggested_name())
                    .save_file()
                    .into_iter()
                    .collect(),
                Pick::Folder => dialog.pick_folder().into_iter().collect(),
            };
            ask.answer(picked)
        });
    }

    /// Opens Plenary's own chooser for `ask`, the system's dialog having
    /// given up; the next asks go straight to it.
    pub(crate) fn ask_in_app(&mut self, ask: Ask, folder: Option<PathBuf>, places: Vec<Place>) {
        self.native = false;
        self.chooser = Some(Chooser::new(ask, folder, places));
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
        ask: Ask,
        folder: Option<PathBuf>,
        dialog: impl FnOnce() -> Option<Command> + Send + 'static,
    ) {
        self.open = true;
        let sender = self.sender.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            // `None` (cancelled) still reports, so `open` is reset. A dialog
            // that gives up faster than a person can cancel it never showed:
            // rfd answers `None` when the computer has no dialog to show (on
            // Linux, neither a desktop portal nor zenity), and Plenary's own
            // chooser opens instead.
            let asked = std::time::Instant::now();
            let answer = dialog().unwrap_or_else(|| {
                if asked.elapsed() < std::time::Duration::from_millis(250) {
                    Command::DialogUnavailable(ask, folder)
                } else {
                    Command::DialogClosed
                }
            });
            let _ = sender.send(answer);
            ctx.request_repaint();
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer_of(dialog: impl FnOnce() -> Option<Command> + Send + 'static) -> Command {
        let mut dialogs = FileDialogs::new(true);
        dialogs.spawn(
            &egui::Context::default(),
            Ask::ImportGroupFiles,
            None,
            dialog,
        );
        dialogs
            .receiver
            .recv_timeout(std::time::Duration::from_secs(5))
            .expect("the dialog answers")
    }

    #[test]
    fn a_dialog_that_never_showed_is_told_from_a_cancelled_one() {
        assert!(matches!(
            answer_of(|| None),
            Command::DialogUnavailable(Ask::ImportGroupFiles, None)
        ));
        let cancelled = answer_of(|| {
            std::thread::sleep(std::time::Duration::from_millis(400));
            None
        });
        assert!(matches!(cancelled, Command::DialogClosed));
    }
}
