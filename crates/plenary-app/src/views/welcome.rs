//! The first-start screen: what a session goes through, and the ways in —
//! open a file, try the PTC 2017 example, start blank, or capture one
//! group's answers on its laptop. Shown the first time the app runs (no
//! recent file, none named), and again from Help → Getting started.

use egui::RichText;

use crate::command::{Command, Screen, UiCommand, View};
use crate::widgets::group_choice_ui;
use crate::words::fl;
use plenary_core::session::{GroupId, Session};

/// The welcome screen's own state: the group picked for "I capture a
/// group's answers".
#[derive(Debug, Default)]
pub(crate) struct WelcomeState {
    group: Option<GroupId>,
}

/// Draws the welcome screen in the central panel.
pub(crate) fn welcome_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut WelcomeState,
    commands: &mut Vec<Command>,
) {
    egui::ScrollArea::vertical()
        .id_salt("welcome")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(820.0);
            ui.heading(RichText::new(fl!("welcome-heading")).size(28.0));
            ui.label(fl!("welcome-intro"));
            ui.add_space(12.0);
            workflow_ui(ui);
            ui.add_space(16.0);
            ui.heading(fl!("welcome-facilitator"));
            ui.horizontal_wrapped(|ui| {
                if ui.button(fl!("welcome-open")).clicked() {
                    commands.push(Command::Ui(UiCommand::Open));
                }
                if ui.button(fl!("welcome-example")).clicked() {
                    commands.push(Command::Screen(Screen::Welcome(false)));
                    commands.push(Command::Show(View::Setup));
                    commands.push(Command::Tell(fl!("notice-example")));
                }
                if ui.button(fl!("welcome-blank")).clicked() {
                    commands.push(Command::Screen(Screen::Welcome(false)));
                    commands.push(Command::Ui(UiCommand::NewBlank));
                    commands.push(Command::Show(View::Setup));
                }
            });
            ui.add_space(16.0);
            capture_ui(ui, session, state, commands);
        });
}

/// The six phases, a line each.
fn workflow_ui(ui: &mut egui::Ui) {
    let steps = [
        (fl!("view-setup"), fl!("welcome-step-setup")),
        (fl!("view-panel"), fl!("welcome-step-panel")),
        (fl!("view-break-out"), fl!("welcome-step-break-out")),
        (fl!("view-synthesis"), fl!("welcome-step-synthesis")),
        (fl!("view-plenary"), fl!("welcome-step-plenary")),
        (fl!("view-report"), fl!("welcome-step-report")),
    ];
    egui::Grid::new("welcome-steps")
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            for (number, (phase, what)) in steps.into_iter().enumerate() {
                ui.label(RichText::new(format!("{}. {phase}", number + 1)).strong());
                ui.label(what);
                ui.end_row();
            }
        });
}

/// "I capture a group's answers": the group, then straight to the Break-out.
fn capture_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut WelcomeState,
    commands: &mut Vec<Command>,
) {
    ui.heading(fl!("welcome-rapporteur"));
    ui.label(fl!("welcome-rapporteur-hint"));
    ui.horizontal_wrapped(|ui| {
        let name = fl!("welcome-my-group");
        if let Some(group) = group_choice_ui(ui, "welcome-group", session, state.group, &name) {
            state.group = Some(group);
        }
        let capture = ui.add_enabled(
            state.group.is_some(),
            egui::Button::new(fl!("welcome-capture")),
        );
        if capture.clicked()
            && let Some(group) = state.group
        {
            commands.push(Command::Screen(Screen::Welcome(false)));
            commands.push(Command::CaptureFor(group));
            commands.push(Command::Show(View::BreakOut));
        }
    });
}
