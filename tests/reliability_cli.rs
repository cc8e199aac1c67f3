//! Plenary's promises on files from anyone and commands typed in a hurry
//! (README, "Reliability"), each tried through the real command line: no
//! command writes over its inputs; what Plenary writes, it opens; a group
//! file changes only its own group; only regular files are read; text from
//! a file never acts on the terminal nor reorders a report; references are
//! checked; interrupted saves leave nothing behind.

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use plenary_core::capture::{EditStamp, group_file, new_answer, parse_entry, revised};
use plenary_core::session::{AnswerKind, ReplicaId, Session, Theme, ThemeId};
use plenary_core::store;

fn plenary() -> Command {
    let mut command = Command::cargo_bin("plenary").expect("binary built");
    // Nothing here may hang: a pipe or a device is refused at once.
    command.timeout(Duration::from_mins(1));
    command
}

fn typed_now() -> EditStamp {
    EditStamp {
        replica: ReplicaId::new(),
        at: jiff::Timestamp::now(),
    }
}

/// The default session with `text` answered by group `group` to question 1.
fn answered(mut session: Session, group: usize, text: &str, edit: EditStamp) -> Session {
    let entry = parse_entry(text, &session.topics);
    let (group, question) = (session.groups[group].id, session.questions[0].id);
    let answer = new_answer(entry, group, question, AnswerKind::Benefit, edit);
    session.answers.push(answer);
    session.canonicalize();
    session
}

fn save(dir: &Path, name: &str, session: &Session) -> PathBuf {
    let path = dir.join(name);
    store::save(&path, session).expect("saves");
    path
}

/// `plenary merge --out OUT FILES...`, run.
fn merged(out: &Path, files: &[PathBuf]) -> std::process::Output {
    plenary()
        .args(["merge", "--out"])
        .arg(out)
        .args(files)
        .output()
        .expect("runs")
}

/// The file `laptop` saves for its group `group`, from a laptop of its own.
fn group_file_of(laptop: &Session, group: usize) -> Session {
    group_file(laptop, laptop.groups[group].id, ReplicaId::new()).expect("group")
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

// 1. No command writes over one of its inputs.

#[test]
fn no_command_writes_over_one_of_its_inputs_whatever_the_spelling() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = save(dir.path(), "s.ron", &Session::template());
    let before = std::fs::read(&session).expect("reads");
    std::fs::create_dir(dir.path().join("sub")).expect("folder");
    let link = dir.path().join("link.ron");
    std::fs::hard_link(&session, &link).expect("hard link");
    for out in [
        session.clone(),
        dir.path().join("sub/../s.ron"),
        link.clone(),
    ] {
        let output = plenary()
            .arg("report")
            .arg(&session)
            .arg("--out")
            .arg(&out)
            .args(["--format", "md"])
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(1), "{}", out.display());
        assert!(
            stderr(&output).contains("not overwritten"),
            "{}",
            stderr(&output)
        );
        assert_eq!(std::fs::read(&session).expect("reads"), before);
    }
    let output = plenary()
        .arg("themes")
        .arg(&session)
        .arg("--write")
        .arg(&link)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("not overwritten"));
    assert_eq!(std::fs::read(&session).expect("reads"), before);
}

#[test]
fn a_merge_never_writes_over_a_file_it_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let master = save(dir.path(), "session.ron", &Session::template());
    let group = Session::template();
    let group = answered(group, 0, "Risk engines score declarations", typed_now());
    let laptop = ReplicaId::new();
    let group_path = save(
        dir.path(),
        "group-1.ron",
        &group_file(&group, group.groups[0].id, laptop).expect("group"),
    );
    let mut other = Session::blank();
    other.title = "Another meeting".into();
    let other = save(dir.path(), "other.ron", &other);
    let before = std::fs::read(&other).expect("reads");
    let output = plenary()
        .args(["merge", "--out"])
        .arg(&other)
        .arg(&master)
        .arg(&group_path)
        .arg(&other)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(std::fs::read(&other).expect("reads"), before);
}

// 2. What Plenary writes, Plenary opens.

#[test]
fn a_merge_larger_than_plenary_opens_is_not_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let master = save(dir.path(), "session.ron", &Session::template());
    // Two group files under the limit, whose merge is over it.
    let half = usize::try_from(store::MAX_FILE_BYTES).expect("fits") / 2 + 1024 * 1024;
    let long = "Les scellés électroniques suivent les conteneurs. ".repeat(half / 52);
    let mut files = vec![master.clone()];
    for group in 0..2 {
        let laptop = answered(Session::template(), group, &long, typed_now());
        let file = group_file_of(&laptop, group);
        files.push(save(dir.path(), &format!("group-{group}.ron"), &file));
    }
    let out = dir.path().join("merged.ron");
    let output = merged(&out, &files);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("more than the 64 MiB Plenary opens"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists(), "nothing written");
}

#[test]
fn text_is_written_as_typed() {
    let dir = tempfile::tempdir().expect("temp dir");
    // An accent typed as a combining mark (as macOS types French), a quote
    // and a line break.
    let typed = "Cafe\u{301} \"crème\"\nsecond line";
    let laptop = answered(Session::template(), 0, typed, typed_now());
    let file = group_file_of(&laptop, 0);
    let group = save(dir.path(), "group-1.ron", &file);
    let out = dir.path().join("merged.ron");
    plenary()
        .args(["merge", "--out"])
        .arg(&out)
        .arg(&group)
        .assert()
        .success();
    let written = std::fs::read_to_string(&out).expect("reads");
    assert!(
        written.contains("Cafe\u{301} \"crème\"\nsecond line"),
        "{written}"
    );
    assert!(!written.contains("\\u{301}"));
    let merged = store::load(&out).expect("opens");
    assert_eq!(merged.answers[0].text, typed);
}

// 3. A group file changes only its own group.

#[test]
fn a_forged_group_file_brings_its_own_group_s_answers_and_nothing_else() {
    let dir = tempfile::tempdir().expect("temp dir");
    let real = typed_now();
    let mut master = answered(
        Session::template(),
        0,
        "Risk engines score declarations",
        real,
    );
    master = answered(master, 1, "Drones patrol the green border", typed_now());
    let master_path = save(dir.path(), "session.ron", &master);
    let group_2 = master.groups[1].id;

    // Group 2's file, forged: a theme with two million dots and reviewed
    // marks, Group 1's answer reworded, and its own answer frozen with an
    // edit count no laptop reaches.
    let forging_laptop = ReplicaId::new();
    let mut forged = group_file(&master, group_2, forging_laptop).expect("group");
    let theirs = master
        .answers
        .iter()
        .find(|a| a.group != group_2)
        .expect("group 1's");
    let mut reworded = theirs.clone();
    reworded.text = "Group 1 now says the opposite".into();
    reworded.clock = [(forging_laptop, 7)].into();
    forged.answers.push(reworded);
    let own = forged
        .answers
        .iter_mut()
        .find(|a| a.group == group_2)
        .expect("own");
    own.text = "Frozen for good".into();
    own.clock = [(forging_laptop, u32::MAX)].into();
    forged.themes.push(Theme {
        id: ThemeId::new(),
        question: master.questions[0].id,
        name: "Vote for me".into(),
        answers: vec![own.id],
        votes: [(group_2.voter_key(), 2_000_000)].into(),
        ..Theme::default()
    });
    forged.reviewed.insert(theirs.id);
    forged.canonicalize();
    let forged_path = save(dir.path(), "group-2-forged.ron", &forged);

    let out = dir.path().join("merged.ron");
    let output = merged(&out, &[master_path.clone(), forged_path.clone()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let said = stdout(&output);
    assert!(
        said.contains("1 answer of a group this file does not capture was not taken"),
        "{said}"
    );
    assert!(
        said.contains("2 themes, votes or reviewed marks were not taken"),
        "{said}"
    );
    assert!(said.contains("1 answer was refused"), "{said}");
    let merged = store::load(&out).expect("opens");
    assert!(merged.themes.is_empty() && merged.reviewed.is_empty());
    let texts: Vec<&str> = merged.live_answers().map(|a| a.text.as_str()).collect();
    assert!(
        texts.contains(&"Risk engines score declarations"),
        "{texts:?}"
    );
    assert!(!texts.contains(&"Group 1 now says the opposite"));
    assert!(!texts.contains(&"Frozen for good"));

    // The real group's next edit still comes in.
    let mut laptop = master.clone();
    let answer = laptop
        .answers
        .iter_mut()
        .find(|a| a.group == group_2)
        .expect("own");
    let edit = typed_now();
    *answer = revised(answer, edit, |answer| {
        answer.text = "Drones patrol the green border at night".into();
    });
    let later = save(
        dir.path(),
        "group-2.ron",
        &group_file(&laptop, group_2, edit.replica).expect("group"),
    );
    let again = dir.path().join("merged-again.ron");
    plenary()
        .args(["merge", "--out"])
        .arg(&again)
        .arg(&out)
        .arg(&forged_path)
        .arg(&later)
        .assert()
        .success();
    let merged = store::load(&again).expect("opens");
    assert!(
        merged
            .live_answers()
            .any(|a| a.text == "Drones patrol the green border at night"),
        "{:?}",
        merged.answers
    );
}

#[test]
fn two_laptops_capturing_one_group_are_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let master = Session::template();
    let master_path = save(dir.path(), "session.ron", &master);
    let mut files = vec![master_path];
    for (n, text) in ["Biometric gates", "Portiques biométriques"]
        .iter()
        .enumerate()
    {
        let laptop = answered(master.clone(), 1, text, typed_now());
        let file = group_file_of(&laptop, 1);
        files.push(save(dir.path(), &format!("group-2-{n}.ron"), &file));
    }
    let out = dir.path().join("merged.ron");
    let output = merged(&out, &files);
    assert!(output.status.success());
    assert!(
        stdout(&output).contains("Also captured on another laptop: Group 2"),
        "{}",
        stdout(&output)
    );
}

// 5. Only regular files are read.

#[test]
fn a_folder_a_device_or_a_pipe_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut refused = vec![(dir.path().to_path_buf(), "folder")];
    #[cfg(unix)]
    {
        refused.push((PathBuf::from("/dev/zero"), "device"));
        let pipe = dir.path().join("pipe.ron");
        let made = std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        refused.push((pipe, "pipe"));
    }
    for (path, kind) in refused {
        let output = plenary().arg("validate").arg(&path).output().expect("runs");
        assert_eq!(output.status.code(), Some(1), "{}", path.display());
        assert!(
            stderr(&output).contains(&format!("this is a {kind}")),
            "{}",
            stderr(&output)
        );
    }
}

// 6. A BOM is accepted; text from a file never acts on the terminal.

#[test]
fn a_file_saved_with_a_byte_order_mark_opens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("notepad.ron");
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(store::file_bytes(&Session::template()));
    std::fs::write(&path, bytes).expect("writes");
    let output = plenary().arg("validate").arg(&path).output().expect("runs");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains(": ok ("));
}

#[test]
fn text_from_a_file_never_acts_on_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let hostile = "\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}31m\rok";
    let mut session = answered(Session::template(), 0, hostile, typed_now());
    // Two groups of one name: validate names it in a warning.
    session.groups[0].name = format!("Group {hostile}");
    session.groups[1].name = format!("Group {hostile}");
    let path = save(dir.path(), "hostile.ron", &session);
    // A bad id, quoted back by the parser.
    let bad = dir.path().join("bad-id.ron");
    let text = std::fs::read_to_string(&path).expect("reads").replacen(
        &session.id.0.to_string(),
        "\u{1b}]0;owned\u{7}",
        1,
    );
    std::fs::write(&bad, text).expect("writes");
    let runs: Vec<Vec<&std::ffi::OsStr>> = vec![
        vec!["themes".as_ref(), path.as_os_str()],
        vec![
            "themes".as_ref(),
            path.as_os_str(),
            "--format".as_ref(),
            "json".as_ref(),
        ],
        vec!["validate".as_ref(), path.as_os_str()],
        vec!["validate".as_ref(), bad.as_os_str()],
    ];
    for args in runs {
        let output = plenary().args(&args).output().expect("runs");
        for stream in [&output.stdout, &output.stderr] {
            let text = String::from_utf8_lossy(stream);
            assert!(
                !text.contains(['\u{1b}', '\u{7}', '\u{9b}', '\r']),
                "{args:?}: {text:?}"
            );
        }
        let all = format!("{}{}", stdout(&output), stderr(&output));
        assert!(
            all.contains("\\u{1b}") || all.contains("\\u001b"),
            "{args:?}: {all}"
        );
    }
}

#[test]
fn an_answer_cannot_reorder_the_report_around_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = answered(
        Session::template(),
        0,
        "Fees \u{202E}paid online",
        typed_now(),
    );
    let path = save(dir.path(), "rtl.ron", &session);
    let out = dir.path().join("report.md");
    plenary()
        .arg("report")
        .arg(&path)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let markdown = std::fs::read_to_string(&out).expect("reads");
    assert!(
        markdown.contains("\u{2068}Fees \u{202E}paid online\u{2069} — Group 1"),
        "{markdown}"
    );
}

// 7. References are checked; no answer is dropped.

#[test]
fn validate_finds_duplicate_ids_and_dangling_references_where_they_stand() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = answered(Session::template(), 0, "Risk engines", typed_now());
    let answer = session.answers[0].clone();

    let mut twice = session.clone();
    let mut copy = answer.clone();
    copy.text = "A second answer under the same id".into();
    twice.answers.push(copy);
    let twice = save(dir.path(), "twice.ron", &twice);
    let output = plenary()
        .arg("validate")
        .arg(&twice)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let said = stderr(&output);
    assert!(
        said.contains(&format!("a second answer with the id {}", answer.id.0)),
        "{said}"
    );
    let line = line_of(&twice, &format!("id: \"{}\"", answer.id.0), 2);
    assert!(
        said.contains(&format!("twice.ron:{line}:")),
        "line {line}: {said}"
    );

    let mut dangling = session.clone();
    let stray = plenary_core::session::QuestionId::new();
    dangling.answers[0].question = stray;
    let dangling = save(dir.path(), "dangling.ron", &dangling);
    let output = plenary()
        .arg("validate")
        .arg(&dangling)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let said = stderr(&output);
    let line = line_of(&dangling, &format!("question: \"{}\"", stray.0), 1);
    assert!(
        said.contains(&format!("dangling.ron:{line}:")),
        "line {line}: {said}"
    );
    assert!(
        said.contains("names a question that this file does not have"),
        "{said}"
    );

    // The answer still reaches the report.
    let out = dir.path().join("report.md");
    plenary()
        .arg("report")
        .arg(&dangling)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let markdown = std::fs::read_to_string(&out).expect("reads");
    assert!(markdown.contains("Other answers"));
    assert!(markdown.contains("Risk engines"));
}

/// The line (from 1) of the `nth` line of `path` holding `needle`.
fn line_of(path: &Path, needle: &str, nth: usize) -> usize {
    let text = std::fs::read_to_string(path).expect("reads");
    text.lines()
        .enumerate()
        .filter(|(_, line)| line.contains(needle))
        .nth(nth - 1)
        .map(|(index, _)| index + 1)
        .expect("the needle is in the file")
}

// 8. Interrupted saves leave nothing behind.

#[test]
fn a_save_removes_the_leftovers_of_interrupted_saves_beside_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let group = answered(Session::template(), 0, "Risk engines", typed_now());
    let group = save(dir.path(), "group-1.ron", &group_file_of(&group, 0));
    let leftover = dir.path().join(".merged.ron.Ab3dE9");
    let fresh = dir.path().join(".merged.ron.Zz9yX8");
    let unrelated = dir.path().join(".merged.ron.notes");
    for path in [&leftover, &fresh, &unrelated] {
        std::fs::write(path, "half a session").expect("writes");
    }
    let long_ago = std::time::SystemTime::now() - Duration::from_hours(1);
    for path in [&leftover, &unrelated] {
        std::fs::File::options()
            .write(true)
            .open(path)
            .and_then(|file| file.set_modified(long_ago))
            .expect("dated");
    }
    plenary()
        .args(["merge", "--out"])
        .arg(dir.path().join("merged.ron"))
        .arg(&group)
        .assert()
        .success();
    assert!(!leftover.exists(), "an old leftover goes");
    assert!(fresh.exists(), "a save under way in another window stays");
    assert!(unrelated.exists(), "a file not named as a leftover stays");
}

/// A reader that stops early (`plenary themes s.ron | head`) ends the
/// command quietly, as `cat` and `grep` do: no panic, exit 0.
#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    use std::io::Read as _;
    let dir = tempfile::tempdir().expect("temp dir");
    // Enough themes and answers to fill a pipe's buffer.
    let file = save(dir.path(), "big.ron", &plenary_testkit::big::ordinary(2000));
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("themes")
        .arg(&file)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    let mut first = [0_u8; 16];
    let mut out = child.stdout.take().expect("piped");
    out.read_exact(&mut first).expect("reads a little");
    // The reader goes away with the rest unread.
    drop(out);
    let output = child.wait_with_output().expect("ends");
    let complaint = String::from_utf8_lossy(&output.stderr);
    assert!(!complaint.contains("panicked"), "{complaint}");
    assert_eq!(output.status.code(), Some(0), "{complaint}");
}
