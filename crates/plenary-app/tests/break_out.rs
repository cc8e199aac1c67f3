//! Break-out capture on a group's laptop, by keyboard, as a rapporteur works.

#[path = "common/app.rs"]
mod app;

use app::{focused, open_app};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use plenary_app::{AppConfig, Command, PlenaryApp, Prefs, View};
use plenary_core::session::{AnswerKind, Session};
use plenary_core::store;

const ENTRY: &str = "New answer of Group 3 to question 1";

fn harness_on_break_out() -> Harness<'static, PlenaryApp> {
    harness_with(Harness::<PlenaryApp>::builder())
}

/// The app on the default session, showing `view`.
fn harness_in(view: View) -> Harness<'static, PlenaryApp> {
    build(Harness::<PlenaryApp>::builder(), view)
}

fn build(
    builder: egui_kittest::HarnessBuilder<PlenaryApp>,
    view: View,
) -> Harness<'static, PlenaryApp> {
    build_on(builder, view, None)
}

/// The app showing `view`, on the session file `open` or the default session.
fn build_on(
    builder: egui_kittest::HarnessBuilder<PlenaryApp>,
    view: View,
    open: Option<std::path::PathBuf>,
) -> Harness<'static, PlenaryApp> {
    let config = AppConfig {
        prefs: Some(Prefs {
            view,
            ..Prefs::default()
        }),
        open,
        ..AppConfig::default()
    };
    let mut harness = builder
        .with_size([1280.0, 1000.0])
        .with_max_steps(8)
        .build_eframe(|cc| PlenaryApp::new(cc, config));
    harness.run();
    harness
}

/// The app in the Break-out, this laptop capturing Group 3.
fn harness_with(builder: egui_kittest::HarnessBuilder<PlenaryApp>) -> Harness<'static, PlenaryApp> {
    capturing_group_3(build(builder, View::BreakOut))
}

fn capturing_group_3(mut harness: Harness<'static, PlenaryApp>) -> Harness<'static, PlenaryApp> {
    // "This laptop captures Group 3".
    harness
        .get_by_label("This laptop captures: Choose a group")
        .click();
    harness.run();
    harness.get_by_label("Group 3").click();
    harness.run();
    harness
}

/// Finds the node a screen reader announces as `name` (for a label, kittest's
/// own label queries look at the shown text instead).
fn spoken(harness: &Harness<'_, PlenaryApp>, name: &str) {
    harness.get_by(|node| node.label().as_deref() == Some(name));
}

/// Types a line into the focused field and presses Enter.
fn type_line(harness: &mut Harness<'_, PlenaryApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
}

fn texts(harness: &Harness<'_, PlenaryApp>) -> Vec<String> {
    harness
        .state()
        .session()
        .live_answers()
        .map(|answer| answer.text.clone())
        .collect()
}

fn topic_keys(session: &Session, index: usize) -> Vec<String> {
    session.answers[index]
        .topics
        .iter()
        .filter_map(|id| session.topic(*id))
        .map(|topic| topic.key.clone())
        .collect()
}

#[test]
fn typing_then_enter_adds_tagged_answers_of_the_chosen_kind() {
    let mut harness = harness_on_break_out();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run();
    type_line(
        &mut harness,
        ENTRY,
        "E-gates cut queues at airports #bio #ai",
    );
    // The field keeps the focus: the next answer is typed straight away.
    harness
        .get_by_label(ENTRY)
        .type_text("Les scellés électroniques suivent les conteneurs #IoT");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();

    let session = harness.state().session().clone();
    assert_eq!(
        texts(&harness),
        [
            "E-gates cut queues at airports",
            "Les scellés électroniques suivent les conteneurs"
        ]
    );
    assert_eq!(topic_keys(&session, 0), ["bio", "ai"]);
    assert_eq!(topic_keys(&session, 1), ["iot"]);
    let group = session.groups[2].id;
    assert!(session.answers.iter().all(|a| a.group == group));
    assert!(
        session
            .answers
            .iter()
            .all(|a| a.kind == AnswerKind::Benefit)
    );
    assert!(
        session
            .answers
            .iter()
            .all(|a| a.question == session.questions[0].id)
    );
    assert_eq!(harness.get_by_label(ENTRY).value().unwrap_or_default(), "");
}

#[test]
fn tab_completes_a_topic_tag() {
    let mut harness = harness_on_break_out();
    harness.get_by_label(ENTRY).focus();
    harness.run();
    harness
        .get_by_label(ENTRY)
        .type_text("Drones patrol the green border #dr");
    harness.run();
    harness.get_by_label_contains("#drone Drones");
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(
        harness.get_by_label(ENTRY).value().unwrap_or_default(),
        "Drones patrol the green border #drone "
    );
    harness.get_by_label(ENTRY).type_text("#3d");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let session = harness.state().session().clone();
    assert_eq!(texts(&harness), ["Drones patrol the green border"]);
    assert_eq!(topic_keys(&session, 0), ["drone", "3d"]);
}

/// An answer added by Enter is in the session's file at once, not after the
/// autosave's pause: a laptop that dies a second later keeps it.
#[test]
fn an_answer_added_is_written_to_the_file_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("groupe-3.ron");
    store::save(&path, &Session::template()).expect("saves");
    let builder = Harness::<PlenaryApp>::builder();
    let mut harness = capturing_group_3(build_on(builder, View::BreakOut, Some(path.clone())));
    type_line(
        &mut harness,
        ENTRY,
        "Scellés électroniques sur les camions en transit",
    );
    let on_disk = store::load(&path).expect("loads");
    let texts: Vec<&str> = on_disk.answers.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, ["Scellés électroniques sur les camions en transit"]);
}

/// A long group name widens the picker: the countdown then takes a row of
/// its own instead of running over the picker's buttons.
#[test]
fn a_long_group_name_moves_the_countdown_to_a_row_of_its_own() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.ron");
    let mut session = Session::template();
    session.groups[2].name = "Groupe Afrique de l'Ouest et du Centre, francophone".into();
    store::save(&path, &session).expect("saves");
    let builder = Harness::<PlenaryApp>::builder();
    let mut harness = build_on(builder, View::BreakOut, Some(path));
    harness
        .get_by_label("This laptop captures: Choose a group")
        .click();
    harness.run();
    harness
        .get_by_label("Groupe Afrique de l'Ouest et du Centre, francophone")
        .click();
    harness.set_size(egui::vec2(1000.0, 800.0));
    harness.run();
    harness.run();
    let add = harness.get_by_label("Add my group").rect();
    let clock = harness
        .get_by(|node| {
            node.label()
                .is_some_and(|l| l.ends_with("left in the break-out"))
        })
        .rect();
    assert!(!clock.intersects(add), "{add:?} {clock:?}");
}

#[test]
fn a_shortcut_switches_question() {
    let mut harness = harness_on_break_out();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run();
    type_line(&mut harness, ENTRY, "Risk engines score every declaration");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num5);
    harness.run();
    type_line(
        &mut harness,
        "New answer of Group 3 to question 2",
        "Fund a WCO pilot of blockchain certificates of origin #chain",
    );
    // Back to question 1: its answers are still benefits, as chosen there.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageUp);
    harness.run();
    type_line(&mut harness, ENTRY, "Fewer physical inspections");
    let session = harness.state().session();
    let of = |text: &str| {
        let answer = session.answers.iter().find(|a| a.text.starts_with(text));
        let answer = answer.expect("typed");
        (answer.question, answer.kind)
    };
    let (first, second) = (session.questions[0].id, session.questions[1].id);
    assert_eq!(of("Risk engines"), (first, AnswerKind::Benefit));
    assert_eq!(of("Fund a WCO pilot"), (second, AnswerKind::Recommendation));
    assert_eq!(of("Fewer physical"), (first, AnswerKind::Benefit));
}

#[test]
fn edit_change_kind_reorder_delete_and_undo() {
    let mut harness = harness_on_break_out();
    for line in ["first", "second", "third"] {
        type_line(&mut harness, ENTRY, line);
    }
    // Edit in place.
    harness.get_by_label("Edit answer 2").click();
    harness.run();
    let editor = "Text of answer 2: Enter saves, Esc cancels";
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label(editor)
        .type_text("second, reworded #vr");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(texts(&harness), ["first", "second, reworded", "third"]);
    let edited = harness.state().session().answers[1].clone();
    assert_eq!(edited.revision, 2);
    assert_eq!(topic_keys(harness.state().session(), 1), ["vr"]);

    // Kind through the answer's own picker.
    harness.get_by_label("Kind of answer 1: Other").click();
    harness.run();
    // The picker's list opens below it, after the "Kind of the next answers" row.
    let risk_in_list = harness
        .get_all_by_label("Risk")
        .last()
        .expect("the list shows Risk");
    risk_in_list.click();
    harness.run();
    assert_eq!(harness.state().session().answers[0].kind, AnswerKind::Risk);

    // Reorder, then delete.
    harness.get_by_label("Move answer 3 up").click();
    harness.run();
    assert_eq!(texts(&harness), ["first", "third", "second, reworded"]);
    harness.get_by_label("Remove answer 1").click();
    harness.run();
    assert_eq!(texts(&harness), ["third", "second, reworded"]);
    assert!(harness.state().session().answers.iter().any(|a| a.deleted));

    // Undo brings back the deleted answer, then the order.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(texts(&harness), ["first", "third", "second, reworded"]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(texts(&harness), ["first", "second, reworded", "third"]);
}

#[test]
fn the_saved_group_file_holds_exactly_the_typed_answers() {
    let mut harness = harness_on_break_out();
    let lines = [
        "Containers scanned with AI image analysis #ai",
        "Robots inspect hulls #robot",
    ];
    for line in lines {
        type_line(&mut harness, ENTRY, line);
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ptc-group-3.ron");
    let group = harness.state().session().groups[2].id;
    // The file dialog answers with this command; the dialog itself is the OS's.
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .handle(&ctx, Command::SaveGroupFileTo(group, path.clone()));
    harness.run();
    harness.get_by_label_contains("Dismiss: Group file saved");

    let file = store::load(&path).expect("group file loads");
    let session = harness.state().session();
    assert_eq!(file.id, session.id);
    assert_eq!(file.questions, session.questions);
    assert_eq!(file.topics, session.topics);
    assert_eq!(file.groups, vec![session.groups[2].clone()]);
    assert_eq!(file.answers, session.answers);
}

#[test]
fn hostile_text_is_kept_as_typed() {
    let mut harness = harness_with(Harness::<PlenaryApp>::builder().allow_missing_glyphs());
    let long = "Lorem ipsum dolor sit amet ".repeat(4000);
    let odd =
        "الجمارك 海关 🛃 tab\there bell\u{7} \u{202E}reversed\u{202C} <script>alert(1)</script>";
    for text in [long.trim_end(), odd] {
        harness.get_by_label(ENTRY).focus();
        harness.run();
        harness.event(egui::Event::Paste(text.to_owned()));
        harness.run();
        harness.key_press(Key::Enter);
        harness.run();
    }
    let answers: Vec<String> = texts(&harness);
    assert_eq!(answers.len(), 2);
    assert_eq!(answers[0], long.trim_end());
    assert_eq!(answers[1], odd);
}

#[test]
fn a_group_that_is_not_listed_can_be_added() {
    let mut harness = harness_in(View::BreakOut);
    harness.get_by_label_contains("Choose the group");
    type_line(
        &mut harness,
        "Name of a group that is not listed",
        "Groupe 6 (francophone)",
    );
    let session = harness.state().session();
    assert_eq!(
        session.groups.last().map(|g| g.name.as_str()),
        Some("Groupe 6 (francophone)")
    );
    harness.get_by_label("New answer of Groupe 6 (francophone) to question 1");
}

#[test]
fn the_countdown_starts_and_survives_a_restart() {
    let mut harness = harness_on_break_out();
    spoken(&harness, "45 minutes 0 seconds left in the break-out");
    harness.get_by_label("Start").click();
    harness.run();
    harness.get_by_label("Pause");
    let prefs = harness.state().prefs().clone();
    let session = harness.state().session().id;
    let kept = prefs.laptop[&session]
        .break_out
        .expect("a running countdown is kept");
    assert!(kept.is_running());

    // The app restarts with the preferences eframe kept.
    let config = AppConfig {
        prefs: Some(prefs),
        ..AppConfig::default()
    };
    let mut restarted = Harness::builder()
        .with_size([1280.0, 1000.0])
        .with_max_steps(8)
        .build_eframe(|cc| PlenaryApp::new(cc, config));
    restarted.run_steps(2);
    restarted.get_by_label("Pause");
    let countdown = restarted.state().countdown(plenary_app::Timer::BreakOut);
    assert_eq!(countdown, kept);
    restarted.get_by_label("+5 min").click();
    restarted.run_steps(2);
    let left = restarted
        .state()
        .countdown(plenary_app::Timer::BreakOut)
        .left_secs(jiff::Timestamp::now());
    assert!(left > 45 * 60 && left <= 50 * 60, "{left}");
}

#[test]
fn panel_notes_are_taken_under_each_speaker() {
    let mut harness = harness_in(View::Panel);
    spoken(&harness, "40 minutes 0 seconds left in the panel");
    harness.get_by_label("Notes on speaker 2").focus();
    harness.run();
    harness
        .get_by_label("Notes on speaker 2")
        .type_text("Sensors on reefers report temperature and door openings");
    harness.run();
    let notes = &harness.state().session().panel.speakers[1].notes;
    assert_eq!(
        notes,
        "Sensors on reefers report temperature and door openings"
    );
}

#[test]
fn tab_reaches_every_control_of_the_break_out_in_order() {
    let mut harness = harness_on_break_out();
    type_line(&mut harness, ENTRY, "Risk engines score declarations #ai");
    let mut reached: Vec<String> = Vec::new();
    for _ in 0..60 {
        harness.key_press(Key::Tab);
        harness.run();
        if let Some(name) = focused(&harness)
            && !reached.contains(&name)
        {
            reached.push(name);
        }
    }
    // In screen order: the countdown's clock and then its buttons, and each
    // answer's row from its text to its Remove button.
    let answer = "Risk engines score declarations";
    let order = [
        "This laptop captures: Group 3",
        "Start",
        "+5 min",
        "Reset",
        "Question 1",
        "Question 2",
        "Benefit",
        "Recommendation",
        ENTRY,
        "Save group file…",
        answer,
        "Edit answer 1",
        "Kind of answer 1: Other",
        "Remove answer 1",
    ];
    let place = |control: &str| {
        reached
            .iter()
            .position(|name| name == control)
            .unwrap_or_else(|| panic!("Tab never reaches {control:?}; it reaches {reached:?}"))
    };
    // Tab starts from the answer field, so the walk wraps round once.
    let from = place(ENTRY);
    let in_order: Vec<usize> = order
        .iter()
        .map(|control| (place(control) + reached.len() - from) % reached.len())
        .collect();
    let start = order.iter().position(|c| *c == ENTRY).unwrap_or(0);
    let rotated: Vec<usize> = in_order[start..]
        .iter()
        .chain(&in_order[..start])
        .copied()
        .collect();
    assert!(
        rotated.windows(2).all(|pair| pair[0] < pair[1]),
        "out of screen order: {reached:?}"
    );
}

#[test]
fn after_a_restart_the_break_out_is_on_the_same_question_ready_for_typing() {
    let mut harness = harness_on_break_out();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
    harness.run();
    let prefs = harness.state().prefs().clone();
    drop(harness);

    let config = AppConfig {
        prefs: Some(prefs),
        ..AppConfig::default()
    };
    let mut harness = open_app(config, [1280.0, 1000.0]);
    let second = "New answer of Group 3 to question 2";
    assert_eq!(focused(&harness).as_deref(), Some(second));
    harness
        .get_by_label(second)
        .type_text("Shared risk profiles");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let session = harness.state().session();
    let answer = session.live_answers().next().expect("typed");
    assert_eq!(answer.question, session.questions[1].id);
}

#[test]
fn a_deleted_answer_is_named_in_a_notice_that_undoes_it() {
    let mut harness = harness_on_break_out();
    type_line(
        &mut harness,
        ENTRY,
        "Scellés électroniques sur les conteneurs",
    );
    type_line(&mut harness, ENTRY, "Risk engines score every declaration");
    harness.get_by_label("Remove answer 1").click();
    harness.run();
    assert_eq!(texts(&harness), ["Risk engines score every declaration"]);
    harness.get_by_label("Answer deleted: “Scellés électroniques sur les conteneurs”.");
    harness.get_by_label("Undo").click();
    harness.run();
    assert_eq!(
        texts(&harness),
        [
            "Scellés électroniques sur les conteneurs",
            "Risk engines score every declaration"
        ]
    );
    assert!(harness.query_by_label("Undo").is_none(), "the offer goes");

    // The next change takes the offer away: Undo would undo that change.
    harness.get_by_label("Remove answer 2").click();
    harness.run();
    harness.get_by_label("Undo");
    type_line(&mut harness, ENTRY, "Fewer physical inspections");
    assert!(harness.query_by_label("Undo").is_none());
}

#[test]
fn a_tag_typed_inside_a_sentence_stays_a_word_of_it() {
    let mut harness = harness_on_break_out();
    type_line(
        &mut harness,
        ENTRY,
        "Policy leaders should fund pilots of #ai for X-ray image analysis #chain.",
    );
    assert_eq!(
        texts(&harness),
        ["Policy leaders should fund pilots of ai for X-ray image analysis."]
    );
    assert_eq!(topic_keys(harness.state().session(), 0), ["ai", "chain"]);
    // As the room reads it on the group's slide.
    let slides = plenary_docs::slides::slides(harness.state().session());
    assert!(slides.iter().flat_map(|slide| &slide.lines).any(|line| {
        line.text == "Policy leaders should fund pilots of ai for X-ray image analysis."
    }));
}

/// The countdown's warnings are live regions, so a screen reader says them
/// without a key press: politely at five minutes, at once when time is up.
/// (`tests/atspi/` checks the announcement through the real bus.)
#[test]
fn countdown_warnings_are_announced_time_up_at_once() {
    use egui::accesskit::Live;
    use egui_kittest::kittest::NodeT as _;
    use plenary_app::Laptop;
    use plenary_core::capture::Countdown;
    for (left_secs, warning, live) in [
        (290, "5 minutes left", Live::Polite),
        (0, "Time is up", Live::Assertive),
    ] {
        let session = Session::template();
        let laptop = Laptop {
            group: Some(session.groups[2].id),
            break_out: Some(Countdown::Stopped { left_secs }),
            ..Laptop::default()
        };
        let config = AppConfig {
            prefs: Some(Prefs {
                view: View::BreakOut,
                laptop: [(session.id, laptop)].into_iter().collect(),
                ..Prefs::default()
            }),
            ..AppConfig::default()
        };
        let harness = open_app(config, [1280.0, 1000.0]);
        let node = harness.get_by_label(warning);
        assert_eq!(node.accesskit_node().live(), live, "{warning}");
    }
}
