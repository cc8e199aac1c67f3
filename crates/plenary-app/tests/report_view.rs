//! The Report view in the real app: options, live preview, export.

#[path = "common/app.rs"]
mod app;

use app::{
    answers_to_first_question, fixture_groups_merged, numbered_answer, open_app,
    scroll_until_shown, type_answer, with_numbered_answers,
};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use plenary_app::{AppConfig, Command, PlenaryApp, Prefs, View};
use plenary_core::capture::EditStamp;
use plenary_core::session::{AnswerKind, ReplicaId, Session};
use plenary_core::store;
use plenary_docs::report::Format;

/// The example groups' answers merged, one group with a French name.
fn merged_session() -> Session {
    let mut session = fixture_groups_merged();
    session.groups[2].name = "Groupe francophone".into();
    session
}

/// A window tall enough for the whole preview of a short session.
const TALL: [f32; 2] = [1280.0, 4000.0];

/// The app in the Report view, open on `session` saved in `dir`.
fn report_view_of(
    dir: &std::path::Path,
    session: &Session,
    size: [f32; 2],
) -> Harness<'static, PlenaryApp> {
    let file = dir.join("plenary.ron");
    store::save(&file, session).expect("saves");
    let config = AppConfig {
        open: Some(file),
        prefs: Some(Prefs {
            view: View::Report,
            ..Prefs::default()
        }),
        ..AppConfig::default()
    };
    open_app(config, size)
}

/// The report is written on a thread of its own: draws frames until its
/// notice (`label`) shows, for at most a minute.
fn until_notice(harness: &mut Harness<'static, PlenaryApp>, label: &str) {
    for _ in 0..1200 {
        harness.run();
        if harness.query_all_by_label_contains(label).next().is_some() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("no notice {label:?} within a minute");
}

#[test]
fn the_preview_follows_the_options_and_export_writes_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = report_view_of(dir.path(), &merged_session(), TALL);
    harness.get_by_label("Recommendations to policy leaders");
    let text = "Les portiques biométriques réduisent l'attente des voyageurs à l'aéroport";
    assert_eq!(
        harness.query_all_by_label(text).count(),
        2,
        "in its question and in the annex"
    );
    assert!(harness.query_all_by_label("— Groupe francophone").count() > 0);

    harness.get_by_label("Anonymous (no group names)").click();
    harness.run();
    assert_eq!(
        harness.query_all_by_label("— Groupe francophone").count(),
        0
    );
    harness.get_by_label("French").click();
    harness.run();
    harness.get_by_label("Recommandations aux décideurs");

    let out = dir.path().join("rapport.md");
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .handle(&ctx, Command::ExportReportTo(Format::Markdown, out.clone()));
    until_notice(&mut harness, "Dismiss: Report written");
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(text.contains("Recommandations aux décideurs"));
    assert!(
        !text.contains("Groupe francophone"),
        "anonymous, as previewed"
    );
}

/// A report of thousands of answers takes a while to typeset. The window
/// keeps drawing meanwhile, says what it is writing, and offers no second
/// export until the first is done; then the notice names the file.
#[test]
fn a_long_export_leaves_the_window_drawing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut session = fixture_groups_merged();
    let edit = EditStamp {
        replica: ReplicaId::new(),
        at: jiff::Timestamp::UNIX_EPOCH,
    };
    for n in 0..3000 {
        let place = (
            session.groups[n % session.groups.len()].id,
            session.questions[n % session.questions.len()].id,
        );
        let text =
            format!("Scellés électroniques sur les conteneurs en transit, essai n° {n} #iot");
        type_answer(&mut session, place, AnswerKind::FutureUse, &text, edit);
    }
    let mut harness = report_view_of(dir.path(), &session, TALL);

    let out = dir.path().join("rapport.pdf");
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .handle(&ctx, Command::ExportReportTo(Format::Pdf, out.clone()));
    harness.step();
    harness.get_by_label("Writing rapport.pdf…");
    for format in ["Markdown…", "PDF…", "CSV…"] {
        assert!(
            harness.get_by_label(format).accesskit_node().is_disabled(),
            "{format} waits for the export under way"
        );
    }
    // Another session opened meanwhile does not lose the export's notice.
    let other = dir.path().join("other.ron");
    store::save(&other, &merged_session()).expect("saves");
    harness.state_mut().handle(&ctx, Command::OpenPath(other));
    until_notice(&mut harness, "Dismiss: Report written");
    assert!(std::fs::read(&out).expect("written").starts_with(b"%PDF"));
    assert!(harness.query_by_label("Writing rapport.pdf…").is_none());
    assert!(!harness.get_by_label("PDF…").accesskit_node().is_disabled());
}

/// A report that cannot be written says so, naming the file, and the next
/// export is offered again.
#[test]
fn an_export_that_fails_names_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = report_view_of(dir.path(), &merged_session(), TALL);
    let out = dir.path().join("no such folder").join("rapport.md");
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .handle(&ctx, Command::ExportReportTo(Format::Markdown, out.clone()));
    until_notice(&mut harness, "Dismiss: The report could not be written");
    harness.get_by_label_contains(&format!(
        "Dismiss: The report could not be written to {}",
        out.display()
    ));
    assert!(
        !harness
            .get_by_label("Markdown…")
            .accesskit_node()
            .is_disabled()
    );
}

/// The preview of a long report draws only what is near the screen, and
/// scrolling reaches the annex's last answer.
#[test]
fn a_long_preview_scrolls_to_the_end_of_its_annex() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut session = fixture_groups_merged();
    with_numbered_answers(&mut session, 400);
    let mut harness = report_view_of(dir.path(), &session, [1280.0, 800.0]);
    let options = plenary_docs::report::Options {
        annex: true,
        anonymous: false,
        language: session.language,
        details: true,
    };
    let report = plenary_docs::report::build(&session, options);
    let annex = report.annex.last().expect("an annex");
    let last = annex
        .questions
        .iter()
        .flat_map(|q| &q.answers)
        .last()
        .expect("answers");
    assert_eq!(
        harness.query_all_by_label(&numbered_answer(399)).count(),
        0,
        "far below the screen, so not drawn"
    );
    assert!(scroll_until_shown(
        &mut harness,
        "•",
        "Annex: each group's answers"
    ));
    assert!(scroll_until_shown(&mut harness, "•", &last.text));
}

/// The example groups' answers merged, and the first `count` answers to
/// its first question.
fn with_first_answers(count: usize) -> (Session, Vec<plenary_core::session::AnswerId>) {
    let session = fixture_groups_merged();
    let answers = answers_to_first_question(&session)
        .into_iter()
        .take(count)
        .collect();
    (session, answers)
}

/// The preview shows what the report holds: each question's themes, ranked,
/// with who raised them and their wordings, then the answers in no theme.
#[test]
fn the_preview_shows_the_themes_ranked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut session, answers) = with_first_answers(3);
    let question = session.questions[0].id;
    let wording = session.answer(answers[0]).expect("answer").text.clone();
    session.themes.push(plenary_core::session::Theme {
        id: plenary_core::session::ThemeId::new(),
        question,
        name: "Données partagées entre administrations".into(),
        answers,
        votes: std::collections::BTreeMap::from([(session.groups[1].id.voter_key(), 3)]),
        ..plenary_core::session::Theme::default()
    });
    session.canonicalize();
    let harness = report_view_of(dir.path(), &session, TALL);
    harness.get_by_label("Themes across groups");
    harness.get_by_label("1. Données partagées entre administrations");
    harness.get_by_label_contains("3 dots");
    assert_eq!(
        harness.query_all_by_label(&wording).count(),
        2,
        "under its theme and in the annex, not among the answers in no theme"
    );
    harness.get_by_label("Answers in no theme");
    assert!(harness.query_all_by_label("•").count() > 3);
}

/// The preview's closing section reads as the report's: a recommended
/// theme's statement, numbered, with the groups' wordings under it, then
/// the other recommendations numbered on, without a typed list mark; a
/// theme shows its statement under its name.
#[test]
fn the_preview_reads_the_recommendations_as_the_report_does() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut session, answers) = with_first_answers(3);
    let question = session.questions[0].id;
    let wording = "Share what the pilots teach with the other administrations";
    for (id, text) in answers.iter().zip([
        wording,
        "Pilot at one border post before buying",
        "- cooperation with business on data sharing",
    ]) {
        let answer = session
            .answers
            .iter_mut()
            .find(|answer| answer.id == *id)
            .expect("the answer");
        answer.kind = AnswerKind::Recommendation;
        answer.text = text.to_owned();
    }
    let statement = "Start with pilots before any large roll-out.";
    session.themes.push(plenary_core::session::Theme {
        id: plenary_core::session::ThemeId::new(),
        question,
        name: "Pilots first".into(),
        statement: statement.into(),
        answers: answers[..2].to_vec(),
        ..plenary_core::session::Theme::default()
    });
    session.canonicalize();
    let harness = report_view_of(dir.path(), &session, TALL);
    harness.get_by_label("1. Pilots first");
    harness.get_by_label(statement);
    harness.get_by_label(&format!("1. {statement}"));
    assert!(harness.query_all_by_label(wording).count() >= 2);
    harness.get_by_label("Other recommendations");
    harness.get_by_label("2.");
    harness.get_by_label("Cooperation with business on data sharing");
    // Each answer's kind shows only when asked for, as in the report
    // (the section's heading says "Recommendations" too).
    let kinds = |harness: &Harness<'static, PlenaryApp>| {
        harness
            .query_all_by_label_contains("Recommendation")
            .count()
            - harness
                .query_all_by_label("Recommendations to policy leaders")
                .count()
    };
    assert_eq!(kinds(&harness), 0);
    let mut harness = harness;
    harness
        .get_by_label("Kind and topics after each answer")
        .click();
    harness.run();
    assert!(kinds(&harness) >= 3, "{}", kinds(&harness));
}

/// A theme of one answer that its statement says whole shows its name and
/// statement and no list, as the report prints none: not "No answers.".
#[test]
fn a_theme_its_statement_says_whole_shows_no_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (session, answers) = with_first_answers(1);
    let question = session.questions[0].id;
    let typed = session.answer(answers[0]).expect("answer").text.clone();
    let stated = |statement: &str| {
        let mut session = session.clone();
        session.themes.push(plenary_core::session::Theme {
            id: plenary_core::session::ThemeId::new(),
            question,
            name: "Shared data".into(),
            statement: statement.into(),
            answers: answers.clone(),
            ..plenary_core::session::Theme::default()
        });
        session.canonicalize();
        session
    };
    let said_none = |session: &Session| {
        let harness = report_view_of(dir.path(), session, TALL);
        harness.get_by_label("1. Shared data");
        harness.query_all_by_label("No answers.").count()
    };
    assert_eq!(said_none(&stated(&typed)), said_none(&stated("")));
}
