//! The plenary report: one model built from the session ([`build`]), drawn by
//! one module per format.
//!
//! The model holds text only, already in the report's language and with the
//! attribution chosen, so no format can leak a group name that an anonymous
//! report must not show, or forget an answer another format shows.

mod csv;
mod docx;
mod markdown;
mod pdf;

pub use markdown::escape_markdown;
use serde::Serialize;

use crate::i18n::loader_for;
use crate::session::{Answer, AnswerKind, Language, Session};

/// The formats a report is exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    #[value(name = "md")]
    Markdown,
    Html,
    Docx,
    Pdf,
    Csv,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Markdown,
        Format::Html,
        Format::Docx,
        Format::Pdf,
        Format::Csv,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Pdf => "pdf",
            Format::Csv => "csv",
        }
    }

    /// The format a file name asks for, by its extension.
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Format::ALL.into_iter().find(|format| {
            format.extension() == extension
                || (extension == "markdown" && *format == Format::Markdown)
        })
    }
}

/// What the person chose for this report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Add the annex with each group's answers verbatim.
    pub annex: bool,
    /// Name no group anywhere.
    pub anonymous: bool,
    /// The language of the report's headings.
    pub language: Language,
}

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("the report could not be laid out: {0}")]
    Layout(String),
    #[error("the report could not be written: {0}")]
    Write(String),
}

/// The report, as text ready to lay out.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The language code of the report (`en`, `fr`).
    pub lang: String,
    pub labels: Labels,
    pub title: String,
    pub meeting: String,
    pub date: String,
    pub venue: String,
    pub background: Vec<String>,
    pub speakers: Vec<SpeakerRow>,
    pub questions: Vec<QuestionSection>,
    pub recommendations: Vec<AnswerRow>,
    /// Each group's answers verbatim; empty when the annex is left out.
    pub annex: Vec<GroupAnnex>,
    pub anonymous: bool,
}

/// The report's fixed texts, in its language.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Labels {
    pub background: String,
    pub panel: String,
    pub speaker: String,
    pub administration: String,
    pub topic: String,
    pub notes: String,
    pub question: String,
    pub answers: String,
    pub group: String,
    pub kind: String,
    pub topics: String,
    pub recommendations: String,
    pub annex: String,
    pub rapporteur: String,
    pub no_answers: String,
    pub no_speakers: String,
    pub date: String,
    pub venue: String,
}

impl Labels {
    fn in_language(language: Language) -> Labels {
        let loader = loader_for(language);
        let label = |id: &str| loader.get(id);
        Labels {
            background: label("report-background"),
            panel: label("report-panel"),
            speaker: label("report-speaker"),
            administration: label("report-administration"),
            topic: label("report-topic"),
            notes: label("report-notes"),
            question: label("report-question"),
            answers: label("report-answers"),
            group: label("report-group"),
            kind: label("report-kind"),
            topics: label("report-topics"),
            recommendations: label("report-recommendations"),
            annex: label("report-annex"),
            rapporteur: label("report-rapporteur"),
            no_answers: label("report-no-answers"),
            no_speakers: label("report-no-speakers"),
            date: label("report-date"),
            venue: label("report-venue"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SpeakerRow {
    pub name: String,
    pub administration: String,
    pub topic: String,
    pub notes: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuestionSection {
    pub number: usize,
    pub text: String,
    pub answers: Vec<AnswerRow>,
}

/// One answer as the report shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnswerRow {
    pub text: String,
    /// The group's name; empty in an anonymous report.
    pub group: String,
    pub kind: String,
    pub topics: Vec<String>,
    /// For the CSV: the question's number.
    pub question: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupAnnex {
    pub name: String,
    pub rapporteur: String,
    pub questions: Vec<QuestionSection>,
}

/// Builds the report of a session.
pub fn build(session: &Session, options: Options) -> Report {
    let loader = loader_for(options.language);
    let label = |id: &str| loader.get(id);
    let labels = Labels::in_language(options.language);
    let kind_name = |kind: AnswerKind| {
        label(match kind {
            AnswerKind::Benefit => "kind-benefit",
            AnswerKind::UseToday => "kind-use-today",
            AnswerKind::FutureUse => "kind-future-use",
            AnswerKind::Risk => "kind-risk",
            AnswerKind::Recommendation => "kind-recommendation",
            AnswerKind::Other => "kind-other",
        })
    };
    let row = |answer: &Answer| AnswerRow {
        text: answer.text.clone(),
        group: if options.anonymous {
            String::new()
        } else {
            session
                .group(answer.group)
                .map(|group| group.name.clone())
                .unwrap_or_default()
        },
        kind: kind_name(answer.kind),
        topics: answer
            .topics
            .iter()
            .filter_map(|id| session.topic(*id))
            .map(|topic| topic.name.clone())
            .collect(),
        question: session
            .questions
            .iter()
            .position(|question| question.id == answer.question)
            .map_or(0, |index| index + 1),
    };
    let sections = |answers: &dyn Fn(&Answer) -> bool| -> Vec<QuestionSection> {
        session
            .questions
            .iter()
            .enumerate()
            .map(|(index, question)| QuestionSection {
                number: index + 1,
                text: question.text.clone(),
                answers: session
                    .live_answers()
                    .filter(|answer| answer.question == question.id && answers(answer))
                    .map(row)
                    .collect(),
            })
            .collect()
    };
    let annex = if options.annex {
        session
            .groups
            .iter()
            .enumerate()
            .map(|(index, group)| GroupAnnex {
                name: if options.anonymous {
                    // A letter, not the group's number or name.
                    let letter =
                        char::from_u32(u32::try_from(index % 26).unwrap_or(0) + u32::from(b'A'))
                            .unwrap_or('?');
                    format!("{} {letter}", labels.group)
                } else {
                    group.name.clone()
                },
                rapporteur: if options.anonymous {
                    String::new()
                } else {
                    group.rapporteur.clone()
                },
                questions: sections(&|answer: &Answer| answer.group == group.id),
            })
            .collect()
    } else {
        Vec::new()
    };
    Report {
        title: session.title.clone(),
        meeting: session.meeting.clone(),
        date: session
            .date
            .map(|date| format_date(date, options.language))
            .unwrap_or_default(),
        venue: session.venue.clone(),
        background: paragraphs(&session.background),
        speakers: speaker_rows(session),
        questions: sections(&|_| true),
        recommendations: session
            .live_answers()
            .filter(|answer| answer.kind == AnswerKind::Recommendation)
            .map(row)
            .collect(),
        annex,
        anonymous: options.anonymous,
        lang: options.language.code().to_owned(),
        labels,
    }
}

fn speaker_rows(session: &Session) -> Vec<SpeakerRow> {
    session
        .panel
        .speakers
        .iter()
        .map(|speaker| SpeakerRow {
            name: speaker.name.clone(),
            administration: speaker.administration.clone(),
            topic: speaker
                .topic
                .and_then(|id| session.topic(id))
                .map(|topic| topic.name.clone())
                .unwrap_or_default(),
            notes: paragraphs(&speaker.notes),
        })
        .collect()
}

fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|paragraph| !paragraph.is_empty())
        .map(str::to_owned)
        .collect()
}

fn format_date(date: jiff::civil::Date, language: Language) -> String {
    match language {
        Language::English => date.strftime("%-d %B %Y").to_string(),
        Language::French => {
            const MONTHS: [&str; 12] = [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ];
            let month = usize::try_from(date.month() - 1).unwrap_or(0);
            format!("{} {} {}", date.day(), MONTHS[month.min(11)], date.year())
        }
    }
}

/// The report in `format`, as the bytes of the file.
pub fn render(report: &Report, format: Format) -> Result<Vec<u8>, ReportError> {
    match format {
        Format::Markdown => markdown::markdown(report).map(String::into_bytes),
        Format::Html => markdown::html(report).map(String::into_bytes),
        Format::Csv => csv::csv(report),
        Format::Docx => docx::docx(report),
        Format::Pdf => pdf::pdf(report),
    }
}

/// A file name for the report of a session, safe on every file system.
pub fn file_name(title: &str, format: Format) -> String {
    format!(
        "{}-report.{}",
        crate::store::file_stem(title),
        format.extension()
    )
}
