//! The Plenary view: the dot vote on each question's themes, and the
//! ranking it gives, drawn as a bar chart where ties show as ties.

use egui::RichText;

use super::presenter::Settings;
use crate::command::{Command, Screen, UiCommand};
use crate::look::SlideColours;
use crate::spoken;
use crate::words::fl;
use plenary_core::action::Action;
use plenary_core::session::{Session, VoteBy};
use plenary_core::themes::vote::{self, Ranked};

/// Which question the vote is on, and how the slides will be shown.
#[derive(Default)]
pub(crate) struct PlenaryState {
    question: usize,
    /// Show the slides in a window of their own when presenting.
    pub audience_window: bool,
}

pub(crate) fn plenary_ui(
    ui: &mut egui::Ui,
    session: &Session,
    options: Settings,
    state: &mut PlenaryState,
    commands: &mut Vec<Command>,
) {
    present_ui(ui, options, state, commands);
    ui.separator();
    ui.heading(fl!("vote-heading"));
    ui.label(fl!("vote-hint"));
    settings_ui(ui, session, commands);
    if session.questions.is_empty() {
        return;
    }
    state.question = state.question.min(session.questions.len() - 1);
    ui.horizontal_wrapped(|ui| {
        for index in 0..session.questions.len() {
            let label = fl!("break-out-question-tab", number = index.saturating_add(1));
            if ui
                .selectable_label(state.question == index, label)
                .clicked()
            {
                state.question = index;
            }
        }
    });
    let question = &session.questions[state.question];
    ui.label(RichText::new(&question.text).italics());
    let ranking = vote::ranking(session, question.id);
    if ranking.is_empty() {
        ui.label(RichText::new(fl!("vote-no-themes")).weak());
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("plenary-view")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            dots_ui(ui, session, question.id, &ranking, commands);
            ui.add_space(12.0);
            ui.heading(fl!("vote-ranking"));
            chart_ui(ui, session, &ranking);
        });
}

/// Presenter mode: start it, and how it looks and times the groups.
fn present_ui(
    ui: &mut egui::Ui,
    options: Settings,
    state: &PlenaryState,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(RichText::new(fl!("plenary-present")).strong())
            .clicked()
        {
            commands.push(Command::Ui(UiCommand::Present));
        }
        let label = ui.label(fl!("plenary-speaking-minutes"));
        let mut minutes = options.speaking_minutes;
        let field = ui
            .add(egui::DragValue::new(&mut minutes).range(1..=60))
            .labelled_by(label.id);
        if field.changed() {
            commands.push(Command::Screen(Screen::SpeakingMinutes(minutes)));
        }
        ui.separator();
        ui.label(fl!("plenary-slide-theme"));
        let picker = egui::ComboBox::from_id_salt("slide_theme")
            .selected_text(options.colours.label())
            .show_ui(ui, |ui| {
                for colours in SlideColours::ALL {
                    if ui
                        .selectable_label(options.colours == colours, colours.label())
                        .clicked()
                    {
                        commands.push(Command::Screen(Screen::SlideColours(colours)));
                    }
                }
            })
            .response;
        let name = fl!("plenary-slide-theme");
        spoken::combo_named(picker, &name, &options.colours.label());
        let mut audience = state.audience_window;
        if ui
            .checkbox(&mut audience, fl!("plenary-audience-window"))
            .changed()
        {
            commands.push(Command::Screen(Screen::AudienceWindow(audience)));
        }
    });
    ui.label(RichText::new(fl!("presenter-keys")).weak());
}

fn settings_ui(ui: &mut egui::Ui, session: &Session, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(fl!("vote-dots-per-voter"));
        let mut dots = session.dots_per_voter;
        let field = ui
            .add(egui::DragValue::new(&mut dots).range(1..=99))
            .labelled_by(label.id);
        if field.changed() {
            commands.push(Command::Edit(Action::SetDotsPerVoter(dots)));
        }
        if field.drag_stopped() || field.lost_focus() {
            commands.push(Command::EndEdit);
        }
        ui.separator();
        ui.label(fl!("vote-by"));
        for (by, name) in [
            (VoteBy::Group, fl!("vote-by-group")),
            (VoteBy::Delegation, fl!("vote-by-delegation")),
        ] {
            if ui.radio(session.vote_by == by, name).clicked() && session.vote_by != by {
                commands.push(Command::Edit(Action::SetVoteBy(by)));
            }
        }
    });
}

/// The most dots a cell takes as typed, before it is brought down to the
/// voter's share.
const MOST_TYPED: u32 = 999;

/// The grid of dots: a row per theme, a column per voter.
fn dots_ui(
    ui: &mut egui::Ui,
    session: &Session,
    question: plenary_core::session::QuestionId,
    ranking: &[Ranked<'_>],
    commands: &mut Vec<Command>,
) {
    const VOTER_COLUMN: f32 = 140.0;
    const THEME_COLUMN: f32 = 320.0;
    let voters = vote::voters(session);
    if voters.is_empty() {
        ui.label(RichText::new(fl!("vote-no-voters")).weak());
        return;
    }
    egui::ScrollArea::horizontal().show(ui, |ui| {
        egui::Grid::new("votes").striped(true).show(ui, |ui| {
            ui.label(RichText::new(fl!("vote-theme")).strong());
            // A long group name is cut to a column's width; it shows whole
            // on hover and in each cell's accessible name.
            for voter in &voters {
                ui.scope(|ui| {
                    ui.set_max_width(VOTER_COLUMN);
                    ui.add(egui::Label::new(RichText::new(&voter.name).strong()).truncate())
                })
                .inner
                .on_hover_text(&voter.name);
            }
            ui.label(RichText::new(fl!("vote-total")).strong());
            ui.end_row();
            // The rows keep the facilitator's order while dots are entered:
            // a row that moved as it ranked would take the focus to another
            // theme.
            for ranked in themes_in_order(session, ranking) {
                let theme = ranked.theme;
                // A long name wraps in its column, so the voters' columns
                // stay in the window.
                ui.scope(|ui| {
                    ui.set_max_width(THEME_COLUMN);
                    ui.add(egui::Label::new(&theme.name).wrap());
                });
                for voter in &voters {
                    let given = theme.votes.get(&voter.key).copied().unwrap_or(0);
                    let left = vote::dots_left(session, question, &voter.key);
                    let most = given.saturating_add(left);
                    let mut dots = given;
                    // A number over the voter's share is taken in, then told
                    // and brought down to it, never silently changed.
                    let cell = ui
                        .push_id((theme.id, &voter.key), |ui| {
                            ui.add(egui::DragValue::new(&mut dots).range(0..=MOST_TYPED))
                        })
                        .inner
                        .accessible_name(fl!(
                            "vote-cell",
                            voter = voter.name.clone(),
                            theme = theme.name.clone()
                        ));
                    let typed = dots;
                    if dots > most {
                        commands.push(Command::Tell(fl!(
                            "vote-capped",
                            voter = voter.name.clone(),
                            typed = dots,
                            most = most,
                            share = session.dots_per_voter
                        )));
                        dots = most;
                    }
                    let capped = dots < typed;
                    if cell.changed() && dots != given {
                        commands.push(Command::Edit(Action::SetVote {
                            theme: theme.id,
                            voter: voter.key.clone(),
                            dots,
                        }));
                    }
                    // A drag, or a number typed in, is one undo step; so is
                    // a number brought down to the share.
                    if cell.drag_stopped() || cell.lost_focus() || capped {
                        commands.push(Command::EndEdit);
                    }
                }
                ui.label(fl!("vote-dots", count = ranked.dots));
                ui.end_row();
            }
            ui.label(RichText::new(fl!("vote-left")).weak());
            for voter in &voters {
                let over = vote::dots_over(session, question, &voter.key);
                if over > 0 {
                    // The share was lowered after the vote.
                    let color = ui.visuals().warn_fg_color;
                    let label = ui.label(RichText::new(format!("−{over}")).color(color).strong());
                    let sentence = fl!("vote-over-named", voter = voter.name.clone(), count = over);
                    spoken::as_sentence(label, sentence);
                    continue;
                }
                let left = vote::dots_left(session, question, &voter.key);
                let label = ui.label(RichText::new(left.to_string()).weak());
                let sentence = fl!("vote-left-named", voter = voter.name.clone(), count = left);
                spoken::as_sentence(label, sentence);
            }
            ui.end_row();
        });
    });
}

/// The ranked themes in the order the facilitator shaped them.
fn themes_in_order<'a>(session: &Session, ranking: &'a [Ranked<'a>]) -> Vec<&'a Ranked<'a>> {
    let mut ordered: Vec<&Ranked> = ranking.iter().collect();
    ordered.sort_by_key(|r| session.themes.iter().position(|t| t.id == r.theme.id));
    ordered
}

/// The ranking as bars, longest first; tied themes share their rank and say so.
/// Each theme's dots and groups go on a line of their own under its bar, so a
/// long list of groups wraps instead of running off the window.
fn chart_ui(ui: &mut egui::Ui, session: &Session, ranking: &[Ranked<'_>]) {
    const RANK_WIDTH: f32 = 90.0;
    let most = ranking.iter().map(|r| r.dots).max().unwrap_or(0).max(1);
    let bar_width = (ui.available_width() * 0.3).max(120.0);
    for ranked in ranking {
        let rank = if ranked.tied {
            fl!("vote-rank-tied", rank = ranked.rank)
        } else {
            fl!("vote-rank", rank = ranked.rank)
        };
        ui.horizontal(|ui| {
            ui.add_sized(
                [RANK_WIDTH, 18.0],
                egui::Label::new(RichText::new(rank).strong()),
            );
            #[expect(clippy::cast_precision_loss, reason = "dot counts are small")]
            let share = ranked.dots as f32 / most as f32;
            let (rect, _) =
                ui.allocate_exact_size(egui::vec2(bar_width, 18.0), egui::Sense::hover());
            let painter = ui.painter();
            painter.rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
            let mut filled = rect;
            filled.set_width(rect.width() * share);
            painter.rect_filled(filled, 2.0, ui.visuals().selection.bg_fill);
            ui.add(egui::Label::new(&ranked.theme.name).wrap());
        });
        let groups: Vec<String> = ranked
            .groups
            .iter()
            .filter_map(|g| session.group(*g))
            .map(|g| g.name.clone())
            .collect();
        ui.horizontal(|ui| {
            ui.add_space(RANK_WIDTH + ui.spacing().item_spacing.x);
            ui.add(
                egui::Label::new(
                    RichText::new(fl!(
                        "vote-bar",
                        dots = ranked.dots,
                        groups = groups.join(", "),
                        count = groups.len()
                    ))
                    .weak(),
                )
                .wrap(),
            );
        });
        ui.add_space(4.0);
    }
}
