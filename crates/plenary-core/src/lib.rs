//! Plenary's domain: the session a facilitator sets up and the groups
//! capture, every change to it as an [`action::Action`], the merge of group
//! files, the files themselves, and the themes suggested across groups.
//!
//! This crate must never import a UI (egui, eframe), a document engine
//! (Typst, docx-rs), the command line (clap) or a language catalogue: its
//! errors are values, and the words a person reads are made where they are
//! shown (`plenary-i18n`). `cargo tree -p plenary-core` shows it.
//!
//! ```
//! use plenary_core::merge::{self, Accept};
//! use plenary_core::session::Session;
//!
//! let mut plenary = Session::template();
//! let group_file = Session::template();
//! let report = merge::merge_into(&mut plenary, &group_file, Accept::SameSession);
//! assert!(report.is_ok());
//! ```

pub mod action;
pub mod autosave;
pub mod capture;
pub mod document;
pub mod merge;
pub mod session;
pub mod store;
pub mod template;
pub mod themes;
pub mod watch;
