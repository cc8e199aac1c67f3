//! The plenary report: one model built from the session ([`build`]), drawn by
//! one module per format.
//!
//! The model holds text only, already in the report's language and with the
//! attribution chosen, so no format can leak a group name that an anonymous
//! report must not show, or forget an answer another format shows.

mod csv;
mod docx;
mod isolate;
mod markdown;
mod pdf;
mod printed;

pub use markdown::escape_markdown;
use serde::Serialize;

use std::collections::HashMap;

use plenary_core::meeting_date::MeetingDate;
use plenary_core::session::{Answer, AnswerId, GroupId, Language, QuestionId, Session, Theme};
use plenary_core::themes::vote::{self, Ranked};
use plenary_core::themes::wording::{as_printed, beside_a_bullet};
use plenary_i18n::{Words, words};

/// The formats a report is exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
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
    /// Add the annex with each group's answers as typed.
    pub annex: bool,
    /// Name no group anywhere.
    pub anonymous: bool,
    /// The language of the report's headings.
    pub language: Language,
    /// Each answer's kind and topics after it ("Benefit; Biometrics"), in
    /// every format but the CSV, which always has them in columns of their
    /// own. Off by default: a committee document reads without them.
    pub details: bool,
}

/// Why a report could not be made.
#[derive(Debug)]
pub enum ReportError {
    /// Typst could not lay it out: its words.
    Layout(String),
    /// The format's writer failed: its words.
    Write(String),
}

impl plenary_i18n::Describe for ReportError {
    fn describe(&self, words: &Words) -> String {
        match self {
            ReportError::Layout(error) => {
                i18n_embed_fl::fl!(words, "problem-report-layout", error = error.as_str())
            }
            ReportError::Write(error) => {
                i18n_embed_fl::fl!(words, "problem-report-write", error = error.as_str())
            }
        }
    }
}

/// The report, as text ready to lay out.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The language code of the report (`en`, `fr`).
    pub lang: String,
    pub labels: Labels,
    pub title: String,
    pub meeting: String,
    /// Where and when the meeting met, as a committee document heads its
    /// first page: "WCO headquarters, Brussels, March 2017."; empty when
    /// the session says neither.
    pub place_and_date: String,
    pub background: Vec<String>,
    pub speakers: Vec<SpeakerRow>,
    /// Which of the panel's columns anyone filled: an empty column is left
    /// out of the table.
    pub panel_columns: PanelColumns,
    pub questions: Vec<QuestionSection>,
    /// Answers to a question the session no longer lists (removed after
    /// they were typed, or never set up here): kept, and shown apart.
    pub other_answers: Vec<AnswerRow>,
    /// The themes made mostly of recommendations, in rank order, each
    /// with its statement and the groups' recommendations under it.
    pub recommended: Vec<Recommended>,
    /// The recommendations in none of those themes.
    pub recommendations: Vec<AnswerRow>,
    /// Each group's answers as typed; empty when the annex is left out.
    pub annex: Vec<GroupAnnex>,
    pub anonymous: bool,
    /// Whether each answer is followed by its kind and topics.
    pub details: bool,
    /// What a printed format (PDF, DOCX) left out of a report too long to
    /// lay out whole, said under the title; empty otherwise.
    pub printed_note: String,
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
    /// The CSV's column of answers, one to a row.
    pub answer: String,
    pub group: String,
    pub kind: String,
    pub topics: String,
    pub recommendations: String,
    /// Over the recommendations in no recommended theme.
    pub other_recommendations: String,
    pub annex: String,
    pub rapporteur: String,
    pub no_answers: String,
    pub no_speakers: String,
    pub themes: String,
    pub unthemed: String,
    pub theme: String,
    /// The CSV's column of versions in conflict.
    pub conflict: String,
    /// After a heading a printed report repeats on a new page.
    pub continued: String,
    pub other_answers: String,
}

impl Labels {
    fn in_language(language: Language) -> Labels {
        let loader = words(language);
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
            answer: label("report-answer"),
            group: label("report-group"),
            kind: label("report-kind"),
            topics: label("report-topics"),
            recommendations: label("report-recommendations"),
            other_recommendations: label("report-other-recommendations"),
            annex: label("report-annex"),
            rapporteur: label("report-rapporteur"),
            no_answers: label("report-no-answers"),
            no_speakers: label("report-no-speakers"),
            themes: label("report-themes"),
            unthemed: label("report-unthemed"),
            theme: label("report-theme"),
            conflict: label("report-conflict-column"),
            continued: label("report-continued"),
            other_answers: label("report-other-answers"),
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
    /// The themes, ranked; empty in the annex.
    pub themes: Vec<ThemeRow>,
    /// The answers in no theme (every answer, in the annex).
    pub answers: Vec<AnswerRow>,
}

/// A theme across groups, in its place in the ranking.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ThemeRow {
    /// "1", or "2 (tie)" when another theme has the same place.
    pub rank: String,
    pub name: String,
    /// The sentence that says the theme, which it is presented with: empty
    /// when it has none, or when it only says the name again.
    pub statement: String,
    /// Who raised it and how many dots it got, in words: "Raised by Group 1,
    /// Group 3 · 5 dots" (by how many groups, in an anonymous report).
    pub raised: String,
    /// The groups' own wordings, each with what it says beyond the
    /// statement ([`Ranked::wordings`]): the answer a suggested statement
    /// was taken from is not printed again under it.
    pub answers: Vec<AnswerRow>,
    /// The answers that say nothing beyond the statement, which the
    /// printed formats leave out, as the statement and `raised` say them;
    /// the CSV keeps them.
    pub stated_by: Vec<AnswerRow>,
}

/// A theme made mostly of recommendations, as the report's closing section
/// reads it to the committee.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Recommended {
    /// Its place among the recommendations: 1, 2…
    pub number: usize,
    /// Its statement, or its name when it has none.
    pub statement: String,
    pub raised: String,
    /// The groups' recommendations in it, in their own words.
    pub wordings: Vec<AnswerRow>,
}

/// The panel table's columns that hold anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "one flag per column of the table"
)]
pub struct PanelColumns {
    pub speaker: bool,
    pub administration: bool,
    pub topic: bool,
    pub notes: bool,
}

impl PanelColumns {
    fn of(speakers: &[SpeakerRow]) -> PanelColumns {
        let any = |text: fn(&SpeakerRow) -> bool| speakers.iter().any(text);
        PanelColumns {
            speaker: any(|s| !s.name.trim().is_empty()),
            administration: any(|s| !s.administration.trim().is_empty()),
            topic: any(|s| !s.topic.trim().is_empty()),
            notes: any(|s| !s.notes.is_empty()),
        }
    }
}

/// One answer as the report shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnswerRow {
    /// What the lists print: without the first mark of a list it was typed
    /// as ([`beside_a_bullet`]), as the list has its own bullet, and with
    /// accents decoded wrongly on the way mended ([`as_printed`]).
    pub text: String,
    /// The answer as its group typed it, which the CSV keeps.
    pub typed: String,
    /// The group's name; empty in an anonymous report.
    pub group: String,
    pub kind: String,
    pub topics: Vec<String>,
    /// The kind and the topics, as every format shows them after the text:
    /// "Risk; Biometrics, Robotics".
    pub detail: String,
    /// For the CSV: the question's number.
    pub question: usize,
    /// For the CSV: the theme the answer is in, if any.
    pub theme: String,
    /// When the answer was edited differently on two laptops and nobody has
    /// chosen yet: a warning naming the other versions. Empty otherwise.
    pub conflict: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupAnnex {
    pub name: String,
    pub rapporteur: String,
    pub questions: Vec<QuestionSection>,
}

/// An answer's kind and topics, as the report shows them after its text.
fn detail(loader: &Words, kind: &str, topics: &[String]) -> String {
    if topics.is_empty() {
        kind.to_owned()
    } else {
        let topics = topics.join(", ");
        i18n_embed_fl::fl!(loader, "report-detail", kind = kind, topics = topics)
    }
}

/// How many other versions of an answer a report names: a few say what is
/// at stake; thousands (a forged file) would bury the answer.
const VERSIONS_NAMED: usize = 5;

/// What a report says of an answer kept in several versions: each other
/// version's text, or that it was deleted, with the time it was made there
/// (in UTC, so two secretaries' reports are the same bytes). Empty when the
/// answer has one version.
fn conflict_note(loader: &Words, answer: &Answer) -> String {
    if answer.conflicts.is_empty() {
        return String::new();
    }
    let mut versions: Vec<String> = answer
        .conflicts
        .iter()
        .take(VERSIONS_NAMED)
        .map(|version| {
            let when = version.modified.strftime("%Y-%m-%d %H:%M UTC").to_string();
            if version.deleted {
                i18n_embed_fl::fl!(loader, "report-conflict-deleted", when = when)
            } else {
                i18n_embed_fl::fl!(
                    loader,
                    "report-conflict-version",
                    text = version.text.as_str(),
                    when = when
                )
            }
        })
        .collect();
    let more = answer.conflicts.len().saturating_sub(VERSIONS_NAMED);
    if more > 0 {
        versions.push(i18n_embed_fl::fl!(
            loader,
            "report-conflict-more",
            count = more
        ));
    }
    i18n_embed_fl::fl!(loader, "report-conflict", versions = versions.join("; "))
}

/// What turns an answer into a row of the report.
struct Rows<'a> {
    session: &'a Session,
    loader: &'a Words,
    anonymous: bool,
    theme_of: HashMap<AnswerId, &'a Theme>,
    group_names: HashMap<GroupId, &'a str>,
    unknown_group: String,
    numbers: HashMap<QuestionId, usize>,
}

impl<'a> Rows<'a> {
    fn of(session: &'a Session, loader: &'a Words, anonymous: bool) -> Self {
        Rows {
            session,
            loader,
            anonymous,
            theme_of: session
                .themes
                .iter()
                .filter(|theme| !theme.suggested)
                .flat_map(|theme| theme.answers.iter().map(move |answer| (*answer, theme)))
                .collect(),
            group_names: session
                .groups
                .iter()
                .map(|group| (group.id, group.name.as_str()))
                .collect(),
            unknown_group: plenary_i18n::unknown_group(loader),
            numbers: session
                .questions
                .iter()
                .zip(1..)
                .map(|(question, number)| (question.id, number))
                .collect(),
        }
    }

    fn row(&self, answer: &Answer) -> AnswerRow {
        let kind = plenary_i18n::kind_name(self.loader, answer.kind);
        let topics: Vec<String> = answer
            .topics
            .iter()
            .filter_map(|id| self.session.topic(*id))
            .map(|topic| topic.name.clone())
            .collect();
        AnswerRow {
            text: beside_a_bullet(&as_printed(&answer.text)).to_owned(),
            typed: answer.text.clone(),
            group: if self.anonymous {
                String::new()
            } else {
                self.group_names
                    .get(&answer.group)
                    .map_or_else(|| self.unknown_group.clone(), |name| (*name).to_owned())
            },
            detail: detail(self.loader, &kind, &topics),
            kind,
            topics,
            question: self.numbers.get(&answer.question).copied().unwrap_or(0),
            theme: self
                .theme_of
                .get(&answer.id)
                .map(|theme| theme.name.clone())
                .unwrap_or_default(),
            conflict: conflict_note(self.loader, answer),
        }
    }
}

/// Builds the report of a session. Every live answer is in it: an answer
/// to a question the session no longer lists is under "Other answers", and
/// one of a group it does not list is said to be of an unknown group.
pub fn build(session: &Session, options: Options) -> Report {
    let loader = words(options.language);
    let labels = Labels::in_language(options.language);
    let rows = Rows::of(session, loader, options.anonymous);
    let row = |answer: &Answer| rows.row(answer);
    let theme_of = &rows.theme_of;
    let numbers = &rows.numbers;
    let unknown_group = rows.unknown_group.clone();
    // The live answers of each question, in the session's order.
    let mut by_question: HashMap<QuestionId, Vec<&Answer>> = HashMap::new();
    let mut other_answers = Vec::new();
    for answer in session.live_answers() {
        if numbers.contains_key(&answer.question) {
            by_question.entry(answer.question).or_default().push(answer);
        } else {
            other_answers.push(row(answer));
        }
    }
    let questions: Vec<QuestionSection> = session
        .questions
        .iter()
        .zip(1..)
        .map(|(question, number)| QuestionSection {
            number,
            text: question.text.clone(),
            themes: vote::ranking(session, question.id)
                .iter()
                .map(|ranked| theme_row(session, ranked, loader, options.anonymous, &row))
                .collect(),
            answers: by_question
                .get(&question.id)
                .into_iter()
                .flatten()
                .filter(|answer| !theme_of.contains_key(&answer.id))
                .map(|answer| row(answer))
                .collect(),
        })
        .collect();
    let (recommended, recommendations) =
        recommendation_rows(session, loader, options.anonymous, &row);
    let speakers = speaker_rows(session);
    let annex = if options.annex {
        annex(session, options.anonymous, &labels, &unknown_group, &row)
    } else {
        Vec::new()
    };
    Report {
        title: session.title.clone(),
        meeting: session.meeting.trim().to_owned(),
        place_and_date: place_and_date(&session.venue, session.date, options.language),
        background: paragraphs(&session.background),
        panel_columns: PanelColumns::of(&speakers),
        speakers,
        questions,
        other_answers,
        recommended,
        recommendations,
        annex,
        anonymous: options.anonymous,
        details: options.details,
        printed_note: String::new(),
        lang: options.language.code().to_owned(),
        labels,
    }
}

/// Each group's answers as typed, question by question; then, under
/// "Unknown group", the answers of groups the session does not list.
fn annex(
    session: &Session,
    anonymous: bool,
    labels: &Labels,
    unknown_group: &str,
    row: &dyn Fn(&Answer) -> AnswerRow,
) -> Vec<GroupAnnex> {
    let mut answers: HashMap<(GroupId, QuestionId), Vec<AnswerRow>> = HashMap::new();
    for answer in session.live_answers() {
        answers
            .entry((answer.group, answer.question))
            .or_default()
            .push(row(answer));
    }
    let mut annex: Vec<GroupAnnex> = session
        .groups
        .iter()
        .enumerate()
        .map(|(index, group)| GroupAnnex {
            name: annex_name(group, index, anonymous, labels),
            rapporteur: if anonymous {
                String::new()
            } else {
                group.rapporteur.clone()
            },
            questions: question_sections(session, |question| {
                answers.remove(&(group.id, question)).unwrap_or_default()
            }),
        })
        .collect();
    // What is left are the answers of groups the session does not list
    // (those to questions it does not list are the report's other answers),
    // group by group under each question.
    let mut left: Vec<((GroupId, QuestionId), Vec<AnswerRow>)> = answers.into_iter().collect();
    left.sort_by_key(|((group, _), _)| *group);
    let mut unlisted: HashMap<QuestionId, Vec<AnswerRow>> = HashMap::new();
    for ((_, question), rows) in left {
        unlisted.entry(question).or_default().extend(rows);
    }
    let unknown = question_sections(session, |question| {
        unlisted.remove(&question).unwrap_or_default()
    });
    if unknown.iter().any(|section| !section.answers.is_empty()) {
        annex.push(GroupAnnex {
            name: unknown_group.to_owned(),
            rapporteur: String::new(),
            questions: unknown,
        });
    }
    annex
}

impl Report {
    /// Calls `change` on every text of the report a person typed or a list
    /// made: what a format changes to print it (cut, made breakable).
    pub(crate) fn each_text(&mut self, change: &mut dyn FnMut(&mut String)) {
        fn rows(rows: &mut [AnswerRow], change: &mut dyn FnMut(&mut String)) {
            for row in rows {
                for text in [
                    &mut row.text,
                    &mut row.group,
                    &mut row.detail,
                    &mut row.conflict,
                ] {
                    change(text);
                }
            }
        }
        for text in [&mut self.title, &mut self.meeting, &mut self.place_and_date] {
            change(text);
        }
        self.background.iter_mut().for_each(&mut *change);
        for speaker in &mut self.speakers {
            for text in [
                &mut speaker.name,
                &mut speaker.administration,
                &mut speaker.topic,
            ] {
                change(text);
            }
            speaker.notes.iter_mut().for_each(&mut *change);
        }
        for question in &mut self.questions {
            change(&mut question.text);
            for theme in &mut question.themes {
                change(&mut theme.name);
                change(&mut theme.statement);
                change(&mut theme.raised);
                rows(&mut theme.answers, change);
                rows(&mut theme.stated_by, change);
            }
            rows(&mut question.answers, change);
        }
        rows(&mut self.other_answers, change);
        for theme in &mut self.recommended {
            change(&mut theme.statement);
            change(&mut theme.raised);
            rows(&mut theme.wordings, change);
        }
        rows(&mut self.recommendations, change);
        for group in &mut self.annex {
            change(&mut group.name);
            change(&mut group.rapporteur);
            for question in &mut group.questions {
                rows(&mut question.answers, change);
            }
        }
    }
}

/// A section per question of the session, in its order, holding the answers
/// `answers(question)` gives.
fn question_sections(
    session: &Session,
    mut answers: impl FnMut(QuestionId) -> Vec<AnswerRow>,
) -> Vec<QuestionSection> {
    session
        .questions
        .iter()
        .zip(1..)
        .map(|(question, number)| QuestionSection {
            number,
            text: question.text.clone(),
            themes: Vec::new(),
            answers: answers(question.id),
        })
        .collect()
}

/// A group's name in the annex: in an anonymous report, a letter, not its
/// number or name.
fn annex_name(
    group: &plenary_core::session::Group,
    index: usize,
    anonymous: bool,
    labels: &Labels,
) -> String {
    if anonymous {
        let letter =
            char::from_u32(u32::try_from(index % 26).unwrap_or(0) + u32::from(b'A')).unwrap_or('?');
        format!("{} {letter}", labels.group)
    } else {
        group.name.clone()
    }
}

/// The recommendations to policy leaders: the themes made mostly of
/// recommendations, in rank order, each said by its statement with the
/// groups' recommendations in it under it; then the recommendations in no
/// such theme.
fn recommendation_rows(
    session: &Session,
    loader: &Words,
    anonymous: bool,
    row: &dyn Fn(&Answer) -> AnswerRow,
) -> (Vec<Recommended>, Vec<AnswerRow>) {
    let (advising, advice) = vote::recommendations(session);
    let recommended = advising
        .iter()
        .zip(1..)
        .map(|(ranked, number)| Recommended {
            number,
            statement: ranked.theme.said().to_owned(),
            raised: raised_by(session, ranked, loader, anonymous),
            wordings: ranked
                .advice_beyond_statement()
                .map(|(answer, words)| AnswerRow {
                    text: words,
                    ..row(answer)
                })
                .collect(),
        })
        .collect();
    let advice = advice
        .into_iter()
        .map(|(answer, words)| AnswerRow {
            text: words,
            ..row(answer)
        })
        .collect();
    (recommended, advice)
}

/// A ranked theme as the report prints it.
fn theme_row(
    session: &Session,
    ranked: &Ranked<'_>,
    loader: &Words,
    anonymous: bool,
    row: &dyn Fn(&Answer) -> AnswerRow,
) -> ThemeRow {
    let rank = if ranked.tied {
        i18n_embed_fl::fl!(loader, "report-rank-tied", rank = ranked.rank)
    } else {
        ranked.rank.to_string()
    };
    let mut answers = Vec::new();
    let mut wordings = ranked.wordings().peekable();
    let mut stated_by = Vec::new();
    for answer in &ranked.answers {
        match wordings.next_if(|(worded, _)| worded.id == answer.id) {
            Some((_, words)) => answers.push(AnswerRow {
                text: beside_a_bullet(&as_printed(words)).to_owned(),
                ..row(answer)
            }),
            None => stated_by.push(row(answer)),
        }
    }
    ThemeRow {
        rank,
        name: ranked.theme.name.clone(),
        statement: ranked.theme.statement_beyond_name().to_owned(),
        raised: raised_by(session, ranked, loader, anonymous),
        answers,
        stated_by,
    }
}

/// Who raised a theme, and its dots where the question was voted on.
fn raised_by(session: &Session, ranked: &Ranked<'_>, loader: &Words, anonymous: bool) -> String {
    let groups: Vec<String> = ranked
        .groups
        .iter()
        .filter_map(|group| session.group(*group))
        .map(|group| group.name.clone())
        .collect();
    let dots = ranked.dots;
    let count = groups.len();
    let groups = groups.join(", ");
    // Dots are named only where the question was voted on: "0 dots" under
    // every theme says nothing but that no vote was taken.
    match (anonymous, ranked.voted) {
        (true, true) => i18n_embed_fl::fl!(
            loader,
            "report-raised-anonymous",
            count = count,
            dots = dots
        ),
        (true, false) => {
            i18n_embed_fl::fl!(loader, "report-raised-anonymous-no-vote", count = count)
        }
        (false, true) => {
            i18n_embed_fl::fl!(loader, "report-raised-by", groups = groups, dots = dots)
        }
        (false, false) => i18n_embed_fl::fl!(loader, "report-raised-by-no-vote", groups = groups),
    }
}

/// The speakers the facilitator wrote something about. A panel slot with
/// only its topic (as the template sets them up) is not a speaker yet.
fn speaker_rows(session: &Session) -> Vec<SpeakerRow> {
    session
        .panel
        .speakers
        .iter()
        .filter(|speaker| {
            [&speaker.name, &speaker.administration, &speaker.notes]
                .iter()
                .any(|text| !text.trim().is_empty())
        })
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

/// "Venue, date." as a committee document's heading gives them. A venue
/// typed with its own full stop ("Brussels .") loses it before the date,
/// unless it ends an abbreviation ("Washington D.C.").
pub(crate) fn place_and_date(venue: &str, date: Option<MeetingDate>, language: Language) -> String {
    let venue = venue.trim();
    let stripped = venue.trim_end_matches('.').trim_end();
    let abbreviation = stripped
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|word| word.contains('.'));
    let venue = if abbreviation { venue } else { stripped };
    let date = date.map(|date| format_date(date, language));
    let placed = [Some(venue), date.as_deref()]
        .into_iter()
        .flatten()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    if placed.is_empty() || placed.ends_with('.') {
        placed
    } else {
        format!("{placed}.")
    }
}

/// A meeting's date as a document prints it: "23 March 2017", "mars 2017".
fn format_date(date: MeetingDate, language: Language) -> String {
    const MONTHS: [[&str; 12]; 2] = [
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        [
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
        ],
    ];
    let names = match language {
        Language::English => &MONTHS[0],
        Language::French => &MONTHS[1],
    };
    let month = names[usize::try_from(date.month() - 1).unwrap_or(0).min(11)];
    match date.day() {
        Some(day) => format!("{day} {month} {}", date.year()),
        None => format!("{month} {}", date.year()),
    }
}

/// The report in `format`, as the bytes of the file.
pub fn render(report: &Report, format: Format) -> Result<Vec<u8>, ReportError> {
    match format {
        Format::Markdown => markdown::markdown(report).map(String::into_bytes),
        Format::Html => markdown::html(report).map(String::into_bytes),
        Format::Csv => csv::csv(report),
        Format::Docx => docx::docx(&printed::printable(report)),
        Format::Pdf => pdf::pdf(report),
    }
}

/// A file name for the report of a session, safe on every file system.
pub fn file_name(title: &str, format: Format) -> String {
    format!(
        "{}-report.{}",
        plenary_core::store::file_stem(title),
        format.extension()
    )
}
