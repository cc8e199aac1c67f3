//! The Synthesis view: import the groups' files (dialog, drop, watched
//! folder), see what each import did, resolve conflicts, then shape themes
//! across groups (see `themes_view`).

use egui::RichText;

use super::themes::{ThemesState, themes_ui};
use crate::app::{ImportLine, ImportOutcome};
use crate::command::Command;
use crate::words::fl;
use plenary_core::merge;
use plenary_core::session::{Answer, Session};
use plenary_i18n::Describe as _;

pub(crate) struct SynthesisContext<'a> {
    pub session: &'a Session,
    /// The document's change count, so a preview of suggestions can tell
    /// when the answers changed under it.
    pub change: u64,
    pub imports: &'a [ImportLine],
    pub watched: Option<&'a std::path::Path>,
}

pub(crate) fn synthesis_ui(
    ui: &mut egui::Ui,
    context: &SynthesisContext<'_>,
    themes: &mut ThemesState,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui.button(fl!("synthesis-import")).clicked() {
            commands.push(Command::ImportFiles);
        }
        match context.watched {
            Some(folder) => {
                ui.label(fl!(
                    "synthesis-watching",
                    folder = folder.display().to_string()
                ));
                if ui.button(fl!("synthesis-stop-watching")).clicked() {
                    commands.push(Command::StopWatching);
                }
            }
            None => {
                if ui.button(fl!("synthesis-watch")).clicked() {
                    commands.push(Command::WatchFolder);
                }
            }
        }
        ui.label(RichText::new(fl!("synthesis-drop-hint")).weak());
    });
    ui.separator();
    // Each view scrolls on its own: a shared id would open one view where
    // another was left.
    egui::ScrollArea::vertical()
        .id_salt("synthesis-view")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            imports_ui(ui, context.imports, commands);
            conflicts_ui(ui, context.session, commands);
            themes_ui(ui, context.session, context.change, themes, commands);
        });
}

fn imports_ui(ui: &mut egui::Ui, imports: &[ImportLine], commands: &mut Vec<Command>) {
    if imports.is_empty() {
        return;
    }
    let heading = RichText::new(fl!("synthesis-imports-count", count = imports.len())).heading();
    egui::CollapsingHeader::new(heading)
        .id_salt("imports")
        .default_open(true)
        .show(ui, |ui| import_lines_ui(ui, imports, commands));
    ui.separator();
}

fn import_lines_ui(ui: &mut egui::Ui, imports: &[ImportLine], commands: &mut Vec<Command>) {
    for line in imports {
        let name = line.file.file_name().map_or_else(
            || line.file.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        ui.horizontal_wrapped(|ui| match &line.outcome {
            ImportOutcome::Merged(report) => {
                ui.label(RichText::new(format!("✔ {name}")).strong());
                ui.label(report.describe(crate::words::words()));
            }
            ImportOutcome::Unreadable(message) => {
                let color = ui.visuals().error_fg_color;
                ui.label(RichText::new(format!("✖ {name}")).strong().color(color));
                ui.label(RichText::new(message).color(color));
                ui.label(fl!("synthesis-unreadable-hint"));
            }
            ImportOutcome::OtherSession(message) => {
                let color = ui.visuals().warn_fg_color;
                ui.label(RichText::new(format!("⚠ {name}")).strong().color(color));
                ui.label(message);
                let button = ui
                    .button(fl!("synthesis-import-anyway"))
                    .accessible_name(fl!("synthesis-import-anyway-named", file = name.clone()));
                if button.clicked() {
                    commands.push(Command::ImportAnyway(line.file.clone()));
                }
            }
        })
        .response
        .on_hover_text(line.file.display().to_string());
    }
}

fn group_name(session: &Session, answer: &Answer) -> String {
    session.group(answer.group).map_or_else(
        || fl!("synthesis-unknown-group"),
        |group| group.name.clone(),
    )
}

fn conflicts_ui(ui: &mut egui::Ui, session: &Session, commands: &mut Vec<Command>) {
    let conflicted: Vec<&Answer> = session
        .answers
        .iter()
        .filter(|a| !a.conflicts.is_empty())
        .collect();
    if conflicted.is_empty() {
        return;
    }
    ui.heading(fl!("synthesis-conflicts", count = conflicted.len()));
    ui.label(fl!("synthesis-conflicts-hint"));
    for (number, answer) in conflicted.iter().enumerate() {
        let number = number.saturating_add(1);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(
                RichText::new(fl!(
                    "synthesis-conflict-of",
                    group = group_name(session, answer)
                ))
                .strong(),
            );
            for (index, version) in merge::versions(answer).iter().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    let keep = ui.button(fl!("synthesis-keep")).accessible_name(fl!(
                        "synthesis-keep-named",
                        conflict = number,
                        version = index.saturating_add(1)
                    ));
                    if keep.clicked() {
                        commands.push(Command::Resolve {
                            answer: answer.id,
                            keep: index,
                            keep_others: false,
                        });
                    }
                    let when = version.modified.strftime("%H:%M").to_string();
                    let text = if version.deleted {
                        fl!("synthesis-version-deleted", when = when)
                    } else {
                        fl!(
                            "synthesis-version",
                            text = version.text.clone(),
                            when = when
                        )
                    };
                    ui.label(text);
                });
            }
            let both = ui
                .button(fl!("synthesis-keep-all"))
                .accessible_name(fl!("synthesis-keep-all-named", conflict = number));
            if both.clicked() {
                commands.push(Command::Resolve {
                    answer: answer.id,
                    keep: 0,
                    keep_others: true,
                });
            }
        });
    }
    ui.separator();
}
