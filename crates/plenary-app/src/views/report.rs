//! The Report view: the options, a live preview of the plenary report, and
//! export to every format.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use egui::RichText;

use crate::command::Command;
use crate::widgets::lazy_row;
use crate::words::{fl, say};
use plenary_core::session::{Language, Session};
use plenary_core::store;
use plenary_docs::report::{self, AnswerRow, Format, Options, Report, ThemeRow};

/// The chosen options, the last report built (rebuilt when the session or
/// the options change), and the export under way.
#[derive(Debug, Default)]
pub(crate) struct ReportState {
    pub anonymous: bool,
    pub without_annex: bool,
    /// Each answer's kind and topics after it.
    pub details: bool,
    /// The headings' language, when not the session's.
    pub language: Option<Language>,
    built: Option<(u64, Options, Report)>,
    exporting: Option<Export>,
}

/// A report being written on a thread of its own: a PDF of thousands of
/// answers takes seconds, and the window must not freeze meanwhile.
#[derive(Debug)]
struct Export {
    path: PathBuf,
    done: Receiver<Result<(), Failure>>,
}

/// Why an export failed, told on the UI thread in the person's language.
#[derive(Debug)]
enum Failure {
    Render(report::ReportError),
    Write(store::WriteError),
}

/// How an export ended.
pub(crate) struct Exported {
    /// The file the report was written to, or was to be.
    pub path: PathBuf,
    /// Why it was not written, in words.
    pub result: Result<(), String>,
}

impl ReportState {
    pub(crate) fn options(&self, session: &Session) -> Options {
        Options {
            annex: !self.without_annex,
            anonymous: self.anonymous,
            language: self.language.unwrap_or(session.language),
            details: self.details,
        }
    }

    fn report(&mut self, session: &Session, change: u64) -> &Report {
        let options = self.options(session);
        let stale = !matches!(&self.built, Some((built, built_options, _)) if *built == change && *built_options == options);
        if stale {
            self.built = None;
        }
        let (_, _, report) = self
            .built
            .get_or_insert_with(|| (change, options, report::build(session, options)));
        report
    }

    /// The state for another session: options and preview afresh, the
    /// export under way kept, so that its notice still comes.
    pub(crate) fn for_another_session(self) -> Self {
        Self {
            exporting: self.exporting,
            ..Self::default()
        }
    }

    /// Whether a report is being written.
    pub(crate) fn is_exporting(&self) -> bool {
        self.exporting.is_some()
    }

    /// Starts writing `report` to `path`, atomically, off the UI thread. The
    /// window is asked to repaint when it is done: see [`Self::finished`].
    pub(crate) fn start_export(
        &mut self,
        ctx: &egui::Context,
        report: Report,
        format: Format,
        path: PathBuf,
    ) {
        let (sender, done) = channel();
        let ctx = ctx.clone();
        let target = path.clone();
        let started = std::thread::Builder::new()
            .name("report export".into())
            .spawn(move || {
                let written = report::render(&report, format)
                    .map_err(Failure::Render)
                    .and_then(|bytes| {
                        store::write_atomically(&target, &bytes).map_err(Failure::Write)
                    });
                let _ = sender.send(written);
                ctx.request_repaint();
            });
        // With no thread to write it, `finished` reports the export failed.
        drop(started);
        self.exporting = Some(Export { path, done });
    }

    /// The export that ended since the last call, if one did.
    pub(crate) fn finished(&mut self) -> Option<Exported> {
        let result = match self.exporting.as_ref()?.done.try_recv() {
            Ok(Ok(())) => Ok(()),
            Ok(Err(Failure::Render(error))) => Err(say(&error)),
            Ok(Err(Failure::Write(error))) => Err(say(&error)),
            Err(TryRecvError::Empty) => return None,
            // The thread stopped, or never started, before it could answer.
            Err(TryRecvError::Disconnected) => Err(fl!("notice-report-crashed")),
        };
        let export = self.exporting.take()?;
        Some(Exported {
            path: export.path,
            result,
        })
    }
}

pub(crate) fn format_name(format: Format) -> String {
    match format {
        Format::Markdown => fl!("report-format-md"),
        Format::Html => fl!("report-format-html"),
        Format::Docx => fl!("report-format-docx"),
        Format::Pdf => fl!("report-format-pdf"),
        Format::Csv => fl!("report-format-csv"),
    }
}

pub(crate) fn report_ui(
    ui: &mut egui::Ui,
    session: &Session,
    change: u64,
    state: &mut ReportState,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let mut annex = !state.without_annex;
        if ui
            .checkbox(&mut annex, fl!("report-option-annex"))
            .changed()
        {
            state.without_annex = !annex;
        }
        ui.checkbox(&mut state.anonymous, fl!("report-option-anonymous"));
        ui.checkbox(&mut state.details, fl!("report-option-details"));
        ui.label(fl!("report-option-language"));
        let current = state.language.unwrap_or(session.language);
        for language in Language::ALL {
            let name = match language {
                Language::English => fl!("language-en"),
                Language::French => fl!("language-fr"),
            };
            if ui.selectable_label(current == language, name).clicked() {
                state.language = Some(language);
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(fl!("report-export"));
        let idle = state.exporting.is_none();
        for format in Format::ALL {
            if ui
                .add_enabled(idle, egui::Button::new(format_name(format)))
                .clicked()
            {
                commands.push(Command::ExportReport(format));
            }
        }
        if let Some(export) = &state.exporting {
            let name = export.path.file_name().unwrap_or_default();
            ui.label(fl!("report-exporting", file = name.to_string_lossy()));
        }
    });
    ui.separator();
    let report = state.report(session, change);
    egui::ScrollArea::vertical()
        .id_salt("report-view")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(900.0);
            preview_ui(ui, report);
        });
}

fn preview_ui(ui: &mut egui::Ui, report: &Report) {
    let labels = &report.labels;
    // Headed as the document is: the meeting, where and when, the title.
    if !report.meeting.is_empty() {
        ui.label(RichText::new(&report.meeting).strong());
    }
    if !report.place_and_date.is_empty() {
        ui.label(&report.place_and_date);
    }
    ui.label(RichText::new(&report.title).size(24.0).strong());
    if !report.background.is_empty() {
        ui.heading(&labels.background);
    }
    for paragraph in &report.background {
        ui.label(paragraph);
        ui.add_space(4.0);
    }
    ui.heading(&labels.panel);
    if report.speakers.is_empty() {
        ui.label(RichText::new(&labels.no_speakers).italics());
    }
    for speaker in &report.speakers {
        let who: Vec<&str> = [&speaker.name, &speaker.administration, &speaker.topic]
            .into_iter()
            .map(String::as_str)
            .filter(|part| !part.is_empty())
            .collect();
        ui.label(RichText::new(who.join(" · ")).strong());
        for note in &speaker.notes {
            ui.label(note);
        }
    }
    for question in &report.questions {
        ui.add_space(8.0);
        ui.heading(format!(
            "{} {}. {}",
            labels.question, question.number, question.text
        ));
        if question.themes.is_empty() {
            answers_ui(
                ui,
                ("answers", question.number),
                &question.answers,
                &labels.no_answers,
                report.details,
            );
            continue;
        }
        ui.label(RichText::new(&labels.themes).strong().size(16.0));
        for (index, theme) in question.themes.iter().enumerate() {
            theme_ui(
                ui,
                ("theme", question.number, index),
                theme,
                &labels.no_answers,
                report.details,
            );
        }
        ui.label(RichText::new(&labels.unthemed).strong().size(16.0));
        answers_ui(
            ui,
            ("unthemed", question.number),
            &question.answers,
            &labels.no_answers,
            report.details,
        );
    }
    ui.add_space(8.0);
    ui.heading(&labels.recommendations);
    recommendations_ui(ui, report);
    if !report.annex.is_empty() {
        ui.add_space(8.0);
        ui.heading(&labels.annex);
        for (index, group) in report.annex.iter().enumerate() {
            ui.label(RichText::new(&group.name).strong().size(16.0));
            if !group.rapporteur.is_empty() {
                ui.label(format!("{} {}", labels.rapporteur, group.rapporteur));
            }
            for question in &group.questions {
                ui.label(
                    RichText::new(format!("{} {}", labels.question, question.number)).strong(),
                );
                let list = ("annex", index, question.number);
                answers_ui(
                    ui,
                    list,
                    &question.answers,
                    &labels.no_answers,
                    report.details,
                );
            }
        }
    }
}

/// A theme in its place in the ranking: its name, who raised it, its
/// answers.
fn theme_ui(
    ui: &mut egui::Ui,
    list: impl std::hash::Hash + std::fmt::Debug + Copy,
    theme: &ThemeRow,
    empty: &str,
    details: bool,
) {
    lazy_row(ui, (list, "heading"), |ui| {
        ui.label(RichText::new(format!("{}. {}", theme.rank, theme.name)).strong());
        if !theme.statement.is_empty() {
            ui.label(&theme.statement);
        }
        ui.label(RichText::new(&theme.raised).weak());
    });
    // A theme its statement says whole has no list.
    if !theme.answers.is_empty() {
        answers_ui(ui, list, &theme.answers, empty, details);
    }
}

/// The closing section as the report reads it: each recommended theme's
/// statement, numbered, with the groups' own wordings under it, then the
/// other recommendations numbered on.
fn recommendations_ui(ui: &mut egui::Ui, report: &Report) {
    let labels = &report.labels;
    if report.recommended.is_empty() && report.recommendations.is_empty() {
        ui.label(RichText::new(&labels.no_answers).italics());
    }
    for (index, theme) in report.recommended.iter().enumerate() {
        lazy_row(ui, ("recommended", index), |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(format!("{}. {}", theme.number, theme.statement)).strong());
                ui.label(RichText::new(&theme.raised).weak());
            });
        });
        if !theme.wordings.is_empty() {
            ui.indent(("recommended", index), |ui| {
                answers_ui(ui, ("wordings", index), &theme.wordings, "", report.details);
            });
        }
    }
    if !report.recommended.is_empty() && !report.recommendations.is_empty() {
        ui.label(
            RichText::new(&labels.other_recommendations)
                .strong()
                .size(16.0),
        );
    }
    for (index, answer) in report.recommendations.iter().enumerate() {
        lazy_row(ui, ("recommendations", index), |ui| {
            ui.horizontal_wrapped(|ui| {
                let number = report.recommended.len() + index + 1;
                ui.label(format!("{number}."));
                answer_ui(ui, answer, report.details);
            });
        });
    }
}

/// A list of answers, each with who gave it, and its kind and topics if
/// the report shows them (`details`). `list` tells this list from the
/// report's others.
fn answers_ui(
    ui: &mut egui::Ui,
    list: impl std::hash::Hash + std::fmt::Debug + Copy,
    answers: &[AnswerRow],
    empty: &str,
    details: bool,
) {
    if answers.is_empty() {
        ui.label(RichText::new(empty).italics());
    }
    for (index, answer) in answers.iter().enumerate() {
        lazy_row(ui, (list, index), |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                answer_ui(ui, answer, details);
            });
        });
    }
}

/// An answer's words, who gave it, and its kind and topics if `details`.
fn answer_ui(ui: &mut egui::Ui, answer: &AnswerRow, details: bool) {
    ui.label(&answer.text);
    if !answer.group.is_empty() {
        ui.label(RichText::new(format!("— {}", answer.group)).strong());
    }
    if details {
        ui.label(RichText::new(&answer.detail).weak());
    }
}
