//! The widgets every view uses: text fields that turn typing into actions,
//! the buttons of a list's rows (move up, move down, remove) and its Add
//! button, and long lists drawn only where they show.
//!
//! A text field edits a copy of the session's text and pushes
//! [`Action::SetText`] when it changes, so typing goes through undo like
//! everything else; [`Command::EndEdit`] when it loses the focus ends the
//! undo step. Every field has a name for screen readers ([`Accessible`]).

use egui::TextEdit;
use plenary_core::action::{Action, Item, ItemId, TextField, added, moved, removal};
use plenary_core::session::Session;

use crate::command::Command;
use crate::words::fl;

/// Draws `row` when it is on screen or within a screen of it; elsewhere
/// reserves the height the row had when last drawn (one line's, before it
/// ever was). A view of thousands of answers then costs a frame only the
/// rows near the screen. `key` names the row, the same from frame to frame
/// and unlike any other row's (an answer's id, a list and a place in it).
///
/// The widgets inside keep their ids whether rows above were drawn or not:
/// egui counts a scope and a reserved space alike. A row whose widget takes
/// the keyboard focus is scrolled into view.
pub(crate) fn lazy_row(
    ui: &mut egui::Ui,
    key: impl std::hash::Hash + std::fmt::Debug,
    row: impl FnOnce(&mut egui::Ui),
) {
    let id = egui::Id::unique(("lazy-row", key));
    let width = ui.available_width();
    let height = ui
        .data(|data| data.get_temp::<f32>(id))
        .unwrap_or(ui.spacing().interact_size.y);
    let rect = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, height));
    let clip = ui.clip_rect();
    let near = clip.expand2(egui::vec2(0.0, clip.height()));
    if !near.intersects(rect) {
        ui.allocate_space(egui::vec2(width, height));
        return;
    }
    let drawn = ui.scope(row).response.rect;
    ui.data_mut(|data| data.insert_temp(id, drawn.height()));
    // Tab moves the focus but egui does not scroll to it: a row that takes
    // the focus comes into view, so a keyboard walks the whole list.
    // The widget itself, not the row: a row (a theme's card) can be taller
    // than the screen.
    if let Some(focused) = ui.memory(egui::Memory::focused)
        && let Some(widget) = ui.ctx().read_response(focused)
        && widget.gained_focus()
        && drawn.contains_rect(widget.rect)
    {
        ui.scroll_to_rect(widget.rect, None);
    }
}

/// How a text field is named for screen readers (and tests).
#[derive(Clone)]
pub(crate) enum Accessible {
    LabelledBy(egui::Id),
    Named(String),
}

/// A label and a one-line text field in a grid row.
pub(crate) fn labelled_text(
    ui: &mut egui::Ui,
    label: String,
    value: &str,
    field: TextField,
    commands: &mut Vec<Command>,
) {
    let label = ui.label(label);
    text_line_ui(ui, value, field, Accessible::LabelledBy(label.id), commands);
    ui.end_row();
}

pub(crate) fn text_line_ui(
    ui: &mut egui::Ui,
    value: &str,
    field: TextField,
    name: Accessible,
    commands: &mut Vec<Command>,
) {
    text_edit_ui(ui, value, None, f32::INFINITY, field, name, commands);
}

/// A one-line field of a fixed width, for the columns of a table.
pub(crate) fn text_cell_ui(
    ui: &mut egui::Ui,
    width: f32,
    value: &str,
    field: TextField,
    name: String,
    commands: &mut Vec<Command>,
) {
    text_edit_ui(
        ui,
        value,
        None,
        width,
        field,
        Accessible::Named(name),
        commands,
    );
}

/// Shows a text edit over a copy of `value` (with `rows` lines, or one line)
/// and turns any change into an action.
pub(crate) fn text_edit_ui(
    ui: &mut egui::Ui,
    value: &str,
    rows: Option<usize>,
    width: f32,
    field: TextField,
    name: Accessible,
    commands: &mut Vec<Command>,
) {
    let mut text = value.to_owned();
    let edit = match rows {
        Some(rows) => TextEdit::multiline(&mut text).desired_rows(rows),
        None => TextEdit::singleline(&mut text),
    };
    let response = if width.is_finite() {
        // In a table column: take exactly this width (a grid would shrink it).
        let height = ui.spacing().interact_size.y;
        ui.add_sized([width, height], edit)
    } else {
        ui.add(edit.desired_width(width))
    };
    let response = match name {
        Accessible::LabelledBy(id) => response.labelled_by(id),
        Accessible::Named(name) => response.accessible_name(name),
    };
    if ui.data(|data| data.get_temp::<TextField>(focus_next_id())) == Some(field) {
        ui.data_mut(|data| data.remove::<TextField>(focus_next_id()));
        response.request_focus();
    }
    if response.changed() && text != value {
        commands.push(Command::Edit(Action::SetText { field, value: text }));
    }
    if response.lost_focus() {
        commands.push(Command::EndEdit);
    }
}

/// One row of a list the person orders (questions, topics, the agenda,
/// groups, speakers): what screen readers call it, the item, and where it
/// stands.
pub(crate) struct ListRow<'a> {
    pub(crate) name: &'a str,
    pub(crate) item: ItemId,
    pub(crate) index: usize,
    pub(crate) len: usize,
}

/// Move up, move down and remove buttons for one row of a list.
pub(crate) fn row_buttons_ui(
    ui: &mut egui::Ui,
    session: &Session,
    row: &ListRow<'_>,
    commands: &mut Vec<Command>,
) {
    let ListRow {
        name: item_name,
        item,
        index,
        len,
    } = *row;
    let up = ui
        .add_enabled(index > 0, egui::Button::new("⏶"))
        .on_hover_text(fl!("row-move-up"))
        .accessible_name(fl!("row-move-up-named", item = item_name));
    if up.clicked()
        && let Some(moved) = moved(session, item, index.saturating_sub(1))
    {
        commands.push(Command::Edit(Action::replace(moved)));
    }
    let down = ui
        .add_enabled(index + 1 < len, egui::Button::new("⏷"))
        .on_hover_text(fl!("row-move-down"))
        .accessible_name(fl!("row-move-down-named", item = item_name));
    if down.clicked()
        && let Some(moved) = moved(session, item, index + 1)
    {
        commands.push(Command::Edit(Action::replace(moved)));
    }
    let remove_button = ui
        .button("🗑")
        .on_hover_text(fl!("row-remove"))
        .accessible_name(fl!("row-remove-named", item = item_name));
    if remove_button.clicked() {
        commands.push(Command::Edit(removal(session, item)));
    }
}

/// Where the field to focus next frame is kept: the first field of an item
/// just added, so the person types into it at once.
fn focus_next_id() -> egui::Id {
    egui::Id::unique("setup-focus-next")
}

/// An Add button for a list: the item goes at its end, and its first text
/// field takes the focus next frame, so the person types into it at once.
pub(crate) fn add_button_ui(
    ui: &mut egui::Ui,
    session: &Session,
    label: String,
    item: Item,
    commands: &mut Vec<Command>,
) {
    if ui.button(label).clicked() {
        let first_field = match &item {
            Item::Question(question) => Some(TextField::QuestionText(question.id)),
            Item::Topic(topic) => Some(TextField::TopicName(topic.id)),
            Item::Group(group) => Some(TextField::GroupName(group.id)),
            Item::Speaker(speaker) => Some(TextField::SpeakerName(speaker.id)),
            _ => None,
        };
        if let Some(field) = first_field {
            ui.data_mut(|data| data.insert_temp(focus_next_id(), field));
        }
        commands.push(Command::Edit(added(session, item)));
    }
}

/// A label `name` and a box to choose one of the session's groups, heard as
/// `name` with the group chosen ("This laptop captures: Group 3"); returns
/// the group chosen this frame, if another.
pub(crate) fn group_choice_ui(
    ui: &mut egui::Ui,
    id_salt: &str,
    session: &Session,
    current: Option<plenary_core::session::GroupId>,
    name: &str,
) -> Option<plenary_core::session::GroupId> {
    ui.label(name);
    let shown = current
        .and_then(|id| session.group(id))
        .map_or_else(|| fl!("break-out-no-group"), |group| group.name.clone());
    let mut chosen = None;
    let picker = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(&shown)
        .show_ui(ui, |ui| {
            for group in &session.groups {
                let selected = current == Some(group.id);
                if ui.selectable_label(selected, &group.name).clicked() && !selected {
                    chosen = Some(group.id);
                }
            }
        })
        .response;
    crate::spoken::combo_named(picker, name, &shown);
    chosen
}
