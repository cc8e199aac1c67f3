//! The Break-out view: the rapporteur of one group types its answers, keyboard
//! first, under the countdown, and saves the group file.
//!
//! Enter adds the typed line as an answer to the current question; `#key`
//! tags it with a topic (Tab completes); Ctrl+1…5 and Ctrl+0 choose the kind
//! of the next answers; Ctrl+Page Up / Page Down switch question.

use std::collections::HashMap;

use egui::{Align, Key, Label, Layout, Modifiers, RichText, TextEdit};

use super::timer::countdown_ui;
use crate::command::{Command, Scope, Timer, UiCommand};
use crate::spoken;
use crate::widgets::group_choice_ui;
use crate::words::fl;
use plenary_core::action::{self, Action, Item, ItemId};
use plenary_core::capture::{self, Countdown, EditStamp};
use plenary_core::session::{Answer, AnswerId, AnswerKind, Group, GroupId, QuestionId, Session};

/// What the rapporteur is in the middle of.
#[derive(Debug, Default)]
pub(crate) struct BreakOutState {
    /// For each question, the kind its new answers get until another is
    /// chosen: the first question's benefits do not follow a rapporteur
    /// to the second question's recommendations and back.
    kinds: HashMap<QuestionId, AnswerKind>,
    /// The line being typed.
    entry: String,
    /// The answer being edited in place, and its text so far.
    editing: Option<(AnswerId, String)>,
    /// The name typed for a group that is not in the list.
    new_group: String,
}

impl BreakOutState {
    /// The kind new answers to `question` get.
    fn kind(&self, question: QuestionId) -> AnswerKind {
        self.kinds.get(&question).copied().unwrap_or_default()
    }
}

/// What the view needs besides the session.
pub(crate) struct BreakOutContext<'a> {
    pub session: &'a Session,
    /// The group this laptop captures, if chosen.
    pub group: Option<GroupId>,
    /// The question shown, kept with what this laptop does so it is shown
    /// again after a restart; the first when unset or gone.
    pub question: Option<QuestionId>,
    pub countdown: Countdown,
    /// This laptop, and the time of this frame, for the answers it changes.
    pub edit: EditStamp,
}

/// The name of a kind, in the person's language.
fn kind_name(kind: AnswerKind) -> String {
    plenary_i18n::kind_name(crate::words::words(), kind)
}

/// Draws the Break-out view.
/// About the width of the Break-out's countdown and its buttons, in points.
const COUNTDOWN_WIDTH: f32 = 380.0;

pub(crate) fn break_out_ui(
    ui: &mut egui::Ui,
    context: &BreakOutContext<'_>,
    state: &mut BreakOutState,
    commands: &mut Vec<Command>,
) {
    let session = context.session;
    let countdown = |ui: &mut egui::Ui, commands: &mut Vec<Command>| {
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            countdown_ui(
                ui,
                Timer::BreakOut,
                context.countdown,
                context.edit.at,
                commands,
            );
        });
    };
    // The picker and the countdown share a row when both fit: the picker's
    // width is the one it took last frame (a long group name and French
    // labels take more), the countdown's about COUNTDOWN_WIDTH. Otherwise
    // the countdown gets a row of its own.
    let width_id = egui::Id::unique("break-out-picker-width");
    let picker = ui
        .data(|data| data.get_temp::<f32>(width_id))
        .unwrap_or(560.0);
    let picker = if picker + COUNTDOWN_WIDTH <= ui.available_width() {
        ui.horizontal(|ui| {
            let picker = ui.scope(|ui| group_picker_ui(ui, context, state, commands));
            countdown(ui, commands);
            picker.response.rect.width()
        })
        .inner
    } else {
        let picker = ui.horizontal_wrapped(|ui| group_picker_ui(ui, context, state, commands));
        ui.horizontal(|ui| countdown(ui, commands));
        picker.response.rect.width()
    };
    ui.data_mut(|data| data.insert_temp(width_id, picker));
    ui.separator();
    let Some(group) = context.group.and_then(|id| session.group(id)) else {
        ui.label(fl!("break-out-choose-group"));
        return;
    };
    if session.questions.is_empty() {
        ui.label(fl!("break-out-no-questions"));
        return;
    }
    let shown = context
        .question
        .and_then(|id| {
            session
                .questions
                .iter()
                .position(|question| question.id == id)
        })
        .unwrap_or(0);
    let question = Shown {
        index: shown,
        question: &session.questions[shown],
    };
    take_view_shortcuts(ui.ctx(), session, question, state, commands);
    question_tabs_ui(ui, session, question, commands);
    kind_picker_ui(ui, question.question.id, state);
    entry_ui(
        ui,
        session,
        group,
        question,
        context.edit.replica,
        state,
        commands,
    );
    ui.separator();
    answers_ui(ui, context, group, question, state, commands);
}

/// The question the Break-out shows, and its place in the session.
#[derive(Clone, Copy)]
struct Shown<'a> {
    index: usize,
    question: &'a plenary_core::session::Question,
}

/// The Break-out's keys (the kinds, the next and previous question), from
/// [`UiCommand`]'s table; they change only this view.
fn take_view_shortcuts(
    ctx: &egui::Context,
    session: &Session,
    shown: Shown<'_>,
    state: &mut BreakOutState,
    commands: &mut Vec<Command>,
) {
    let mut index = shown.index;
    for command in UiCommand::pressed(ctx, Scope::BreakOut) {
        match command {
            UiCommand::Kind(kind) => {
                state.kinds.insert(shown.question.id, kind);
            }
            UiCommand::NextQuestion => index = index.saturating_add(1),
            UiCommand::PreviousQuestion => index = index.saturating_sub(1),
            _ => {}
        }
    }
    if index != shown.index
        && let Some(question) = session.questions.get(index)
    {
        commands.push(Command::ShowQuestion(question.id));
    }
}

fn group_picker_ui(
    ui: &mut egui::Ui,
    context: &BreakOutContext<'_>,
    state: &mut BreakOutState,
    commands: &mut Vec<Command>,
) {
    let session = context.session;
    let name = fl!("break-out-laptop-captures");
    if let Some(group) = group_choice_ui(ui, "capture_group", session, context.group, &name) {
        commands.push(Command::CaptureFor(group));
    }
    ui.separator();
    let response = ui
        .add(
            TextEdit::singleline(&mut state.new_group)
                .hint_text(fl!("break-out-new-group-hint"))
                // Room for the hint in French: "Groupe absent de la liste ?"
                .desired_width(200.0),
        )
        .accessible_name(fl!("break-out-new-group"));
    let entered = response.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter));
    if (ui.button(fl!("break-out-add-group")).clicked() || entered)
        && !state.new_group.trim().is_empty()
    {
        let group = Group {
            id: GroupId::new(),
            name: state.new_group.trim().to_owned(),
            language: session.language,
            ..Group::default()
        };
        let id = group.id;
        commands.push(Command::Edit(action::added(session, Item::Group(group))));
        commands.push(Command::CaptureFor(id));
        state.new_group.clear();
    }
}

fn question_tabs_ui(
    ui: &mut egui::Ui,
    session: &Session,
    shown: Shown<'_>,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        for (index, question) in session.questions.iter().enumerate() {
            let title = fl!("break-out-question-tab", number = index.saturating_add(1));
            let response = ui
                .selectable_label(shown.index == index, &title)
                .on_hover_text(&question.text);
            if response.clicked() && shown.index != index {
                commands.push(Command::ShowQuestion(question.id));
            }
        }
        ui.label(RichText::new(fl!("break-out-question-keys")).small().weak());
    });
    ui.label(RichText::new(&shown.question.text).heading());
}

fn kind_picker_ui(ui: &mut egui::Ui, question: QuestionId, state: &mut BreakOutState) {
    ui.horizontal_wrapped(|ui| {
        ui.label(fl!("break-out-kind"));
        for kind in AnswerKind::ALL {
            let keys = UiCommand::Kind(kind).keys();
            let hint = keys
                .first()
                .map(|keys| ui.ctx().format_shortcut(keys))
                .unwrap_or_default();
            let response = ui
                .selectable_label(state.kind(question) == kind, kind_name(kind))
                .on_hover_text(hint);
            if response.clicked() {
                state.kinds.insert(question, kind);
            }
        }
    });
}

fn entry_ui(
    ui: &mut egui::Ui,
    session: &Session,
    group: &Group,
    shown: Shown<'_>,
    replica: plenary_core::session::ReplicaId,
    state: &mut BreakOutState,
    commands: &mut Vec<Command>,
) {
    let entry_id = ui.make_persistent_id("answer_entry");
    let completions = capture::tag_completions(&state.entry, &session.topics);
    let focused = ui.memory(|memory| memory.has_focus(entry_id));
    if focused
        && let Some(first) = completions.first()
        && ui.input_mut(|input| input.consume_key(Modifiers::NONE, Key::Tab))
    {
        state.entry = capture::complete_tag(&state.entry, first);
        move_cursor_to_end(ui.ctx(), entry_id, &state.entry);
    }
    let label = ui.label(fl!(
        "break-out-entry",
        group = group.name.clone(),
        number = shown.index.saturating_add(1)
    ));
    let response = ui
        .add(
            TextEdit::singleline(&mut state.entry)
                .id(entry_id)
                // Tab completes a tag instead of leaving the field.
                .lock_focus(!completions.is_empty())
                .hint_text(fl!("break-out-entry-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if response.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter)) {
        let entry = capture::parse_entry(&state.entry, &session.topics);
        if !entry.text.is_empty() {
            let question = shown.question;
            // The time the answer was typed, not the time the frame began.
            let edit = EditStamp {
                replica,
                at: jiff::Timestamp::now(),
            };
            let kind = state.kind(question.id);
            let answer = capture::new_answer(entry, group.id, question.id, kind, edit);
            commands.push(Command::Edit(action::added(session, Item::Answer(answer))));
            state.entry.clear();
        }
        response.request_focus();
    } else if ui.memory(|memory| memory.focused().is_none()) {
        // Keyboard first: with nothing else focused, typing goes to the answer.
        // (After the Enter check: focusing first would hide `lost_focus`.)
        response.request_focus();
    }
    let shown = capture::tag_completions(&state.entry, &session.topics);
    if !shown.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(fl!("break-out-completions")).weak());
            for topic in shown.iter().take(6) {
                ui.label(format!("#{} {}", topic.key, topic.name));
            }
        });
    }
}

fn move_cursor_to_end(ctx: &egui::Context, id: egui::Id, text: &str) {
    if let Some(mut state) = TextEdit::load_state(ctx, id) {
        let end = egui::text::CCursor::new(text.chars().count());
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::one(end)));
        TextEdit::store_state(ctx, id, state);
    }
}

fn answers_ui(
    ui: &mut egui::Ui,
    context: &BreakOutContext<'_>,
    group: &Group,
    shown: Shown<'_>,
    state: &mut BreakOutState,
    commands: &mut Vec<Command>,
) {
    let session = context.session;
    let question = shown.question;
    let answers: Vec<&Answer> = capture::group_answers(session, group.id, question.id).collect();
    ui.horizontal(|ui| {
        ui.label(fl!("break-out-answer-count", count = answers.len()));
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if ui.button(fl!("break-out-save-group-file")).clicked() {
                commands.push(Command::SaveGroupFile(group.id));
            }
        });
    });
    if answers.is_empty() {
        ui.label(RichText::new(fl!("break-out-no-answers")).weak());
        return;
    }
    let row = |ui: &mut egui::Ui, state: &mut BreakOutState, commands: &mut Vec<Command>, index| {
        let Some(answer) = answers.get(index) else {
            return;
        };
        let place = Place {
            index,
            name: fl!("break-out-answer-name", number = index.saturating_add(1)),
            previous: index.checked_sub(1).and_then(|i| answers.get(i)).copied(),
            next: answers.get(index + 1).copied(),
            wrap: answers.len() <= WRAPPED_UP_TO,
        };
        answer_row_ui(ui, session, answer, &place, context.edit, state, commands);
    };
    let area = egui::ScrollArea::vertical()
        .id_salt("break-out-view")
        .auto_shrink([false, false])
        .stick_to_bottom(true);
    if answers.len() <= WRAPPED_UP_TO {
        // Each answer whole, on as many lines as it takes at any text size.
        area.show(ui, |ui| {
            for index in 0..answers.len() {
                row(ui, state, commands, index);
            }
        });
    } else {
        // So many that only those on screen are laid out, a line each (the
        // whole text on hover and in Edit).
        let row_height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
        area.show_rows(ui, row_height, answers.len(), |ui, rows| {
            for index in rows {
                row(ui, state, commands, index);
            }
        });
    }
}

/// Up to how many answers the Break-out's list shows each whole, wrapped;
/// a longer list shows a line each, so a frame lays out only the rows on
/// screen.
const WRAPPED_UP_TO: usize = 300;

/// An answer's place in the Break-out's list.
struct Place<'a> {
    index: usize,
    /// "Answer 3", in the names of its buttons.
    name: String,
    previous: Option<&'a Answer>,
    next: Option<&'a Answer>,
    /// Whether its text wraps (or is cut to a line).
    wrap: bool,
}

fn answer_row_ui(
    ui: &mut egui::Ui,
    session: &Session,
    answer: &Answer,
    place: &Place<'_>,
    edit: EditStamp,
    state: &mut BreakOutState,
    commands: &mut Vec<Command>,
) {
    let (index, name) = (place.index, &place.name);
    let number = index.saturating_add(1);
    // Read and reached by Tab as the screen shows it, left to right: the
    // answer first, then its kind, topics and buttons at the right end,
    // which take the width they took last frame.
    let controls_id = egui::Id::unique(("answer-controls", answer.id));
    let controls = ui
        .data(|data| data.get_temp::<f32>(controls_id))
        .unwrap_or(COUNTDOWN_WIDTH);
    ui.horizontal(|ui| {
        let spacing = ui.spacing().item_spacing.x;
        let text_width = (ui.available_width() - controls - spacing).max(160.0);
        ui.allocate_ui_with_layout(
            egui::vec2(text_width, 0.0),
            Layout::left_to_right(Align::Center),
            |ui| {
                ui.set_width(text_width);
                ui.label(format!("{number}."));
                answer_text_ui(ui, session, answer, place, edit, state, commands);
            },
        );
        let drawn = ui.horizontal(|ui| {
            answer_kind_ui(ui, answer, name, edit, commands);
            for topic in answer.topics.iter().filter_map(|id| session.topic(*id)) {
                ui.label(RichText::new(format!("#{}", topic.key)).monospace())
                    .on_hover_text(&topic.name);
            }
            for (target, to, glyph, label) in [
                (
                    place.previous,
                    index.saturating_sub(1),
                    "⏶",
                    fl!("row-move-up-named", item = name.clone()),
                ),
                (
                    place.next,
                    index + 1,
                    "⏷",
                    fl!("row-move-down-named", item = name.clone()),
                ),
            ] {
                let button = ui
                    .add_enabled(target.is_some(), egui::Button::new(glyph))
                    .accessible_name(label);
                // A move is an edit of the answer: its new place travels.
                if button.clicked()
                    && let Some(Item::Answer(moved)) =
                        action::moved(session, ItemId::Answer(answer.id), to)
                {
                    let moved = capture::revised(&moved, edit, |_| {});
                    commands.push(Command::Edit(Action::replace(Item::Answer(moved))));
                }
            }
            let delete = ui
                .button("🗑")
                .on_hover_text(fl!("break-out-delete"))
                .accessible_name(fl!("row-remove-named", item = name.clone()));
            if delete.clicked() {
                let deleted = capture::revised(answer, edit, |answer| answer.deleted = true);
                commands.push(Command::Edit(Action::replace(Item::Answer(deleted))));
            }
        });
        let width = drawn.response.rect.width();
        if (width - controls).abs() > 0.5 {
            ui.data_mut(|data| data.insert_temp(controls_id, width));
            ui.ctx()
                .request_discard("an answer's controls changed width");
        }
    });
}

fn answer_kind_ui(
    ui: &mut egui::Ui,
    answer: &Answer,
    name: &str,
    edit: EditStamp,
    commands: &mut Vec<Command>,
) {
    let picker = egui::ComboBox::from_id_salt(("answer_kind", answer.id))
        .selected_text(kind_name(answer.kind))
        .width(130.0)
        .show_ui(ui, |ui| {
            for kind in AnswerKind::ALL {
                if ui
                    .selectable_label(kind == answer.kind, kind_name(kind))
                    .clicked()
                    && kind != answer.kind
                {
                    let changed = capture::revised(answer, edit, |answer| answer.kind = kind);
                    commands.push(Command::Edit(Action::replace(Item::Answer(changed))));
                }
            }
        })
        .response;
    let named = fl!("break-out-kind-of", item = name);
    spoken::combo_named(picker, &named, &kind_name(answer.kind));
}

fn answer_text_ui(
    ui: &mut egui::Ui,
    session: &Session,
    answer: &Answer,
    place: &Place<'_>,
    edit: EditStamp,
    state: &mut BreakOutState,
    commands: &mut Vec<Command>,
) {
    let editing = matches!(&state.editing, Some((id, _)) if *id == answer.id);
    if !editing {
        // The answer's own text is the row's first focus stop, so a screen
        // reader hears the answer, then what can be done with it.
        let text = Label::new(&answer.text).sense(egui::Sense::focusable_noninteractive());
        let edit_width = ui.spacing().interact_size.y + ui.spacing().item_spacing.x;
        if place.wrap {
            ui.scope(|ui| {
                ui.set_max_width(ui.available_width() - edit_width);
                ui.add(text.wrap());
            });
        } else {
            ui.scope(|ui| {
                ui.set_max_width(ui.available_width() - edit_width);
                ui.add(text.truncate()).on_hover_text(&answer.text);
            });
        }
        let edit = ui
            .button("✏")
            .on_hover_text(fl!("break-out-edit"))
            .accessible_name(fl!("break-out-edit-named", item = place.name.clone()));
        if edit.clicked() {
            state.editing = Some((answer.id, editable_text(session, answer)));
        }
        return;
    }
    let Some((_, draft)) = &mut state.editing else {
        return;
    };
    let response = ui
        .add(TextEdit::singleline(draft).desired_width(f32::INFINITY))
        .accessible_name(fl!("break-out-editing", item = place.name.clone()));
    if !response.has_focus() && !response.lost_focus() {
        response.request_focus();
    }
    if ui.input(|input| input.key_pressed(Key::Escape)) {
        state.editing = None;
    } else if response.lost_focus() {
        let entry = capture::parse_entry(draft, &session.topics);
        if !entry.text.is_empty() && (entry.text != answer.text || entry.topics != answer.topics) {
            let edited = capture::revised(answer, edit, |answer| {
                answer.text = entry.text;
                answer.topics = entry.topics;
            });
            commands.push(Command::Edit(Action::replace(Item::Answer(edited))));
        }
        state.editing = None;
    }
}

/// The answer's text with its tags, as the rapporteur would type it again.
fn editable_text(session: &Session, answer: &Answer) -> String {
    let mut text = answer.text.clone();
    for topic in answer.topics.iter().filter_map(|id| session.topic(*id)) {
        text.push_str(" #");
        text.push_str(&topic.key);
    }
    text
}
