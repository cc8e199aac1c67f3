//! How the app looks where the picture is the point: the high-contrast theme
//! for a washed-out projector, and text at twice its size.

#[path = "common/app.rs"]
mod app;

use app::open_app;
use egui_kittest::kittest::Queryable as _;
use plenary_app::{AppConfig, Prefs, UiColours, View};

/// A snapshot of a 1280×800 window: at a zoom of 2, the app has half the
/// points in each direction to lay out in.
fn snapshot_of(prefs: Prefs, zoom: f32, name: &str, answers: &[&str]) {
    let config = AppConfig {
        prefs: Some(Prefs {
            zoom: Some(zoom),
            ..prefs
        }),
        ..AppConfig::default()
    };
    let mut harness = open_app(config, [1280.0 / zoom, 800.0 / zoom]);
    harness
        .get_by_label("This laptop captures: Choose a group")
        .click();
    harness.run();
    harness.get_by_label("Group 3").click();
    harness.run();
    for answer in answers {
        let entry = "New answer of Group 3 to question 1";
        harness.get_by_label(entry).type_text(answer);
        harness.run();
        harness.key_press(egui::Key::Enter);
        harness.run();
    }
    let options = egui_kittest::SnapshotOptions::new().output_path("tests/snapshots/look");
    harness.snapshot_options(name, &options);
}

#[test]
fn the_break_out_in_high_contrast() {
    let prefs = Prefs {
        view: View::BreakOut,
        ui_colours: UiColours::HighContrast,
        ..Prefs::default()
    };
    snapshot_of(prefs, 1.0, "break-out-high-contrast", &[]);
}

#[test]
fn the_break_out_at_twice_the_text_size() {
    let prefs = Prefs {
        view: View::BreakOut,
        ..Prefs::default()
    };
    // A long answer reads whole, on as many lines as it takes.
    let long = "Les scellés électroniques permettent un suivi en temps réel des \
                conteneurs en transit, à condition que les administrations voisines \
                partagent les mêmes normes";
    snapshot_of(
        prefs,
        2.0,
        "break-out-200-percent",
        &[long, "Drones at the border"],
    );
}
