//! The first start, as a new facilitator or a group's rapporteur meets it:
//! what the screen says, and where each way in leads.

#[path = "common/app.rs"]
mod app;

use app::{focused, open_app};
use egui::accesskit::Toggled;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use plenary_app::{AppConfig, PlenaryApp, View};
use plenary_core::session::Language;

/// The app as it first runs on a laptop: nothing kept, no file named.
fn first_start(language: Language) -> Harness<'static, PlenaryApp> {
    let config = AppConfig {
        system_language: Some(language),
        ..AppConfig::default()
    };
    open_app(config, [1280.0, 900.0])
}

fn click(harness: &mut Harness<'static, PlenaryApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

#[test]
fn the_first_start_says_how_a_session_goes_and_opens_the_example_as_an_example() {
    let mut harness = first_start(Language::English);
    harness.get_by_label("Welcome to Plenary");
    for step in [
        "1. Setup",
        "2. Panel",
        "3. Break-out",
        "4. Synthesis",
        "5. Plenary",
        "6. Report",
    ] {
        harness.get_by_label(step);
    }
    click(&mut harness, "Start from the PTC 2017 example");
    assert!(harness.query_by_label("Welcome to Plenary").is_none());
    assert_eq!(harness.state().prefs().view, View::Setup);
    let setup = harness.get_by_label("Setup").accesskit_node().toggled();
    assert_eq!(setup, Some(Toggled::True), "Setup is marked once shown");
    let notice = &harness.state().notices()[0].text;
    assert!(
        notice.contains("example") && notice.contains("March 2017"),
        "{notice}"
    );
    assert_eq!(harness.state().session().questions.len(), 2);
}

#[test]
fn a_blank_session_starts_from_the_first_screen() {
    let mut harness = first_start(Language::English);
    click(&mut harness, "Start a blank session");
    assert!(harness.query_by_label("Welcome to Plenary").is_none());
    assert!(harness.state().session().questions.is_empty());
    assert!(harness.state().session().answers.is_empty());
}

#[test]
fn a_rapporteur_goes_straight_to_the_break_out_of_the_chosen_group() {
    let mut harness = first_start(Language::English);
    assert!(
        harness
            .get_by_label("Capture this group's answers")
            .accesskit_node()
            .is_disabled(),
        "no group chosen yet"
    );
    click(&mut harness, "My group: Choose a group");
    click(&mut harness, "Group 2");
    click(&mut harness, "Capture this group's answers");
    let app = harness.state();
    assert_eq!(app.prefs().view, View::BreakOut);
    let group = app.laptop().group.and_then(|id| app.session().group(id));
    assert_eq!(group.map(|group| group.name.as_str()), Some("Group 2"));
    let entry = "New answer of Group 2 to question 1";
    harness.run();
    assert_eq!(focused(&harness).as_deref(), Some(entry), "ready to type");
}

#[test]
fn the_first_screen_speaks_french_on_a_french_laptop_and_comes_back_from_help() {
    let mut harness = first_start(Language::French);
    harness.get_by_label("Bienvenue dans Plenary");
    harness.get_by_label("3. Ateliers");
    click(&mut harness, "Partir de l’exemple du CTP 2017");
    assert!(harness.query_by_label("Bienvenue dans Plenary").is_none());
    click(&mut harness, "Aide");
    click(&mut harness, "Premiers pas");
    harness.get_by_label("Bienvenue dans Plenary");
}

#[test]
fn a_laptop_that_ran_plenary_before_opens_where_it_was() {
    let config = AppConfig {
        prefs: Some(plenary_app::Prefs::default()),
        ..AppConfig::default()
    };
    let harness = open_app(config, [1280.0, 900.0]);
    assert!(harness.query_by_label("Welcome to Plenary").is_none());
}
