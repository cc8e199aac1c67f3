//! Plenary's window, on eframe: the views of every phase (Setup, Panel,
//! Break-out, Synthesis, Plenary, Report) and presenter mode, the menus and
//! keys, the session's file and the group files coming in.
//!
//! Each frame the views read the session and push [`Command`]s; after the
//! frame [`PlenaryApp::handle`] carries them out (through the core's
//! actions, so each change is one undo step). The words come from
//! `plenary-i18n` in the language the person chose. This crate must never
//! import the command line (clap).
//!
//! ```no_run
//! use plenary_app::{AppConfig, PlenaryApp};
//!
//! eframe::run_native(
//!     "Plenary",
//!     eframe::NativeOptions::default(),
//!     Box::new(|cc| Ok(Box::new(PlenaryApp::new(cc, AppConfig::default())))),
//! )
//! .expect("the window opens");
//! ```

mod app;
mod chooser;
mod command;
mod dialogs;
mod look;
pub mod meaning;
mod prefs;
mod spoken;
mod views;
mod widgets;
mod words;

pub use app::{AppConfig, ImportLine, ImportOutcome, Notice, PlenaryApp};
pub use chooser::Ask;
pub use command::{Command, Scope, Screen, Timer, TimerChange, UiCommand, View};
pub use look::{SlideColours, UiColours};
pub use prefs::{Laptop, Prefs};
