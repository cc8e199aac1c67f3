//! The command line: open the window, or work on files with no window.
//!
//! One place turns outcomes into exit codes: 0 when everything went well,
//! 1 when a file had a problem (each printed as `FILE:LINE:COL: message`),
//! 2 for usage errors (clap's own).

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use plenary_core::merge::{self, Accept, FileReport};
use plenary_core::session::{AnswerId, Language, QuestionId, Session};
use plenary_core::store;
use plenary_docs::report::{self, Format};
use plenary_i18n::{Describe, Words};

use crate::terminal::{complain, say};

/// The command line speaks English: its output is read by scripts as much as
/// by people.
fn words() -> &'static Words {
    plenary_i18n::words(Language::English)
}

/// Plenary runs a panel-then-break-out session offline: set it up, capture
/// each group's answers on its own laptop, merge the files, present, report.
#[derive(Debug, Parser)]
#[command(name = "plenary", version, args_conflicts_with_subcommands = true)]
pub(crate) struct Cli {
    /// A session file to open. Without it the app opens the last session, or
    /// the default one (the PTC 2017 break-out).
    pub file: Option<PathBuf>,
    /// Watch this folder (a USB stick, a shared or synced folder) and import
    /// the group files that appear or change in it.
    #[arg(long, value_name = "FOLDER")]
    pub watch: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum CliCommand {
    /// Check session files and print each problem as `FILE:LINE:COL: message`.
    /// Exits 0 when all are valid, 1 otherwise.
    Validate {
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Merge the session file and group files into one session, and print
    /// what each file brought and how many conflicts remain. The files may
    /// come in any order: the result is the same. Exits 0 when every file
    /// was merged; 1 when one could not be read or belongs to another
    /// session (the others are still merged and OUT is written), or when
    /// nothing could be merged (OUT is not written).
    Merge {
        /// Where to write the merged session (written atomically); never one
        /// of the files merged.
        #[arg(long, short)]
        out: PathBuf,
        /// Also merge group files of other sessions, matching their questions
        /// and topics to this session's by id or by text.
        #[arg(long)]
        any_session: bool,
        /// Merge several whole sessions (other facilitators' copies of this
        /// one) whole: their set-up, themes and votes too.
        #[arg(long)]
        join_sessions: bool,
        /// The session file (the facilitator's) and the group files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Export the plenary report of a session. Exits 0, or 1 with a message
    /// naming the file.
    Report {
        /// The session file.
        file: PathBuf,
        /// Where to write the report (written atomically).
        #[arg(long, short)]
        out: PathBuf,
        /// The format; by default, the one OUT's extension names.
        #[arg(long, short, value_enum)]
        format: Option<ReportFormat>,
        /// Leave out the annex with each group's answers verbatim.
        #[arg(long)]
        no_annex: bool,
        /// Name no group anywhere.
        #[arg(long)]
        anonymous: bool,
        /// Follow each answer with its kind and topics (the CSV always has
        /// them, in columns of their own).
        #[arg(long)]
        details: bool,
        /// The language of the headings; by default, the session's.
        #[arg(long, value_parser = ["en", "fr"])]
        language: Option<String>,
    },
    /// Suggest themes across groups for a session's answers, as the app's
    /// "Suggest themes" button does. Answers already in an accepted theme are
    /// left where they are. Exits 0, or 1 with a message naming the file.
    Themes {
        /// The session file.
        file: PathBuf,
        /// Only this question: its number (1, 2, ...) or its id.
        #[arg(long)]
        question: Option<String>,
        /// How alike answers must be to share a theme, from 0 (coarse) to 1
        /// (fine).
        #[arg(long, default_value_t = plenary_core::themes::DEFAULT_SIMILARITY, value_parser = similarity)]
        similarity: f32,
        #[arg(long, value_enum, default_value_t = ThemesFormat::Text)]
        format: ThemesFormat,
        /// Also write a copy of the session holding the themes as
        /// suggestions, for the facilitator to accept in the app.
        #[arg(long, value_name = "OUT")]
        write: Option<PathBuf>,
    },
}

/// The formats of `plenary report --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Md,
    Html,
    Docx,
    Pdf,
    Csv,
}

impl From<ReportFormat> for Format {
    fn from(format: ReportFormat) -> Format {
        match format {
            ReportFormat::Md => Format::Markdown,
            ReportFormat::Html => Format::Html,
            ReportFormat::Docx => Format::Docx,
            ReportFormat::Pdf => Format::Pdf,
            ReportFormat::Csv => Format::Csv,
        }
    }
}

/// How `plenary themes` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ThemesFormat {
    Text,
    Json,
}

fn similarity(text: &str) -> Result<f32, String> {
    let value: f32 = text
        .parse()
        .map_err(|_| format!("“{text}” is not a number"))?;
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("{value} is not between 0 and 1"))
    }
}

/// Runs a command that needs no window, printing its findings.
pub(crate) fn run(command: CliCommand) -> ExitCode {
    match command {
        CliCommand::Validate { files } => validate(&files),
        CliCommand::Merge {
            out,
            any_session,
            join_sessions,
            files,
        } => merge(&out, any_session, join_sessions, &files),
        CliCommand::Report {
            file,
            out,
            format,
            no_annex,
            anonymous,
            details,
            language,
        } => {
            let language = language.map(|code| {
                if code == "fr" {
                    Language::French
                } else {
                    Language::English
                }
            });
            report(
                &file,
                &out,
                format.map(Format::from),
                !no_annex,
                anonymous,
                details,
                language,
            )
        }
        CliCommand::Themes {
            file,
            question,
            similarity,
            format,
            write,
        } => themes(
            &file,
            question.as_deref(),
            similarity,
            format,
            write.as_deref(),
        ),
    }
}

/// The suggestions for one question, as `plenary themes --format json` prints them.
#[derive(serde::Serialize)]
struct QuestionThemes {
    number: usize,
    id: String,
    text: String,
    themes: Vec<ThemeOut>,
    unthemed: Vec<AnswerOut>,
}

#[derive(serde::Serialize)]
struct ThemeOut {
    name: String,
    groups: Vec<String>,
    shared: Vec<String>,
    confidence: f32,
    answers: Vec<AnswerOut>,
}

#[derive(serde::Serialize)]
struct AnswerOut {
    id: String,
    group: String,
    text: String,
}

fn themes(
    file: &Path,
    question: Option<&str>,
    similarity: f32,
    format: ThemesFormat,
    write: Option<&Path>,
) -> ExitCode {
    if write.is_some_and(|out| refused_as_output("themes --write", file, out)) {
        return ExitCode::FAILURE;
    }
    let session = match store::load(file) {
        Ok(session) => session,
        Err(error) => {
            complain!("{}", error.describe(words()));
            return ExitCode::FAILURE;
        }
    };
    let chosen: Vec<(usize, QuestionId)> = session
        .questions
        .iter()
        .enumerate()
        .map(|(index, q)| (index + 1, q.id))
        .filter(|(number, id)| {
            question.is_none_or(|wanted| wanted == number.to_string() || wanted == id.0.to_string())
        })
        .collect();
    if chosen.is_empty() {
        complain!(
            "{}: no question “{}”; give its number (1 to {}) or its id",
            file.display(),
            question.unwrap_or_default(),
            session.questions.len()
        );
        return ExitCode::FAILURE;
    }
    let group_name = |session: &Session, id| {
        session
            .group(id)
            .map_or_else(|| plenary_i18n::unknown_group(words()), |g| g.name.clone())
    };
    let by_id = plenary_core::session::AnswersById::new(&session);
    let mut printed = Vec::new();
    let mut suggested = Vec::new();
    // What the answers mean, read once for every chosen question.
    let meanings = plenary_app::meaning::read_now(chosen.iter().flat_map(|(_, id)| {
        plenary_core::themes::to_suggest(&session, *id)
            .into_iter()
            .map(|answer| answer.text.as_str())
    }));
    for (number, id) in chosen {
        let (suggestions, alone) =
            plenary_core::themes::Analysis::of_question(&session, id, &meanings)
                .suggest(similarity);
        let answer = |answer_id: &AnswerId| {
            let answer = by_id.get(*answer_id);
            AnswerOut {
                id: answer_id.0.to_string(),
                group: answer.map_or_else(String::new, |a| group_name(&session, a.group)),
                text: answer.map_or_else(String::new, |a| a.text.clone()),
            }
        };
        printed.push(QuestionThemes {
            number,
            id: id.0.to_string(),
            text: session
                .question(id)
                .map_or_else(String::new, |q| q.text.clone()),
            themes: suggestions
                .iter()
                .map(|s| ThemeOut {
                    name: s.name.clone(),
                    groups: s.groups.iter().map(|g| group_name(&session, *g)).collect(),
                    shared: s.shared.clone(),
                    confidence: s.confidence,
                    answers: s.answers.iter().map(answer).collect(),
                })
                .collect(),
            unthemed: alone.iter().map(answer).collect(),
        });
        suggested.push((id, suggestions));
    }
    match format {
        ThemesFormat::Json => match serde_json::to_string_pretty(&printed) {
            Ok(json) => {
                crate::terminal::print_line(
                    std::io::stdout().lock(),
                    &crate::terminal::safe_json(&json),
                );
            }
            Err(error) => {
                complain!("{}: {error}", file.display());
                return ExitCode::FAILURE;
            }
        },
        ThemesFormat::Text => {
            for line in themes_text(&printed) {
                say!("{line}");
            }
        }
    }
    match write {
        Some(out) => write_suggested(session, suggested, out),
        None => ExitCode::SUCCESS,
    }
}

/// Writes a copy of `session` holding `suggested` as suggestions, for the
/// facilitator to accept in the app.
fn write_suggested(
    mut session: Session,
    suggested: Vec<(QuestionId, Vec<plenary_core::themes::Suggestion>)>,
    out: &Path,
) -> ExitCode {
    for (question, suggestions) in suggested {
        session
            .themes
            .retain(|theme| theme.question != question || !theme.suggested);
        let themes =
            plenary_core::themes::edit::themes_from(&session, question, &suggestions, true);
        session.themes.extend(themes);
    }
    session.canonicalize();
    if let Err(error) = store::save(out, &session) {
        complain!("{}", error.describe(words()));
        return ExitCode::FAILURE;
    }
    complain!(
        "{}: session written with the suggested themes",
        out.display()
    );
    ExitCode::SUCCESS
}

/// The suggestions as lines of text: each line printed on its own, so that
/// a line break typed in an answer shows as `\u{a}` and cannot fake a line.
fn themes_text(questions: &[QuestionThemes]) -> Vec<String> {
    let mut lines = Vec::new();
    for question in questions {
        lines.push(format!("Question {}: {}", question.number, question.text));
        for (index, theme) in question.themes.iter().enumerate() {
            lines.push(String::new());
            lines.push(format!("  Theme {}: {}", index + 1, theme.name));
            lines.push(format!(
                "    raised by {}; confidence {:.0} %; shared: {}",
                theme.groups.join(", "),
                theme.confidence * 100.0,
                theme.shared.join(", ")
            ));
            for answer in &theme.answers {
                lines.push(format!(
                    "    {}  {}: {}",
                    answer.id,
                    answer.group,
                    clipped(&answer.text)
                ));
            }
        }
        lines.push(String::new());
        lines.push(format!("  In no theme: {}", question.unthemed.len()));
        for answer in &question.unthemed {
            lines.push(format!(
                "    {}  {}: {}",
                answer.id,
                answer.group,
                clipped(&answer.text)
            ));
        }
        lines.push(String::new());
    }
    lines
}

/// An answer as the text listing shows it: a pasted book is cut after
/// [`SHOWN_CHARACTERS`] characters, saying how much more there is (the JSON
/// has it whole).
fn clipped(text: &str) -> Cow<'_, str> {
    /// Enough for any answer a group types.
    const SHOWN_CHARACTERS: usize = 500;
    match text.char_indices().nth(SHOWN_CHARACTERS) {
        None => Cow::Borrowed(text),
        Some((cut, _)) => {
            let more = text[cut..].chars().count();
            Cow::Owned(format!(
                "{}… ({more} more characters; --format json shows them)",
                &text[..cut]
            ))
        }
    }
}

fn report(
    file: &Path,
    out: &Path,
    format: Option<Format>,
    annex: bool,
    anonymous: bool,
    details: bool,
    language: Option<Language>,
) -> ExitCode {
    if refused_as_output("report --out", file, out) {
        return ExitCode::FAILURE;
    }
    let Some(format) = format.or_else(|| Format::from_path(out)) else {
        complain!(
            "{}: say which format with --format (md, html, docx, pdf or csv), or end the file name with one",
            out.display()
        );
        return ExitCode::FAILURE;
    };
    let session = match store::load(file) {
        Ok(session) => session,
        Err(error) => {
            complain!("{}", error.describe(words()));
            return ExitCode::FAILURE;
        }
    };
    let options = report::Options {
        annex,
        anonymous,
        language: language.unwrap_or(session.language),
        details,
    };
    let bytes = match report::render(&report::build(&session, options), format) {
        Ok(bytes) => bytes,
        Err(error) => {
            complain!("{}: {}", file.display(), error.describe(words()));
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = store::write_atomically(out, &bytes) {
        complain!(
            "{}: cannot write the report: {}",
            out.display(),
            error.describe(words())
        );
        return ExitCode::FAILURE;
    }
    say!("{}: {} report written", out.display(), format.extension());
    ExitCode::SUCCESS
}

fn merge(out: &Path, any_session: bool, join_sessions: bool, files: &[PathBuf]) -> ExitCode {
    let accept = if any_session {
        Accept::AnySession
    } else {
        Accept::SameSession
    };
    if let Some(input) = files.iter().find(|file| same_file(file, out)) {
        complain!(
            "plenary merge: {} is one of the files to merge; it was not overwritten. Write the merge to another file",
            input.display()
        );
        return ExitCode::FAILURE;
    }
    let mut loaded: Vec<(&PathBuf, Session)> = Vec::new();
    let mut all_merged = true;
    for file in files {
        match store::load(file) {
            Ok(session) => loaded.push((file, session)),
            Err(error) => {
                all_merged = false;
                complain!("{}", error.describe(words()));
            }
        }
    }
    let sessions: Vec<Session> = loaded.iter().map(|(_, session)| session.clone()).collect();
    let (session, outcomes) = match merge::merge_files(&sessions, accept, join_sessions) {
        Ok(merged) => merged,
        Err(error) => {
            complain!(
                "plenary merge: {}; {} was not written",
                error.describe(words()),
                out.display()
            );
            return ExitCode::FAILURE;
        }
    };
    for ((file, _), outcome) in loaded.iter().zip(outcomes) {
        all_merged &= report_file(file, outcome);
    }
    if let Err(error) = store::save(out, &session) {
        complain!("{}", error.describe(words()));
        return ExitCode::FAILURE;
    }
    let answered = session
        .groups
        .iter()
        .filter(|group| session.live_answers().any(|a| a.group == group.id))
        .count();
    let answers = session.live_answers().count();
    say!(
        "{}",
        plenary_i18n::merge_written(words(), out, answers, answered)
    );
    say!(
        "{}",
        plenary_i18n::conflicts_left(words(), session.conflict_count())
    );
    if all_merged {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Whether `out` names the `input` file, which no command writes over;
/// says so when it does.
fn refused_as_output(option: &str, input: &Path, out: &Path) -> bool {
    let refused = same_file(input, out);
    if refused {
        complain!(
            "plenary {option}: {} is the session file the command reads; it was not overwritten. Write to another file",
            out.display()
        );
    }
    refused
}

/// Whether two paths name one file: the same path, or links to one file
/// (a symbolic or hard link, another spelling of the folder). A path that
/// does not exist yet is no file given as input.
fn same_file(a: &Path, b: &Path) -> bool {
    a == b || same_file::is_same_file(a, b).unwrap_or(false)
}

/// Prints what a file brought; returns whether it was merged.
fn report_file(file: &Path, result: Result<FileReport, merge::MergeError>) -> bool {
    match result {
        Ok(report) => {
            say!("{}: {}", file.display(), report.describe(words()));
            true
        }
        Err(error @ merge::MergeError::OtherSession { .. }) => {
            complain!(
                "{}: {} (with --any-session here)",
                file.display(),
                error.describe(words())
            );
            false
        }
    }
}

fn validate(files: &[PathBuf]) -> ExitCode {
    let mut all_valid = true;
    for file in files {
        match store::check(file) {
            Ok((session, dangling)) => {
                if dangling.is_empty() {
                    say!(
                        "{}: ok ({} questions, {} groups, {} answers)",
                        file.display(),
                        session.questions.len(),
                        session.groups.len(),
                        session.live_answers().count()
                    );
                }
                for error in &dangling {
                    all_valid = false;
                    complain!("{}", error.describe(words()));
                }
                let conflicts = session.conflict_count();
                if conflicts > 0 {
                    say!(
                        "{}: {}",
                        file.display(),
                        plenary_i18n::conflicts_left(words(), conflicts)
                    );
                }
                let elsewhere = session.answers_elsewhere();
                if elsewhere > 0 {
                    say!(
                        "{}: {}",
                        file.display(),
                        plenary_i18n::answers_elsewhere(words(), elsewhere)
                    );
                }
                // Valid, but worth fixing before the meeting.
                for problem in session.setup_problems() {
                    say!("{}: {}", file.display(), problem.describe(words()));
                }
            }
            Err(error) => {
                all_valid = false;
                complain!("{}", error.describe(words()));
            }
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
