//! The Setup view: everything the facilitator prepares before the meeting.
//!
//! It reads the session and pushes [`Command::Edit`] actions; it never changes
//! the session itself. Fields whose text must be parsed (the date, the list of
//! delegations) keep what is being typed in [`SetupState`] until it parses.

use plenary_core::meeting_date::{BadDate, MeetingDate};
use std::collections::HashMap;

use egui::{DragValue, Grid, RichText, TextEdit};

use crate::command::Command;
use crate::spoken;
use crate::widgets::{
    Accessible, ListRow, add_button_ui, labelled_text, row_buttons_ui, text_cell_ui, text_edit_ui,
    text_line_ui,
};
use crate::words::{fl, say};
use plenary_core::action::{Action, Item, ItemId, TextField};
use plenary_core::session::{
    Group, GroupId, Language, Phase, PhaseId, PhaseKind, Question, QuestionId, Session,
    SetupProblem, Speaker, SpeakerId, Topic, TopicId,
};

/// Text being typed into fields that only change the session once it parses.
#[derive(Debug, Default)]
pub(crate) struct SetupState {
    drafts: HashMap<Draft, String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Draft {
    Date,
    Delegations(GroupId),
}

/// Draws the Setup view.
pub(crate) fn setup_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut SetupState,
    commands: &mut Vec<Command>,
) {
    egui::ScrollArea::vertical()
        .id_salt("setup-view")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(900.0);
            session_fields_ui(ui, session, state, commands);
            section_heading(ui, fl!("setup-questions"));
            questions_ui(ui, session, commands);
            section_heading(ui, fl!("setup-topics"));
            topics_ui(ui, session, commands);
            section_heading(ui, fl!("setup-agenda"));
            agenda_ui(ui, session, commands);
            section_heading(ui, fl!("setup-groups"));
            groups_ui(ui, session, state, commands);
            section_heading(ui, fl!("setup-speakers"));
            speakers_ui(ui, session, commands);
        });
}

fn section_heading(ui: &mut egui::Ui, text: String) {
    ui.add_space(12.0);
    ui.heading(text);
    ui.separator();
}

fn session_fields_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut SetupState,
    commands: &mut Vec<Command>,
) {
    ui.heading(fl!("setup-session"));
    ui.separator();
    Grid::new("session_fields")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            labelled_text(
                ui,
                fl!("field-title"),
                &session.title,
                TextField::Title,
                commands,
            );
            labelled_text(
                ui,
                fl!("field-meeting"),
                &session.meeting,
                TextField::Meeting,
                commands,
            );
            let label = ui.label(fl!("field-date"));
            date_ui(ui, label.id, session.date, state, commands);
            ui.end_row();
            labelled_text(
                ui,
                fl!("field-venue"),
                &session.venue,
                TextField::Venue,
                commands,
            );
            ui.label(fl!("field-language"));
            let chosen = language_ui(
                ui,
                "session_language",
                session.language,
                &fl!("field-language"),
            );
            if let Some(language) = chosen {
                commands.push(Command::Edit(Action::SetLanguage(language)));
            }
            ui.end_row();
        });
    let label = ui.label(fl!("field-background"));
    // A long background scrolls in its own box so the questions stay in view.
    egui::ScrollArea::vertical()
        .id_salt("background")
        .max_height(140.0)
        .show(ui, |ui| {
            text_edit_ui(
                ui,
                &session.background,
                Some(6),
                f32::INFINITY,
                TextField::Background,
                Accessible::LabelledBy(label.id),
                commands,
            );
        });
}

fn date_ui(
    ui: &mut egui::Ui,
    label: egui::Id,
    date: Option<MeetingDate>,
    state: &mut SetupState,
    commands: &mut Vec<Command>,
) {
    let shown = date.map(|date| date.to_string()).unwrap_or_default();
    let draft = state
        .drafts
        .entry(Draft::Date)
        .or_insert_with(|| shown.clone());
    let settled = ui.vertical(|ui| {
        let response = ui
            .add(
                TextEdit::singleline(draft)
                    .hint_text(fl!("field-date-hint"))
                    .desired_width(160.0),
            )
            .labelled_by(label);
        let parsed = parse_date(draft);
        if response.changed()
            && let Ok(new_date) = parsed
            && new_date != date
        {
            commands.push(Command::Edit(Action::SetDate(new_date)));
        }
        if parsed.is_err() {
            let color = ui.visuals().error_fg_color;
            ui.label(RichText::new(fl!("field-date-invalid")).color(color));
        }
        !response.has_focus() && parsed.is_ok()
    });
    if settled.inner {
        // Follow undo and other changes while the person is not typing here.
        state.drafts.remove(&Draft::Date);
    }
}

/// A day ("2017-03-23"), a month ("2017-03"), or nothing.
fn parse_date(text: &str) -> Result<Option<MeetingDate>, BadDate> {
    let text = text.trim();
    if text.is_empty() {
        Ok(None)
    } else {
        text.parse().map(Some)
    }
}

/// A language picker named `name` (and its value, as a screen reader hears
/// a closed one); returns the language chosen this frame.
fn language_ui(
    ui: &mut egui::Ui,
    id_salt: impl egui::AsIdSalt,
    current: Language,
    name: &str,
) -> Option<Language> {
    let mut chosen = None;
    let response = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(language_name(current))
        .show_ui(ui, |ui| {
            for language in Language::ALL {
                if ui
                    .selectable_label(language == current, language_name(language))
                    .clicked()
                    && language != current
                {
                    chosen = Some(language);
                }
            }
        })
        .response;
    spoken::combo_named(response, name, &language_name(current));
    chosen
}

fn language_name(language: Language) -> String {
    plenary_i18n::language_name(crate::words::words(), language)
}

fn phase_kind_name(kind: PhaseKind) -> String {
    plenary_i18n::phase_kind_name(crate::words::words(), kind)
}

/// The set-up problems `shown` keeps, in the warning colour.
fn problems_ui(ui: &mut egui::Ui, session: &Session, shown: impl Fn(&SetupProblem) -> bool) {
    let color = ui.visuals().warn_fg_color;
    for problem in session.setup_problems().iter().filter(|p| shown(p)) {
        ui.label(RichText::new(format!("⚠ {}", say(problem))).color(color));
    }
}

fn questions_ui(ui: &mut egui::Ui, session: &Session, commands: &mut Vec<Command>) {
    let len = session.questions.len();
    for (index, question) in session.questions.iter().enumerate() {
        let name = fl!("item-question", number = index.saturating_add(1));
        ui.horizontal(|ui| {
            ui.label(format!("{}.", index + 1));
            let row = ListRow {
                name: &name,
                item: ItemId::Question(question.id),
                index,
                len,
            };
            row_buttons_ui(ui, session, &row, commands);
        });
        text_edit_ui(
            ui,
            &question.text,
            Some(2),
            f32::INFINITY,
            TextField::QuestionText(question.id),
            Accessible::Named(name),
            commands,
        );
    }
    let question = Question {
        id: QuestionId::new(),
        ..Question::default()
    };
    add_button_ui(
        ui,
        session,
        fl!("setup-add-question"),
        Item::Question(question),
        commands,
    );
}

fn topics_ui(ui: &mut egui::Ui, session: &Session, commands: &mut Vec<Command>) {
    let len = session.topics.len();
    Grid::new("topics")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            ui.label(RichText::new(fl!("column-topic-name")).strong());
            ui.label(RichText::new(fl!("column-topic-key")).strong());
            ui.end_row();
            for (index, topic) in session.topics.iter().enumerate() {
                let name = fl!("item-topic", number = index.saturating_add(1));
                let key_name = fl!("item-topic-key", number = index.saturating_add(1));
                text_cell_ui(
                    ui,
                    360.0,
                    &topic.name,
                    TextField::TopicName(topic.id),
                    name.clone(),
                    commands,
                );
                text_cell_ui(
                    ui,
                    120.0,
                    &topic.key,
                    TextField::TopicKey(topic.id),
                    key_name,
                    commands,
                );
                ui.horizontal(|ui| {
                    let row = ListRow {
                        name: &name,
                        item: ItemId::Topic(topic.id),
                        index,
                        len,
                    };
                    row_buttons_ui(ui, session, &row, commands);
                });
                ui.end_row();
            }
        });
    problems_ui(ui, session, |problem| {
        matches!(problem, SetupProblem::SameTopicKey(_))
    });
    let topic = Topic {
        id: TopicId::new(),
        ..Topic::default()
    };
    add_button_ui(
        ui,
        session,
        fl!("setup-add-topic"),
        Item::Topic(topic),
        commands,
    );
}

fn agenda_ui(ui: &mut egui::Ui, session: &Session, commands: &mut Vec<Command>) {
    let len = session.agenda.len();
    Grid::new("agenda")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            ui.label(RichText::new(fl!("column-phase-kind")).strong());
            ui.label(RichText::new(fl!("column-phase-minutes")).strong());
            ui.end_row();
            for (index, phase) in session.agenda.iter().enumerate() {
                let name = fl!("item-phase", number = index.saturating_add(1));
                phase_row_ui(ui, phase, &name, commands);
                ui.horizontal(|ui| {
                    let row = ListRow {
                        name: &name,
                        item: ItemId::Phase(phase.id),
                        index,
                        len,
                    };
                    row_buttons_ui(ui, session, &row, commands);
                });
                ui.end_row();
            }
        });
    let total: u32 = session
        .agenda
        .iter()
        .map(|phase| phase.planned_minutes)
        .sum();
    ui.label(fl!("setup-agenda-total", minutes = total));
    let phase = Phase {
        id: PhaseId::new(),
        kind: PhaseKind::Other,
        planned_minutes: 15,
        ..Phase::default()
    };
    add_button_ui(
        ui,
        session,
        fl!("setup-add-phase"),
        Item::Phase(phase),
        commands,
    );
}

fn phase_row_ui(ui: &mut egui::Ui, phase: &Phase, name: &str, commands: &mut Vec<Command>) {
    let kind = egui::ComboBox::from_id_salt(("phase_kind", phase.id))
        .selected_text(phase_kind_name(phase.kind))
        .show_ui(ui, |ui| {
            for kind in PhaseKind::ALL {
                if ui
                    .selectable_label(kind == phase.kind, phase_kind_name(kind))
                    .clicked()
                    && kind != phase.kind
                {
                    let action = Action::SetPhaseKind {
                        phase: phase.id,
                        kind,
                    };
                    commands.push(Command::Edit(action));
                }
            }
        })
        .response;
    let kind_name = fl!("item-phase-kind", item = name);
    spoken::combo_named(kind, &kind_name, &phase_kind_name(phase.kind));
    let mut minutes = phase.planned_minutes;
    let response = ui
        .add(
            DragValue::new(&mut minutes)
                .range(0..=24 * 60)
                .suffix(fl!("unit-minutes-suffix")),
        )
        .accessible_name(fl!("item-phase-minutes", item = name));
    if response.changed() && minutes != phase.planned_minutes {
        let action = Action::SetPhaseMinutes {
            phase: phase.id,
            minutes,
        };
        commands.push(Command::Edit(action));
    }
}

fn groups_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut SetupState,
    commands: &mut Vec<Command>,
) {
    let len = session.groups.len();
    for (index, group) in session.groups.iter().enumerate() {
        let name = fl!("item-group", number = index.saturating_add(1));
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(&group.name).strong());
                let row = ListRow {
                    name: &name,
                    item: ItemId::Group(group.id),
                    index,
                    len,
                };
                row_buttons_ui(ui, session, &row, commands);
            });
            group_fields_ui(ui, group, &name, state, commands);
        });
    }
    problems_ui(ui, session, |problem| {
        !matches!(problem, SetupProblem::SameTopicKey(_))
    });
    let group = Group {
        id: GroupId::new(),
        name: fl!("setup-new-group-name", number = len.saturating_add(1)),
        language: session.language,
        ..Group::default()
    };
    add_button_ui(
        ui,
        session,
        fl!("setup-add-group"),
        Item::Group(group),
        commands,
    );
}

fn group_fields_ui(
    ui: &mut egui::Ui,
    group: &Group,
    name: &str,
    state: &mut SetupState,
    commands: &mut Vec<Command>,
) {
    Grid::new(("group", group.id))
        .num_columns(2)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            let fields = [
                (
                    fl!("field-group-name"),
                    &group.name,
                    TextField::GroupName(group.id),
                ),
                (
                    fl!("field-moderator"),
                    &group.moderator,
                    TextField::GroupModerator(group.id),
                ),
                (
                    fl!("field-rapporteur"),
                    &group.rapporteur,
                    TextField::GroupRapporteur(group.id),
                ),
            ];
            for (label, value, field) in fields {
                ui.label(&label);
                let accessible =
                    Accessible::Named(fl!("field-of-item", field = label, item = name));
                text_line_ui(ui, value, field, accessible, commands);
                ui.end_row();
            }
            let label = fl!("field-language");
            ui.label(&label);
            let named = fl!("field-of-item", field = label, item = name);
            if let Some(language) =
                language_ui(ui, ("group_language", group.id), group.language, &named)
            {
                let action = Action::SetGroupLanguage {
                    group: group.id,
                    language,
                };
                commands.push(Command::Edit(action));
            }
            ui.end_row();
            ui.label(fl!("field-delegations"));
            delegations_ui(ui, group, name, state, commands);
            ui.end_row();
        });
}

fn delegations_ui(
    ui: &mut egui::Ui,
    group: &Group,
    name: &str,
    state: &mut SetupState,
    commands: &mut Vec<Command>,
) {
    let key = Draft::Delegations(group.id);
    let shown = group.delegations.join(", ");
    let draft = state.drafts.entry(key).or_insert_with(|| shown.clone());
    let response = ui
        .add(
            TextEdit::singleline(draft)
                .hint_text(fl!("field-delegations-hint"))
                .desired_width(f32::INFINITY),
        )
        .accessible_name(fl!(
            "field-of-item",
            field = fl!("field-delegations"),
            item = name
        ));
    let delegations: Vec<String> = draft
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|delegation| !delegation.is_empty())
        .map(str::to_owned)
        .collect();
    if response.changed() && delegations != group.delegations {
        let action = Action::SetGroupDelegations {
            group: group.id,
            delegations,
        };
        commands.push(Command::Edit(action));
    }
    if response.lost_focus() {
        commands.push(Command::EndEdit);
    }
    if !response.has_focus() {
        state.drafts.remove(&key);
    }
}

fn speakers_ui(ui: &mut egui::Ui, session: &Session, commands: &mut Vec<Command>) {
    let len = session.panel.speakers.len();
    Grid::new("speakers")
        .num_columns(4)
        .striped(true)
        .show(ui, |ui| {
            ui.label(RichText::new(fl!("column-speaker-name")).strong());
            ui.label(RichText::new(fl!("column-speaker-administration")).strong());
            ui.label(RichText::new(fl!("column-speaker-topic")).strong());
            ui.end_row();
            for (index, speaker) in session.panel.speakers.iter().enumerate() {
                let name = fl!("item-speaker", number = index.saturating_add(1));
                speaker_row_ui(ui, session, speaker, &name, commands);
                ui.horizontal(|ui| {
                    let row = ListRow {
                        name: &name,
                        item: ItemId::Speaker(speaker.id),
                        index,
                        len,
                    };
                    row_buttons_ui(ui, session, &row, commands);
                });
                ui.end_row();
            }
        });
    let speaker = Speaker {
        id: SpeakerId::new(),
        ..Speaker::default()
    };
    add_button_ui(
        ui,
        session,
        fl!("setup-add-speaker"),
        Item::Speaker(speaker),
        commands,
    );
}

fn speaker_row_ui(
    ui: &mut egui::Ui,
    session: &Session,
    speaker: &Speaker,
    name: &str,
    commands: &mut Vec<Command>,
) {
    let field_name = |field: String| fl!("field-of-item", field = field, item = name);
    text_cell_ui(
        ui,
        220.0,
        &speaker.name,
        TextField::SpeakerName(speaker.id),
        field_name(fl!("column-speaker-name")),
        commands,
    );
    text_cell_ui(
        ui,
        260.0,
        &speaker.administration,
        TextField::SpeakerAdministration(speaker.id),
        field_name(fl!("column-speaker-administration")),
        commands,
    );
    let topic_name = |topic: Option<TopicId>| {
        topic
            .and_then(|id| session.topic(id))
            .map_or_else(|| fl!("speaker-no-topic"), |topic| topic.name.clone())
    };
    let mut choices = vec![None];
    choices.extend(session.topics.iter().map(|topic| Some(topic.id)));
    let picker = egui::ComboBox::from_id_salt(("speaker_topic", speaker.id))
        .selected_text(topic_name(speaker.topic))
        .width(220.0)
        .show_ui(ui, |ui| {
            for topic in choices {
                if ui
                    .selectable_label(topic == speaker.topic, topic_name(topic))
                    .clicked()
                    && topic != speaker.topic
                {
                    let action = Action::SetSpeakerTopic {
                        speaker: speaker.id,
                        topic,
                    };
                    commands.push(Command::Edit(action));
                }
            }
        })
        .response;
    let picker_name = field_name(fl!("column-speaker-topic"));
    spoken::combo_named(picker, &picker_name, &topic_name(speaker.topic));
}
