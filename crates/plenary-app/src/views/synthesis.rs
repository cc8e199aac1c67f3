//! The Synthesis view: import the groups' files (dialog, drop, watched
//! folder), see what each import did, resolve conflicts, then shape themes
//! across groups (see `themes_view`).

use egui::RichText;

use super::themes::{ThemesState, themes_ui};
use crate::app::{ImportLine, ImportOutcome};
use crate::command::Command;
use crate::meaning::MeaningReader;
use crate::spoken::{self, Urgency};
use crate::words::fl;
use plenary_core::action::{ItemId, Target};
use plenary_core::merge;
use plenary_core::session::{Answer, Session};
use plenary_core::watch::Look;
use plenary_i18n::Describe as _;

pub(crate) struct SynthesisContext<'a> {
    pub session: &'a Session,
    /// The document's change count, so a preview of suggestions can tell
    /// when the answers changed under it.
    pub change: u64,
    pub imports: &'a [ImportLine],
    /// The folder watched for group files, and what its last scan found.
    pub watched: Option<(&'a std::path::Path, Look)>,
}

pub(crate) fn synthesis_ui(
    ui: &mut egui::Ui,
    context: &SynthesisContext<'_>,
    themes: &mut ThemesState,
    reader: &mut MeaningReader,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui.button(fl!("synthesis-import")).clicked() {
            commands.push(Command::ImportFiles);
        }
        match context.watched {
            Some((folder, look)) => {
                watching_ui(ui, folder, look);
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
            setup_conflicts_ui(ui, context.session, commands);
            themes_ui(
                ui,
                context.session,
                context.change,
                themes,
                reader,
                commands,
            );
        });
}

/// Which folder is watched and when it was last looked at, or that it cannot
/// be found (a USB stick taken out): watching goes on, and resumes by itself
/// when the folder is back.
fn watching_ui(ui: &mut egui::Ui, folder: &std::path::Path, look: Look) {
    let folder = folder.display().to_string();
    let seconds = look
        .at
        .and_then(|at| at.elapsed().ok())
        .map_or(0, |ago| ago.as_secs());
    let last_look = fl!("synthesis-last-look", seconds = seconds);
    if look.at.is_some() && !look.found {
        let missing = fl!("synthesis-watch-missing", folder = folder);
        ui.colored_label(ui.visuals().warn_fg_color, format!("{missing} {last_look}"));
    } else {
        let watching = fl!("synthesis-watching", folder = folder);
        if look.at.is_some() {
            ui.label(format!("{watching} {last_look}"));
        } else {
            ui.label(watching);
        }
    }
    // The "seconds ago" moves on without a key press.
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs(1));
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
            ImportOutcome::Merged(report) if report.whole_session => {
                let color = ui.visuals().warn_fg_color;
                ui.label(RichText::new(format!("⚠ {name}")).strong().color(color));
                let summary = ui.label(report.describe(crate::words::words()));
                spoken::announced(summary, Urgency::Polite);
                let button = ui
                    .button(fl!("synthesis-take-whole"))
                    .accessible_name(fl!("synthesis-take-whole-named", file = name.clone()));
                if button.clicked() {
                    commands.push(Command::ImportWhole(line.file.clone()));
                }
            }
            ImportOutcome::Merged(report) => {
                ui.label(RichText::new(format!("✔ {name}")).strong());
                let summary = ui.label(report.describe(crate::words::words()));
                spoken::announced(summary, Urgency::Polite);
            }
            ImportOutcome::Unreadable(message) => {
                let color = ui.visuals().error_fg_color;
                ui.label(RichText::new(format!("✖ {name}")).strong().color(color));
                let problem = ui.label(RichText::new(message).color(color));
                spoken::announced(problem, Urgency::Assertive);
                ui.label(fl!("synthesis-unreadable-hint"));
            }
            ImportOutcome::OtherSession(message) => {
                let color = ui.visuals().warn_fg_color;
                ui.label(RichText::new(format!("⚠ {name}")).strong().color(color));
                spoken::announced(ui.label(message), Urgency::Polite);
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

/// The set-up's items, the themes and the header that two laptops edited
/// differently: each version, and a button to keep it.
fn setup_conflicts_ui(ui: &mut egui::Ui, session: &Session, commands: &mut Vec<Command>) {
    let conflicted = conflicted_setup(session);
    if conflicted.is_empty() {
        return;
    }
    ui.heading(fl!("synthesis-setup-conflicts", count = conflicted.len()));
    ui.label(fl!("synthesis-setup-conflicts-hint"));
    for (number, (target, what, versions)) in conflicted.iter().enumerate() {
        let number = number.saturating_add(1);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new(what).strong());
            for (index, version) in versions.iter().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    let keep = ui.button(fl!("synthesis-keep")).accessible_name(fl!(
                        "synthesis-keep-setup-named",
                        conflict = number,
                        version = index.saturating_add(1)
                    ));
                    if keep.clicked() {
                        commands.push(Command::ResolveItem {
                            target: *target,
                            keep: index,
                        });
                    }
                    ui.label(version);
                });
            }
        });
    }
    ui.separator();
}

/// Each set-up item, theme or the header in conflict: what it is, and how
/// each version reads.
fn conflicted_setup(session: &Session) -> Vec<(Target, String, Vec<String>)> {
    use plenary_core::version::versions;
    let mut found = Vec::new();
    let mut add = |target: Target, what: String, texts: Vec<String>| {
        if texts.len() > 1 {
            found.push((target, what, texts));
        }
    };
    let header = session.header();
    add(
        Target::Header,
        fl!("synthesis-conflict-header"),
        versions(&header)
            .iter()
            .map(|h| format!("{} · {} · {}", h.title, h.meeting, h.venue))
            .collect(),
    );
    for (index, question) in session.questions.iter().enumerate() {
        let texts = versions(question).into_iter().map(|q| q.text).collect();
        let what = fl!("item-question", number = index.saturating_add(1));
        add(Target::Item(ItemId::Question(question.id)), what, texts);
    }
    for (index, topic) in session.topics.iter().enumerate() {
        let texts = versions(topic)
            .into_iter()
            .map(|t| format!("{} (#{})", t.name, t.key))
            .collect();
        let what = fl!("item-topic", number = index.saturating_add(1));
        add(Target::Item(ItemId::Topic(topic.id)), what, texts);
    }
    for (index, group) in session.groups.iter().enumerate() {
        let texts = versions(group).into_iter().map(|g| g.name).collect();
        let what = fl!("item-group", number = index.saturating_add(1));
        add(Target::Item(ItemId::Group(group.id)), what, texts);
    }
    for (index, phase) in session.agenda.iter().enumerate() {
        let texts = versions(phase)
            .into_iter()
            .map(|p| {
                let kind = plenary_i18n::phase_kind_name(crate::words::words(), p.kind);
                fl!(
                    "synthesis-conflict-phase",
                    kind = kind,
                    minutes = p.planned_minutes
                )
            })
            .collect();
        let what = fl!("item-phase", number = index.saturating_add(1));
        add(Target::Item(ItemId::Phase(phase.id)), what, texts);
    }
    for (index, speaker) in session.panel.speakers.iter().enumerate() {
        let texts = versions(speaker)
            .into_iter()
            .map(|s| format!("{} · {}", s.name, s.administration))
            .collect();
        let what = fl!("item-speaker", number = index.saturating_add(1));
        add(Target::Item(ItemId::Speaker(speaker.id)), what, texts);
    }
    for theme in &session.themes {
        let texts = versions(theme)
            .into_iter()
            .map(|t| {
                fl!(
                    "synthesis-conflict-theme",
                    name = t.name.clone(),
                    answers = t.answers.len(),
                    dots = t.dots()
                )
            })
            .collect();
        let what = fl!("synthesis-conflict-theme-of", name = theme.name.clone());
        add(Target::Item(ItemId::Theme(theme.id)), what, texts);
    }
    found
}
