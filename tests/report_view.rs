//! The Report view in the real app: options, live preview, export.

#[path = "common/app.rs"]
mod app;

use app::{fixture_groups_merged, open_app};
use egui_kittest::kittest::Queryable as _;
use plenary::app::{AppConfig, Command, Prefs, View};
use plenary::report::Format;
use plenary::store;

fn merged_session_file(dir: &std::path::Path) -> std::path::PathBuf {
    let mut session = fixture_groups_merged();
    session.groups[2].name = "Groupe francophone".into();
    let path = dir.join("plenary.ron");
    store::save(&path, &session).expect("saves");
    path
}

#[test]
fn the_preview_follows_the_options_and_export_writes_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = AppConfig {
        open: Some(merged_session_file(dir.path())),
        prefs: Some(Prefs {
            view: View::Report,
            ..Prefs::default()
        }),
        ..AppConfig::default()
    };
    let mut harness = open_app(config, [1280.0, 4000.0]);
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
    harness.run();
    harness.get_by_label_contains("Dismiss: Report written");
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(text.contains("Recommandations aux décideurs"));
    assert!(
        !text.contains("Groupe francophone"),
        "anonymous, as previewed"
    );
}
