//! A facilitator's file actions on a computer with no file dialog: save,
//! open, import, watch and export through Plenary's own chooser, driven by
//! its accessible labels; and what it says of a bad name, a folder it
//! cannot read, and a file that exists.

use std::path::Path;

#[path = "common/app.rs"]
mod app;

use app::{open_app, replace_text};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use plenary_app::{AppConfig, PlenaryApp, Prefs};
use plenary_core::capture::group_file;
use plenary_core::session::{ReplicaId, Session};
use plenary_core::store;

fn harness() -> Harness<'static, PlenaryApp> {
    let config = AppConfig {
        prefs: Some(Prefs::default()),
        ..AppConfig::default()
    };
    open_app(config, [1280.0, 1000.0])
}

/// Goes to `folder` by typing it in the chooser's "Folder" field.
fn go_to(harness: &mut Harness<'static, PlenaryApp>, folder: &Path) {
    replace_text(harness, "Folder", &folder.display().to_string());
    harness.key_press(egui::Key::Enter);
    harness.run();
}

fn menu(harness: &mut Harness<'static, PlenaryApp>, menu: &str, entry: &str) {
    harness.get_by_label(menu).click();
    harness.run();
    harness.get_by_label(entry).click();
    harness.run();
}

#[test]
fn a_session_with_no_file_is_saved_where_the_facilitator_chooses() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    harness.get_by_label("Save the session");
    go_to(&mut harness, dir.path());
    replace_text(&mut harness, "File name", "ptc-2017");
    harness.get_by_label("Save").click();
    harness.run();
    let saved = dir.path().join("ptc-2017.ron");
    assert!(saved.exists(), "saved with its extension");
    assert_eq!(harness.state().document().path(), Some(saved.as_path()));
    assert!(!harness.state().document().is_dirty());
    assert!(
        harness.query_by_label("Save the session").is_none(),
        "closed"
    );
}

#[test]
fn saving_over_a_file_asks_first_and_keeping_it_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let existing = dir.path().join("kept.ron");
    std::fs::write(&existing, "what was there").expect("writes");
    let mut harness = harness();
    menu(&mut harness, "File", "Save as…");
    go_to(&mut harness, dir.path());
    // A click on a file takes its name.
    harness.get_by_label("kept.ron").click();
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label_contains("“kept.ron” already exists. Replace it?");
    harness.get_by_label("Keep it, choose another name").click();
    harness.run();
    assert_eq!(
        std::fs::read_to_string(&existing).expect("reads"),
        "what was there"
    );
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label("Replace").click();
    harness.run();
    assert!(store::load(&existing).is_ok(), "replaced by the session");
}

#[test]
fn a_name_with_a_slash_or_a_colon_is_refused_with_a_reason_and_nothing_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    menu(&mut harness, "File", "Save as…");
    go_to(&mut harness, dir.path());
    for (name, reason) in [
        ("../outside", "cannot hold / or \\"),
        ("Q1: answers", "cannot hold “:”"),
        ("", "Type a name"),
    ] {
        replace_text(&mut harness, "File name", name);
        if name.is_empty() {
            harness.key_press(egui::Key::Backspace);
            harness.run();
        }
        harness.get_by_label("Save").click();
        harness.run();
        harness.get_by_label_contains(reason);
    }
    assert_eq!(std::fs::read_dir(dir.path()).expect("lists").count(), 0);
    assert!(harness.state().document().path().is_none());
}

#[test]
fn a_folder_that_cannot_be_read_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    menu(&mut harness, "File", "Open…");
    go_to(&mut harness, &dir.path().join("no such folder"));
    harness.get_by_label_contains("There is no folder");
    harness.get_by_label("Open").click();
    harness.run();
    harness.get_by_label_contains("Choose a file in the list first");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Open a session").is_none());
}

#[test]
fn a_session_file_opens_from_the_chooser() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut session = Session::template();
    session.title = "Atelier de Lomé".into();
    store::save(&dir.path().join("lome.ron"), &session).expect("saves");
    std::fs::write(dir.path().join("notes.txt"), "not a session").expect("writes");
    let mut harness = harness();
    menu(&mut harness, "File", "Open…");
    go_to(&mut harness, dir.path());
    assert!(
        harness.query_by_label("notes.txt").is_none(),
        "the .ron filter"
    );
    harness.get_by_label("lome.ron").click();
    harness.run();
    harness.get_by_label("Open").click();
    harness.run();
    assert_eq!(harness.state().session().title, "Atelier de Lomé");
}

#[test]
fn group_files_are_imported_several_at_once_and_a_folder_is_watched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stick = dir.path().join("stick");
    std::fs::create_dir(&stick).expect("folder");
    let template = Session::template();
    for group in 0..2 {
        let file = stick.join(format!("group-{}.ron", group + 1));
        write_group_file(&template, group, "Scellés électroniques", &file);
    }
    let mut harness = harness();
    harness.get_by_label("Synthesis").click();
    harness.run();
    harness.get_by_label("Import group files…").click();
    harness.run();
    go_to(&mut harness, dir.path());
    // Into the stick's folder, then both files.
    harness.get_by_label("stick/").click();
    harness.run();
    harness.get_by_label("group-1.ron").click();
    harness.get_by_label("group-2.ron").click();
    harness.run();
    harness.get_by_label("Import 2 files").click();
    harness.run();
    assert_eq!(harness.state().session().live_answers().count(), 2);

    harness.get_by_label("Watch a folder…").click();
    harness.run();
    go_to(&mut harness, &stick);
    harness.get_by_label("Watch this folder").click();
    harness.run();
    harness.get_by_label_contains("Watching");
}

/// A group file of `laptop`'s session for its group `group`, with one answer.
fn write_group_file(laptop: &Session, group: usize, text: &str, to: &Path) {
    let mut laptop = laptop.clone();
    let entry = plenary_core::capture::parse_entry(text, &laptop.topics);
    let edit = plenary_core::capture::EditStamp {
        replica: ReplicaId::new(),
        at: jiff::Timestamp::now(),
    };
    let answer = plenary_core::capture::new_answer(
        entry,
        laptop.groups[group].id,
        laptop.questions[0].id,
        plenary_core::session::AnswerKind::UseToday,
        edit,
    );
    laptop.answers.push(answer);
    let file = group_file(&laptop, laptop.groups[group].id, edit.replica).expect("group");
    store::save(to, &file).expect("saves");
}

/// Runs frames until `done` holds, for at most 20 seconds (the watch looks
/// every 2 seconds and takes a file once it has stopped changing).
fn wait_for(
    harness: &mut Harness<'static, PlenaryApp>,
    done: impl Fn(&Harness<'static, PlenaryApp>) -> bool,
) {
    let start = std::time::Instant::now();
    while !done(harness) {
        assert!(start.elapsed().as_secs() < 20, "still waiting after 20 s");
        std::thread::sleep(std::time::Duration::from_millis(100));
        harness.step();
    }
}

#[test]
fn a_watched_folder_is_watched_again_after_a_restart_and_says_when_it_is_gone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stick = dir.path().join("stick");
    std::fs::create_dir(&stick).expect("folder");
    let session_file = dir.path().join("session.ron");
    store::save(&session_file, &Session::template()).expect("saves");
    let config = |prefs: Prefs| AppConfig {
        open: Some(session_file.clone()),
        prefs: Some(prefs),
        ..AppConfig::default()
    };

    let mut harness = open_app(config(Prefs::default()), [1280.0, 1000.0]);
    harness.get_by_label("Synthesis").click();
    harness.run();
    harness.get_by_label("Watch a folder…").click();
    harness.run();
    go_to(&mut harness, &stick);
    harness.get_by_label("Watch this folder").click();
    harness.run();
    let prefs = harness.state().prefs().clone();
    drop(harness);

    // The next morning: the app starts again, and a group's file arrives.
    let mut harness = open_app(config(prefs), [1280.0, 1000.0]);
    harness.get_by_label_contains("Watching");
    let session = harness.state().session().clone();
    write_group_file(
        &session,
        2,
        "Portiques biométriques",
        &stick.join("group-3.ron"),
    );
    wait_for(&mut harness, |h| {
        h.state().session().live_answers().count() == 1
    });
    harness.run();
    harness.get_by_label_contains("Looked");

    // The stick is taken out: the view says so, and watching goes on.
    let away = dir.path().join("away");
    std::fs::rename(&stick, &away).expect("taken out");
    wait_for(&mut harness, |h| {
        h.query_by_label_contains("cannot be found").is_some()
    });
    std::fs::rename(&away, &stick).expect("put back");
    write_group_file(
        &session,
        3,
        "Scellés électroniques",
        &stick.join("group-4.ron"),
    );
    wait_for(&mut harness, |h| {
        h.state().session().live_answers().count() == 2
    });
}

#[test]
fn the_report_is_exported_where_the_secretary_chooses() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    harness.get_by_label("Report").click();
    harness.run();
    harness.get_by_label("Markdown…").click();
    harness.run();
    go_to(&mut harness, dir.path());
    replace_text(&mut harness, "File name", "rapport-final");
    harness.get_by_label("Save").click();
    // The report is written on a thread of its own.
    let out = dir.path().join("rapport-final.md");
    for _ in 0..200 {
        harness.run();
        if out.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(text.contains("\n# Disruptive technologies"), "{text}");
}

/// A target that cannot be written is refused with a message naming it,
/// and the session stays as it was, unsaved and whole: a name taken by a
/// folder, and a folder nobody writes in (`/proc`: root, as CI runs, writes
/// read-only files and folders).
#[test]
fn a_target_that_cannot_be_written_says_so_and_keeps_the_work() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("taken.ron")).expect("folder");
    let mut harness = harness();
    let before = harness.state().session().clone();
    menu(&mut harness, "File", "Save as…");
    go_to(&mut harness, dir.path());
    replace_text(&mut harness, "File name", "taken");
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label_contains("“taken” is a folder here");
    assert!(
        dir.path().join("taken.ron").is_dir(),
        "the folder is untouched"
    );

    if cfg!(target_os = "linux") {
        go_to(&mut harness, Path::new("/proc"));
        replace_text(&mut harness, "File name", "ptc-2017");
        harness.get_by_label("Save").click();
        harness.run();
        let notices = harness.state().notices();
        assert!(
            notices
                .iter()
                .any(|notice| notice.is_error && notice.text.contains("ptc-2017.ron")),
            "no word of the file: {notices:?}"
        );
    }
    assert!(harness.state().document().path().is_none());
    assert_eq!(harness.state().session(), &before);
}
