//! The frame around every view: menu bar, phase bar, status bar, notices, and
//! the two questions the app may ask (restore a recovery? save changes?).

use egui::{Align, Layout, RichText};

use super::command::{Command, ShortcutCommand, Timer, View};
use super::{Pending, PlenaryApp, break_out, panel, report_view, setup, synthesis};
use crate::fl;

/// Draws the whole window and collects what the person asked for.
pub(super) fn shell_ui(ui: &mut egui::Ui, app: &mut PlenaryApp, commands: &mut Vec<Command>) {
    egui::Panel::top("menu_bar").show(ui, |ui| menu_bar_ui(ui, app, commands));
    egui::Panel::top("phase_bar").show(ui, |ui| phase_bar_ui(ui, app.prefs.view, commands));
    egui::Panel::bottom("status_bar").show(ui, |ui| status_bar_ui(ui, app));
    egui::CentralPanel::default().show(ui, |ui| {
        notices_ui(ui, &app.notices, commands);
        let now = jiff::Timestamp::now();
        match app.prefs.view {
            View::Setup => setup::setup_ui(ui, app.doc.session(), &mut app.setup, commands),
            View::Panel => {
                let countdown = app.countdown(Timer::Panel);
                panel::panel_ui(ui, app.doc.session(), countdown, now, commands);
            }
            View::BreakOut => {
                let context = break_out::BreakOutContext {
                    session: app.doc.session(),
                    group: app.laptop().group,
                    countdown: app.countdown(Timer::BreakOut),
                    edit: crate::capture::Edit {
                        replica: app.replica(),
                        at: now,
                    },
                };
                break_out::break_out_ui(ui, &context, &mut app.break_out, commands);
            }
            View::Synthesis => {
                let context = synthesis::SynthesisContext {
                    session: app.doc.session(),
                    change: app.doc.change_count(),
                    imports: &app.imports,
                    watched: app.watch.as_ref().map(crate::watch::FolderWatch::folder),
                };
                synthesis::synthesis_ui(ui, &context, &mut app.themes, commands);
            }
            View::Plenary => coming_later_ui(ui, View::Plenary, fl!("coming-plenary")),
            View::Report => {
                let change = app.doc.change_count();
                report_view::report_ui(ui, app.doc.session(), change, &mut app.report, commands);
            }
        }
    });
    if let Some(recovery) = &app.recovery_offer {
        recovery_ui(ui.ctx(), recovery, commands);
    } else if let Some(pending) = &app.confirm {
        confirm_ui(ui.ctx(), pending, &app.doc.session().title, commands);
    }
}

fn menu_bar_ui(ui: &mut egui::Ui, app: &PlenaryApp, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(fl!("menu-file"), |ui| {
            command_button(ui, ShortcutCommand::NewFromTemplate, true, commands);
            command_button(ui, ShortcutCommand::Open, true, commands);
            ui.menu_button(fl!("menu-recent"), |ui| recent_files_ui(ui, app, commands));
            ui.separator();
            command_button(ui, ShortcutCommand::Save, true, commands);
            command_button(ui, ShortcutCommand::SaveAs, true, commands);
        });
        ui.menu_button(fl!("menu-edit"), |ui| {
            let history = app.doc.history();
            command_button(ui, ShortcutCommand::Undo, history.can_undo(), commands);
            command_button(ui, ShortcutCommand::Redo, history.can_redo(), commands);
        });
    });
}

/// A menu entry for a command, showing its shortcut.
fn command_button(
    ui: &mut egui::Ui,
    command: ShortcutCommand,
    enabled: bool,
    commands: &mut Vec<Command>,
) {
    let label = command.label();
    let mut button = egui::Button::new(&label);
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    if ui
        .add_enabled(enabled, button)
        .accessible_name(label)
        .clicked()
    {
        commands.push(command.command());
    }
}

fn recent_files_ui(ui: &mut egui::Ui, app: &PlenaryApp, commands: &mut Vec<Command>) {
    if app.prefs.recent.is_empty() {
        ui.label(fl!("menu-recent-none"));
    }
    for path in &app.prefs.recent {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        if ui
            .button(name)
            .on_hover_text(path.display().to_string())
            .clicked()
        {
            commands.push(Command::OpenPath(path.clone()));
        }
    }
}

fn phase_bar_ui(ui: &mut egui::Ui, current: View, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        for view in View::ALL {
            if ui.selectable_label(view == current, view.label()).clicked() {
                commands.push(Command::Show(view));
            }
        }
    });
}

fn status_bar_ui(ui: &mut egui::Ui, app: &PlenaryApp) {
    ui.horizontal(|ui| {
        let file = app
            .doc
            .path()
            .map_or_else(|| fl!("status-no-file"), |path| path.display().to_string());
        ui.label(file);
        ui.separator();
        if app.doc.is_dirty() {
            ui.label(fl!("status-unsaved"));
        } else if app.doc.path().is_some() {
            ui.label(fl!("status-saved"));
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            let count = app.doc.session().live_answers().count();
            ui.label(fl!("status-answers", count = count));
        });
    });
}

fn notices_ui(ui: &mut egui::Ui, notices: &[super::Notice], commands: &mut Vec<Command>) {
    for (index, notice) in notices.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                if notice.is_error {
                    let color = ui.visuals().error_fg_color;
                    ui.label(
                        RichText::new(fl!("notice-error-prefix"))
                            .strong()
                            .color(color),
                    );
                    ui.label(RichText::new(&notice.text).color(color));
                } else {
                    ui.label(&notice.text);
                }
                if ui
                    .button(fl!("notice-dismiss"))
                    .accessible_name(fl!("notice-dismiss-named", text = notice.text.clone()))
                    .clicked()
                {
                    commands.push(Command::DismissNotice(index));
                }
            });
        });
    }
}

/// The phases that later work fills in say what will be there, and nothing else.
fn coming_later_ui(ui: &mut egui::Ui, view: View, what_will_come: String) {
    ui.heading(view.label());
    ui.label(what_will_come);
}

fn recovery_ui(
    ctx: &egui::Context,
    recovery: &crate::autosave::Recovery,
    commands: &mut Vec<Command>,
) {
    egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
        ui.heading(fl!("recovery-heading"));
        let when = recovery.written.strftime("%Y-%m-%d %H:%M UTC").to_string();
        ui.label(fl!(
            "recovery-body",
            title = recovery.session.title.clone(),
            when = when
        ));
        ui.horizontal(|ui| {
            if ui.button(fl!("recovery-restore")).clicked() {
                commands.push(Command::RestoreRecovery);
            }
            if ui.button(fl!("recovery-discard")).clicked() {
                commands.push(Command::DiscardRecovery);
            }
        });
    });
}

fn confirm_ui(ctx: &egui::Context, pending: &Pending, title: &str, commands: &mut Vec<Command>) {
    let response = egui::Modal::new(egui::Id::unique("confirm")).show(ctx, |ui| {
        ui.heading(fl!("confirm-heading", title = title.to_owned()));
        let body = match pending {
            Pending::Close => fl!("confirm-body-close"),
            Pending::New | Pending::Open(_) => fl!("confirm-body-replace"),
        };
        ui.label(body);
        ui.horizontal(|ui| {
            if ui.button(fl!("confirm-save")).clicked() {
                commands.push(Command::SaveChanges);
            }
            if ui.button(fl!("confirm-discard")).clicked() {
                commands.push(Command::DiscardChanges);
            }
            if ui.button(fl!("confirm-cancel")).clicked() {
                commands.push(Command::CancelPending);
            }
        });
    });
    if response.should_close() {
        commands.push(Command::CancelPending);
    }
}
