//! The app in French: it starts in the system's language the first time,
//! remembers the person's choice, and switches from the View menu. Each
//! window speaks its own language: these tests run side by side.

#[path = "common/app.rs"]
mod app;

use app::open_app;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use plenary_app::{AppConfig, PlenaryApp, Prefs};
use plenary_core::session::Language;
use plenary_i18n::Describe as _;

fn harness(prefs: Prefs, system: Option<Language>) -> Harness<'static, PlenaryApp> {
    let config = AppConfig {
        prefs: Some(prefs),
        system_language: system,
        ..AppConfig::default()
    };
    open_app(config, [1280.0, 900.0])
}

#[test]
fn the_first_run_speaks_the_system_language() {
    // First run on a French system: French.
    let first = harness(Prefs::default(), Some(Language::French));
    first.get_by_label("Préparation");
    first.get_by_label("Titre");
    first.get_by_label("Fichier");
    assert_eq!(first.state().prefs().ui_language, Some(Language::French));
}

#[test]
fn the_persons_choice_wins_and_the_view_menu_switches() {
    // The person chose English before: English, whatever the system says.
    let mut english = harness(
        Prefs {
            ui_language: Some(Language::English),
            ..Prefs::default()
        },
        Some(Language::French),
    );
    english.get_by_label("Setup");
    english.get_by_label("Title");

    // Switching from the View menu.
    english.get_by_label("View").click();
    english.run();
    english.get_by_label("Français").click();
    english.run();
    english.run();
    english.get_by_label("Préparation");
    english.get_by_label("Plénière").click();
    english.run();
    english.get_by_label("Vote par points");
    english.get_by_label("Présenter les diapositives (F5)");
    assert_eq!(english.state().prefs().ui_language, Some(Language::French));

    // A blank session started in French speaks French in its slides and report.
    english.get_by_label("Fichier").click();
    english.run();
    english.get_by_label("Nouvelle session vide").click();
    english.run();
    assert_eq!(english.state().session().language, Language::French);
    assert!(english.state().session().questions.is_empty());

    // And back.
    english.get_by_label("Affichage").click();
    english.run();
    english.get_by_label("English").click();
    english.run();
    english.run();
    english.get_by_label("Dot vote");
}

#[test]
fn documents_and_errors_speak_the_language_they_are_given() {
    // The slides speak the session's language: a French session, French slides.
    let mut session = plenary_core::session::Session::template();
    session.language = Language::French;
    let slides = plenary_docs::slides::slides(&session);
    assert_eq!(
        slides.last().map(|s| s.title.as_str()),
        Some("Recommandations aux décideurs")
    );

    // What went wrong with a file is said in French too.
    let cut = plenary_core::store::parse(b"Session(\n    format: 3,\n    title: \"PTC\",")
        .expect_err("cut short");
    let said = cut.describe(plenary_i18n::words(Language::French));
    assert!(
        said.ends_with("le fichier s'arrête au milieu, comme si sa copie avait été interrompue. Copiez-le à nouveau depuis l'ordinateur d'où il vient"),
        "{said}"
    );
}

#[test]
fn two_windows_speak_two_languages_side_by_side() {
    let prefs = |language| Prefs {
        ui_language: Some(language),
        ..Prefs::default()
    };
    let mut french = harness(prefs(Language::French), None);
    let mut english = harness(prefs(Language::English), None);
    for _ in 0..2 {
        french.run();
        english.run();
        french.get_by_label("Préparation");
        english.get_by_label("Setup");
    }
}
