//! The real app, driven by the accessible labels of its widgets.

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
#[path = "common/app.rs"]
mod app;

use app::{focused, open_app, replace_text};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use plenary_app::{AppConfig, PlenaryApp, Prefs};
use plenary_core::autosave::{self, Recovery};
use plenary_core::session::Session;
use plenary_core::store;

fn new_harness(config: AppConfig) -> Harness<'static, PlenaryApp> {
    let config = AppConfig {
        prefs: Some(config.prefs.unwrap_or_default()),
        ..config
    };
    open_app(config, [1280.0, 3000.0])
}

/// The text in the field a screen reader names `label`.
fn text_value(harness: &Harness<'_, PlenaryApp>, label: &str) -> String {
    harness.get_by_label(label).value().unwrap_or_default()
}

#[test]
fn opens_on_the_default_session_and_shows_both_questions() {
    let harness = new_harness(AppConfig::default());
    let template = Session::template();
    assert_eq!(text_value(&harness, "Title"), template.title);
    assert_eq!(
        text_value(&harness, "Question 1"),
        template.questions[0].text
    );
    assert_eq!(
        text_value(&harness, "Question 2"),
        template.questions[1].text
    );
    harness.get_by_label("Setup");
    harness.get_by_label("Not saved to a file yet");
}

#[test]
fn renaming_a_group_changes_the_session_and_undo_restores_it() {
    let mut harness = new_harness(AppConfig::default());
    replace_text(&mut harness, "Name of Group 1", "Groupe francophone");
    assert_eq!(
        harness.state().session().groups[0].name,
        "Groupe francophone"
    );
    assert_eq!(
        text_value(&harness, "Name of Group 1"),
        "Groupe francophone"
    );
    harness.get_by_label("Unsaved changes");

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(*harness.state().session(), Session::template());
}

#[test]
fn adding_a_question_then_undo_and_redo() {
    let mut harness = new_harness(AppConfig::default());
    harness.get_by_label("Add question").click();
    harness.run();
    assert_eq!(harness.state().session().questions.len(), 3);
    replace_text(
        &mut harness,
        "Question 3",
        "Which skills will officers need?",
    );
    assert_eq!(
        harness.state().session().questions[2].text,
        "Which skills will officers need?"
    );

    // Leave the field, then undo twice: the text, then the question itself.
    harness.get_by_label("Setup").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().session().questions[2].text, "");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(*harness.state().session(), Session::template());

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    harness.run();
    assert_eq!(harness.state().session().questions.len(), 3);
}

#[test]
fn moving_and_removing_a_topic_by_its_buttons() {
    let mut harness = new_harness(AppConfig::default());
    harness.get_by_label("Move Topic 2 up").click();
    harness.run();
    let keys: Vec<String> = harness
        .state()
        .session()
        .topics
        .iter()
        .map(|t| t.key.clone())
        .collect();
    assert_eq!(keys[..2], ["iot".to_owned(), "ai".to_owned()]);
    harness.get_by_label("Remove Topic 8").click();
    harness.run();
    assert!(
        harness
            .state()
            .session()
            .topics
            .iter()
            .all(|t| t.key != "drone")
    );
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Undo").click();
    harness.run();
    assert!(
        harness
            .state()
            .session()
            .topics
            .iter()
            .any(|t| t.key == "drone")
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(*harness.state().session(), Session::template());
}

fn save_template(dir: &Path, name: &str, title: &str) -> PathBuf {
    let mut session = Session::template();
    session.title = title.to_owned();
    let path = dir.join(name);
    store::save(&path, &session).expect("saves");
    path
}

#[test]
fn a_bad_file_shows_an_error_and_keeps_the_open_session() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = save_template(dir.path(), "good.ron", "Good session");
    let bad = dir.path().join("group-3.ron");
    std::fs::write(&bad, "Session(\n    format: 1,\n    title: oops\n").expect("writes");
    let config = AppConfig {
        prefs: Some(Prefs {
            recent: vec![good.clone(), bad.clone()],
            ..Prefs::default()
        }),
        ..AppConfig::default()
    };
    let mut harness = new_harness(config);
    assert_eq!(harness.state().session().title, "Good session");

    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Recent files").click();
    harness.run();
    harness.get_by_label("group-3.ron").click();
    harness.run();

    assert_eq!(harness.state().session().title, "Good session");
    assert_eq!(harness.state().document().path(), Some(good.as_path()));
    let dismiss = harness.get_by(|node| {
        node.role() == Role::Button
            && node
                .label()
                .is_some_and(|label| label.starts_with("Dismiss: Could not open"))
    });
    let text = egui_kittest::kittest::NodeT::accesskit_node(&dismiss)
        .label()
        .unwrap_or_default();
    let expected = format!("{}:3:", bad.display());
    assert!(text.contains(&expected), "{text}");
    assert!(text.contains("unchanged"), "{text}");
}

/// The app opened on a saved copy of the template in `dir`, its venue just
/// typed: the session's file and the harness.
fn venue_typed(dir: &Path) -> (PathBuf, Harness<'static, PlenaryApp>) {
    let path = save_template(dir, "session.ron", "First title");
    let config = AppConfig {
        open: Some(path.clone()),
        ..AppConfig::default()
    };
    let mut harness = new_harness(config);
    replace_text(&mut harness, "Venue", "Palais d'Egmont, Bruxelles");
    (path, harness)
}

/// Two seconds after the last change the session's file is written, and the
/// status bar says so without waiting for the mouse to move.
#[test]
fn the_status_bar_says_saved_once_the_change_is_written_by_itself() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, mut harness) = venue_typed(dir.path());
    harness.get_by_label("Unsaved changes");
    std::thread::sleep(plenary_core::autosave::QUIET_DELAY);
    harness.run();
    assert_eq!(
        store::load(&path).expect("loads").venue,
        "Palais d'Egmont, Bruxelles"
    );
    harness.get_by_label("Saved");
}

/// Two windows on one file (or a synced folder writing it): saving takes in
/// what the other wrote instead of writing over it.
#[test]
fn saving_takes_in_what_another_window_wrote_to_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, mut harness) = venue_typed(dir.path());
    // The other window adds an answer and saves.
    let mut other = store::load(&path).expect("loads");
    let group = (other.groups[1].id, other.questions[0].id);
    let edit = plenary_core::capture::EditStamp {
        replica: plenary_core::session::ReplicaId::new(),
        at: jiff::Timestamp::now(),
    };
    let kind = plenary_core::session::AnswerKind::Risk;
    app::type_answer(
        &mut other,
        group,
        kind,
        "Dépendance envers un seul fournisseur",
        edit,
    );
    store::save(&path, &other).expect("saves");

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    let notice = format!("Dismiss: {} was also changed elsewhere", path.display());
    harness.get_by_label_contains(&notice);
    let on_disk = store::load(&path).expect("loads");
    assert_eq!(on_disk.venue, "Palais d'Egmont, Bruxelles");
    let texts: Vec<&str> = on_disk.answers.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, ["Dépendance envers un seul fournisseur"]);
}

#[test]
fn save_then_open_through_the_app() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, mut harness) = venue_typed(dir.path());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    harness.get_by_label("Saved");
    let on_disk = store::load(&path).expect("loads");
    assert_eq!(on_disk.venue, "Palais d'Egmont, Bruxelles");
    assert_eq!(on_disk, *harness.state().session());
}

/// Leaves `session` as unsaved work from last time, in a recovery file at
/// `path`, and gives the recovery written.
fn left_unsaved(path: &Path, session: &Session) -> Recovery {
    let recovery = Recovery {
        source: None,
        written: jiff::Timestamp::now(),
        session: session.clone(),
    };
    autosave::write_recovery(path, &recovery).expect("writes");
    recovery
}

/// The app started with the template left unsaved last time, its recovery
/// file at `path`.
fn open_with_unsaved_template(path: &Path) -> Harness<'static, PlenaryApp> {
    left_unsaved(path, &Session::template());
    let config = AppConfig {
        recovery_path: Some(path.to_path_buf()),
        ..AppConfig::default()
    };
    new_harness(config)
}

#[test]
fn unsaved_work_is_offered_back_at_start() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery_path = dir.path().join("data").join("recovery.ron");
    let mut session = Session::template();
    session.groups[2].rapporteur = "Mme Diallo".to_owned();
    left_unsaved(&recovery_path, &session);

    let config = AppConfig {
        recovery_path: Some(recovery_path.clone()),
        ..AppConfig::default()
    };
    let mut harness = new_harness(config);
    harness.get_by_label("Restore unsaved work?");
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(*harness.state().session(), session);
    assert!(harness.state().document().is_dirty());
    assert!(harness.query_by_label("Restore unsaved work?").is_none());
}

/// `plenary FILE` on a file that does not exist, with unsaved work from
/// last time: the work is offered into FILE, nothing blank is written
/// there first, and once restored it is saved there.
#[test]
fn unsaved_work_is_restored_into_the_new_file_it_was_started_with() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery_path = dir.path().join("recovery.ron");
    let mut session = Session::template();
    session.groups[1].rapporteur = "M. Kaboré".to_owned();
    let recovery = left_unsaved(&recovery_path, &session);
    let file = dir.path().join("group2.ron");
    let config = AppConfig {
        open: Some(file.clone()),
        recovery_path: Some(recovery_path.clone()),
        ..AppConfig::default()
    };
    let mut harness = new_harness(config);
    harness.get_by_label_contains("Restore it into");
    assert!(!file.exists(), "nothing blank written over the work");
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(store::load(&file).expect("saved there"), session);
    assert!(!harness.state().document().is_dirty());
    harness.get_by_label("Saved");
    assert!(harness.query_by_label("Not saved to a file yet").is_none());
    assert!(!recovery_path.exists(), "the recovery is done with");

    // Discarded instead, a new blank session starts there, as asked.
    let other = dir.path().join("group3.ron");
    autosave::write_recovery(&recovery_path, &recovery).expect("writes");
    let config = AppConfig {
        open: Some(other.clone()),
        recovery_path: Some(recovery_path.clone()),
        ..AppConfig::default()
    };
    let mut harness = new_harness(config);
    harness.get_by_label("Discard").click();
    harness.run();
    assert!(store::load(&other).is_ok());
    assert_eq!(harness.state().document().path(), Some(other.as_path()));
}

/// Work that could not be saved is not thrown away by quitting: its
/// recovery copy stays, to be offered next time.
#[test]
fn quitting_with_work_that_could_not_be_saved_keeps_its_recovery() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery_path = dir.path().join("recovery.ron");
    let mut harness = open_with_unsaved_template(&recovery_path);
    harness.get_by_label("Restore").click();
    harness.run();
    // A save the folder refuses.
    let ctx = harness.ctx.clone();
    let nowhere = dir.path().join("no such folder").join("s.ron");
    harness
        .state_mut()
        .handle(&ctx, plenary_app::Command::SaveTo(nowhere));
    harness.run();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Quit").click();
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(recovery_path.exists(), "kept for next time");
}

#[test]
fn discarding_unsaved_work_removes_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery_path = dir.path().join("recovery.ron");
    let mut harness = open_with_unsaved_template(&recovery_path);
    harness.get_by_label("Discard").click();
    harness.run();
    assert!(!recovery_path.exists());
}

/// File → Quit (Ctrl+Q) asks about unsaved changes, as closing the window does.
#[test]
fn quit_asks_before_dropping_changes() {
    let mut harness = new_harness(AppConfig::default());
    replace_text(&mut harness, "Title", "Tabletop exercise");
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Quit").click();
    harness.run();
    harness.get_by_label_contains("Save changes to “Tabletop exercise”?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().session().title, "Tabletop exercise");
}

#[test]
fn new_from_template_asks_before_dropping_changes() {
    let mut harness = new_harness(AppConfig::default());
    replace_text(&mut harness, "Title", "Tabletop exercise");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    harness.get_by_label_contains("Save changes to “Tabletop exercise”?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().session().title, "Tabletop exercise");

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    let session = harness.state().session();
    assert_eq!(session.title, Session::template().title);
    assert_ne!(
        session.id,
        Session::template().id,
        "a new session gets a new id"
    );
}

#[test]
fn the_plenary_phase_without_themes_says_where_to_make_them() {
    let mut harness = new_harness(AppConfig::default());
    harness
        .get_by_role_and_label(Role::Button, "Plenary")
        .click();
    harness.run();
    harness.get_by_label("Dot vote");
    harness.get_by_label("No themes for this question yet: shape them in Synthesis first.");
}

/// Asks the window to close, as the window manager's close button does.
fn request_close(harness: &mut Harness<'_, PlenaryApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
}

fn sent_close_commands(harness: &Harness<'_, PlenaryApp>) -> (bool, bool) {
    let commands = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|output| output.commands.clone())
        .unwrap_or_default();
    (
        commands.contains(&egui::ViewportCommand::CancelClose),
        commands.contains(&egui::ViewportCommand::Close),
    )
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut harness = new_harness(AppConfig::default());
    replace_text(&mut harness, "Venue", "Geneva");
    request_close(&mut harness);
    harness.get_by_label_contains("If you close without saving");
    harness.get_by_label("Don't save").click();
    harness.step();
    let (_, closed) = sent_close_commands(&harness);
    assert!(closed, "Don't save closes the window");
}

#[test]
fn closing_with_nothing_unsaved_just_closes() {
    let mut harness = new_harness(AppConfig::default());
    request_close(&mut harness);
    assert!(
        harness
            .query_by_label_contains("If you close without saving")
            .is_none()
    );
}

#[test]
fn text_size_follows_ctrl_plus_and_is_kept() {
    let mut harness = new_harness(AppConfig::default());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    harness.run();
    let zoom = harness.state().prefs().zoom.expect("the zoom is kept");
    assert!(zoom > 1.0, "{zoom}");
}

/// `plenary NEW.ron` on a file that does not exist yet starts a new session
/// there, saved at once: the way to make a session on a computer with no
/// file dialog.
#[test]
fn a_new_file_named_on_the_command_line_starts_a_session_there() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("séance du 12 octobre.ron");
    let config = AppConfig {
        open: Some(path.clone()),
        ..AppConfig::default()
    };
    let mut harness = new_harness(config);
    harness.get_by_label_contains("Dismiss: New session, saved to");
    assert_eq!(
        store::load(&path).expect("saved at once"),
        *harness.state().session()
    );
    // A blank session of its own: files of the default session are not its
    // groups', and nothing of the 2017 meeting is left to delete.
    let session = harness.state().session();
    assert_ne!(session.id, Session::template().id);
    assert!(session.title.is_empty() && session.questions.is_empty());
    replace_text(&mut harness, "Venue", "Bruxelles");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert_eq!(store::load(&path).expect("loads").venue, "Bruxelles");
}

/// Two groups of one name: Setup says so while the facilitator can still
/// fix it.
#[test]
fn setup_warns_of_two_groups_with_one_name() {
    let mut harness = new_harness(AppConfig::default());
    replace_text(&mut harness, "Name of Group 2", "Group 1");
    harness.run();
    harness.get_by_label_contains("Two groups are named “Group 1”: rename one");
}

/// File → New blank session: a session to set up from nothing.
#[test]
fn a_blank_session_starts_from_the_file_menu() {
    let mut harness = new_harness(AppConfig::default());
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("New blank session").click();
    harness.run();
    let session = harness.state().session();
    assert!(session.title.is_empty(), "{}", session.title);
    assert!(session.questions.is_empty() && session.groups.is_empty());

    // What is added takes the focus, to be typed into at once.
    harness.get_by_label("Add question").click();
    harness.run();
    harness.run();
    assert_eq!(focused(&harness).as_deref(), Some("Question 1"));
    harness
        .get_by_label("Question 1")
        .type_text("Qu'attendez-vous des douanes ?");
    harness.run();
    assert_eq!(
        harness.state().session().questions[0].text,
        "Qu'attendez-vous des douanes ?"
    );
}

/// When the system's file dialog cannot open, Plenary's own chooser asks
/// instead, for whatever the person was doing, and goes on asking.
#[test]
fn without_a_file_dialog_plenary_s_own_chooser_asks() {
    use plenary_app::{Ask, Command};
    let mut harness = new_harness(AppConfig::default());
    for (ask, title, button) in [
        (Ask::OpenSession, "Open a session", "Open"),
        (
            Ask::SaveSession {
                name: "s.ron".into(),
            },
            "Save the session",
            "Save",
        ),
        (Ask::ImportGroupFiles, "Import group files", "Import"),
        (
            Ask::WatchFolder,
            "Watch a folder for group files",
            "Watch this folder",
        ),
    ] {
        let ctx = harness.ctx.clone();
        harness
            .state_mut()
            .handle(&ctx, Command::DialogUnavailable(ask, None));
        harness.run();
        harness.get_by_label(title);
        harness.get_by_label(button);
        harness.get_by_label("Cancel").click();
        harness.run();
        assert!(harness.query_by_label(title).is_none(), "{title} closed");
    }
}

/// The keys column of the keyboard help starts at one place in every part,
/// in English and in French, and lists the text size keys.
#[test]
fn the_keyboard_help_lists_text_size_and_its_columns_line_up() {
    use plenary_core::session::Language::{English, French};
    for (language, help, title, larger) in [
        (English, "Help", "Keyboard shortcuts", "Larger text"),
        (French, "Aide", "Raccourcis clavier", "Texte plus grand"),
    ] {
        let config = AppConfig {
            prefs: Some(Prefs {
                ui_language: Some(language),
                ..Prefs::default()
            }),
            ..AppConfig::default()
        };
        let mut harness = new_harness(config);
        harness.get_by_label(help).click();
        harness.run();
        harness.get_by_label(title).click();
        harness.run();
        let row = harness.get_by_label(larger).rect();
        let key_of_larger = harness
            .query_all_by_label_contains("Ctrl")
            .find(|node| (node.rect().center().y - row.center().y).abs() < 4.0)
            .expect("the key of Larger text on its row");
        let column = key_of_larger.rect().left();
        let cells = harness
            .query_all_by_label_contains("Ctrl")
            .chain(harness.query_all_by_label("F5"))
            .chain(harness.query_all_by_label("Tab"));
        for cell in cells {
            let left = cell.rect().left();
            assert!(
                (left - column).abs() < 1.0,
                "{language:?}: {left} not {column}"
            );
        }
    }
}

/// Each group's language box is named for its group, with its value, as a
/// screen reader hears a closed one.
#[test]
fn setup_names_each_language_box_for_its_group_with_its_value() {
    let harness = new_harness(AppConfig::default());
    harness.get_by_label("Language: English");
    for (group, language) in [
        (1, "English"),
        (2, "English"),
        (3, "French"),
        (4, "English"),
        (5, "English"),
    ] {
        harness.get_by_label(&format!("Language of Group {group}: {language}"));
    }
}
