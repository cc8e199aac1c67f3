//! Reading and writing session files: pretty RON, versioned, written atomically.
//!
//! Every way a file can be wrong (empty, not UTF-8, broken syntax, a wrong type,
//! made by a newer Plenary, too large) becomes one [`LoadError`] that names the
//! file, the line and the column, so the person can find the problem. Loading
//! never changes anything already open: callers replace their session only
//! after a load succeeded.
//!
//! Writes go through [`write_atomically`]: a temporary file beside the target,
//! fsync, rename over the target, fsync of the folder. A crash at any moment
//! leaves either the old file or the new one, whole.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::session::{Dangling, FORMAT_VERSION, ItemRef, Session};

/// The largest session file Plenary reads or writes: one rule both ways, so
/// that whatever Plenary writes, it opens. No meeting comes near it (20,000
/// answers take 13 MiB; a meeting, under 1), and it keeps a stray video or
/// disk image from freezing the app, and every command within 1 GB of
/// memory (`cargo bench --bench limits`).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a session file could not be read: `plenary-i18n` says it as
/// `FILE:LINE:COL: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The file, or `None` for text that did not come from a file.
    pub path: Option<PathBuf>,
    /// 1-based line and column of the problem (1:1 when it concerns the whole file).
    pub line: usize,
    pub col: usize,
    pub problem: Problem,
}

/// What is wrong with a session file. A value: `plenary-i18n` says it in
/// the person's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The operating system's own words.
    Io(String),
    TooLarge {
        size_mib: u64,
    },
    /// A folder, a device or a pipe, not a file: never read (a pipe would
    /// wait for a writer, a device could be endless).
    NotAFile(Special),
    Empty,
    NotUtf8,
    NewerFormat {
        found: u32,
    },
    UnknownFormat {
        found: u32,
    },
    CutShort,
    /// What the parser tripped on, in its words.
    Syntax(String),
    /// What a person editing the file by hand gets wrong: a misspelt value...
    UnknownValue {
        found: String,
        expected: String,
    },
    /// ...or a field left out, of the item `outer` when the parser knows.
    MissingField {
        field: String,
        outer: Option<String>,
    },
    /// Two items share an id: this one repeats an earlier one's.
    DuplicateId(ItemRef),
    /// An answer or a theme names a question, group, topic or answer the
    /// file does not have. Found by [`check`]; a file with one still opens,
    /// and the answer is kept and reported apart.
    Dangling(Dangling),
}

/// What a path that is not a regular file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    Folder,
    Device,
    Pipe,
    Other,
}

impl Special {
    fn of(file_type: std::fs::FileType) -> Special {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt as _;
            if file_type.is_block_device() || file_type.is_char_device() {
                return Special::Device;
            }
            if file_type.is_fifo() || file_type.is_socket() {
                return Special::Pipe;
            }
        }
        if file_type.is_dir() {
            Special::Folder
        } else {
            Special::Other
        }
    }
}

impl LoadError {
    fn whole_file(problem: Problem) -> Self {
        Self {
            path: None,
            line: 1,
            col: 1,
            problem,
        }
    }

    fn at(position: ron::error::Position, problem: Problem) -> Self {
        Self {
            path: None,
            line: position.line.max(1),
            col: position.col.max(1),
            problem,
        }
    }

    #[must_use]
    fn in_file(mut self, path: &Path) -> Self {
        self.path = Some(path.to_path_buf());
        self
    }
}

/// Why a session file could not be written. The old file, if any, is untouched.
#[derive(Debug)]
pub struct SaveError {
    pub path: PathBuf,
    pub cause: WriteError,
}

/// Why bytes could not be written to a file.
#[derive(Debug)]
pub enum WriteError {
    /// Someone made the file read-only; it is left as it is.
    ReadOnly,
    /// The session would make a file larger than Plenary opens
    /// ([`MAX_FILE_BYTES`]); nothing was written.
    TooLarge { size_mib: u64, limit_mib: u64 },
    /// The operating system refused (the folder is missing, the disk full...).
    Io(std::io::Error),
}

impl From<std::io::Error> for WriteError {
    fn from(error: std::io::Error) -> Self {
        WriteError::Io(error)
    }
}

/// Reads and parses a session file, migrating older formats.
pub fn load(path: &Path) -> Result<Session, LoadError> {
    let bytes = read_file(path)?;
    parse_file(path, &bytes)
}

/// Reads and parses a session file as [`load`] does, and checks what
/// loading lets pass: the ids its answers and themes name. Each dangling
/// one is an error at the place in the file that names it.
pub fn check(path: &Path) -> Result<(Session, Vec<LoadError>), LoadError> {
    let bytes = read_file(path)?;
    let session = parse_file(path, &bytes)?;
    let text = String::from_utf8_lossy(&bytes);
    let problems = session
        .dangling_references()
        .into_iter()
        .map(|dangling| {
            let owner = find_id(&text, dangling.by.id, 0).unwrap_or(0);
            let at = find_value(&text, owner, dangling.named.id).unwrap_or(owner);
            LoadError::at(position_of(&text, at), Problem::Dangling(dangling)).in_file(path)
        })
        .collect();
    Ok((session, problems))
}

/// The bytes of a session file: only of a regular file, and of at most
/// [`MAX_FILE_BYTES`], whatever the file claims.
pub fn read_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    use std::io::Read as _;
    let fail = |problem| LoadError::whole_file(problem).in_file(path);
    let io = |error: std::io::Error| fail(Problem::Io(error.to_string()));
    let too_large = |size: u64| {
        fail(Problem::TooLarge {
            size_mib: size / (1024 * 1024),
        })
    };
    // Looked at before opening: opening a pipe waits for a writer.
    let metadata = std::fs::metadata(path).map_err(io)?;
    if !metadata.is_file() {
        return Err(fail(Problem::NotAFile(Special::of(metadata.file_type()))));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(metadata.len()));
    }
    let file = std::fs::File::open(path).map_err(io)?;
    // The path may have been given to something else in between.
    let opened = file.metadata().map_err(io)?;
    if !opened.is_file() {
        return Err(fail(Problem::NotAFile(Special::of(opened.file_type()))));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Parses `bytes` read from `path`, naming it in any error.
pub fn parse_file(path: &Path, bytes: &[u8]) -> Result<Session, LoadError> {
    parse(bytes).map_err(|error| error.in_file(path))
}

/// Parses the bytes of a session file, migrating older formats.
pub fn parse(bytes: &[u8]) -> Result<Session, LoadError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            return Err(LoadError::at(end_position(valid), Problem::NotUtf8));
        }
    };
    // Older Windows editors (Notepad) start a UTF-8 file with a mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::whole_file(Problem::Empty));
    }
    let probe: FormatProbe = ron::from_str(text).map_err(|error| syntax_error(text, &error))?;
    match probe.format {
        FORMAT_VERSION => {
            let mut session: Session =
                ron::from_str(text).map_err(|error| syntax_error(text, &error))?;
            // A file edited by hand may list things out of order.
            session.canonicalize();
            unique_ids(text, session)
        }
        found if found > FORMAT_VERSION => Err(LoadError::at(
            field_position(text, "format"),
            Problem::NewerFormat { found },
        )),
        found => migrate(text, found),
    }
}

/// Brings a file of an older format up to [`FORMAT_VERSION`].
///
/// Format 1 is format 2 without themes, votes and reviewed answers, which
/// default to none. Format 2 is format 3 with the groups' votes kept under
/// the groups' names; format 3 keeps them under the groups' ids. Both read as
/// format 3 does, then the votes move. When a format changes shape, the old
/// shape gets its own struct here, parsed and then converted, with a fixture
/// in `tests/data/formats/`.
fn migrate(text: &str, found: u32) -> Result<Session, LoadError> {
    match found {
        1..=3 => {
            let mut session: Session =
                ron::from_str(text).map_err(|error| syntax_error(text, &error))?;
            if found <= 2 {
                votes_by_group_id(&mut session);
            }
            positions_from_order(&mut session);
            // A file of one group is what "Save group file…" wrote.
            if session.groups.len() == 1 {
                session.capture = Some(crate::session::Capture {
                    groups: vec![session.groups[0].id],
                    laptop: None,
                });
            }
            session.format = FORMAT_VERSION;
            session.canonicalize();
            unique_ids(text, session)
        }
        _ => Err(LoadError::at(
            field_position(text, "format"),
            Problem::UnknownFormat { found },
        )),
    }
}

/// The session, unless two of its items share an id.
fn unique_ids(text: &str, session: Session) -> Result<Session, LoadError> {
    match session.duplicate_id() {
        None => Ok(session),
        Some(item) => {
            // The second place the id stands as an item's own.
            let first = find_id(text, item.id, 0);
            let second = first.and_then(|first| find_id(text, item.id, first + 1));
            let at = second.or(first).unwrap_or(0);
            Err(LoadError::at(
                position_of(text, at),
                Problem::DuplicateId(item),
            ))
        }
    }
}

/// Where, from byte `from`, the text gives `id` as an item's own
/// (`id: "..."`).
fn find_id(text: &str, id: uuid::Uuid, from: usize) -> Option<usize> {
    let quoted = format!("\"{id}\"");
    let mut start = from;
    while let Some(found) = text.get(start..)?.find(&quoted) {
        let at = start + found;
        let before = text[..at].trim_end();
        if let Some(before) = before.strip_suffix(':')
            && before.trim_end().ends_with("id")
            && !before
                .trim_end()
                .strip_suffix("id")
                .is_some_and(|rest| rest.ends_with(|c: char| c.is_alphanumeric() || c == '_'))
        {
            return Some(at);
        }
        start = at + quoted.len();
    }
    None
}

/// Where, from byte `from`, the text names `id` in any field or list.
fn find_value(text: &str, from: usize, id: uuid::Uuid) -> Option<usize> {
    let quoted = format!("\"{id}\"");
    text.get(from..)?.find(&quoted).map(|found| from + found)
}

/// The line and column (from 1) of byte `at` of `text`.
fn position_of(text: &str, at: usize) -> ron::error::Position {
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit('\n')
        .next()
        .map_or(0, |line| line.chars().count())
        + 1;
    ron::error::Position { line, col }
}

/// Gives the items of a file from before format 4 the positions of the
/// order it lists them in; a group's answers, the places of the times they
/// were typed, which every copy of an answer agrees on (a group's file and
/// the master may list them in different orders).
fn positions_from_order(session: &mut Session) {
    use crate::order::Position;
    fn number<T>(items: &mut [T], slot: impl Fn(&mut T) -> &mut Position) {
        let positions = Position::sequence(items.len());
        for (item, position) in items.iter_mut().zip(positions) {
            *slot(item) = position;
        }
    }
    number(&mut session.questions, |q| &mut q.position);
    number(&mut session.topics, |t| &mut t.position);
    number(&mut session.agenda, |p| &mut p.position);
    number(&mut session.groups, |g| &mut g.position);
    number(&mut session.panel.speakers, |s| &mut s.position);
    let questions: Vec<_> = session.questions.iter().map(|q| q.id).collect();
    for question in questions {
        let mut next = Position::first();
        for theme in session.themes.iter_mut().filter(|t| t.question == question) {
            theme.position = next.clone();
            next = next.after();
        }
    }
    for answer in &mut session.answers {
        answer.position = typed_at(answer.created);
        for version in &mut answer.conflicts {
            version.position = typed_at(version.created);
        }
    }
}

/// A position for an answer typed at `created`: later answers after.
fn typed_at(created: jiff::Timestamp) -> crate::order::Position {
    crate::order::Position::at_count(u64::try_from(created.as_nanosecond()).unwrap_or(0))
}

/// Moves the dots a format 2 file keeps under a group's name to the group's
/// id (to the first group of that name, which is whose they counted as),
/// whether the session votes by group or by delegation now. A name that is
/// also a delegation's stays: it may be the delegation's dots.
fn votes_by_group_id(session: &mut Session) {
    let delegations: Vec<&String> = session
        .groups
        .iter()
        .flat_map(|group| &group.delegations)
        .collect();
    for theme in &mut session.themes {
        let votes = std::mem::take(&mut theme.votes);
        for (voter, dots) in votes {
            let group = session.groups.iter().find(|group| group.name == voter);
            let key = match group {
                Some(group) if !delegations.contains(&&voter) => group.id.voter_key(),
                _ => voter,
            };
            theme.votes.insert(key, dots);
        }
    }
}

/// Serialises a session as the pretty RON that files hold.
///
/// # Panics
///
/// Never: a session holds only strings, numbers, ids and lists.
pub fn to_ron(session: &Session) -> String {
    // Text as typed: escaping would write an accent typed as a combining
    // mark (as macOS types French) as `\u{301}`, three times its size, and
    // a line break as `\n`. A string with a quote or a backslash is written
    // raw (`r#"..."#`).
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ")
        .new_line("\n")
        .escape_strings(false);
    ron::ser::to_string_pretty(session, config)
        .expect("a session holds only strings, numbers, ids and lists, which RON always writes")
}

/// Writes a session file atomically.
pub fn save(path: &Path, session: &Session) -> Result<(), SaveError> {
    save_bytes(path, &file_bytes(session))
}

/// What a session file holds: the session as pretty RON, and a new line.
pub fn file_bytes(session: &Session) -> Vec<u8> {
    let mut text = to_ron(session);
    text.push('\n');
    text.into_bytes()
}

/// Writes `bytes`, made by [`file_bytes`], as a session file, atomically,
/// unless they are more than Plenary opens.
pub fn save_bytes(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let fail = |cause| SaveError {
        path: path.to_path_buf(),
        cause,
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(WriteError::TooLarge {
            size_mib: (bytes.len() as u64).div_ceil(1024 * 1024),
            limit_mib: MAX_FILE_BYTES / (1024 * 1024),
        }));
    }
    write_atomically(path, bytes).map_err(fail)
}

/// Writes `bytes` to `path` so that the file is always either the old or the
/// new content, whole: temp file, fsync, rename, fsync of the folder.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    // Replacing the file would get round a read-only mark that the folder's
    // rights allow: someone made it read-only on purpose.
    if std::fs::metadata(path).is_ok_and(|metadata| metadata.permissions().readonly()) {
        return Err(WriteError::ReadOnly);
    }
    let mut file = atomic_write_file::AtomicWriteFile::open(path)?;
    file.write_all(bytes)?;
    file.commit()?;
    remove_leftovers(path);
    Ok(())
}

/// How old a temporary file beside a target must be to count as left by an
/// interrupted save, not one under way in another window.
const LEFTOVER_AGE: std::time::Duration = std::time::Duration::from_mins(1);

/// Removes the temporary files an interrupted save of `path` left beside
/// it (`.NAME.XXXXXX`, six letters or digits), once they are a minute old.
/// On Linux a save's temporary file has no name until it is complete, so
/// only a save cut off in the instant between naming and renaming leaves one.
fn remove_leftovers(path: &Path) {
    let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let Some(name) = name.to_str() else {
        return;
    };
    let prefix = format!(".{name}.");
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(suffix) = file_name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
            continue;
        };
        let temporary = suffix.len() == 6 && suffix.chars().all(|c| c.is_ascii_alphanumeric());
        let old = entry
            .metadata()
            .ok()
            .filter(std::fs::Metadata::is_file)
            .and_then(|metadata| metadata.modified().ok())
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|age| age >= LEFTOVER_AGE);
        if temporary && old {
            // Best effort: a leftover that cannot go stays for the next save.
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// A file name stem made from a title: letters, digits, `-` and `_` only,
/// lower case, at most 60 characters, never empty.
pub fn file_stem(title: &str) -> String {
    let mut name: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .flat_map(char::to_lowercase)
        .collect();
    while name.contains("--") {
        name = name.replace("--", "-");
    }
    let name: String = name.trim_matches('-').chars().take(60).collect();
    let name = name.trim_end_matches('-');
    if name.is_empty() {
        "session".to_owned()
    } else {
        name.to_owned()
    }
}

/// Why a file name a person typed cannot be used, on this computer or on
/// another the file may travel to (Windows forbids more than Linux).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    /// `/` or `\\`: the name would reach into another folder.
    Separator,
    /// A character Windows does not allow in a file name.
    Forbidden(char),
    /// A name Windows keeps for a device (`CON`, `NUL`, `COM1`...).
    Reserved,
    /// A name ending in a dot or a space, which Windows drops.
    TrailingDot,
}

/// What is wrong with `name` as a file name on any computer the file may
/// travel to, if anything.
pub fn name_problem(name: &str) -> Option<NameProblem> {
    if name.trim().is_empty() {
        return Some(NameProblem::Empty);
    }
    if name.contains(['/', '\\']) {
        return Some(NameProblem::Separator);
    }
    if let Some(c) = name
        .chars()
        .find(|c| matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*') || c.is_control())
    {
        return Some(NameProblem::Forbidden(c));
    }
    if name.ends_with(['.', ' ']) {
        return Some(NameProblem::TrailingDot);
    }
    let stem = name
        .split('.')
        .next()
        .unwrap_or(name)
        .trim_end()
        .to_ascii_uppercase();
    let device = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.len() == 4
            && stem.ends_with(|c: char| c.is_ascii_digit() && c != '0'));
    device.then_some(NameProblem::Reserved)
}

#[derive(Deserialize)]
#[serde(rename = "Session")]
struct FormatProbe {
    format: u32,
}

/// A session file starts `Session(` and ends `)`: one that starts so but
/// does not end so was cut short (a copy interrupted, a stick pulled out),
/// whatever the parser tripped on.
fn syntax_error(text: &str, error: &ron::error::SpannedError) -> LoadError {
    let text = text.trim();
    if text.starts_with("Session(") && !text.ends_with(')') {
        return LoadError::at(end_position(text), Problem::CutShort);
    }
    let problem = match &error.code {
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => Problem::UnknownValue {
            found: found.clone(),
            expected: expected.join(", "),
        },
        ron::Error::MissingStructField { field, outer } => Problem::MissingField {
            field: field.to_string(),
            outer: outer.as_ref().map(ToString::to_string),
        },
        code => Problem::Syntax(code.to_string()),
    };
    LoadError::at(error.span.start, problem)
}

/// The 1-based line and column just after `text`.
fn end_position(text: &str) -> ron::error::Position {
    let line = text.matches('\n').count() + 1;
    let last_line = text.rsplit('\n').next().unwrap_or_default();
    ron::error::Position {
        line,
        col: last_line.chars().count() + 1,
    }
}

/// Where `name:` first stands in the file, else its start.
fn field_position(text: &str, name: &str) -> ron::error::Position {
    let needle = format!("{name}:");
    let offset = text.find(&needle).unwrap_or(0);
    end_position(&text[..offset])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::TEMPLATE_RON;

    fn error_of(text: &str) -> LoadError {
        parse(text.as_bytes()).expect_err("this text is not a valid session")
    }

    #[test]
    fn names_any_computer_takes_pass_and_the_others_say_why_not() {
        for name in ["group-2.ron", "Groupe 2 — Sahel.ron", "海关.ron", "plenary"] {
            assert_eq!(name_problem(name), None, "{name}");
        }
        let refused = [
            ("", NameProblem::Empty),
            ("  ", NameProblem::Empty),
            ("../session.ron", NameProblem::Separator),
            ("a\\b.ron", NameProblem::Separator),
            ("Q1: answers.ron", NameProblem::Forbidden(':')),
            ("why?.ron", NameProblem::Forbidden('?')),
            ("report.", NameProblem::TrailingDot),
            ("report ", NameProblem::TrailingDot),
            ("con.ron", NameProblem::Reserved),
            ("LPT1", NameProblem::Reserved),
        ];
        for (name, problem) in refused {
            assert_eq!(name_problem(name), Some(problem), "{name:?}");
        }
        assert_eq!(name_problem("COM10.ron"), None);
    }

    #[test]
    fn template_parses_and_round_trips() {
        let session = parse(TEMPLATE_RON.as_bytes()).expect("template parses");
        assert_eq!(parse(to_ron(&session).as_bytes()), Ok(session));
    }

    #[test]
    fn text_is_written_as_typed_and_reads_back_whatever_it_holds() {
        let tricky = [
            "e\u{301}te\u{301} (accents typed as combining marks)",
            "a \"quote\" and a \\ backslash",
            "r#\"raw\"# and \"### hashes",
            "lines\nand\r\nbreaks\tand \u{0} \u{7} controls",
            "\u{202e}right-to-left override",
            "",
        ];
        let mut session = crate::session::Session::template();
        for text in tricky {
            session.title = text.to_owned();
            let written = to_ron(&session);
            let read = parse(written.as_bytes()).expect("reads back");
            assert_eq!(read.title, text);
        }
        session.title = "e\u{301}te\u{301}".into();
        assert!(to_ron(&session).contains("title: \"e\u{301}te\u{301}\""));
    }

    #[test]
    fn empty_file_is_named_as_empty() {
        let error = error_of("  \n ");
        assert_eq!(error.problem, Problem::Empty);
    }

    #[test]
    fn invalid_utf8_gives_the_position_of_the_bad_byte() {
        let mut bytes = b"Session(\n  title: \"caf".to_vec();
        bytes.push(0xE9);
        let error = parse(&bytes).expect_err("not UTF-8");
        assert_eq!(
            (error.line, error.col, error.problem),
            (2, 14, Problem::NotUtf8)
        );
    }

    #[test]
    fn syntax_error_names_line_and_column() {
        let text = TEMPLATE_RON.replacen("title:", "title", 1);
        let error = error_of(&text);
        let title_line = TEMPLATE_RON
            .lines()
            .position(|line| line.contains("title:"))
            .expect("template has a title")
            + 1;
        assert_eq!(error.line, title_line);
        assert!(matches!(error.problem, Problem::Syntax(_)));
    }

    #[test]
    fn a_file_cut_short_says_so_wherever_it_stops() {
        for cut in [
            TEMPLATE_RON.len() / 3,
            TEMPLATE_RON.len() / 2,
            TEMPLATE_RON.len() - 3,
        ] {
            let text = &TEMPLATE_RON[..TEMPLATE_RON.floor_char_boundary(cut)];
            let error = error_of(text);
            assert_eq!(error.problem, Problem::CutShort, "cut at {cut}");
            assert_eq!(error.line, text.trim().lines().count(), "the last line");
        }
        let junk = error_of("RGVCSEIgc29tZSBiYXNlNjQganVuaw==");
        assert!(
            matches!(junk.problem, Problem::Syntax(_)),
            "junk is not a cut session"
        );
    }

    #[test]
    fn wrong_type_names_line_and_column() {
        let text = TEMPLATE_RON.replacen("planned_minutes: 40", "planned_minutes: \"forty\"", 1);
        let error = error_of(&text);
        let line = text
            .lines()
            .position(|line| line.contains("\"forty\""))
            .expect("replaced")
            + 1;
        assert_eq!(error.line, line, "{error:?}");
        assert!(matches!(error.problem, Problem::Syntax(_)));
    }

    #[test]
    fn a_misspelt_value_or_a_missing_field_is_named() {
        let text = TEMPLATE_RON.replacen("language: en,", "language: eng,", 1);
        let error = error_of(&text);
        let line = text
            .lines()
            .position(|line| line.contains("language: eng,"))
            .expect("replaced")
            + 1;
        assert_eq!(error.line, line, "{error:?}");
        assert_eq!(
            error.problem,
            Problem::UnknownValue {
                found: "eng".into(),
                expected: "en, fr".into()
            }
        );
        let text = TEMPLATE_RON.replacen("title:", "titel:", 1);
        assert!(matches!(
            error_of(&text).problem,
            Problem::MissingField { .. } | Problem::Syntax(_)
        ));
    }

    #[test]
    fn newer_format_is_refused_with_the_version() {
        let text = TEMPLATE_RON.replacen("format: 4", "format: 7", 1);
        let error = error_of(&text);
        assert_eq!(error.problem, Problem::NewerFormat { found: 7 });
        assert_eq!(error.line, 2);
    }
}
