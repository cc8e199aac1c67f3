//! The frame around every view: menu bar, phase bar, status bar, notices, and
//! the two questions the app may ask (restore a recovery? save changes?).

use egui::{Align, Layout, RichText};

use super::break_out::{KIND_SHORTCUTS, NEXT_QUESTION, PREVIOUS_QUESTION};
use super::command::{Command, Display, SHORTCUTS, ShortcutCommand, Timer, View};
use super::look::UiTheme;
use super::presenter::SLIDE_KEYS;
use super::presenter::{self, PresenterRequest};
use super::{Pending, PlenaryApp, break_out, panel, plenary, report_view, setup, synthesis};
use crate::words::fl;
use plenary_core::session::Language;

/// Draws the whole window and collects what the person asked for.
pub(super) fn shell_ui(ui: &mut egui::Ui, app: &mut PlenaryApp, commands: &mut Vec<Command>) {
    if let Some(state) = &mut app.presenter {
        let speaking = app.prefs.speaking_minutes.unwrap_or(5);
        let theme = app.prefs.slide_theme;
        let change = app.doc.change_count();
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                match presenter::presenter_ui(ui, app.doc.session(), change, theme, speaking, state)
                {
                    PresenterRequest::Stay => {}
                    PresenterRequest::Leave => {
                        commands.push(Command::Display(Display::StopPresenting));
                    }
                    PresenterRequest::NextTheme => {
                        commands.push(Command::Display(Display::SlideTheme(theme.next())));
                    }
                }
            });
        modals_ui(ui.ctx(), app, commands);
        return;
    }
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
                    edit: plenary_core::capture::Edit {
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
                    watched: app
                        .watch
                        .as_ref()
                        .map(plenary_core::watch::FolderWatch::folder),
                };
                synthesis::synthesis_ui(ui, &context, &mut app.themes, commands);
            }
            View::Plenary => {
                let context = plenary::PresentOptions {
                    theme: app.prefs.slide_theme,
                    speaking_minutes: app.prefs.speaking_minutes.unwrap_or(5),
                };
                plenary::plenary_ui(ui, app.doc.session(), &context, &mut app.plenary, commands);
            }
            View::Report => {
                let change = app.doc.change_count();
                report_view::report_ui(ui, app.doc.session(), change, &mut app.report, commands);
            }
        }
    });
    if app.shortcuts_open {
        shortcuts_ui(ui.ctx(), true, commands);
    }
    modals_ui(ui.ctx(), app, commands);
}

/// A shortcut as the help lists it, in the person's language ("Ctrl+Maj+N",
/// "Ctrl+Page suivante"); on a Mac, egui's symbols.
fn shortcut_name(ctx: &egui::Context, shortcut: egui::KeyboardShortcut) -> String {
    if ctx.os().is_mac() {
        return ctx.format_shortcut(&shortcut);
    }
    let shift = fl!("key-shift");
    let names = egui::ModifierNames {
        shift: &shift,
        ..egui::ModifierNames::NAMES
    };
    let mut text = names.format(&shortcut.modifiers, false);
    if !text.is_empty() {
        text += names.concat;
    }
    text + &key_name(shortcut.logical_key)
}

/// A key's name in the UI's language.
fn key_name(key: egui::Key) -> String {
    use egui::Key;
    match key {
        Key::ArrowRight => fl!("key-right"),
        Key::ArrowLeft => fl!("key-left"),
        Key::ArrowUp => fl!("key-up"),
        Key::ArrowDown => fl!("key-down"),
        Key::PageUp => fl!("key-page-up"),
        Key::PageDown => fl!("key-page-down"),
        Key::Space => fl!("key-space"),
        Key::Backspace => fl!("key-backspace"),
        Key::Home => fl!("key-home"),
        Key::End => fl!("key-end"),
        Key::Enter => fl!("key-enter"),
        Key::Escape => fl!("key-escape"),
        Key::Tab => fl!("key-tab"),
        other => other.name().to_owned(),
    }
}

/// The questions the app may ask: restore a recovery? save changes?
fn modals_ui(ctx: &egui::Context, app: &PlenaryApp, commands: &mut Vec<Command>) {
    if let Some(recovery) = &app.recovery_offer {
        recovery_ui(ctx, recovery, commands);
    } else if let Some(pending) = &app.confirm {
        confirm_ui(ctx, pending, &app.doc.session().title, commands);
    }
}

fn menu_bar_ui(ui: &mut egui::Ui, app: &PlenaryApp, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(fl!("menu-file"), |ui| {
            command_button(ui, ShortcutCommand::NewBlank, true, commands);
            command_button(ui, ShortcutCommand::NewFromTemplate, true, commands);
            command_button(ui, ShortcutCommand::Open, true, commands);
            ui.menu_button(fl!("menu-recent"), |ui| recent_files_ui(ui, app, commands));
            ui.separator();
            command_button(ui, ShortcutCommand::Save, true, commands);
            command_button(ui, ShortcutCommand::SaveAs, true, commands);
            ui.separator();
            command_button(ui, ShortcutCommand::Quit, true, commands);
        });
        ui.menu_button(fl!("menu-edit"), |ui| {
            let history = app.doc.history();
            command_button(ui, ShortcutCommand::Undo, history.can_undo(), commands);
            command_button(ui, ShortcutCommand::Redo, history.can_redo(), commands);
        });
        ui.menu_button(fl!("menu-view"), |ui| {
            ui.label(RichText::new(fl!("menu-language")).weak());
            for (language, name) in [
                (Language::English, "English"),
                (Language::French, "Français"),
            ] {
                let chosen = app.prefs.ui_language == Some(language);
                if ui.radio(chosen, name).clicked() {
                    commands.push(Command::Display(Display::UiLanguage(language)));
                }
            }
            ui.separator();
            ui.label(RichText::new(fl!("menu-theme")).weak());
            for theme in UiTheme::ALL {
                if ui
                    .radio(app.prefs.ui_theme == theme, theme.label())
                    .clicked()
                {
                    commands.push(Command::Display(Display::UiTheme(theme)));
                }
            }
        });
        ui.menu_button(fl!("menu-help"), |ui| {
            if ui.button(fl!("menu-shortcuts")).clicked() {
                commands.push(Command::Display(Display::Shortcuts(true)));
            }
        });
    });
}

/// Every keyboard shortcut, from the tables that define them.
fn shortcuts_ui(ctx: &egui::Context, open: bool, commands: &mut Vec<Command>) {
    let mut still_open = open;
    egui::Window::new(fl!("shortcuts-title"))
        .open(&mut still_open)
        .resizable(true)
        .default_width(520.0)
        .show(ctx, |ui| {
            let key_list = |keys: Vec<String>| keys.join(fl!("shortcuts-or").as_str());
            let mut rows: Vec<(String, String)> = Vec::new();
            for (command, shortcuts) in SHORTCUTS {
                let keys = shortcuts.iter().map(|s| shortcut_name(ctx, *s)).collect();
                rows.push((command.label(), key_list(keys)));
            }
            let section = |ui: &mut egui::Ui, title: String, rows: &[(String, String)]| {
                ui.heading(title);
                egui::Grid::new(ui.next_auto_id())
                    .striped(true)
                    .show(ui, |ui| {
                        for (what, keys) in rows {
                            ui.label(what);
                            ui.label(RichText::new(keys).strong());
                            ui.end_row();
                        }
                    });
            };
            section(ui, fl!("shortcuts-everywhere"), &rows);
            let mut capture: Vec<(String, String)> = vec![
                (fl!("shortcuts-add-answer"), key_name(egui::Key::Enter)),
                (fl!("shortcuts-complete-tag"), key_name(egui::Key::Tab)),
            ];
            for (kind, shortcut) in KIND_SHORTCUTS {
                capture.push((
                    fl!("shortcuts-kind", kind = break_out::kind_name(kind)),
                    shortcut_name(ctx, shortcut),
                ));
            }
            capture.push((
                fl!("shortcuts-next-question"),
                shortcut_name(ctx, NEXT_QUESTION),
            ));
            capture.push((
                fl!("shortcuts-previous-question"),
                shortcut_name(ctx, PREVIOUS_QUESTION),
            ));
            section(ui, fl!("view-break-out"), &capture);
            let slides: Vec<(String, String)> = SLIDE_KEYS
                .iter()
                .map(|(action, keys)| {
                    let names = keys.iter().map(|k| key_name(*k)).collect();
                    (action.label(), key_list(names))
                })
                .collect();
            section(ui, fl!("shortcuts-presenter"), &slides);
        });
    if !still_open {
        commands.push(Command::Display(Display::Shortcuts(false)));
    }
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

/// Offers the unsaved work found at start: restore it, or discard it.
fn recovery_ui(
    ctx: &egui::Context,
    recovery: &plenary_core::autosave::Recovery,
    commands: &mut Vec<Command>,
) {
    egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
        ui.heading(fl!("recovery-heading"));
        // In the computer's time zone, as the person remembers the time.
        let when = recovery
            .written
            .to_zoned_datetime(jiff::tz::TimeZone::system())
            .strftime("%Y-%m-%d %H:%M")
            .to_string();
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
            Pending::New(_) | Pending::Open(_) => fl!("confirm-body-replace"),
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
