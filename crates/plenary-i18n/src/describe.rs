//! How the core's values read: errors, merge summaries, set-up problems and
//! the names of kinds, languages and phases.

use std::path::Path;

use i18n_embed_fl::fl;
use plenary_core::action::ActionError;
use plenary_core::document::DiskChange;
use plenary_core::merge::{FileReport, FilesError, MergeError};
use plenary_core::session::{
    AnswerKind, FORMAT_VERSION, ItemKind, Language, PhaseKind, SetupProblem,
};
use plenary_core::store::{LoadError, Problem, SaveError, Special, WriteError};

use crate::Words;

/// The name of a kind of item, as a message names it.
fn item_kind_name(words: &Words, kind: ItemKind) -> String {
    let kind = match kind {
        ItemKind::Question => "question",
        ItemKind::Topic => "topic",
        ItemKind::Group => "group",
        ItemKind::Phase => "phase",
        ItemKind::Speaker => "speaker",
        ItemKind::Theme => "theme",
        ItemKind::Answer => "answer",
    };
    fl!(words, "item-kind", kind = kind)
}

/// A value of the core said in words, in the language of `words`.
pub trait Describe {
    fn describe(&self, words: &Words) -> String;
}

impl Describe for LoadError {
    /// `FILE:LINE:COL: message`, as compilers say it, so editors jump there.
    fn describe(&self, words: &Words) -> String {
        let file = self
            .path
            .as_deref()
            .map_or_else(|| "<text>".to_owned(), |path| path.display().to_string());
        format!(
            "{file}:{}:{}: {}",
            self.line,
            self.col,
            self.problem.describe(words)
        )
    }
}

impl Describe for Problem {
    fn describe(&self, words: &Words) -> String {
        match self {
            Problem::Io(error) => fl!(words, "problem-io", error = error.as_str()),
            Problem::TooLarge { size_mib } => fl!(words, "problem-too-large", size = size_mib),
            Problem::NotAFile(special) => {
                let kind = match special {
                    Special::Folder => "folder",
                    Special::Device => "device",
                    Special::Pipe => "pipe",
                    Special::Other => "other",
                };
                fl!(words, "problem-not-a-file", kind = kind)
            }
            Problem::DuplicateId(item) => fl!(
                words,
                "problem-duplicate-id",
                kind = item_kind_name(words, item.kind),
                id = item.id.to_string()
            ),
            Problem::Dangling(dangling) => fl!(
                words,
                "problem-dangling",
                kind = item_kind_name(words, dangling.by.kind),
                id = dangling.by.id.to_string(),
                named = item_kind_name(words, dangling.named.kind),
                named_id = dangling.named.id.to_string()
            ),
            Problem::Empty => fl!(words, "problem-empty"),
            Problem::NotUtf8 => fl!(words, "problem-not-utf8"),
            Problem::NewerFormat { found } => fl!(
                words,
                "problem-newer-format",
                found = found,
                known = FORMAT_VERSION
            ),
            Problem::UnknownFormat { found } => {
                fl!(words, "problem-unknown-format", found = found)
            }
            Problem::CutShort => fl!(words, "problem-cut-short"),
            Problem::Syntax(detail) => fl!(words, "problem-syntax", detail = detail.as_str()),
            Problem::UnknownValue { found, expected } => fl!(
                words,
                "problem-unknown-value",
                found = found.as_str(),
                expected = expected.as_str()
            ),
            Problem::MissingField {
                field,
                outer: Some(outer),
            } => fl!(
                words,
                "problem-missing-field",
                field = field.as_str(),
                outer = outer.as_str()
            ),
            Problem::MissingField { field, outer: None } => {
                fl!(
                    words,
                    "problem-missing-field-anywhere",
                    field = field.as_str()
                )
            }
        }
    }
}

impl Describe for WriteError {
    fn describe(&self, words: &Words) -> String {
        match self {
            WriteError::ReadOnly => fl!(words, "problem-read-only"),
            WriteError::TooLarge {
                size_mib,
                limit_mib,
            } => fl!(
                words,
                "problem-write-too-large",
                size = size_mib,
                limit = limit_mib
            ),
            WriteError::Io(error) => error.to_string(),
        }
    }
}

impl Describe for SaveError {
    fn describe(&self, words: &Words) -> String {
        fl!(
            words,
            "problem-cannot-save",
            file = shown_path(&self.path),
            error = self.cause.describe(words)
        )
    }
}

impl Describe for MergeError {
    /// Which other session a file is of: by its title, unless both have the
    /// same one (sessions set up separately from the same template).
    fn describe(&self, words: &Words) -> String {
        match self {
            MergeError::OtherSession { ours, theirs } if ours == theirs => fl!(
                words,
                "problem-other-session-same-title",
                theirs = theirs.as_str()
            ),
            MergeError::OtherSession { ours, theirs } => fl!(
                words,
                "problem-other-session",
                ours = ours.as_str(),
                theirs = theirs.as_str()
            ),
        }
    }
}

impl Describe for ActionError {
    fn describe(&self, words: &Words) -> String {
        match self {
            ActionError::Missing => fl!(words, "problem-item-missing"),
            ActionError::Duplicate => fl!(words, "problem-item-duplicate"),
            ActionError::InUse { count } => fl!(words, "problem-item-in-use", count = count),
            ActionError::LinkedToSpeaker => fl!(words, "problem-topic-of-speaker"),
        }
    }
}

impl Describe for DiskChange {
    fn describe(&self, words: &Words) -> String {
        match self {
            DiskChange::Unreadable(error) => error.describe(words),
            DiskChange::OtherSession { theirs } => fl!(
                words,
                "problem-file-holds-another-session",
                theirs = theirs.as_str()
            ),
            DiskChange::Refused(error) => error.describe(words),
        }
    }
}

impl Describe for SetupProblem {
    fn describe(&self, words: &Words) -> String {
        match self {
            SetupProblem::SameTopicKey(key) => {
                fl!(words, "setup-same-topic-key", key = key.as_str())
            }
            SetupProblem::UnnamedGroup(number) => {
                fl!(words, "setup-unnamed-group", number = number)
            }
            SetupProblem::SameGroupName(name) => {
                fl!(words, "setup-same-group-name", name = name.as_str())
            }
        }
    }
}

/// Adds to a merge summary what a count says.
type Say = fn(&Words, String, usize) -> String;

impl Describe for FileReport {
    /// One line saying what a file brought, as the app and `plenary merge`
    /// show it.
    fn describe(&self, words: &Words) -> String {
        let mut line = fl!(
            words,
            "merge-report",
            added = self.added,
            updated = self.updated,
            unchanged = self.unchanged,
            deleted = self.deleted,
            conflicts = self.conflicts
        );
        // What else there is to say, each only when it happened.
        let further: [(usize, Say); 9] = [
            (self.setup_added, |words, line, setup| {
                fl!(words, "merge-report-setup", report = line, setup = setup)
            }),
            (self.setup_updated, |words, line, items| {
                fl!(
                    words,
                    "merge-report-setup-updated",
                    report = line,
                    items = items
                )
            }),
            (self.foreign_answers, |words, line, answers| {
                fl!(
                    words,
                    "merge-report-foreign",
                    report = line,
                    answers = answers
                )
            }),
            (self.themes_not_taken, |words, line, items| {
                fl!(
                    words,
                    "merge-report-facilitators",
                    report = line,
                    items = items
                )
            }),
            (self.refused, |words, line, answers| {
                fl!(
                    words,
                    "merge-report-refused",
                    report = line,
                    answers = answers
                )
            }),
            (self.kept_removed, |words, line, items| {
                fl!(
                    words,
                    "merge-report-kept-removed",
                    report = line,
                    items = items
                )
            }),
            (self.setup_differs, |words, line, items| {
                fl!(
                    words,
                    "merge-report-setup-differs",
                    report = line,
                    items = items
                )
            }),
            (self.older, |words, line, older| {
                fl!(words, "merge-report-older", report = line, older = older)
            }),
            (self.no_group, |words, line, answers| {
                fl!(
                    words,
                    "merge-report-no-group",
                    report = line,
                    answers = answers
                )
            }),
        ];
        for (count, say) in further {
            if count > 0 {
                line = say(words, line, count);
            }
        }
        if !self.shared_groups.is_empty() {
            let groups = self.shared_groups.join(", ");
            line = fl!(words, "merge-report-shared", report = line, groups = groups);
        }
        if self.whole_session {
            line = fl!(words, "merge-report-whole-session", report = line);
        }
        line
    }
}

impl Describe for FilesError {
    fn describe(&self, words: &Words) -> String {
        match self {
            FilesError::NoFile => fl!(words, "merge-files-none"),
            FilesError::SeveralWholeSessions { count } => {
                fl!(words, "merge-files-several-sessions", count = count)
            }
            FilesError::SessionsDiffer { titles } if titles.len() == 1 => fl!(
                words,
                "merge-files-sessions-same-title",
                title = titles.join("")
            ),
            FilesError::SessionsDiffer { titles } => fl!(
                words,
                "merge-files-sessions-differ",
                titles = titles.join(", ")
            ),
        }
    }
}

/// How many conflicts a session still holds, said as a sentence.
pub fn conflicts_left(words: &Words, count: usize) -> String {
    fl!(words, "merge-conflicts-left", count = count)
}

/// What `plenary validate` says of answers kept apart: to a question or of
/// a group the session no longer lists.
pub fn answers_elsewhere(words: &Words, count: usize) -> String {
    fl!(words, "answers-elsewhere", count = count)
}

/// What `plenary merge` says once the merged file is written.
pub fn merge_written(words: &Words, file: &Path, answers: usize, groups: usize) -> String {
    fl!(
        words,
        "merge-written",
        file = shown_path(file),
        answers = answers,
        groups = groups
    )
}

/// What a group nobody lists is called.
pub fn unknown_group(words: &Words) -> String {
    fl!(words, "synthesis-unknown-group")
}

/// A path as a person reads it.
fn shown_path(path: &Path) -> String {
    path.display().to_string()
}

/// The name of a kind of answer.
pub fn kind_name(words: &Words, kind: AnswerKind) -> String {
    match kind {
        AnswerKind::Benefit => fl!(words, "kind-benefit"),
        AnswerKind::UseToday => fl!(words, "kind-use-today"),
        AnswerKind::FutureUse => fl!(words, "kind-future-use"),
        AnswerKind::Risk => fl!(words, "kind-risk"),
        AnswerKind::Recommendation => fl!(words, "kind-recommendation"),
        AnswerKind::Other => fl!(words, "kind-other"),
    }
}

/// The name of a language, in `words`' language.
pub fn language_name(words: &Words, language: Language) -> String {
    match language {
        Language::English => fl!(words, "language-en"),
        Language::French => fl!(words, "language-fr"),
    }
}

/// The name of a phase of the agenda.
pub fn phase_kind_name(words: &Words, kind: PhaseKind) -> String {
    match kind {
        PhaseKind::Panel => fl!(words, "phase-panel"),
        PhaseKind::BreakOut => fl!(words, "phase-break-out"),
        PhaseKind::ReportBack => fl!(words, "phase-report-back"),
        PhaseKind::Other => fl!(words, "phase-other"),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use plenary_core::store::{self, LoadError, Problem};
    use plenary_core::template::TEMPLATE_RON;

    use super::*;
    use crate::words;

    fn english() -> &'static Words {
        words(Language::English)
    }

    fn said(text: &str) -> String {
        store::parse(text.as_bytes())
            .expect_err("this text is not a valid session")
            .describe(english())
    }

    #[test]
    fn a_refusal_says_why_with_its_count() {
        let refusal = ActionError::InUse { count: 3 };
        assert_eq!(
            refusal.describe(english()),
            "3 answers belong to it; delete or move them first"
        );
    }

    #[test]
    fn a_load_error_names_file_line_and_column() {
        let error = LoadError {
            path: Some(PathBuf::from("/tmp/group-3.ron")),
            line: 3,
            col: 9,
            problem: Problem::Empty,
        };
        assert!(
            error
                .describe(english())
                .starts_with("/tmp/group-3.ron:3:9: ")
        );
    }

    #[test]
    fn a_broken_file_says_what_to_do() {
        let cut = &TEMPLATE_RON[..TEMPLATE_RON.floor_char_boundary(TEMPLATE_RON.len() / 2)];
        assert!(said(cut).contains("Copy it again"), "{}", said(cut));
        let junk = said("RGVCSEIgc29tZSBiYXNlNjQganVuaw==");
        assert!(junk.contains("not a Plenary session file"), "{junk}");
        let newer = said(&TEMPLATE_RON.replacen("format: 4", "format: 7", 1));
        assert!(newer.contains("newer Plenary"), "{newer}");
    }

    #[test]
    fn a_misspelt_value_or_a_missing_field_reads_as_a_hand_edit() {
        let misspelt = said(&TEMPLATE_RON.replacen("language: en,", "language: eng,", 1));
        assert!(
            misspelt.contains("“eng” is not a value Plenary knows here"),
            "{misspelt}"
        );
        assert!(misspelt.contains("en, fr"), "{misspelt}");
        assert!(misspelt.contains("edited by hand"), "{misspelt}");
        let missing = said(&TEMPLATE_RON.replacen("title:", "titel:", 1));
        assert!(missing.contains("edited by hand"), "{missing}");
    }

    #[test]
    fn each_language_says_an_error_its_own_way_side_by_side() {
        let refusal = ActionError::Missing;
        let english = refusal.describe(words(Language::English));
        let french = refusal.describe(words(Language::French));
        assert_ne!(english, french);
        assert_eq!(refusal.describe(words(Language::English)), english);
    }

    #[test]
    fn a_read_only_file_says_so() {
        let error = SaveError {
            path: PathBuf::from("séance.ron"),
            cause: WriteError::ReadOnly,
        };
        assert!(
            error.describe(english()).contains("the file is read-only"),
            "{}",
            error.describe(english())
        );
    }
}
