//! `plenary themes` on a real session file: the suggestions the app's button
//! makes, printed as text or JSON, and stored as suggestions with `--write`.

use plenary_testkit::labelled;

use assert_cmd::Command;
use plenary_core::store;

fn plenary() -> Command {
    Command::cargo_bin("plenary").expect("binary built")
}

/// The labelled set saved as a session file.
fn labelled_file(dir: &std::path::Path) -> std::path::PathBuf {
    let (session, _) = labelled::labelled_session("labelled.csv");
    let path = dir.join("ptc.ron");
    store::save(&path, &session).expect("saves");
    path
}

#[test]
fn json_lists_every_answer_of_the_question_once_in_a_theme_or_unthemed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = labelled_file(dir.path());
    let output = plenary()
        .args(["themes", "--question", "2", "--format", "json"])
        .arg(&file)
        .output()
        .expect("runs");
    assert!(output.status.success(), "{output:?}");
    let printed: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let questions = printed.as_array().expect("a list of questions");
    assert_eq!(questions.len(), 1);
    assert_eq!(questions[0]["number"], 2);
    let session = store::load(&file).expect("loads");
    let expected: Vec<String> = session
        .live_answers()
        .filter(|a| a.question == session.questions[1].id)
        .map(|a| a.id.0.to_string())
        .collect();
    let mut listed: Vec<String> = Vec::new();
    for theme in questions[0]["themes"].as_array().expect("themes") {
        assert!(!theme["name"].as_str().expect("a name").is_empty());
        assert!(!theme["groups"].as_array().expect("groups").is_empty());
        let answers = theme["answers"].as_array().expect("answers");
        assert!(answers.len() >= 2);
        listed.extend(
            answers
                .iter()
                .map(|a| a["id"].as_str().expect("id").to_owned()),
        );
    }
    let themed = listed.len();
    assert!(themed > 0, "some themes are suggested");
    for answer in questions[0]["unthemed"].as_array().expect("unthemed") {
        listed.push(answer["id"].as_str().expect("id").to_owned());
    }
    listed.sort();
    let mut expected = expected;
    expected.sort();
    assert_eq!(listed, expected);
}

#[test]
fn a_lower_similarity_makes_fewer_bigger_themes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = labelled_file(dir.path());
    let count = |similarity: &str| {
        let output = plenary()
            .args(["themes", "--format", "json", "--similarity", similarity])
            .arg(&file)
            .output()
            .expect("runs");
        let printed: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
        printed
            .as_array()
            .expect("questions")
            .iter()
            .map(|q| q["unthemed"].as_array().expect("unthemed").len())
            .sum::<usize>()
    };
    assert!(count("0.1") < count("0.5"));
}

#[test]
fn write_stores_the_themes_as_suggestions_in_a_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = labelled_file(dir.path());
    let out = dir.path().join("with-themes.ron");
    plenary()
        .args(["themes", "--write"])
        .arg(&out)
        .arg(&file)
        .assert()
        .success()
        .stdout(predicates::str::contains("Question 1:"))
        .stdout(predicates::str::contains("raised by Group"));
    let original = store::load(&file).expect("loads");
    assert!(original.themes.is_empty(), "the input is left alone");
    let written = store::load(&out).expect("loads");
    assert!(!written.themes.is_empty());
    assert!(written.themes.iter().all(|t| t.suggested));
    assert_eq!(written.answers, original.answers);
}

#[test]
fn a_missing_question_or_a_bad_similarity_is_refused_with_a_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = labelled_file(dir.path());
    plenary()
        .args(["themes", "--question", "7"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("no question “7”"));
    plenary()
        .args(["themes", "--similarity", "3"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not between 0 and 1"));
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Session(format: 1, id: ").expect("writes");
    plenary()
        .arg("themes")
        .arg(&broken)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("broken.ron:1:"));
}

/// A pasted book among the answers is cut in the text listing, which says
/// how much more there is; the JSON has it whole.
#[test]
fn a_huge_answer_is_cut_in_the_listing_and_whole_in_json() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut session, _) = labelled::labelled_session("labelled.csv");
    let book =
        "Drones patrol the border at night and report smuggling to officers. ".repeat(20_000);
    let first = session.questions[0].id;
    let answer = session
        .answers
        .iter_mut()
        .find(|answer| answer.question == first)
        .expect("an answer to question 1");
    answer.text.clone_from(&book);
    let file = dir.path().join("book.ron");
    store::save(&file, &session).expect("saves");

    let listing = plenary()
        .args(["themes", "--question", "1"])
        .arg(&file)
        .output()
        .expect("runs");
    assert!(listing.status.success(), "{listing:?}");
    let text = String::from_utf8(listing.stdout).expect("UTF-8");
    assert!(text.len() < 100_000, "{} bytes printed", text.len());
    let line = text
        .lines()
        .find(|line| line.contains("Drones patrol the border at night and report"))
        .expect("the book is listed");
    let more = book.chars().count() - 500;
    assert!(
        line.ends_with(&format!(
            "… ({more} more characters; --format json shows them)"
        )),
        "{line:.700}"
    );

    let json = plenary()
        .args(["themes", "--question", "1", "--format", "json"])
        .arg(&file)
        .output()
        .expect("runs");
    assert!(json.status.success());
    assert!(String::from_utf8_lossy(&json.stdout).contains(book.trim_end()));
}
