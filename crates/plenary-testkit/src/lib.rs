//! What Plenary's tests share, whichever crate they test: sessions as
//! proptest makes them ([`sessions`]), the default session after the
//! example groups' files ([`fixtures`]), and the labelled theme sets with
//! their score ([`labelled`]), and sessions far larger than a meeting
//! makes ([`big`]).
//!
//! The data lives in the workspace's `tests/data/`. Only tests use this
//! crate: it is no crate's dependency, only a dev-dependency.

#![expect(
    clippy::missing_panics_doc,
    reason = "a helper panics on a broken fixture, which fails the test that uses it"
)]

pub mod big;
pub mod fixtures;
pub mod labelled;
pub mod sessions;

use std::path::PathBuf;

/// The workspace's `tests/data/`: the example group files, the labelled
/// theme sets, a fixture per file format.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/data")
}
