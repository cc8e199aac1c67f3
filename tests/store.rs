//! Session files: save then load through the real code path, for any session;
//! bad files are refused with the file, line and column, by the library and by
//! `plenary validate`.

mod common;

use std::path::Path;

use assert_cmd::Command;
use plenary::session::Session;
use plenary::store::{self, Problem};
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
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/ptc-2017-disruptive-technologies.ron");
    assert_eq!(store::load(&path).expect("loads"), Session::template());
}

#[test]
fn every_format_fixture_loads() {
    // One fixture per format version ever written; a format change adds one.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/formats");
    let fixture = dir.join("v1.ron");
    let session = store::load(&fixture).expect("format 1 loads");
    assert_eq!(session.format, plenary::session::FORMAT_VERSION);
    assert_eq!(session.answers.len(), 2);
    assert!(session.answers.iter().any(|answer| answer.deleted));
    assert!(session.themes.is_empty());

    let session = store::load(&dir.join("v2.ron")).expect("format 2 loads");
    assert_eq!(session.format, plenary::session::FORMAT_VERSION);
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
                let dots = votes.get(&plenary::themes::shape::group_voter(group.id))?;
                Some((group.name.clone(), *dots))
            })
            .collect()
    };
    assert_eq!(
        by_group(&session),
        [("Group 1".to_owned(), 2), ("Group 3".to_owned(), 1)]
    );

    let current = store::load(&dir.join("v3.ron")).expect("format 3 loads");
    assert_eq!(by_group(&current), by_group(&session));
    assert_eq!(current.answers, session.answers);
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("writes fixture");
    path
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
    assert!(
        error
            .to_string()
            .starts_with(&format!("{}:1:1: ", path.display()))
    );
}

#[test]
fn validate_prints_each_problem_with_file_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.ron");
    store::save(&good, &Session::template()).expect("saves");
    let template = store::to_ron(&Session::template());
    let truncated = write(
        dir.path(),
        "truncated.ron",
        &template.as_bytes()[..template.len() / 2],
    );
    let empty = write(dir.path(), "empty.ron", b"");
    let binary = write(
        dir.path(),
        "binary.ron",
        &[0x89, b'P', b'N', b'G', 0xff, 0xfe, 0],
    );
    let newer = write(
        dir.path(),
        "newer.ron",
        template.replacen("format: 3", "format: 4", 1).as_bytes(),
    );

    let output = Command::cargo_bin("plenary")
        .expect("binary built")
        .arg("validate")
        .args([&good, &truncated, &empty, &binary, &newer])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stdout.contains(&format!("{}: ok", good.display())),
        "{stdout}"
    );
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 4, "{stderr}");
    for (line, file) in lines.iter().zip([&truncated, &empty, &binary, &newer]) {
        let prefix = format!("{}:", file.display());
        assert!(line.starts_with(&prefix), "{line}");
        let mut position = line[prefix.len()..].splitn(3, ':');
        let row: usize = position
            .next()
            .and_then(|n| n.parse().ok())
            .expect("a line number");
        let col: usize = position
            .next()
            .and_then(|n| n.parse().ok())
            .expect("a column");
        assert!(row >= 1 && col >= 1, "{line}");
    }
    assert!(lines[1].contains("empty"), "{}", lines[1]);
    assert!(lines[2].contains("not UTF-8"), "{}", lines[2]);
    assert!(lines[3].contains("newer Plenary"), "{}", lines[3]);
}

#[test]
fn validate_exits_0_when_all_are_valid_and_2_on_usage_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.ron");
    store::save(&good, &Session::template()).expect("saves");
    Command::cargo_bin("plenary")
        .expect("binary built")
        .args(["validate".as_ref(), good.as_os_str()])
        .assert()
        .code(0);
    Command::cargo_bin("plenary")
        .expect("binary built")
        .arg("validate")
        .assert()
        .code(2);
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
        error.to_string().contains("the file is read-only"),
        "{error}"
    );
    assert_eq!(std::fs::read(&path).expect("reads"), before);
}
