//! Plenary: run a panel-then-break-out session offline, merge the groups'
//! files, present and report. See `ARCHITECTURE.md` for the map.

pub mod action;
pub mod app;
pub mod autosave;
pub mod capture;
pub mod cli;
pub mod document;
pub mod i18n;
pub mod merge;
pub mod report;
pub mod session;
pub mod slides;
pub mod store;
pub mod themes;
pub mod watch;
