//! Presenter mode in the real app: F5, the keys a clicker sends, jumping by
//! number, leaving with Esc; and image snapshots of a group slide and a theme
//! slide at 1920×1080, in the light and the high-contrast theme.

#[path = "common/app.rs"]
mod app;

use app::{answers_to_first_question, fixture_groups_merged, open_app};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use plenary_app::{AppConfig, PlenaryApp, Prefs, SlideColours, View};
use plenary_core::session::{Session, Theme, ThemeId};
use plenary_core::store;
use plenary_docs::slides::SlideKind;

/// The five fixture groups merged, with two themes on question 1.
fn session() -> Session {
    let mut session = fixture_groups_merged();
    let question = session.questions[0].id;
    let q1 = answers_to_first_question(&session);
    for (name, answers, dots) in [
        ("Risk targeting by machine learning", vec![q1[0], q1[8]], 4),
        (
            "Faster release for compliant traders",
            vec![q1[1], q1[4]],
            2,
        ),
    ] {
        session.themes.push(Theme {
            id: ThemeId::new(),
            question,
            name: name.into(),
            answers,
            suggested: false,
            votes: [(session.groups[0].id.voter_key(), dots)]
                .into_iter()
                .collect(),
            ..Theme::default()
        });
    }
    plenary_testkit::sessions::with_positions(&mut session);
    session
}

fn presenting(theme: SlideColours) -> (tempfile::TempDir, Harness<'static, PlenaryApp>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plenary.ron");
    store::save(&path, &session()).expect("saves");
    let config = AppConfig {
        open: Some(path),
        prefs: Some(Prefs {
            view: View::Plenary,
            slide_colours: theme,
            ..Prefs::default()
        }),
        ..AppConfig::default()
    };
    let mut harness = open_app(config, [1920.0, 1080.0]);
    press(&mut harness, egui::Key::F5);
    (dir, harness)
}

fn press(harness: &mut Harness<'_, PlenaryApp>, key: egui::Key) {
    harness.key_press(key);
    harness.run();
}

/// Types the number of the first slide of `kind`, then Enter.
fn jump_to(harness: &mut Harness<'_, PlenaryApp>, kind: SlideKind) -> usize {
    let slides = plenary_docs::slides::slides(harness.state().session());
    let number = 1 + slides
        .iter()
        .position(|s| s.kind == kind)
        .expect("such a slide");
    for digit in number.to_string().chars() {
        let key = egui::Key::from_name(&digit.to_string()).expect("a digit key");
        press(harness, key);
    }
    press(harness, egui::Key::Enter);
    number
}

/// The slide counter's accessible name, "Slide N of M".
fn at_slide(harness: &Harness<'_, PlenaryApp>) -> String {
    harness
        .get_by(|node| node.label().is_some_and(|l| l.starts_with("Slide ")))
        .accesskit_node()
        .label()
        .unwrap_or_default()
}

#[test]
fn a_clicker_moves_through_the_slides_and_esc_leaves() {
    let (_dir, mut harness) = presenting(SlideColours::Light);
    assert!(harness.state().is_presenting());
    let total = plenary_docs::slides::slides(harness.state().session()).len();
    harness.get_by_label("Disruptive technologies: panel and break-out");
    assert_eq!(at_slide(&harness), format!("Slide 1 of {total}"));

    press(&mut harness, egui::Key::ArrowRight);
    harness.get_by_label("Group 1");
    press(&mut harness, egui::Key::Space);
    press(&mut harness, egui::Key::PageDown);
    assert_eq!(at_slide(&harness), format!("Slide 4 of {total}"));
    press(&mut harness, egui::Key::PageUp);
    press(&mut harness, egui::Key::ArrowLeft);
    assert_eq!(at_slide(&harness), format!("Slide 2 of {total}"));

    press(&mut harness, egui::Key::End);
    harness.get_by_label("Recommendations to policy leaders");
    press(&mut harness, egui::Key::ArrowRight);
    assert_eq!(at_slide(&harness), format!("Slide {total} of {total}"));

    let question = harness.state().session().questions[0].id;
    let number = jump_to(&mut harness, SlideKind::Themes(question));
    assert_eq!(at_slide(&harness), format!("Slide {number} of {total}"));
    harness.get_by_label("Themes, question 1");
    harness.get_by_label("1. Risk targeting by machine learning");

    press(&mut harness, egui::Key::Home);
    assert_eq!(at_slide(&harness), format!("Slide 1 of {total}"));
    press(&mut harness, egui::Key::Escape);
    assert!(!harness.state().is_presenting());
    harness.get_by_label("Dot vote");
}

/// A number typed fast, its digits in one frame, goes to that slide: "10"
/// and "11" are not "01" and "1".
#[test]
fn a_number_typed_fast_jumps_to_that_slide() {
    let (_dir, mut harness) = presenting(SlideColours::Light);
    let total = plenary_docs::slides::slides(harness.state().session()).len();
    assert!(total >= 12, "the session has {total} slides");
    for (digits, slide) in [
        ([egui::Key::Num1, egui::Key::Num0], 10),
        ([egui::Key::Num1, egui::Key::Num1], 11),
    ] {
        for key in digits {
            harness.key_press(key);
        }
        press(&mut harness, egui::Key::Enter);
        assert_eq!(at_slide(&harness), format!("Slide {slide} of {total}"));
    }
    // A French keyboard types its top-row digits with Shift.
    for key in [egui::Key::Num1, egui::Key::Num2] {
        harness.key_press_modifiers(egui::Modifiers::SHIFT, key);
    }
    press(&mut harness, egui::Key::Enter);
    assert_eq!(at_slide(&harness), format!("Slide 12 of {total}"));
}

#[test]
fn a_group_slide_counts_down_its_speaking_time() {
    let (_dir, mut harness) = presenting(SlideColours::Light);
    press(&mut harness, egui::Key::ArrowRight);
    harness.get_by(|node| {
        node.label().is_some_and(|l| {
            l.starts_with("Speaking time left: 4 minutes")
                || l == "Speaking time left: 5 minutes 0 seconds"
        })
    });
}

/// A rapporteur's time is theirs: the presenter stepping to the next slide
/// and back stops it and goes on, it does not give the group its whole time
/// again.
#[test]
fn going_back_to_a_group_goes_on_with_its_speaking_time() {
    let (_dir, mut harness) = presenting(SlideColours::Light);
    let two_seconds = std::time::Duration::from_millis(2100);
    press(&mut harness, egui::Key::ArrowRight);
    std::thread::sleep(two_seconds);
    // The next group speaks for two seconds; the first group's time waits.
    press(&mut harness, egui::Key::ArrowRight);
    std::thread::sleep(two_seconds);
    press(&mut harness, egui::Key::ArrowLeft);
    let spoken = |harness: &Harness<'_, PlenaryApp>| -> String {
        let node = harness.get_by(|node| {
            node.label()
                .is_some_and(|l| l.starts_with("Speaking time left: "))
        });
        node.accesskit_node().label().unwrap_or_default()
    };
    let left = spoken(&harness);
    // About two seconds gone: not five minutes again, nor four seconds.
    assert!(
        ["56", "57", "58"]
            .iter()
            .any(|seconds| left == format!("Speaking time left: 4 minutes {seconds} seconds")),
        "{left}"
    );
}

fn snapshot(harness: &mut Harness<'_, PlenaryApp>, name: &str) {
    let options = egui_kittest::SnapshotOptions::new().output_path("tests/snapshots/slides");
    harness.snapshot_options(name, &options);
}

/// A group slide and a theme slide at 1920×1080, in `theme`.
fn snapshots_in(theme: SlideColours, suffix: &str) {
    let (_dir, mut harness) = presenting(theme);
    let session = harness.state().session().clone();
    jump_to(&mut harness, SlideKind::Group(session.groups[2].id));
    harness.get_by_label("Group 3");
    snapshot(&mut harness, &format!("group-slide-{suffix}"));
    jump_to(&mut harness, SlideKind::Themes(session.questions[0].id));
    harness.get_by_label("Themes, question 1");
    snapshot(&mut harness, &format!("theme-slide-{suffix}"));
}

#[test]
fn snapshots_of_light_slides() {
    snapshots_in(SlideColours::Light, "light");
}

#[test]
fn snapshots_of_high_contrast_slides() {
    snapshots_in(SlideColours::HighContrast, "high-contrast");
}

#[test]
fn a_full_slide_of_long_answers_fits_above_the_footer() {
    let mut session = session();
    let group = session.groups[1].id;
    let question = session.questions[1].id;
    let edit = plenary_core::capture::EditStamp {
        replica: plenary_core::session::ReplicaId::new(),
        at: jiff::Timestamp::UNIX_EPOCH,
    };
    for n in 0..60 {
        let text = format!(
            "Answer {n}: WIDE LETTERS MAKE WIDE LINES, and policy leaders should fund pilots \
             before committing to large procurements of scanners and software #ai"
        );
        app::type_answer(
            &mut session,
            (group, question),
            plenary_core::session::AnswerKind::Recommendation,
            &text,
            edit,
        );
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plenary.ron");
    store::save(&path, &session).expect("saves");
    let config = AppConfig {
        open: Some(path),
        prefs: Some(Prefs {
            view: View::Plenary,
            ..Prefs::default()
        }),
        ..AppConfig::default()
    };
    let mut harness = open_app(config, [1920.0, 1080.0]);
    press(&mut harness, egui::Key::F5);
    jump_to(&mut harness, SlideKind::Group(group));
    press(&mut harness, egui::Key::ArrowRight);
    harness.get_by_label("Group 2");
    let answers: Vec<egui::Rect> = harness
        .query_all(
            egui_kittest::kittest::by()
                .predicate(|node| node.value().is_some_and(|text| text.starts_with("Answer "))),
        )
        .map(|node| node.rect())
        .collect();
    assert!(
        answers.len() >= 5,
        "{} answers on a full slide",
        answers.len()
    );
    let footer_top = 1080.0 - 64.0;
    for rect in answers {
        assert!(
            rect.max.y < footer_top,
            "an answer runs into the footer: {rect:?}"
        );
    }
    snapshot(&mut harness, "group-slide-full");
}
