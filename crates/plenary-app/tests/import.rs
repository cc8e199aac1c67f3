//! The facilitator imports the groups' files into the real app: by dropping
//! them on the window, in any order, some twice, one broken, one from another
//! session; then resolves a conflict.

use std::path::{Path, PathBuf};
use std::sync::Arc;

#[path = "common/app.rs"]
mod app;

use app::open_app;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use plenary_app::{AppConfig, ImportOutcome, PlenaryApp, Prefs, View};
use plenary_core::capture::{EditStamp, group_file, new_answer, parse_entry, revised};
use plenary_core::session::{AnswerKind, ReplicaId, Session};
use plenary_core::store;

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|error| error.to_string())
    }
}

/// Drops files onto the window, as from a file manager.
fn drop_files(harness: &mut Harness<'_, PlenaryApp>, files: &[&Path]) {
    harness.input_mut().dropped_files = files
        .iter()
        .map(|file| Arc::new(Dropped(file.to_path_buf())) as egui::DroppedFileHandle)
        .collect();
    harness.run();
}

fn harness() -> Harness<'static, PlenaryApp> {
    let config = AppConfig {
        prefs: Some(Prefs {
            view: View::Setup,
            ..Prefs::default()
        }),
        ..AppConfig::default()
    };
    open_app(config, [1280.0, 2000.0])
}

struct GroupLaptop {
    session: Session,
    group: usize,
    replica: ReplicaId,
}

impl GroupLaptop {
    fn new(group: usize) -> Self {
        Self {
            session: Session::template(),
            group,
            replica: ReplicaId::new(),
        }
    }

    fn edit(&self) -> EditStamp {
        EditStamp {
            replica: self.replica,
            at: jiff::Timestamp::now(),
        }
    }

    fn type_answer(&mut self, text: &str) {
        let entry = parse_entry(text, &self.session.topics);
        let group = self.session.groups[self.group].id;
        let question = self.session.questions[0].id;
        let answer = new_answer(entry, group, question, AnswerKind::Benefit, self.edit());
        self.session.answers.push(answer);
    }

    fn save(&self, dir: &Path, name: &str) -> PathBuf {
        let path = dir.join(name);
        let group = self.session.groups[self.group].id;
        store::save(
            &path,
            &group_file(&self.session, group, self.replica).expect("group"),
        )
        .expect("saves");
        path
    }
}

#[test]
fn dropping_group_files_merges_them_and_shows_what_each_brought() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut one = GroupLaptop::new(0);
    one.type_answer("E-gates shorten queues at airports #bio");
    one.type_answer("Risk engines score declarations #ai");
    let early = one.save(dir.path(), "group-1-early.ron");
    one.type_answer("Drones watch the green border #drone");
    let late = one.save(dir.path(), "group-1.ron");
    let mut three = GroupLaptop::new(2);
    three.type_answer("Les scellés électroniques suivent les conteneurs #iot");
    let three = three.save(dir.path(), "groupe-3.ron");

    let mut harness = harness();
    // The updated file first, then group 3, then the stale copy.
    drop_files(&mut harness, &[&late, &three]);
    drop_files(&mut harness, &[&early]);

    harness.get_by_label_contains("✔ group-1.ron");
    harness.get_by_label("3 added, 0 updated, 0 unchanged, 0 deleted, 0 conflicts");
    harness.get_by_label("1 added, 0 updated, 0 unchanged, 0 deleted, 0 conflicts");
    harness.get_by_label("0 added, 0 updated, 2 unchanged, 0 deleted, 0 conflicts");
    let session = harness.state().session();
    assert_eq!(session.live_answers().count(), 4);
    // Every answer is shown with its group.
    harness.get_by_label("Les scellés électroniques suivent les conteneurs");
    assert_eq!(harness.get_all_by_label("Group 1").count(), 3);

    // One file is one undo step.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().session().live_answers().count(), 3);
}

#[test]
fn a_broken_file_and_a_file_of_another_session_change_nothing_until_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("group-2.ron");
    std::fs::write(&broken, "Session(\n    format: 1,\n    id: 42,\n").expect("writes");
    let mut other = Session::new_from_template();
    other.title = "Regional workshop".into();
    let edit = EditStamp {
        replica: ReplicaId::new(),
        at: jiff::Timestamp::now(),
    };
    let entry = parse_entry(
        "Blockchain for certificates of origin #chain",
        &other.topics,
    );
    let answer = new_answer(
        entry,
        other.groups[1].id,
        other.questions[1].id,
        AnswerKind::Recommendation,
        edit,
    );
    other.answers.push(answer);
    let other = group_file(&other, other.groups[1].id, edit.replica).expect("its group");
    let other_path = dir.path().join("workshop.ron");
    store::save(&other_path, &other).expect("saves");

    let mut harness = harness();
    drop_files(&mut harness, &[&broken, &other_path]);
    let before = Session::template();
    assert_eq!(*harness.state().session(), before);
    harness.get_by_label_contains(&format!("{}:3:", broken.display()));
    harness.get_by_label_contains("belongs to another session");
    assert!(matches!(
        harness.state().imports()[0].outcome,
        ImportOutcome::OtherSession(_)
    ));

    harness.get_by_label("Import workshop.ron anyway").click();
    harness.run();
    let session = harness.state().session();
    assert_eq!(session.live_answers().count(), 1);
    assert_eq!(session.answers[0].question, session.questions[1].id);

    // The cut-short copy said so; a good copy over it replaces the error.
    harness.get_by_label_contains("cut short");
    let mut two = GroupLaptop::new(1);
    two.type_answer("Shared ledgers for transit guarantees #chain");
    two.save(dir.path(), "group-2.ron");
    drop_files(&mut harness, &[&broken]);
    harness.get_by_label("✔ group-2.ron");
    assert!(harness.query_by_label("✖ group-2.ron").is_none());
    assert_eq!(harness.state().imports().len(), 2, "one line per file");
}

#[test]
fn a_conflict_is_shown_and_resolved_by_keeping_one_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut laptop = GroupLaptop::new(3);
    laptop.type_answer("robots inspect ship hulls #robot");
    let first = laptop.save(dir.path(), "group-4.ron");

    let mut harness = harness();
    drop_files(&mut harness, &[&first]);
    // The facilitator fixes the wording on the plenary laptop...
    let id = harness.state().session().answers[0].id;
    harness.get_by_label("Setup").click();
    harness.run();
    let ctx = harness.ctx.clone();
    let answer = harness.state().session().answers[0].clone();
    let facilitator = EditStamp {
        replica: harness.state().replica(),
        at: jiff::Timestamp::now(),
    };
    let fixed = revised(&answer, facilitator, |a| {
        a.text = "Robots inspect ship hulls".into();
    });
    harness.state_mut().handle(
        &ctx,
        plenary_app::Command::Edit(plenary_core::action::Action::replace(
            plenary_core::action::Item::Answer(fixed),
        )),
    );
    harness.run();
    // ...while the rapporteur, unaware, rewrites it on the group's laptop.
    let edit = laptop.edit();
    laptop.session.answers[0] = revised(&laptop.session.answers[0], edit, |a| {
        a.text = "Underwater robots inspect hulls".into();
    });
    let second = laptop.save(dir.path(), "group-4.ron");
    drop_files(&mut harness, &[&second]);

    harness.get_by_label("0 added, 0 updated, 0 unchanged, 0 deleted, 1 conflict");
    harness.get_by_label("1 answer edited differently on two laptops");
    harness.get_by_label_contains("“Robots inspect ship hulls”");
    harness.get_by_label_contains("“Underwater robots inspect hulls”");
    let versions = plenary_core::merge::versions(&harness.state().session().answers[0]);
    let keep = versions
        .iter()
        .position(|v| v.text == "Underwater robots inspect hulls")
        .expect("the laptop's version")
        .saturating_add(1);
    harness
        .get_by_label(&format!("Keep version {keep} of conflict 1"))
        .click();
    harness.run();
    let resolved = &harness.state().session().answers[0];
    assert_eq!(resolved.id, id);
    assert_eq!(resolved.text, "Underwater robots inspect hulls");
    assert!(resolved.conflicts.is_empty());
    assert!(
        harness
            .query_by_label("1 answer edited differently on two laptops")
            .is_none()
    );

    // The resolution is undoable, and importing the file again changes nothing.
    drop_files(&mut harness, &[&second]);
    assert!(harness.state().session().answers[0].conflicts.is_empty());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        harness.state().session().answers[0].conflicts.len(),
        1,
        "the conflict is back"
    );
}

#[test]
fn files_dropped_while_the_app_asks_a_question_wait_for_the_answer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery_path = dir.path().join("recovery.ron");
    let mut recovered = Session::template();
    recovered.title = "Recovered work".into();
    let recovery = plenary_core::autosave::Recovery {
        source: None,
        written: jiff::Timestamp::now(),
        session: recovered,
    };
    plenary_core::autosave::write_recovery(&recovery_path, &recovery).expect("writes");
    let mut laptop = GroupLaptop::new(1);
    laptop.type_answer("GPS seals on transit cargo #iot");
    let file = laptop.save(dir.path(), "group-2.ron");

    let config = AppConfig {
        recovery_path: Some(recovery_path),
        ..AppConfig::default()
    };
    let mut harness = open_app(config, [1280.0, 1200.0]);
    drop_files(&mut harness, &[&file]);
    assert_eq!(
        harness.state().session().live_answers().count(),
        0,
        "not yet"
    );
    harness.get_by_label("Restore").click();
    harness.run();
    let session = harness.state().session();
    assert_eq!(session.title, "Recovered work");
    assert_eq!(
        session.live_answers().count(),
        1,
        "imported into the restored session"
    );
}
