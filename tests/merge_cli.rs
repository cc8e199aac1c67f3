//! `plenary merge` on real files, good and bad.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use plenary_core::capture::{EditStamp, group_file, new_answer, parse_entry, revised};
use plenary_core::session::{AnswerKind, ReplicaId, Session};
use plenary_core::store;

/// A group's laptop: the default session with `texts` as the group's
/// answers to question 1, typed as `edit`.
fn laptop_with(group: usize, texts: &[&str], edit: EditStamp) -> Session {
    let mut session = Session::template();
    let group_id = session.groups[group].id;
    for text in texts {
        let entry = parse_entry(text, &session.topics);
        let question = session.questions[0].id;
        let answer = new_answer(entry, group_id, question, AnswerKind::UseToday, edit);
        session.answers.push(answer);
    }
    session
}

/// An edit made now, on a laptop of its own.
fn typed_now() -> EditStamp {
    EditStamp {
        replica: ReplicaId::new(),
        at: jiff::Timestamp::now(),
    }
}

/// A group file of the default session with `texts` as the group's answers.
fn group_file_with(dir: &Path, name: &str, group: usize, texts: &[&str]) -> PathBuf {
    let session = laptop_with(group, texts, typed_now());
    let group_id = session.groups[group].id;
    let path = dir.join(name);
    store::save(
        &path,
        &group_file(&session, group_id, ReplicaId::new()).expect("group"),
    )
    .expect("saves");
    path
}

fn plenary() -> Command {
    Command::cargo_bin("plenary").expect("binary built")
}

/// Runs `plenary merge --out OUT FILES…`.
fn merge(out: &Path, files: &[&Path]) -> std::process::Output {
    plenary()
        .args(["merge", "--out"])
        .arg(out)
        .args(files)
        .output()
        .expect("runs")
}

#[test]
fn merges_group_files_and_prints_what_each_brought() {
    let dir = tempfile::tempdir().expect("temp dir");
    let one = group_file_with(
        dir.path(),
        "g1.ron",
        0,
        &["E-gates #bio", "Risk engines #ai"],
    );
    let three = group_file_with(dir.path(), "g3.ron", 2, &["Scellés électroniques #iot"]);
    let out = dir.path().join("merged.ron");
    let output = merge(&out, &[&one, &three, &one]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "{}: 2 added, 0 updated, 0 unchanged, 0 deleted, 0 conflicts",
            one.display()
        )
    );
    // With no session file, the set-up is the group files' copies of it,
    // Group 3 and all.
    assert_eq!(
        lines[1],
        format!(
            "{}: 1 added, 0 updated, 0 unchanged, 0 deleted, 0 conflicts",
            three.display()
        )
    );
    assert_eq!(
        lines[2],
        format!(
            "{}: 0 added, 0 updated, 2 unchanged, 0 deleted, 0 conflicts",
            one.display()
        )
    );
    let merged = store::load(&out).expect("merged file loads");
    let texts: Vec<&str> = merged.live_answers().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, ["E-gates", "Risk engines", "Scellés électroniques"]);
}

#[test]
fn bad_files_are_named_and_the_rest_still_merge() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = group_file_with(
        dir.path(),
        "good.ron",
        1,
        &["Drones at the green border #drone"],
    );
    let text = std::fs::read_to_string(&good).expect("reads");
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("writes");
        path
    };
    let broken = write(
        "broken.ron",
        text.replacen("answers: [", "answers: [[", 1).as_bytes(),
    );
    let wrong_type = write(
        "wrong-type.ron",
        text.replacen("revision: 1", "revision: \"one\"", 1)
            .as_bytes(),
    );
    let truncated = write("truncated.ron", &text.as_bytes()[..text.len() / 3]);
    let empty = write("empty.ron", b"");
    let garbage = write("garbage.ron", &[0xde, 0xad, 0xbe, 0xef, 0x00, 0xff]);
    let newer = write(
        "newer.ron",
        text.replacen("format: 4", "format: 9", 1).as_bytes(),
    );
    let huge = dir.path().join("huge.ron");
    std::fs::File::create(&huge)
        .and_then(|file| file.set_len(200 * 1024 * 1024))
        .expect("sparse 200 MB file");
    let mut other = Session::new_from_template();
    other.title = "Another meeting".into();
    let other_path = dir.path().join("other.ron");
    let other_group = other.groups[0].id;
    let other = group_file(&other, other_group, ReplicaId::new()).expect("group");
    store::save(&other_path, &other).expect("saves");
    let out = dir.path().join("merged.ron");

    let bad = [
        &broken,
        &wrong_type,
        &truncated,
        &empty,
        &garbage,
        &newer,
        &huge,
        &other_path,
    ];
    let files: Vec<&Path> = std::iter::once(&good)
        .chain(bad)
        .map(PathBuf::as_path)
        .collect();
    let output = merge(&out, &files);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), bad.len(), "{stderr}");
    for (line, file) in lines.iter().zip(bad) {
        assert!(line.starts_with(&format!("{}:", file.display())), "{line}");
    }
    for line in &lines[..7] {
        // FILE:LINE:COL: for every file that could not be read.
        let rest = line.rsplit_once(".ron:").map_or("", |(_, rest)| rest);
        let mut parts = rest.splitn(3, ':');
        assert!(
            parts.next().is_some_and(|n| n.parse::<usize>().is_ok()),
            "{line}"
        );
        assert!(
            parts.next().is_some_and(|n| n.parse::<usize>().is_ok()),
            "{line}"
        );
    }
    assert!(lines[7].contains("another session"), "{}", lines[7]);
    let merged = store::load(&out).expect("the readable file was still merged");
    assert_eq!(merged.live_answers().count(), 1);
}

#[test]
fn another_session_merges_when_asked_deliberately() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ours = group_file_with(
        dir.path(),
        "ours.ron",
        0,
        &["Blockchain certificates #chain"],
    );
    let mut theirs = Session::new_from_template();
    let edit = typed_now();
    let entry = parse_entry("Robots in warehouses #robot", &theirs.topics);
    let answer = new_answer(
        entry,
        theirs.groups[4].id,
        theirs.questions[1].id,
        AnswerKind::FutureUse,
        edit,
    );
    theirs.answers.push(answer);
    let theirs_path = dir.path().join("theirs.ron");
    store::save(&theirs_path, &theirs).expect("saves");
    let out = dir.path().join("merged.ron");
    plenary()
        .args(["merge", "--any-session", "--out"])
        .arg(&out)
        .args([&ours, &theirs_path])
        .assert()
        .code(0);
    let merged = store::load(&out).expect("loads");
    assert_eq!(merged.live_answers().count(), 2);
    assert!(
        merged
            .live_answers()
            .all(|a| merged.question(a.question).is_some())
    );
}

/// Two sessions set up from the same template share a title: which one the
/// merge is of is not for the order of the files to say, so nothing is
/// written, and the message says they are two sessions of one title.
#[test]
fn two_sessions_of_one_title_are_told_apart_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let facilitator = dir.path().join("session.ron");
    store::save(
        &facilitator,
        &laptop_with(1, &["Risk engines #ai"], typed_now()),
    )
    .expect("saves");
    let other = dir.path().join("other-laptop.ron");
    store::save(&other, &Session::new_from_template()).expect("saves");
    let out = dir.path().join("merged.ron");
    for files in [
        [facilitator.as_path(), other.as_path()],
        [other.as_path(), facilitator.as_path()],
    ] {
        let output = merge(&out, &files);
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("two sessions set up separately with the same title"),
            "{stderr}"
        );
        assert!(!out.exists(), "nothing written");
    }
}

/// A rapporteur edits an answer after copying the file: the older copy,
/// merged after the newer one, changes nothing and says it is out of date.
#[test]
fn an_out_of_date_copy_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let typing = typed_now();
    let mut laptop = laptop_with(0, &["E-gates #bio", "Risk engines #ai"], typing);
    let group = laptop.groups[0].id;
    let early = dir.path().join("group-1-early.ron");
    store::save(
        &early,
        &group_file(&laptop, group, typing.replica).expect("group"),
    )
    .expect("saves");
    laptop.answers[0] = revised(&laptop.answers[0], typing, |a| {
        a.text = "E-gates at every airport".into();
    });
    let late = dir.path().join("group-1.ron");
    store::save(
        &late,
        &group_file(&laptop, group, typing.replica).expect("group"),
    )
    .expect("saves");
    let out = dir.path().join("merged.ron");
    let output = merge(&out, &[&late, &early]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().nth(1).expect("a line for the early copy");
    assert!(line.contains("2 unchanged"), "{line}");
    assert!(line.contains("1 answer was older"), "{line}");
    assert!(line.contains("out-of-date copy"), "{line}");
    let merged = store::load(&out).expect("loads");
    assert_eq!(merged.answers[0].text, "E-gates at every airport");
}

/// A rapporteur rewords a question and names themselves in Setup on the
/// group's laptop: the set-up stays the facilitator's, and the merge says
/// the file read differently.
#[test]
fn a_set_up_edited_on_a_laptop_is_named_and_the_session_s_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = dir.path().join("session.ron");
    store::save(&session, &Session::template()).expect("saves");
    let mut laptop = laptop_with(1, &["Scellés électroniques #iot"], typed_now());
    laptop.questions[1].text = "What next? (Group 2: include the private sector)".into();
    laptop.groups[1].rapporteur = "Mme Aïssatou Diallo".into();
    let group = laptop.groups[1].id;
    let file = dir.path().join("group-2.ron");
    store::save(
        &file,
        &group_file(&laptop, group, ReplicaId::new()).expect("group"),
    )
    .expect("saves");
    let out = dir.path().join("merged.ron");
    let output = merge(&out, &[&session, &file]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().nth(1).expect("a line for the group file");
    assert!(line.contains("1 added"), "{line}");
    assert!(
        line.contains("1 question, topic or group reads differently in this file: the session's set-up is kept"),
        "{line}"
    );
    let merged = store::load(&out).expect("loads");
    assert_eq!(merged.questions, Session::template().questions);
}

/// A group file edited by hand, whose answers name a group it does not
/// capture: they are not taken (a group file brings its own group's work
/// only), and the merge says so.
#[test]
fn answers_of_a_group_the_file_does_not_capture_are_named_and_not_taken() {
    let dir = tempfile::tempdir().expect("temp dir");
    let laptop = laptop_with(
        2,
        &["Scellés électroniques #iot", "Drones at night"],
        typed_now(),
    );
    let group = laptop.groups[2].id;
    let mut file = group_file(&laptop, group, ReplicaId::new()).expect("group");
    let stranger = plenary_core::session::GroupId::new();
    for answer in &mut file.answers {
        answer.group = stranger;
    }
    let edited = dir.path().join("group-3-edited.ron");
    store::save(&edited, &file).expect("saves");
    let out = dir.path().join("merged.ron");
    let output = merge(&out, &[&edited]);
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("2 answers of groups this file does not capture were not taken"),
        "{stdout}"
    );
    assert_eq!(store::load(&out).expect("loads").live_answers().count(), 0);
}

#[test]
fn usage_errors_exit_2() {
    plenary().args(["merge", "a.ron"]).assert().code(2);
    plenary().args(["merge", "--out", "x.ron"]).assert().code(2);
}

#[test]
fn an_unreadable_output_file_is_never_overwritten() {
    let dir = tempfile::tempdir().expect("temp dir");
    let group = group_file_with(dir.path(), "g2.ron", 1, &["Drones at night #drone"]);
    let session = dir.path().join("plenary.ron");
    std::fs::write(&session, "Session(\n    format: 1,\n    title: oops\n").expect("writes");
    let before = std::fs::read(&session).expect("reads");
    let output = merge(&session, &[&session, &group]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        std::fs::read(&session).expect("reads"),
        before,
        "left as it was"
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("not overwritten"));
}
