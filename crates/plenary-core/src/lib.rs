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
//! use plenary_core::capture::{EditStamp, group_file, new_answer, parse_entry};
//! use plenary_core::merge::{self, Accept, Take};
//! use plenary_core::session::{AnswerKind, ReplicaId, Session};
//!
//! // Group 3's laptop types an answer and saves its group file.
//! let mut laptop = Session::template();
//! let (group, question) = (laptop.groups[2].id, laptop.questions[0].id);
//! let stamp = EditStamp { replica: ReplicaId::new(), at: jiff::Timestamp::now() };
//! let entry = parse_entry("E-gates shorten queues #bio", &laptop.topics);
//! laptop.answers.push(new_answer(entry, group, question, AnswerKind::Benefit, stamp));
//! let file = group_file(&laptop, group, stamp.replica).expect("Group 3 is listed");
//!
//! // The facilitator merges it into the plenary.
//! let mut plenary = Session::template();
//! let report = merge::merge_into(&mut plenary, &file, Accept::SameSession, Take::OwnGroups)
//!     .expect("one session");
//! assert_eq!((report.added, plenary.live_answers().count()), (1, 1));
//! ```

pub mod action;
pub mod autosave;
pub mod capture;
pub mod document;
pub mod meeting_date;
pub mod merge;
pub mod order;
pub mod session;
pub mod store;
pub mod template;
pub mod themes;
pub mod version;
pub mod watch;
