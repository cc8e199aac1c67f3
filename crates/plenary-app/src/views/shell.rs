//! The frame around every view: menu bar, phase bar, status bar, notices, and
//! the two questions the app may ask (restore a recovery? save changes?).

use egui::{Align, Layout, RichText};
use plenary_core::session::Language;

use super::{break_out, chooser, panel, plenary, presenter, report, setup, synthesis, welcome};
use crate::app::{Frame, Notice, Pending};
use crate::command::{Command, Scope, Screen, Timer, UiCommand, View};
use crate::look::UiColours;
use crate::spoken::{self, Urgency};
use crate::words::fl;

/// Draws the whole window and collects what the person asked for.
pub(crate) fn shell_ui(ui: &mut egui::Ui, frame: &mut Frame<'_>, commands: &mut Vec<Command>) {
    let session = frame.doc.session();
    let change = frame.doc.change_count();
    if let Some(state) = &mut frame.views.presenter {
        let settings = presenter::Settings {
            colours: frame.prefs.slide_colours,
            speaking_minutes: frame.prefs.speaking_minutes(),
        };
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                presenter::presenter_ui(ui, session, change, settings, state, commands);
            });
        modals_ui(ui.ctx(), frame, commands);
        chooser::chooser_ui(ui.ctx(), frame.chooser, commands);
        return;
    }
    egui::Panel::top("menu_bar").show(ui, |ui| menu_bar_ui(ui, frame, commands));
    // On the first-start screen no phase is shown yet.
    let shown = frame.views.welcome.is_none().then_some(frame.prefs.view);
    egui::Panel::top("phase_bar").show(ui, |ui| phase_bar_ui(ui, shown, commands));
    egui::Panel::bottom("status_bar").show(ui, |ui| status_bar_ui(ui, frame));
    let now = jiff::Timestamp::now();
    let countdowns = (
        frame.countdown(Timer::Panel),
        frame.countdown(Timer::BreakOut),
    );
    let laptop = frame.laptop();
    let replica = frame.replica();
    let views = &mut *frame.views;
    egui::CentralPanel::default().show(ui, |ui| {
        notices_ui(ui, frame.notices, commands);
        if let Some(welcome) = &mut views.welcome {
            welcome::welcome_ui(ui, session, welcome, commands);
            return;
        }
        match frame.prefs.view {
            View::Setup => setup::setup_ui(ui, session, &mut views.setup, commands),
            View::Panel => panel::panel_ui(ui, session, countdowns.0, now, commands),
            View::BreakOut => {
                let context = break_out::BreakOutContext {
                    session,
                    group: laptop.group,
                    question: laptop.question,
                    countdown: countdowns.1,
                    edit: plenary_core::capture::EditStamp { replica, at: now },
                };
                break_out::break_out_ui(ui, &context, &mut views.break_out, commands);
            }
            View::Synthesis => {
                let context = synthesis::SynthesisContext {
                    session,
                    change,
                    imports: frame.imports,
                    watched: frame.watched,
                };
                synthesis::synthesis_ui(
                    ui,
                    &context,
                    &mut views.themes,
                    &mut views.meanings,
                    commands,
                );
            }
            View::Plenary => {
                let settings = presenter::Settings {
                    colours: frame.prefs.slide_colours,
                    speaking_minutes: frame.prefs.speaking_minutes(),
                };
                plenary::plenary_ui(ui, session, settings, &mut views.plenary, commands);
            }
            View::Report => report::report_ui(ui, session, change, &mut views.report, commands),
        }
    });
    if views.shortcuts_open {
        shortcuts_ui(ui.ctx(), commands);
    }
    modals_ui(ui.ctx(), frame, commands);
    chooser::chooser_ui(ui.ctx(), frame.chooser, commands);
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
fn modals_ui(ctx: &egui::Context, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    if let Some(recovery) = frame.recovery_offer {
        recovery_ui(ctx, recovery, frame.adopt, commands);
    } else if let Some(pending) = frame.confirm {
        confirm_ui(ctx, pending, &frame.doc.session().title, commands);
    }
}

fn menu_bar_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        spoken::name_ui(ui, fl!("menu-bar"));
        ui.menu_button(fl!("menu-file"), |ui| {
            spoken::name_ui(ui, fl!("menu-file"));
            command_button(ui, UiCommand::NewBlank, true, commands);
            command_button(ui, UiCommand::NewFromTemplate, true, commands);
            command_button(ui, UiCommand::Open, true, commands);
            ui.menu_button(fl!("menu-recent"), |ui| {
                recent_files_ui(ui, &frame.prefs.recent, commands);
            });
            ui.separator();
            command_button(ui, UiCommand::Save, true, commands);
            command_button(ui, UiCommand::SaveAs, true, commands);
            ui.separator();
            command_button(ui, UiCommand::Quit, true, commands);
        });
        ui.menu_button(fl!("menu-edit"), |ui| {
            spoken::name_ui(ui, fl!("menu-edit"));
            let history = frame.doc.history();
            command_button(ui, UiCommand::Undo, history.can_undo(), commands);
            command_button(ui, UiCommand::Redo, history.can_redo(), commands);
        });
        ui.menu_button(fl!("menu-view"), |ui| {
            spoken::name_ui(ui, fl!("menu-view"));
            ui.label(RichText::new(fl!("menu-language")).weak());
            for (language, name) in [
                (Language::English, "English"),
                (Language::French, "Français"),
            ] {
                let chosen = frame.prefs.ui_language == Some(language);
                if ui.radio(chosen, name).clicked() {
                    commands.push(Command::Screen(Screen::UiLanguage(language)));
                }
            }
            ui.separator();
            ui.label(RichText::new(fl!("menu-theme")).weak());
            for colours in UiColours::ALL {
                if ui
                    .radio(frame.prefs.ui_colours == colours, colours.label())
                    .clicked()
                {
                    commands.push(Command::Screen(Screen::UiColours(colours)));
                }
            }
            ui.separator();
            command_button(ui, UiCommand::ZoomIn, true, commands);
            command_button(ui, UiCommand::ZoomOut, true, commands);
            command_button(ui, UiCommand::ZoomReset, true, commands);
            ui.separator();
            command_button(ui, UiCommand::Present, true, commands);
        });
        ui.menu_button(fl!("menu-help"), |ui| {
            spoken::name_ui(ui, fl!("menu-help"));
            if ui.button(fl!("menu-welcome")).clicked() {
                commands.push(Command::Screen(Screen::Welcome(true)));
            }
            if ui.button(fl!("menu-shortcuts")).clicked() {
                commands.push(Command::Screen(Screen::Shortcuts(true)));
            }
        });
    });
}

/// Every keyboard shortcut, from the table that defines them, by where
/// it works.
fn shortcuts_ui(ctx: &egui::Context, commands: &mut Vec<Command>) {
    let mut still_open = !ctx.input(|input| input.key_pressed(egui::Key::Escape));
    egui::Window::new(fl!("shortcuts-title"))
        // Its own heading and Close button: egui's title bar is a focus stop
        // a screen reader hears as nothing (no name, no role).
        .title_bar(false)
        .resizable(true)
        .default_width(560.0)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.heading(fl!("shortcuts-title"));
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if ui.button(fl!("shortcuts-close")).clicked() {
                        still_open = false;
                    }
                });
            });
            ui.separator();
            let key_list = |keys: &[egui::KeyboardShortcut]| {
                let names: Vec<String> =
                    keys.iter().map(|keys| shortcut_name(ctx, *keys)).collect();
                names.join(fl!("shortcuts-or").as_str())
            };
            let rows_of = |scope: Scope| -> Vec<(String, String)> {
                UiCommand::ALL
                    .into_iter()
                    .filter(|command| command.scope() == scope)
                    .map(|command| (command.label(), key_list(command.keys())))
                    .collect()
            };
            // The answer field's own keys come first in the Break-out.
            let mut capture = vec![
                (fl!("shortcuts-add-answer"), key_name(egui::Key::Enter)),
                (fl!("shortcuts-complete-tag"), key_name(egui::Key::Tab)),
            ];
            capture.extend(rows_of(Scope::BreakOut));
            egui::ScrollArea::vertical().show(ui, |ui| {
                section_ui(ui, fl!("shortcuts-everywhere"), &rows_of(Scope::Everywhere));
                section_ui(ui, fl!("view-break-out"), &capture);
                section_ui(ui, fl!("shortcuts-presenter"), &rows_of(Scope::Slides));
            });
        });
    if !still_open {
        commands.push(Command::Screen(Screen::Shortcuts(false)));
    }
}

/// One part of the keyboard help: what each key does, and the keys, in two
/// columns that line up across the parts.
fn section_ui(ui: &mut egui::Ui, title: String, rows: &[(String, String)]) {
    ui.heading(title);
    egui::Grid::new(ui.next_auto_id())
        .striped(true)
        .min_col_width(280.0)
        .num_columns(2)
        .show(ui, |ui| {
            for (what, keys) in rows {
                ui.label(what);
                ui.label(RichText::new(keys).strong());
                ui.end_row();
            }
        });
    ui.add_space(8.0);
}

/// A menu entry for a command, showing its shortcut.
fn command_button(
    ui: &mut egui::Ui,
    command: UiCommand,
    enabled: bool,
    commands: &mut Vec<Command>,
) {
    let label = command.label();
    let mut button = egui::Button::new(&label);
    if let Some(shortcut) = command.keys().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    if ui
        .add_enabled(enabled, button)
        .accessible_name(label)
        .clicked()
    {
        commands.push(Command::Ui(command));
    }
}

fn recent_files_ui(ui: &mut egui::Ui, recent: &[std::path::PathBuf], commands: &mut Vec<Command>) {
    if recent.is_empty() {
        ui.label(fl!("menu-recent-none"));
    }
    for path in recent {
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

fn phase_bar_ui(ui: &mut egui::Ui, current: Option<View>, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        for view in View::ALL {
            if ui
                .selectable_label(Some(view) == current, view.label())
                .clicked()
            {
                commands.push(Command::Show(view));
            }
        }
    });
}

fn status_bar_ui(ui: &mut egui::Ui, frame: &Frame<'_>) {
    let doc = frame.doc;
    ui.horizontal(|ui| {
        let file = doc
            .path()
            .map_or_else(|| fl!("status-no-file"), |path| path.display().to_string());
        ui.label(file);
        ui.separator();
        if doc.is_dirty() {
            ui.label(fl!("status-unsaved"));
        } else if doc.path().is_some() {
            ui.label(fl!("status-saved"));
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            let count = doc.session().live_answers().count();
            ui.label(fl!("status-answers", count = count));
        });
    });
}

fn notices_ui(ui: &mut egui::Ui, notices: &[Notice], commands: &mut Vec<Command>) {
    for (index, notice) in notices.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                // Heard when it appears: an error at once, a notice when
                // the screen reader is done with what it is saying.
                if notice.is_error {
                    let color = ui.visuals().error_fg_color;
                    ui.label(
                        RichText::new(fl!("notice-error-prefix"))
                            .strong()
                            .color(color),
                    );
                    let text = ui.label(RichText::new(&notice.text).color(color));
                    spoken::announced(text, Urgency::Assertive);
                } else {
                    spoken::announced(ui.label(&notice.text), Urgency::Polite);
                }
                if notice.undo && ui.button(fl!("notice-undo")).clicked() {
                    commands.push(Command::Ui(UiCommand::Undo));
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
    adopt: Option<&std::path::Path>,
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
        if let Some(file) = adopt {
            ui.label(fl!("recovery-into", file = file.display().to_string()));
        }
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
