//! The facilitator shapes themes in the real app, by the labels a screen
//! reader reads: suggest, accept, rename, merge, move, split, undo.

#[path = "common/app.rs"]
mod app;

use app::{
    answers_to_first_question, fixture_groups_merged, focused, numbered_answer, open_app,
    scroll_until_shown, with_numbered_answers,
};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use plenary_app::{AppConfig, PlenaryApp, Prefs, View};
use plenary_core::session::{AnswerId, Session, Theme, ThemeId};
use plenary_core::store;

fn theme(session: &Session, name: &str, answers: &[AnswerId]) -> Theme {
    Theme {
        id: ThemeId::new(),
        question: session.questions[0].id,
        name: name.into(),
        answers: sorted(answers),
        position: plenary_core::order::Position::at_count(session.themes.len() as u64),
        ..Theme::default()
    }
}

/// The app open on `session` (saved to a temporary file), in Synthesis.
fn open_on(session: &Session) -> (tempfile::TempDir, Harness<'static, PlenaryApp>) {
    open_reading(session, View::Synthesis, false)
}

/// The app open on `session` in `view`, reading what the answers mean if
/// `read_meanings`, as the window does.
fn open_reading(
    session: &Session,
    view: View,
    read_meanings: bool,
) -> (tempfile::TempDir, Harness<'static, PlenaryApp>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plenary.ron");
    store::save(&path, session).expect("saves");
    let config = AppConfig {
        open: Some(path),
        prefs: Some(Prefs {
            view,
            ..Prefs::default()
        }),
        read_meanings,
        ..AppConfig::default()
    };
    (dir, open_app(config, [1280.0, 2400.0]))
}

fn click(harness: &mut Harness<'_, PlenaryApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

fn undo(harness: &mut Harness<'_, PlenaryApp>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
}

#[test]
fn suggested_themes_are_previewed_then_accepted_and_undone_in_one_step() {
    let session = fixture_groups_merged();
    let (_dir, mut harness) = open_on(&session);
    click(&mut harness, "Suggest themes");
    let value = similarity_shown(&harness);
    assert!(
        (value - f64::from(plenary_core::themes::DEFAULT_SIMILARITY)).abs() < 1e-6,
        "{value}"
    );
    assert!(
        harness.state().session().themes.is_empty(),
        "a preview changes nothing"
    );
    let accept = harness.get_by(|node| node.label().is_some_and(|l| l.starts_with("Accept ")));
    accept.click();
    harness.run();
    let themes = harness.state().session().themes.clone();
    assert!(!themes.is_empty(), "accepting adds the suggested themes");
    for theme in &themes {
        assert!(!theme.suggested);
        assert!(theme.answers.len() >= 2);
        assert!(!theme.name.is_empty());
        // One no answer states in the session's language, or whose
        // statement would be its name again, is the facilitator's to
        // state.
        let sentences: Vec<String> = theme
            .answers
            .iter()
            .map(|id| {
                let answer = session.answer(*id).expect("a theme's answer exists");
                plenary_core::themes::wording::statement(&answer.text)
            })
            .collect();
        let stated_in_language = sentences.iter().any(|sentence| {
            plenary_core::themes::language_of(&plenary_core::themes::text::words(sentence))
                .is_none_or(|language| language == session.language)
        });
        let names_again = sentences
            .iter()
            .any(|sentence| plenary_core::session::says_again(sentence, &theme.name));
        assert!(
            theme.statement.ends_with(['.', '?', '!'])
                || theme.statement.is_empty() && (!stated_in_language || names_again),
            "a suggested theme is stated in a sentence: {:?}",
            theme.statement
        );
    }
    harness.get_by_label("Name of theme 1");
    let statement = harness.get_by_label("Statement of theme 1");
    assert_eq!(
        statement.accesskit_node().value().as_deref(),
        Some(themes[0].statement.as_str()),
        "the statement shows, ready to edit"
    );

    undo(&mut harness);
    assert!(harness.state().session().themes.is_empty());
    assert!(harness.state().session().reviewed.is_empty());
}

/// With meanings read, as in the window, an English answer and its French
/// paraphrase, which share no word the app knows, are suggested as one
/// theme, and the reason says it is what they say.
#[test]
fn suggestions_wait_for_the_answers_meanings_and_join_paraphrases() {
    use plenary_core::themes::{Analysis, DEFAULT_SIMILARITY, meaning::Meanings};
    let texts = [
        "Nobody in our team can run them yet",
        "-",
        "Personne dans notre équipe ne sait encore s'en servir",
        "-",
        "Blockchain keeps certificates of origin safe from forgery",
        "-",
        "Duties paid online spare traders a trip to the office",
    ];
    let session = plenary_testkit::big::with_answers(texts.len(), |n| texts[n].to_owned());
    let question = session.questions[0].id;
    let (by_words, _) =
        Analysis::of_question(&session, question, &Meanings::default()).suggest(DEFAULT_SIMILARITY);
    assert!(by_words.is_empty(), "by words alone: {by_words:?}");

    // The reader starts when the Synthesis first shows; Suggest themes is
    // pressed on the next frame, well before the encoder has loaded (0.6 s
    // at best): the wait shows, Cancel takes the focus the button had, and
    // the progress is heard by quarters.
    let (_dir, mut harness) = open_reading(&session, View::Setup, true);
    harness.get_by_label("Synthesis").click();
    harness.step();
    harness.step();
    harness.get_by_label("Suggest themes").click();
    harness.step();
    harness.step();
    assert_eq!(focused(&harness).as_deref(), Some("Cancel"));
    let progress = harness.get_by_label("Reading what the answers say: 0 percent done");
    assert_eq!(
        progress.accesskit_node().live(),
        egui::accesskit::Live::Polite
    );
    let started = std::time::Instant::now();
    while harness
        .query_by(|node| node.label().is_some_and(|l| l.starts_with("Accept ")))
        .is_none()
    {
        assert!(
            started.elapsed() < std::time::Duration::from_mins(2),
            "the meanings never came"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    harness.run();
    harness.get_by_label_contains("Grouped for what they say: no shared term to show");
    let accept = harness.get_by(|node| node.label().is_some_and(|l| l.starts_with("Accept ")));
    accept.click();
    harness.run();
    let themes = &harness.state().session().themes;
    let [theme] = &themes[..] else {
        panic!("{themes:?}");
    };
    let texts_of_theme: Vec<&str> = theme
        .answers
        .iter()
        .filter_map(|id| session.answer(*id))
        .map(|answer| answer.text.as_str())
        .collect();
    assert_eq!(texts_of_theme.len(), 2);
    assert!(texts_of_theme.contains(&texts[0]) && texts_of_theme.contains(&texts[2]));
}

#[test]
fn renaming_a_theme_is_one_undo_step() {
    let mut session = fixture_groups_merged();
    let ids: Vec<AnswerId> = session.answers.iter().take(2).map(|a| a.id).collect();
    session.themes.push(theme(&session, "Seals", &ids));
    let (_dir, mut harness) = open_on(&session);
    harness.get_by_label("Name of theme 1").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    // Letter by letter, as a person types: still one undo step.
    for letter in "Scellés électroniques · transit".chars() {
        harness
            .get_by_label("Name of theme 1")
            .type_text(&letter.to_string());
        harness.run();
    }
    assert_eq!(
        harness.state().session().themes[0].name,
        "Scellés électroniques · transit"
    );
    harness.key_press(egui::Key::Tab);
    undo(&mut harness);
    assert_eq!(harness.state().session().themes[0].name, "Seals");
}

#[test]
fn a_statement_is_typed_under_the_name_and_undone_in_one_step() {
    let mut session = fixture_groups_merged();
    let ids: Vec<AnswerId> = session.answers.iter().take(2).map(|a| a.id).collect();
    session.themes.push(theme(&session, "Seals", &ids));
    let (_dir, mut harness) = open_on(&session);
    harness.get_by_label("Statement of theme 1").focus();
    harness.run();
    for word in ["Les scellés ", "électroniques ", "évitent les escortes."] {
        harness.get_by_label("Statement of theme 1").type_text(word);
        harness.run();
    }
    assert_eq!(
        harness.state().session().themes[0].statement,
        "Les scellés électroniques évitent les escortes."
    );
    harness.key_press(egui::Key::Tab);
    harness.run();
    undo(&mut harness);
    assert_eq!(harness.state().session().themes[0].statement, "");
    assert_eq!(harness.state().session().themes[0].name, "Seals");
}

#[test]
fn merging_two_themes_keeps_every_answer_and_undo_splits_them_again() {
    let mut session = fixture_groups_merged();
    let q1 = answers_to_first_question(&session);
    session.themes.push(theme(&session, "Risk", &q1[0..2]));
    session.themes.push(theme(&session, "Speed", &q1[2..4]));
    session.canonicalize();
    let before = session.themes.clone();
    let (_dir, mut harness) = open_on(&session);
    click(&mut harness, "Merge theme 1 into…");
    click(&mut harness, "Theme 2: Speed");
    let themes = &harness.state().session().themes;
    assert_eq!(themes.len(), 1);
    assert_eq!(themes[0].name, "Speed");
    assert_eq!(themes[0].answers, sorted(&q1[0..4]));
    undo(&mut harness);
    assert_eq!(harness.state().session().themes, before);
}

#[test]
fn an_answer_moves_by_keyboard_menu_and_a_split_makes_a_new_theme() {
    let mut session = fixture_groups_merged();
    let q1 = answers_to_first_question(&session);
    session.themes.push(theme(&session, "Risk", &q1[0..3]));
    let (_dir, mut harness) = open_on(&session);
    harness.get_by_label("In no theme: 10 answers");

    click(&mut harness, "Move answer 1 in no theme to…");
    click(&mut harness, "Theme 1: Risk");
    assert_eq!(
        harness.state().session().themes[0].answers,
        sorted(&q1[0..4])
    );
    harness.get_by_label("In no theme: 9 answers");

    click(&mut harness, "Tick answer 2 of theme 1");
    click(&mut harness, "Tick answer 4 of theme 1");
    click(&mut harness, "Split the ticked answers off theme 1");
    let themes = &harness.state().session().themes;
    assert_eq!(themes.len(), 2);
    // "Tick answer 2" is the second in the session's order.
    assert_eq!(themes[0].answers, sorted(&[q1[0], q1[2]]));
    assert_eq!(themes[1].answers, sorted(&[q1[1], q1[3]]));
    assert_eq!(themes[1].name, "Risk (part)");

    click(&mut harness, "Move answer 1 of theme 2 to…");
    click(&mut harness, "No theme");
    assert_eq!(harness.state().session().themes[1].answers, [q1[3]]);

    undo(&mut harness);
    undo(&mut harness);
    undo(&mut harness);
    assert_eq!(
        harness.state().session().themes[0].answers,
        sorted(&q1[0..3])
    );
}

/// A theme holds its answers as a set, kept by id.
fn sorted(answers: &[AnswerId]) -> Vec<AnswerId> {
    let mut answers = answers.to_vec();
    answers.sort();
    answers
}

#[test]
fn an_answer_imported_after_the_themes_were_accepted_shows_as_new() {
    let session = fixture_groups_merged();
    let (dir, mut harness) = open_on(&session);
    click(&mut harness, "Suggest themes");
    let accept = harness.get_by(|node| node.label().is_some_and(|l| l.starts_with("Accept ")));
    accept.click();
    harness.run();
    let themes = harness.state().session().themes.clone();
    assert_eq!(harness.query_all_by_label("NEW").count(), 0);

    send_one_more_answer(
        &mut harness,
        dir.path(),
        "Drones photograph trucks at the border #drone",
    );

    assert_eq!(
        harness.state().session().themes,
        themes,
        "accepted themes are untouched"
    );
    assert_eq!(harness.query_all_by_label("NEW").count(), 1);
    harness.get_by_label("Drones photograph trucks at the border");
}

/// Group 1's rapporteur typed one more answer, `text`, and sent the group
/// file again; the facilitator imports it into the open app.
fn send_one_more_answer(harness: &mut Harness<'_, PlenaryApp>, dir: &std::path::Path, text: &str) {
    let mut laptop = Session::template();
    let edit = plenary_core::capture::EditStamp {
        replica: plenary_core::session::ReplicaId::new(),
        at: jiff::Timestamp::now(),
    };
    let group = laptop.groups[0].id;
    let question = laptop.questions[0].id;
    app::type_answer(
        &mut laptop,
        (group, question),
        plenary_core::session::AnswerKind::UseToday,
        text,
        edit,
    );
    let file = dir.join("group-1-later.ron");
    let group_file =
        plenary_core::capture::group_file(&laptop, group, edit.replica).expect("its group");
    store::save(&file, &group_file).expect("saves");
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .handle(&ctx, plenary_app::Command::ImportPaths(vec![file]));
    harness.run();
}

fn similarity_shown(harness: &Harness<'_, PlenaryApp>) -> f64 {
    harness
        .get_by_role(egui::accesskit::Role::Slider)
        .accesskit_node()
        .numeric_value()
        .expect("a slider has a value")
}

/// A group file that comes in while suggestions are shown re-makes them
/// with its answers, at the similarity the facilitator had set.
#[test]
fn suggestions_remade_for_new_answers_keep_the_similarity_set() {
    let session = fixture_groups_merged();
    let (dir, mut harness) = open_on(&session);
    click(&mut harness, "Suggest themes");
    assert_eq!(focused(&harness).as_deref(), Some("Similarity"));
    for _ in 0..5 {
        harness.key_press(egui::Key::ArrowRight);
    }
    harness.run();
    let set = similarity_shown(&harness);
    assert!(
        set > f64::from(plenary_core::themes::DEFAULT_SIMILARITY) + 0.01,
        "the arrows raised it: {set}"
    );

    send_one_more_answer(
        &mut harness,
        dir.path(),
        "Drones photograph trucks at the border",
    );

    assert!(
        (similarity_shown(&harness) - set).abs() < 1e-6,
        "{} after the import, {set} before",
        similarity_shown(&harness)
    );
    harness.get_by_label_contains("Drones photograph trucks at the border");
    assert!(
        harness.state().session().themes.is_empty(),
        "still a preview"
    );
}

#[test]
fn dots_are_entered_per_voter_capped_and_ranked_with_ties_shown() {
    let mut session = fixture_groups_merged();
    let q1 = answers_to_first_question(&session);
    // Answers 0..3 come from Group 1, 3..6 from Group 2: one group each.
    session.themes.push(theme(&session, "Risk", &q1[0..2]));
    session.themes.push(theme(&session, "Speed", &q1[3..5]));
    let (_dir, mut harness) = open_on(&session);
    click(&mut harness, "Plenary");
    assert_eq!(harness.query_all_by_label("1. (tie)").count(), 2);

    let cell = "Dots from Group 2 for “Speed”";
    // By keyboard: focus the cell, type the dots, press Enter.
    harness.get_by_label(cell).focus();
    harness.run();
    harness.get_by_label(cell).type_text("9");
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.run();
    let group_2 = session.groups[1].id.voter_key();
    let themes = &harness.state().session().themes;
    assert_eq!(themes[1].votes[&group_2], 3, "three dots each, no more");
    // The number typed is not silently changed: the window says so.
    harness.get_by_label(
        "Group 2 can give this theme 3 dots at most (3 per voter): 9 typed, 3 given.",
    );
    harness.get_by_label("1.");
    harness.get_by_label("2.");
    harness.get_by(|node| node.label().as_deref() == Some("Group 2 has 0 dots left"));

    harness.get_by_label(cell).focus();
    harness.run();
    harness.get_by_label(cell).type_text("2");
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.run();
    assert_eq!(harness.state().session().themes[1].votes[&group_2], 2);
    harness.get_by_label("1.");

    undo(&mut harness);
    assert_eq!(harness.state().session().themes[1].votes[&group_2], 3);

    // The share lowered after the vote: the grid says who gave too many.
    let ctx = harness.ctx.clone();
    let fewer = plenary_core::action::Action::SetDotsPerVoter(1);
    harness
        .state_mut()
        .handle(&ctx, plenary_app::Command::Edit(fewer));
    harness.run();
    harness.get_by(|node| {
        node.label().as_deref()
            == Some("Group 2 gave 2 dots more than each voter has: take some back")
    });
}

/// Hundreds of answers to shape: the view draws only those near the screen
/// (thousands of rows otherwise cost every frame), and scrolling still
/// reaches the last.
#[test]
fn a_long_list_draws_the_answers_near_the_screen_and_scrolls_to_the_last() {
    let mut session = fixture_groups_merged();
    with_numbered_answers(&mut session, 400);
    let (_dir, mut harness) = open_on(&session);
    harness.get_by_label(&numbered_answer(0));
    let last = numbered_answer(399);
    assert!(
        harness.query_by_label(&last).is_none(),
        "the last answer is far below the screen, so not drawn"
    );
    assert!(scroll_until_shown(&mut harness, "Contrôle n°", &last));
    assert!(harness.query_by_label(&numbered_answer(0)).is_none());
}

/// Each view keeps its own scroll: the Report view does not open where the
/// Synthesis view was left.
#[test]
fn the_report_opens_at_its_top_after_a_long_scroll_in_the_synthesis() {
    let mut session = fixture_groups_merged();
    with_numbered_answers(&mut session, 400);
    let (_dir, mut harness) = open_on(&session);
    assert!(scroll_until_shown(
        &mut harness,
        "Contrôle n°",
        &numbered_answer(399)
    ));
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .handle(&ctx, plenary_app::Command::Show(View::Report));
    harness.run();
    let title = harness.get_by_label("Disruptive technologies: panel and break-out");
    assert!(
        title.rect().top() >= 0.0,
        "the report's title is on screen, at {:?}",
        title.rect()
    );
}

/// Tab walks a long list: each control that takes the focus comes into view,
/// and the rows below it are drawn in turn.
#[test]
fn tab_walks_a_long_list_and_keeps_the_focus_in_view() {
    let mut session = fixture_groups_merged();
    with_numbered_answers(&mut session, 400);
    let (_dir, mut harness) = open_on(&session);
    harness.set_size(egui::vec2(1280.0, 800.0));
    harness.run();
    let target = "Move answer 120 in no theme to…";
    let mut reached = false;
    for _ in 0..400 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        if let Some(node) = harness.query_by_label(target)
            && node.is_focused()
        {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab never reached {target:?}");
    let rect = harness.get_by_label(target).rect();
    assert!(
        rect.top() >= 0.0 && rect.bottom() <= 800.0,
        "the focused control is on screen: {rect:?}"
    );
}

/// By keyboard alone: when the control with the focus goes away, the focus
/// goes to the one that takes its place, not back to the menu bar.
#[test]
fn the_focus_follows_the_suggestions_and_stays_on_a_theme_name() {
    let mut session = fixture_groups_merged();
    let ids: Vec<AnswerId> = session.answers.iter().take(2).map(|a| a.id).collect();
    session.themes.push(theme(&session, "Seals", &ids));
    let (_dir, mut harness) = open_on(&session);

    harness.get_by_label("Suggest themes").focus();
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.run();
    assert_eq!(focused(&harness).as_deref(), Some("Similarity"));

    harness.get_by_label("Cancel").focus();
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.run();
    assert_eq!(focused(&harness).as_deref(), Some("Suggest themes"));

    harness.get_by_label("Name of theme 1").focus();
    harness.run();
    harness
        .get_by_label("Name of theme 1")
        .type_text(" électroniques");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.run();
    assert_eq!(focused(&harness).as_deref(), Some("Name of theme 1"));
    assert_eq!(
        harness.state().session().themes[0].name,
        "Seals électroniques"
    );
}
