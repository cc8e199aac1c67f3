//! Session files: save then load through the real code path, for any session;
//! bad files are refused with the file, line and column (`plenary validate`
//! is tested with the binary, in the workspace's `tests/validate_cli.rs`).

use plenary_testkit::sessions as common;

use std::path::Path;

use plenary_core::session::Session;
use plenary_core::store::{self, Problem};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_session_survives_save_then_load(session in common::any_session()) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("session.ron");
        store::save(&path, &session).expect("saves");
        prop_assert_eq!(store::load(&path).expect("loads"), session);
    }
}

#[test]
fn the_default_session_file_on_disk_is_the_embedded_one() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../sessions/ptc-2017-disruptive-technologies.ron");
    assert_eq!(store::load(&path).expect("loads"), Session::template());
}

#[test]
fn every_format_fixture_loads() {
    // One fixture per format version ever written; a format change adds one.
    let dir = plenary_testkit::data_dir().join("formats");
    let fixture = dir.join("v1.ron");
    let session = store::load(&fixture).expect("format 1 loads");
    assert_eq!(session.format, plenary_core::session::FORMAT_VERSION);
    assert_eq!(session.answers.len(), 2);
    assert!(session.answers.iter().any(|answer| answer.deleted));
    assert!(session.themes.is_empty());

    let session = store::load(&dir.join("v2.ron")).expect("format 2 loads");
    assert_eq!(session.format, plenary_core::session::FORMAT_VERSION);
    assert_eq!(session.themes.len(), 1);
    assert_eq!(session.themes[0].dots(), 3);
    assert_eq!(session.reviewed.len(), 2);
    // Format 2 kept a group's dots under its name; they move to its id.
    let by_group = |session: &Session| -> Vec<(String, u32)> {
        let votes = &session.themes[0].votes;
        session
            .groups
            .iter()
            .filter_map(|group| {
                let dots = votes.get(&group.id.voter_key())?;
                Some((group.name.clone(), *dots))
            })
            .collect()
    };
    assert_eq!(
        by_group(&session),
        [("Group 1".to_owned(), 2), ("Group 3".to_owned(), 1)]
    );

    let v3 = store::load(&dir.join("v3.ron")).expect("format 3 loads");
    assert_eq!(by_group(&v3), by_group(&session));
    assert_eq!(v3.answers, session.answers);

    // Format 3 had no positions: each list's items get them in the order
    // the file lists them, a group's answers in the order they were typed.
    let positions: Vec<&str> = v3.questions.iter().map(|q| q.position.as_str()).collect();
    assert_eq!(positions, ["a0", "a1"]);
    for group in &v3.groups {
        for question in &v3.questions {
            let typed: Vec<_> = v3
                .answers
                .iter()
                .filter(|a| a.group == group.id && a.question == question.id)
                .map(|a| a.created)
                .collect();
            assert!(typed.is_sorted(), "answers in the order typed");
        }
    }
    // Migrated and saved, it reads back the same: the file is canonical.
    let bytes = store::file_bytes(&v3);
    assert_eq!(store::parse(&bytes).expect("reads back"), v3);

    let current = store::load(&dir.join("v4.ron")).expect("format 4 loads");
    assert_eq!(current.format, plenary_core::session::FORMAT_VERSION);
    assert_eq!(current.answers, v3.answers);
    assert_eq!(
        current.themes[0].conflicts.len(),
        1,
        "a theme shaped on two laptops"
    );
    assert_eq!(current.conflict_count(), 1);
    assert_eq!(current.removed.len(), 1);
    assert!(!current.header_clock.is_empty() && !current.laptops.is_empty());
    // The file is written as this build writes it.
    let on_disk = std::fs::read(dir.join("v4.ron")).expect("reads");
    assert_eq!(store::file_bytes(&current), on_disk);
}

#[test]
fn a_huge_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    let file = std::fs::File::create(&path).expect("creates");
    file.set_len(store::MAX_FILE_BYTES + 1)
        .expect("sparse file");
    let error = store::load(&path).expect_err("too large");
    assert!(matches!(error.problem, Problem::TooLarge { .. }));
    assert_eq!(
        (error.path.as_deref(), error.line, error.col),
        (Some(path.as_path()), 1, 1)
    );
}

/// A session file someone made read-only stays as it is, whoever may write
/// its folder, and the error says why.
#[test]
fn a_read_only_file_is_not_replaced() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("séance.ron");
    store::save(&path, &Session::template()).expect("saves");
    let before = std::fs::read(&path).expect("reads");
    let mut permissions = std::fs::metadata(&path).expect("exists").permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).expect("marks read-only");
    let mut changed = Session::template();
    changed.venue = "Genève".into();
    let error = store::save(&path, &changed).expect_err("refused");
    assert!(
        matches!(error.cause, store::WriteError::ReadOnly),
        "{error:?}"
    );
    assert_eq!(std::fs::read(&path).expect("reads"), before);
}
