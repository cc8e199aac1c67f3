//! The command line: open the window, or work on files with no window.
//!
//! One place turns outcomes into exit codes: 0 when everything went well,
//! 1 when a file had a problem (each printed as `FILE:LINE:COL: message`),
//! 2 for usage errors (clap's own).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::store;

/// Plenary runs a panel-then-break-out session offline: set it up, capture
/// each group's answers on its own laptop, merge the files, present, report.
#[derive(Debug, Parser)]
#[command(name = "plenary", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// A session file to open. Without it the app opens the last session, or
    /// the default one (the PTC 2017 break-out).
    pub file: Option<PathBuf>,
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
}

/// Runs a command that needs no window, printing its findings.
pub fn run(command: CliCommand) -> ExitCode {
    match command {
        CliCommand::Validate { files } => validate(&files),
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
