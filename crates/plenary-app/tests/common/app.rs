//! The real app in a test harness, as every UI test opens it, and (from
//! the testkit) the sessions it is usually opened on.

#![allow(
    dead_code,
    unused_imports,
    reason = "each test binary uses a different part of this module"
)]

use egui_kittest::Harness;
use plenary_app::{AppConfig, PlenaryApp};
pub(crate) use plenary_testkit::fixtures::*;

/// The app with `config`, in a window of `size`, after its first frame.
pub(crate) fn open_app(config: AppConfig, size: [f32; 2]) -> Harness<'static, PlenaryApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        // A view shown for the first time lays out its grids in extra passes.
        .with_max_steps(8)
        .build_eframe(|cc| PlenaryApp::new(cc, config));
    harness.run();
    harness
}

/// Scrolls the view down, 100 points at a time from the last label on screen
/// that holds `anchor`, until a label `wanted` shows; false if it never does.
pub(crate) fn scroll_until_shown(
    harness: &mut Harness<'static, PlenaryApp>,
    anchor: &str,
    wanted: &str,
) -> bool {
    use egui_kittest::kittest::Queryable as _;
    for _ in 0..400 {
        if harness.query_all_by_label(wanted).next().is_some() {
            return true;
        }
        let Some(anchor) = harness.query_all_by_label_contains(anchor).last() else {
            return false;
        };
        anchor.scroll_down();
        harness.run();
    }
    false
}

/// The name of the control with the keyboard focus, if any.
pub(crate) fn focused(harness: &Harness<'_, PlenaryApp>) -> Option<String> {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    let is_focused = |node: &egui_kittest::kittest::AccessKitNode<'_>| node.is_focused();
    harness
        .query_all(egui_kittest::kittest::by().predicate(is_focused))
        .next()
        // A label's text is its value (its name, on the accessibility bus).
        .and_then(|node| {
            let node = node.accesskit_node();
            node.label().or_else(|| node.value())
        })
}

/// Focuses the field named `label`, selects all its text and types over it.
pub(crate) fn replace_text(harness: &mut Harness<'_, PlenaryApp>, label: &str, text: &str) {
    use egui_kittest::kittest::Queryable as _;
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(label).type_text(text);
    harness.run();
}
