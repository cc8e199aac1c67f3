//! What a screen reader hears, beyond a widget's own text: figures read as
//! sentences, combo boxes that say their value, and announcements of what
//! changes without a key press.
//!
//! Checked through the Linux accessibility bus (`tests/atspi/`), since
//! AccessKit's Linux adapter reads some properties differently from
//! kittest: a label's name there is its *value* (its text), never the name
//! set on it, so a figure's sentence goes in both; and a closed combo box
//! shows no value at all, so its name carries it ("Kind of answer 1: Risk").
//! Both are AccessKit's documented behaviour (`label_comes_from_value` for
//! `Role::Label`; no value for `Role::ComboBox` in the AT-SPI adapter).

use egui::Response;
use egui::accesskit::{Live, Role};

use crate::words::fl;

/// Makes `response` (a label showing a figure: "44:33", "−2", "3 / 40")
/// heard as `sentence`.
pub(crate) fn as_sentence(response: Response, sentence: String) -> Response {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_label(sentence.clone());
        node.set_value(sentence);
    });
    response
}

/// Makes `response` (the countdown's digits) a timer heard as `sentence`.
pub(crate) fn as_timer(response: Response, sentence: String) -> Response {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Timer);
        node.set_label(sentence);
    });
    response
}

/// Names a combo box `name` with its `value`, as a closed one is heard.
pub(crate) fn combo_named(response: Response, name: &str, value: &str) -> Response {
    response.accessible_name(fl!("combo-named", name = name, value = value))
}

/// How soon an announcement is spoken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Urgency {
    /// When the screen reader is done with what it is saying: a notice.
    Polite,
    /// At once, interrupting: "Time is up", an error.
    Assertive,
}

/// Announces `response`'s text when it appears, and again when it changes.
pub(crate) fn announced(response: Response, urgency: Urgency) -> Response {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_live(match urgency {
            Urgency::Polite => Live::Polite,
            Urgency::Assertive => Live::Assertive,
        });
    });
    response
}

/// Makes `response` (a drag handle, which egui leaves of unknown role and
/// named by its tooltip) an item named `name` with `hint` as its description.
pub(crate) fn draggable(response: Response, name: String, hint: String) -> Response {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_role(Role::ListItem);
        node.set_label(name);
        node.set_description(hint);
    });
    response
}

/// Names the container `ui` draws into (the menu bar, or the menu it is
/// in), which egui leaves nameless.
pub(crate) fn name_ui(ui: &egui::Ui, name: String) {
    let menu = ui
        .stack()
        .iter()
        .find(|frame| frame.kind() == Some(egui::UiKind::Menu))
        .map_or(ui.unique_id(), |frame| frame.unique_id);
    ui.ctx().accesskit_node_builder(menu, |node| {
        node.set_label(name);
    });
}

/// Names the window for screen readers (the title the system shows).
pub(crate) fn name_window(ctx: &egui::Context, title: &str) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
        node.set_label(title.to_owned());
    });
}
