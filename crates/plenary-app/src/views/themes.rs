//! Themes in the Synthesis view: suggest them for a question (with a live
//! similarity slider), accept, rename, merge, split, move answers between
//! themes by dragging or from a menu, and the topics × questions matrix.

use std::collections::HashSet;

use egui::RichText;

use crate::command::Command;
use crate::meaning::MeaningReader;
use crate::spoken::{self, Urgency};
use crate::widgets::lazy_row;
use crate::words::fl;
use plenary_core::action::{Action, ItemId};
use plenary_core::session::AnswersById;
use plenary_core::session::{Answer, AnswerId, QuestionId, Session, Theme, ThemeId};
use plenary_core::themes::edit;
use plenary_core::themes::matrix::{Cell, matrix};
use plenary_core::themes::meaning::Meanings;
use plenary_core::themes::vote::groups_of;
use plenary_core::themes::{self, Analysis, DEFAULT_SIMILARITY, MIN_SIMILARITY, Suggestion};

/// What the Synthesis view remembers between frames.
#[derive(Default)]
pub(crate) struct ThemesState {
    tab: Tab,
    preview: Option<Preview>,
    /// Suggestions that wait for their answers' meanings.
    waiting: Option<Waiting>,
    /// The session's change count when its answers were last sent to be
    /// read.
    asked_at: Option<u64>,
    /// Answers ticked to split off their theme.
    selected: HashSet<AnswerId>,
    /// The keyboard focus to give once the control it goes to is drawn: the
    /// control that had it went away.
    focus: Option<Focus>,
}

/// Suggestions asked for whose answers are still being read.
#[derive(Clone, Copy, Debug)]
struct Waiting {
    question: QuestionId,
    /// The similarity they open at: the default, or the one the
    /// facilitator had set before new answers came in.
    similarity: f32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Focus {
    /// The similarity slider, when the suggestions open.
    Similarity,
    /// "Suggest themes", when they close.
    Suggest,
    /// "Cancel", while they wait for their answers' meanings.
    Cancel,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Tab {
    #[default]
    First,
    Question(usize),
    Matrix,
}

/// Suggestions shown before the facilitator accepts them.
struct Preview {
    question: QuestionId,
    /// The session's change count the analysis was made at.
    change: u64,
    analysis: Analysis,
    similarity: f32,
    /// The cut at `similarity`: themes, and answers left alone.
    shown: (Vec<Suggestion>, Vec<AnswerId>),
}

impl Preview {
    fn new(
        session: &Session,
        question: QuestionId,
        change: u64,
        similarity: f32,
        meanings: &Meanings,
    ) -> Preview {
        let analysis = Analysis::of_question(session, question, meanings);
        let shown = analysis.suggest(similarity);
        Preview {
            question,
            change,
            analysis,
            similarity,
            shown,
        }
    }
}

pub(crate) fn themes_ui(
    ui: &mut egui::Ui,
    session: &Session,
    change: u64,
    state: &mut ThemesState,
    reader: &mut MeaningReader,
    commands: &mut Vec<Command>,
) {
    if session.questions.is_empty() {
        return;
    }
    // Every answer is read once, from the moment the Synthesis shows, so
    // its meaning is usually there by the time themes are suggested.
    reader.take_in();
    if state.asked_at != Some(change) {
        reader.ask(
            ui.ctx(),
            session.live_answers().map(|answer| answer.text.as_str()),
        );
        state.asked_at = Some(change);
    }
    ui.horizontal_wrapped(|ui| {
        for index in 0..session.questions.len() {
            let selected = match state.tab {
                Tab::First => index == 0,
                Tab::Question(shown) => shown == index,
                Tab::Matrix => false,
            };
            let label = fl!("break-out-question-tab", number = index.saturating_add(1));
            if ui.selectable_label(selected, label).clicked() {
                state.tab = Tab::Question(index);
            }
        }
        if ui
            .selectable_label(state.tab == Tab::Matrix, fl!("themes-matrix"))
            .clicked()
        {
            state.tab = Tab::Matrix;
        }
    });
    let index = match state.tab {
        Tab::First => 0,
        Tab::Question(index) => index.min(session.questions.len() - 1),
        Tab::Matrix => {
            matrix_ui(ui, session);
            return;
        }
    };
    let question = &session.questions[index];
    ui.label(RichText::new(&question.text).italics());
    if state
        .preview
        .as_ref()
        .is_some_and(|p| p.question != question.id)
    {
        state.preview = None;
    }
    let shown = Shown {
        session,
        question: question.id,
        change,
    };
    if suggestions_ui(ui, &shown, state, reader, commands) {
        return;
    }
    let unthemed = edit::unthemed(session, question.id);
    let by_id = AnswersById::new(session);
    ui.horizontal_wrapped(|ui| {
        let suggest = ui.add_enabled(
            unthemed.len() >= 2,
            egui::Button::new(fl!("themes-suggest")),
        );
        if state
            .focus
            .take_if(|focus| *focus == Focus::Suggest)
            .is_some()
            && suggest.enabled()
        {
            suggest.request_focus();
        }
        if suggest.clicked() {
            // The suggestions show once the question's answers are read.
            state.waiting = Some(Waiting {
                question: question.id,
                similarity: DEFAULT_SIMILARITY,
            });
            state.focus = Some(Focus::Cancel);
            ui.ctx().request_repaint();
        }
        ui.label(RichText::new(fl!("themes-suggest-hint")).weak());
    });
    let themes: Vec<&Theme> = session.themes_of(question.id).collect();
    for (number, theme) in themes.iter().enumerate() {
        lazy_row(ui, ("theme", theme.id), |ui| {
            theme_ui(
                ui,
                session,
                &by_id,
                theme,
                number.saturating_add(1),
                &themes,
                state,
                commands,
            );
        });
    }
    unthemed_ui(ui, session, &unthemed, &themes, commands);
}

/// What the suggestions are made from: the session at its change count,
/// and the question shown.
struct Shown<'a> {
    session: &'a Session,
    question: QuestionId,
    change: u64,
}

/// The suggestions for the question shown, or the wait for its answers'
/// meanings; returns whether either took the view.
fn suggestions_ui(
    ui: &mut egui::Ui,
    shown: &Shown<'_>,
    state: &mut ThemesState,
    reader: &mut MeaningReader,
    commands: &mut Vec<Command>,
) -> bool {
    if state
        .waiting
        .is_some_and(|waiting| waiting.question != shown.question)
    {
        state.waiting = None;
    }
    // New answers (a group file came in): the suggestions wait for their
    // meanings again, rather than change twice under the facilitator, and
    // come back at the similarity the facilitator had set.
    if let Some(stale) = state
        .preview
        .take_if(|preview| preview.change != shown.change)
    {
        state.waiting = Some(Waiting {
            question: shown.question,
            similarity: stale.similarity,
        });
        // The slider went with the preview.
        state.focus = Some(Focus::Cancel);
    }
    if let Some(waiting) = state.waiting {
        let answers = themes::to_suggest(shown.session, shown.question);
        reader.hurry(ui.ctx(), answers.iter().map(|answer| answer.text.as_str()));
        let left = reader.still_to_read(answers.iter().map(|answer| answer.text.as_str()));
        if left > 0 {
            let focus_cancel = state.focus.take_if(|focus| *focus == Focus::Cancel);
            if !waiting_ui(
                ui,
                answers.len() - left,
                answers.len(),
                focus_cancel.is_some(),
            ) {
                state.waiting = None;
                state.focus = Some(Focus::Suggest);
            }
            return true;
        }
        state.waiting = None;
        state.preview = Some(Preview::new(
            shown.session,
            shown.question,
            shown.change,
            waiting.similarity,
            reader.meanings(),
        ));
        state.focus = Some(Focus::Similarity);
    }
    if let Some(preview) = &mut state.preview {
        if reader.failed() && !preview.analysis.by_meaning() {
            ui.colored_label(ui.visuals().warn_fg_color, fl!("themes-meanings-failed"));
        }
        let focus_slider = state.focus.take_if(|focus| *focus == Focus::Similarity);
        if !preview_ui(ui, shown.session, preview, focus_slider.is_some(), commands) {
            state.preview = None;
            state.focus = Some(Focus::Suggest);
        }
        return true;
    }
    false
}

/// Shows how many of a question's answers have been read for their
/// meaning, Cancel focused if `focus_cancel`; returns false if the
/// facilitator cancels. A screen reader hears the progress by quarters,
/// not at every answer.
fn waiting_ui(ui: &mut egui::Ui, read: usize, all: usize, focus_cancel: bool) -> bool {
    let mut waiting = true;
    ui.horizontal_wrapped(|ui| {
        ui.spinner();
        let progress = ui.label(fl!("themes-reading", read = read, all = all));
        let quarters = read.saturating_mul(4) / all.max(1);
        let sentence = fl!(
            "themes-reading-spoken",
            percent = quarters.saturating_mul(25)
        );
        spoken::announced(spoken::as_sentence(progress, sentence), Urgency::Polite);
        let cancel = ui.button(fl!("themes-cancel"));
        if focus_cancel {
            cancel.request_focus();
        }
        if cancel.clicked() {
            waiting = false;
        }
    });
    waiting
}

/// Shows the suggestions, the slider focused if `focus_slider`; returns
/// false once they are accepted or dismissed.
fn preview_ui(
    ui: &mut egui::Ui,
    session: &Session,
    preview: &mut Preview,
    focus_slider: bool,
    commands: &mut Vec<Command>,
) -> bool {
    let by_id = AnswersById::new(session);
    let mut open = true;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().slider_width = 280.0;
        let slider = egui::Slider::new(&mut preview.similarity, MIN_SIMILARITY..=0.9)
            .text(fl!("themes-similarity"))
            .fixed_decimals(2)
            // "0,28" in French: the separator comes from the catalogue.
            .custom_formatter(|value, _| {
                format!("{value:.2}").replace('.', &fl!("decimal-separator"))
            })
            .custom_parser(|text| text.trim().replace(',', ".").parse().ok());
        let slider = ui.add(slider).on_hover_text(fl!("themes-similarity-hint"));
        if focus_slider {
            slider.request_focus();
        }
        if slider.changed() {
            preview.shown = preview.analysis.suggest(preview.similarity);
        }
        let (suggestions, alone) = &preview.shown;
        let accept = ui.add_enabled(
            !suggestions.is_empty(),
            egui::Button::new(fl!("themes-accept", count = suggestions.len())),
        );
        if accept.clicked() {
            let mut seen: Vec<AnswerId> = alone.clone();
            seen.extend(suggestions.iter().flat_map(|s| s.answers.iter().copied()));
            commands.push(Command::Edit(edit::accept_suggestions(
                session,
                preview.question,
                suggestions,
                &seen,
            )));
            open = false;
        }
        if ui.button(fl!("themes-cancel")).clicked() {
            open = false;
        }
    });
    let (suggestions, alone) = &preview.shown;
    ui.label(
        RichText::new(fl!(
            "themes-preview-summary",
            themes = suggestions.len(),
            alone = alone.len()
        ))
        .strong(),
    );
    for (number, suggestion) in suggestions.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(fl!(
                    "themes-suggestion-title",
                    number = number.saturating_add(1),
                    name = suggestion.name.clone()
                ))
                .strong(),
            );
            ui.label(raised_by(session, &suggestion.groups));
            let confidence = confidence_words(suggestion.confidence);
            let why = if suggestion.shared.is_empty() && preview.analysis.by_meaning() {
                fl!("themes-why-meaning", confidence = confidence)
            } else {
                fl!(
                    "themes-why",
                    shared = suggestion.shared.join(", "),
                    confidence = confidence
                )
            };
            ui.label(RichText::new(why).weak());
            for id in &suggestion.answers {
                if let Some(answer) = by_id.get(*id) {
                    lazy_row(ui, ("suggested", *id), |ui| {
                        answer_line_ui(ui, session, answer);
                    });
                }
            }
        });
    }
    if !alone.is_empty() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(fl!("themes-unthemed", count = alone.len())).strong());
            for id in alone {
                if let Some(answer) = by_id.get(*id) {
                    lazy_row(ui, ("suggested", *id), |ui| {
                        answer_line_ui(ui, session, answer);
                    });
                }
            }
        });
    }
    open
}

fn confidence_words(confidence: f32) -> String {
    #[expect(clippy::cast_possible_truncation, reason = "0 to 100")]
    let percent = (confidence * 100.0).round() as i32;
    let word = if confidence >= 0.45 {
        fl!("themes-confidence-high")
    } else if confidence >= 0.3 {
        fl!("themes-confidence-medium")
    } else {
        fl!("themes-confidence-low")
    };
    fl!("themes-confidence", word = word, percent = percent)
}

fn raised_by(session: &Session, groups: &[plenary_core::session::GroupId]) -> String {
    let names: Vec<String> = groups
        .iter()
        .filter_map(|g| session.group(*g))
        .map(|g| g.name.clone())
        .collect();
    fl!(
        "themes-raised-by",
        groups = names.join(", "),
        count = names.len()
    )
}

fn answer_line_ui(ui: &mut egui::Ui, session: &Session, answer: &Answer) {
    ui.horizontal_wrapped(|ui| {
        let group = session
            .group(answer.group)
            .map_or_else(|| fl!("synthesis-unknown-group"), |g| g.name.clone());
        ui.label(RichText::new(group).strong());
        ui.label(&answer.text);
    });
}

/// A theme's name or statement, typed in place: one undo step however
/// long the typing.
fn theme_text_ui(
    ui: &mut egui::Ui,
    (current, accessible): (&str, String),
    field: impl FnOnce(&mut String) -> egui::TextEdit<'_>,
    set: impl FnOnce(String) -> Action,
    commands: &mut Vec<Command>,
) {
    let mut text = current.to_owned();
    let response = ui.add(field(&mut text)).accessible_name(accessible);
    if response.changed() {
        commands.push(Command::Edit(set(text)));
    }
    if response.lost_focus() {
        commands.push(Command::EndEdit);
        // Enter ends the text; the focus stays here for Tab to go on.
        if ui.input(|input| input.key_pressed(egui::Key::Enter)) {
            response.request_focus();
        }
    }
}

/// A theme's name, in the card's first row, as wide as it needs to be read
/// whole (a suggested name runs to 72 characters), but never wider than the
/// card.
fn theme_name_ui(ui: &mut egui::Ui, theme: &Theme, number: usize, commands: &mut Vec<Command>) {
    /// The narrowest name field, and the room the cursor and margins take.
    const NARROWEST: f32 = 320.0;
    const MARGIN: f32 = 16.0;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let text = ui
        .painter()
        .layout_no_wrap(theme.name.clone(), font, egui::Color32::PLACEHOLDER)
        .size()
        .x;
    let width = (text + MARGIN).max(NARROWEST).min(ui.available_width());
    theme_text_ui(
        ui,
        (&theme.name, fl!("themes-name-of", number = number)),
        |name| egui::TextEdit::singleline(name).desired_width(width),
        |name| edit::rename(theme.id, name),
        commands,
    );
}

/// A theme's one-sentence statement, under its name, across the card.
fn theme_statement_ui(
    ui: &mut egui::Ui,
    theme: &Theme,
    number: usize,
    commands: &mut Vec<Command>,
) {
    theme_text_ui(
        ui,
        (
            &theme.statement,
            fl!("themes-statement-of", number = number),
        ),
        |statement| {
            egui::TextEdit::multiline(statement)
                .desired_rows(1)
                .desired_width(f32::INFINITY)
                .hint_text(fl!("themes-statement-hint"))
        },
        |statement| edit::restate(theme.id, statement),
        commands,
    );
}

#[expect(clippy::too_many_arguments, reason = "one theme's card needs them all")]
fn theme_ui(
    ui: &mut egui::Ui,
    session: &Session,
    by_id: &AnswersById,
    theme: &Theme,
    number: usize,
    themes: &[&Theme],
    state: &mut ThemesState,
    commands: &mut Vec<Command>,
) {
    let answers: Vec<&Answer> = by_id.live(theme).collect();
    let frame = egui::Frame::group(ui.style());
    let (_, dropped) = ui.dnd_drop_zone::<AnswerId, _>(frame, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(fl!("themes-theme-number", number = number)).strong());
            theme_name_ui(ui, theme, number, commands);
            if theme.suggested {
                ui.label(RichText::new(fl!("themes-suggested")).italics());
                let accept = ui
                    .button(fl!("themes-accept-one"))
                    .accessible_name(fl!("themes-accept-named", number = number));
                if accept.clicked() {
                    commands.push(Command::Edit(Action::SetThemeSuggested {
                        theme: theme.id,
                        suggested: false,
                    }));
                }
            }
            let others: Vec<(usize, &&Theme)> = themes
                .iter()
                .enumerate()
                .filter(|(_, other)| other.id != theme.id)
                .collect();
            let merge = ui.add_enabled_ui(!others.is_empty(), |ui| {
                ui.menu_button(fl!("themes-merge-into"), |ui| {
                    for (index, other) in &others {
                        let label = fl!(
                            "themes-theme-titled",
                            number = index.saturating_add(1),
                            name = other.name.clone()
                        );
                        if ui.button(label).clicked()
                            && let Some(action) = edit::merge(session, theme.id, other.id)
                        {
                            commands.push(Command::Edit(action));
                        }
                    }
                })
            });
            let _ = merge
                .inner
                .response
                .accessible_name(fl!("themes-merge-named", number = number));
            let chosen: Vec<AnswerId> = answers
                .iter()
                .map(|a| a.id)
                .filter(|a| state.selected.contains(a))
                .collect();
            let split = ui
                .add_enabled(
                    !chosen.is_empty() && chosen.len() < answers.len(),
                    egui::Button::new(fl!("themes-split")),
                )
                .accessible_name(fl!("themes-split-named", number = number));
            if split.clicked() {
                let name = fl!("themes-split-name", name = theme.name.clone());
                if let Some(action) = edit::split(session, theme.id, &chosen, name) {
                    commands.push(Command::Edit(action));
                    state.selected.clear();
                }
            }
            let dissolve = ui
                .button(fl!("themes-dissolve"))
                .accessible_name(fl!("themes-dissolve-named", number = number));
            if dissolve.clicked() {
                commands.push(Command::Edit(Action::remove(ItemId::Theme(theme.id))));
            }
        });
        theme_statement_ui(ui, theme, number, commands);
        ui.label(raised_by(session, &groups_of(session, &answers)));
        for (row, answer) in answers.iter().copied().enumerate() {
            lazy_row(ui, ("themed", answer.id), |ui| {
                themed_answer_ui(
                    ui,
                    session,
                    answer,
                    (number, row),
                    theme,
                    themes,
                    state,
                    commands,
                );
            });
        }
    });
    if let Some(answer) = dropped
        && let Some(action) = edit::move_answer(session, *answer, Some(theme.id))
    {
        commands.push(Command::Edit(action));
    }
}

/// One answer in a theme's card: its tick (for Split), "Move to…" and text.
#[expect(
    clippy::too_many_arguments,
    reason = "one row of a theme's card needs them all"
)]
fn themed_answer_ui(
    ui: &mut egui::Ui,
    session: &Session,
    answer: &Answer,
    (number, row): (usize, usize),
    theme: &Theme,
    themes: &[&Theme],
    state: &mut ThemesState,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let mut ticked = state.selected.contains(&answer.id);
        let tick = ui.checkbox(&mut ticked, "").accessible_name(fl!(
            "themes-select-named",
            theme = number,
            answer = row.saturating_add(1)
        ));
        if tick.changed() {
            if ticked {
                state.selected.insert(answer.id);
            } else {
                state.selected.remove(&answer.id);
            }
        }
        move_menu_ui(
            ui,
            session,
            answer,
            Some(theme.id),
            themes,
            commands,
            || {
                fl!(
                    "themes-move-named",
                    theme = number,
                    answer = row.saturating_add(1)
                )
            },
        );
        draggable_answer_ui(ui, session, answer);
    });
}

/// The answer's text, which can be dragged onto another theme.
fn draggable_answer_ui(ui: &mut egui::Ui, session: &Session, answer: &Answer) {
    let id = ui.make_persistent_id(("answer-drag", answer.id));
    let handle = ui
        .dnd_drag_source(id, answer.id, |ui| answer_line_ui(ui, session, answer))
        .response
        .on_hover_text(fl!("themes-drag-hint"));
    // Heard as the answer it moves; "Move to…" is the keyboard's way.
    let name = fl!("themes-drag-named", answer = answer.text.clone());
    spoken::draggable(handle, name, fl!("themes-drag-hint"));
}

/// "Move to…": the keyboard way to do what dragging does.
fn move_menu_ui(
    ui: &mut egui::Ui,
    session: &Session,
    answer: &Answer,
    current: Option<ThemeId>,
    themes: &[&Theme],
    commands: &mut Vec<Command>,
    name: impl FnOnce() -> String,
) {
    let menu = ui.menu_button(fl!("themes-move"), |ui| {
        for (index, theme) in themes.iter().enumerate() {
            if Some(theme.id) == current {
                continue;
            }
            let label = fl!(
                "themes-theme-titled",
                number = index.saturating_add(1),
                name = theme.name.clone()
            );
            if ui.button(label).clicked()
                && let Some(action) = edit::move_answer(session, answer.id, Some(theme.id))
            {
                commands.push(Command::Edit(action));
            }
        }
        if ui.button(fl!("themes-new-theme")).clicked()
            && let Some(action) = edit::new_theme(session, answer.id, short_name(&answer.text))
        {
            commands.push(Command::Edit(action));
        }
        if current.is_some()
            && ui.button(fl!("themes-no-theme")).clicked()
            && let Some(action) = edit::move_answer(session, answer.id, None)
        {
            commands.push(Command::Edit(action));
        }
    });
    let _ = menu.response.accessible_name(name());
}

/// A theme's first name, from the answer it starts with: its first words.
fn short_name(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(6).collect();
    words.join(" ")
}

fn unthemed_ui(
    ui: &mut egui::Ui,
    session: &Session,
    unthemed: &[&Answer],
    themes: &[&Theme],
    commands: &mut Vec<Command>,
) {
    let frame = egui::Frame::group(ui.style());
    let (_, dropped) = ui.dnd_drop_zone::<AnswerId, _>(frame, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(fl!("themes-unthemed", count = unthemed.len())).strong());
        if unthemed.is_empty() {
            ui.label(RichText::new(fl!("synthesis-no-answers")).weak());
        }
        for (row, answer) in unthemed.iter().copied().enumerate() {
            lazy_row(ui, ("unthemed", answer.id), |ui| {
                ui.horizontal_wrapped(|ui| {
                    move_menu_ui(ui, session, answer, None, themes, commands, || {
                        fl!("themes-move-unthemed-named", answer = row.saturating_add(1))
                    });
                    if !session.reviewed.contains(&answer.id) && themes.iter().any(|t| !t.suggested)
                    {
                        ui.label(
                            RichText::new(fl!("themes-new-answer"))
                                .strong()
                                .color(ui.visuals().warn_fg_color),
                        );
                    }
                    draggable_answer_ui(ui, session, answer);
                });
            });
        }
    });
    if let Some(answer) = dropped
        && let Some(action) = edit::move_answer(session, *answer, None)
    {
        commands.push(Command::Edit(action));
    }
}

fn matrix_ui(ui: &mut egui::Ui, session: &Session) {
    ui.label(fl!("themes-matrix-hint"));
    egui::Grid::new("matrix").striped(true).show(ui, |ui| {
        ui.label(RichText::new(fl!("themes-matrix-topic")).strong());
        for index in 0..session.questions.len() {
            ui.label(
                RichText::new(fl!(
                    "break-out-question-tab",
                    number = index.saturating_add(1)
                ))
                .strong(),
            );
        }
        ui.end_row();
        for (topic, cells) in matrix(session) {
            let name = topic.map_or_else(|| fl!("themes-matrix-no-topic"), |t| t.name.clone());
            ui.label(name);
            for Cell { answers, groups } in cells {
                ui.label(fl!(
                    "themes-matrix-cell",
                    answers = answers,
                    groups = groups
                ));
            }
            ui.end_row();
        }
    });
}
