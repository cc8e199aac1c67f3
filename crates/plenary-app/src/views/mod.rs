//! The views: one function `*_ui` per phase (and the frame around them in
//! [`shell`]). Each reads the session and its own small state, and pushes
//! [`Command`](crate::command::Command)s; none changes the session itself.

pub(crate) mod break_out;
pub(crate) mod chooser;
pub(crate) mod panel;
pub(crate) mod plenary;
pub(crate) mod presenter;
pub(crate) mod report;
pub(crate) mod setup;
pub(crate) mod shell;
pub(crate) mod synthesis;
pub(crate) mod themes;
pub(crate) mod timer;
pub(crate) mod welcome;
