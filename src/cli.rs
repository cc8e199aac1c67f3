//! The command line: open the window, or work on files with no window.
//!
//! One place turns outcomes into exit codes: 0 when everything went well,
//! 1 when a file had a problem (each printed as `FILE:LINE:COL: message`),
//! 2 for usage errors (clap's own).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::merge::{self, Accept, FileReport};
use crate::report::{self, Format};
use crate::session::{Language, Session};
use crate::{fl, store};

/// Plenary runs a panel-then-break-out session offline: set it up, capture
/// each group's answers on its own laptop, merge the files, present, report.
#[derive(Debug, Parser)]
#[command(name = "plenary", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
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
pub enum CliCommand {
    /// Check session files and print each problem as `FILE:LINE:COL: message`.
    /// Exits 0 when all are valid, 1 otherwise.
    Validate {
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Merge session and group files into one session, in any order, and print
    /// what each file brought. Exits 0 when every file was merged; 1 when one
    /// could not be read or belongs to another session (the others are still
    /// merged and OUT is written).
    Merge {
        /// Where to write the merged session (written atomically).
        #[arg(long, short)]
        out: PathBuf,
        /// Also merge files of other sessions, matching their questions and
        /// topics to the first file's by id or by text.
        #[arg(long)]
        any_session: bool,
        /// The files; the first readable one gives the session's set-up.
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
        format: Option<Format>,
        /// Leave out the annex with each group's answers verbatim.
        #[arg(long)]
        no_annex: bool,
        /// Name no group anywhere.
        #[arg(long)]
        anonymous: bool,
        /// The language of the headings; by default, the session's.
        #[arg(long, value_parser = ["en", "fr"])]
        language: Option<String>,
    },
}

/// Runs a command that needs no window, printing its findings.
pub fn run(command: CliCommand) -> ExitCode {
    match command {
        CliCommand::Validate { files } => validate(&files),
        CliCommand::Merge {
            out,
            any_session,
            files,
        } => merge(&out, any_session, &files),
        CliCommand::Report {
            file,
            out,
            format,
            no_annex,
            anonymous,
            language,
        } => {
            let language = language.map(|code| {
                if code == "fr" {
                    Language::French
                } else {
                    Language::English
                }
            });
            report(&file, &out, format, !no_annex, anonymous, language)
        }
    }
}

fn report(
    file: &Path,
    out: &Path,
    format: Option<Format>,
    annex: bool,
    anonymous: bool,
    language: Option<Language>,
) -> ExitCode {
    let Some(format) = format.or_else(|| Format::from_path(out)) else {
        eprintln!(
            "{}: say which format with --format (md, html, docx, pdf or csv), or end the file name with one",
            out.display()
        );
        return ExitCode::FAILURE;
    };
    let session = match store::load(file) {
        Ok(session) => session,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let options = report::Options {
        annex,
        anonymous,
        language: language.unwrap_or(session.language),
    };
    let bytes = match report::render(&report::build(&session, options), format) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("{}: {error}", file.display());
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = store::write_atomically(out, &bytes) {
        eprintln!("{}: cannot write the report: {error}", out.display());
        return ExitCode::FAILURE;
    }
    println!("{}: {} report written", out.display(), format.extension());
    ExitCode::SUCCESS
}

fn merge(out: &Path, any_session: bool, files: &[PathBuf]) -> ExitCode {
    let accept = if any_session {
        Accept::AnySession
    } else {
        Accept::SameSession
    };
    let mut merged: Option<Session> = None;
    let mut all_merged = true;
    for file in files {
        let incoming = match store::load(file) {
            Ok(session) => session,
            Err(error) => {
                all_merged = false;
                eprintln!("{error}");
                if same_file(file, out) {
                    eprintln!(
                        "plenary merge: {} is also the output; it was not overwritten. Fix it, or write elsewhere",
                        out.display()
                    );
                    return ExitCode::FAILURE;
                }
                continue;
            }
        };
        let Some(session) = &mut merged else {
            let mut first = incoming.clone();
            first.answers.clear();
            let mut session = first;
            report_file(file, merge::merge_into(&mut session, &incoming, accept));
            merged = Some(session);
            continue;
        };
        all_merged &= report_file(file, merge::merge_into(session, &incoming, accept));
    }
    let Some(session) = merged else {
        eprintln!(
            "plenary merge: no file could be read; {} was not written",
            out.display()
        );
        return ExitCode::FAILURE;
    };
    if let Err(error) = store::save(out, &session) {
        eprintln!("{error}");
        return ExitCode::FAILURE;
    }
    println!(
        "{}: {} answers from {} groups",
        out.display(),
        session.live_answers().count(),
        session.groups.len()
    );
    if all_merged {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Prints what a file brought; returns whether it was merged.
fn report_file(file: &Path, result: Result<FileReport, merge::MergeError>) -> bool {
    match result {
        Ok(report) => {
            println!("{}: {}", file.display(), describe(&report));
            true
        }
        Err(error) => {
            eprintln!("{}: {error}", file.display());
            false
        }
    }
}

/// One line saying what a file brought, for people (the app shows the same).
pub fn describe(report: &FileReport) -> String {
    let line = fl!(
        "merge-report",
        added = report.added,
        updated = report.updated,
        unchanged = report.unchanged,
        deleted = report.deleted,
        conflicts = report.conflicts
    );
    if report.setup_added > 0 {
        fl!(
            "merge-report-setup",
            report = line,
            setup = report.setup_added
        )
    } else {
        line
    }
}

fn validate(files: &[PathBuf]) -> ExitCode {
    let mut all_valid = true;
    for file in files {
        match store::load(file) {
            Ok(session) => println!(
                "{}: ok ({} questions, {} groups, {} answers)",
                file.display(),
                session.questions.len(),
                session.groups.len(),
                session.live_answers().count()
            ),
            Err(error) => {
                all_valid = false;
                eprintln!("{error}");
            }
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
