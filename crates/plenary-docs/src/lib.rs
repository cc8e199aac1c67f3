//! Plenary's documents, made from a session: the plenary report in
//! Markdown, HTML, DOCX, PDF and CSV ([`report`]), and the presenter's
//! slides ([`slides`]).
//!
//! Both speak the language they are asked for (the session's, or the one
//! the person chose for the report), never the window's. This crate draws
//! no window: it must never import egui or eframe, nor the command line.
//!
//! ```
//! use plenary_core::session::Session;
//! use plenary_docs::report::{self, Format, Options};
//!
//! let session = Session::template();
//! let options = Options { annex: true, anonymous: false, language: session.language, details: false };
//! let markdown = report::render(&report::build(&session, options), Format::Markdown);
//! assert!(markdown.is_ok());
//! ```

pub mod report;
pub mod slides;
