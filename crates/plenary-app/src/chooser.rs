//! Plenary's own file chooser, for computers where the system's file
//! dialog cannot open (Linux with no desktop portal, a locked-down
//! laptop): folders, places, a name field, the file type's filter and "Replace
//! it?". Every file action asks through [`Ask`], whichever chooser answers.
//!
//! This module is the chooser's state and what it reads of the disk;
//! `views::chooser` draws it.

use std::path::{Path, PathBuf};

use plenary_core::session::GroupId;
use plenary_core::store::{self, NameProblem};
use plenary_docs::report::Format;

use crate::command::Command;
use crate::words::fl;

/// A file action that needs a file or a folder.
#[derive(Clone, Debug, PartialEq)]
pub enum Ask {
    OpenSession,
    SaveSession { name: String },
    SaveGroupFile { group: GroupId, name: String },
    ImportGroupFiles,
    WatchFolder,
    ExportReport { format: Format, name: String },
}

/// What the person picks for an [`Ask`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pick {
    /// One existing file.
    File,
    /// One or more existing files.
    Files,
    /// A new or existing file, by name.
    Save,
    /// A folder.
    Folder,
}

impl Ask {
    pub(crate) fn pick(&self) -> Pick {
        match self {
            Ask::OpenSession => Pick::File,
            Ask::ImportGroupFiles => Pick::Files,
            Ask::SaveSession { .. } | Ask::SaveGroupFile { .. } | Ask::ExportReport { .. } => {
                Pick::Save
            }
            Ask::WatchFolder => Pick::Folder,
        }
    }

    /// The title of the dialog, in the window's language.
    pub(crate) fn title(&self) -> String {
        match self {
            Ask::OpenSession => fl!("dialog-open-title"),
            Ask::SaveSession { .. } => fl!("dialog-save-title"),
            Ask::SaveGroupFile { .. } => fl!("dialog-save-group-title"),
            Ask::ImportGroupFiles => fl!("dialog-import-title"),
            Ask::WatchFolder => fl!("dialog-watch-title"),
            Ask::ExportReport { .. } => fl!("dialog-export-title"),
        }
    }

    /// The extension of the files it shows and makes.
    pub(crate) fn extension(&self) -> &'static str {
        match self {
            Ask::ExportReport { format, .. } => format.extension(),
            _ => "ron",
        }
    }

    /// What the filter is called: "Plenary session", or the report's format.
    pub(crate) fn filter_name(&self) -> String {
        match self {
            Ask::ExportReport { format, .. } => format.extension().to_uppercase(),
            _ => fl!("dialog-filter-session"),
        }
    }

    /// The name a save starts with.
    pub(crate) fn suggested_name(&self) -> &str {
        match self {
            Ask::SaveSession { name }
            | Ask::SaveGroupFile { name, .. }
            | Ask::ExportReport { name, .. } => name,
            _ => "",
        }
    }

    /// The command that carries out the action on what was picked.
    pub(crate) fn answer(&self, mut picked: Vec<PathBuf>) -> Option<Command> {
        let first = picked.first()?.clone();
        Some(match self {
            Ask::OpenSession => Command::OpenPath(first),
            Ask::SaveSession { .. } => Command::SaveTo(self.with_extension(first)),
            Ask::SaveGroupFile { group, .. } => {
                Command::SaveGroupFileTo(*group, self.with_extension(first))
            }
            Ask::ImportGroupFiles => {
                picked.sort();
                Command::ImportPaths(picked)
            }
            Ask::WatchFolder => Command::WatchPath(first),
            Ask::ExportReport { format, .. } => {
                Command::ExportReportTo(*format, self.with_extension(first))
            }
        })
    }

    /// `path`, with this action's extension when it has none.
    fn with_extension(&self, path: PathBuf) -> PathBuf {
        if path.extension().is_some() {
            path
        } else {
            path.with_extension(self.extension())
        }
    }
}

/// A place the chooser offers to start from.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Place {
    pub label: String,
    pub path: PathBuf,
}

/// The places to start from: the session's folder, the folders of recent
/// files, the person's usual folders, and removable drives (a USB stick).
pub(crate) fn places(session_folder: Option<&Path>, recent: &[PathBuf]) -> Vec<Place> {
    let mut places: Vec<Place> = Vec::new();
    let mut add = |label: String, path: PathBuf| {
        if path.is_dir() && !places.iter().any(|place| place.path == path) {
            places.push(Place { label, path });
        }
    };
    if let Some(folder) = session_folder {
        add(fl!("chooser-session-folder"), folder.to_path_buf());
    }
    for file in recent.iter().take(5) {
        if let Some(folder) = file.parent() {
            add(folder_label(folder), folder.to_path_buf());
        }
    }
    if let Some(user) = directories::UserDirs::new() {
        add(fl!("chooser-home"), user.home_dir().to_path_buf());
        for folder in [user.desktop_dir(), user.document_dir(), user.download_dir()]
            .into_iter()
            .flatten()
        {
            add(folder_label(folder), folder.to_path_buf());
        }
    }
    for drive in removable_drives() {
        add(folder_label(&drive), drive);
    }
    places
}

/// A folder's own name, or its path when it has none (`/`, `C:\`).
fn folder_label(folder: &Path) -> String {
    folder.file_name().map_or_else(
        || folder.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// Where USB sticks and other drives appear: `/media/USER/*`,
/// `/run/media/USER/*` and `/mnt/*` on Linux, `/Volumes/*` on macOS, the
/// drive letters on Windows.
fn removable_drives() -> Vec<PathBuf> {
    if cfg!(windows) {
        return ('A'..='Z')
            .map(|letter| PathBuf::from(format!("{letter}:\\")))
            .filter(|drive| drive.is_dir())
            .collect();
    }
    let user = std::env::var("USER").unwrap_or_default();
    let roots = [
        PathBuf::from("/media").join(&user),
        PathBuf::from("/run/media").join(&user),
        PathBuf::from("/mnt"),
        PathBuf::from("/Volumes"),
    ];
    let mut drives = Vec::new();
    for root in roots {
        if let Ok(entries) = std::fs::read_dir(&root) {
            drives.extend(
                entries
                    .flatten()
                    .map(|entry| entry.path())
                    .filter(|path| path.is_dir()),
            );
        }
    }
    drives.sort();
    drives
}

/// A file or folder the chooser lists.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Entry {
    pub(crate) name: String,
    pub(crate) path: PathBuf,
    pub(crate) is_folder: bool,
}

/// The in-app chooser, open.
#[derive(Clone, Debug)]
pub(crate) struct Chooser {
    pub(crate) ask: Ask,
    pub(crate) folder: PathBuf,
    /// The folder's folders and the files of the chosen type, or why it
    /// cannot be read.
    pub(crate) listing: Result<Vec<Entry>, String>,
    /// The files picked (one, or several for an import).
    pub(crate) picked: Vec<PathBuf>,
    /// The "File name" field of a save.
    pub(crate) name: String,
    /// The "Folder" field, where a path can be typed.
    pub(crate) folder_field: String,
    /// What is wrong with what was asked, said in the chooser.
    pub(crate) problem: Option<String>,
    /// A file that exists, waiting for "Replace it?".
    pub(crate) replacing: Option<PathBuf>,
    pub(crate) places: Vec<Place>,
}

/// What the person did in the chooser this frame.
pub(crate) enum Done {
    /// Still choosing.
    Not,
    Cancelled,
    Chose(Command),
}

impl Chooser {
    pub(crate) fn new(ask: Ask, folder: Option<PathBuf>, places: Vec<Place>) -> Chooser {
        let start = folder
            .filter(|folder| folder.is_dir())
            .or_else(|| places.first().map(|place| place.path.clone()))
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("."));
        let mut chooser = Chooser {
            name: ask.suggested_name().to_owned(),
            ask,
            folder: PathBuf::new(),
            listing: Ok(Vec::new()),
            picked: Vec::new(),
            folder_field: String::new(),
            problem: None,
            replacing: None,
            places,
        };
        chooser.go(start);
        chooser
    }

    /// Shows `folder`'s contents, or why they cannot be read.
    pub(crate) fn go(&mut self, folder: PathBuf) {
        let folder = std::path::absolute(&folder).unwrap_or(folder);
        self.listing = list(
            &folder,
            self.ask.extension(),
            self.ask.pick() != Pick::Folder,
        );
        self.folder_field = folder.display().to_string();
        self.folder = folder;
        self.picked.clear();
        self.problem = None;
        self.replacing = None;
    }

    /// Goes to the folder typed in the "Folder" field.
    pub(crate) fn go_typed(&mut self) {
        let typed = PathBuf::from(self.folder_field.trim());
        if typed.is_dir() {
            self.go(typed);
        } else {
            self.problem = Some(fl!(
                "chooser-no-such-folder",
                folder = self.folder_field.trim().to_owned()
            ));
        }
    }

    pub(crate) fn up(&mut self) {
        if let Some(parent) = self.folder.parent() {
            self.go(parent.to_path_buf());
        }
    }

    /// A click on a file: picks it (adds or removes it, for an import), or
    /// takes its name for a save.
    pub(crate) fn click_file(&mut self, path: &Path) {
        self.problem = None;
        match self.ask.pick() {
            Pick::Files => {
                if let Some(index) = self.picked.iter().position(|p| p == path) {
                    self.picked.remove(index);
                } else {
                    self.picked.push(path.to_path_buf());
                }
            }
            Pick::File => self.picked = vec![path.to_path_buf()],
            Pick::Save => {
                if let Some(name) = path.file_name() {
                    self.name = name.to_string_lossy().into_owned();
                }
            }
            Pick::Folder => {}
        }
    }

    /// The chooser's main button: what it says, and whether it can be
    /// pressed now.
    pub(crate) fn action_label(&self) -> String {
        match self.ask.pick() {
            Pick::File => fl!("chooser-open"),
            Pick::Files => fl!("chooser-import", count = self.picked.len()),
            Pick::Save => fl!("chooser-save"),
            Pick::Folder => fl!("chooser-watch"),
        }
    }

    /// The main button pressed: the command to carry out, or `None` with a
    /// problem or a "Replace it?" to show.
    pub(crate) fn choose(&mut self) -> Option<Command> {
        self.problem = None;
        match self.ask.pick() {
            Pick::File | Pick::Files => {
                if self.picked.is_empty() {
                    self.problem = Some(fl!("chooser-pick-a-file"));
                    return None;
                }
                self.ask.answer(self.picked.clone())
            }
            Pick::Folder => self.ask.answer(vec![self.folder.clone()]),
            Pick::Save => {
                let name = self.name.trim().to_owned();
                if let Some(problem) = store::name_problem(&name) {
                    self.problem = Some(name_problem_text(problem, &name));
                    return None;
                }
                let path = self.folder.join(&name);
                let path = if path.extension().is_some() {
                    path
                } else {
                    path.with_extension(self.ask.extension())
                };
                if path.is_dir() {
                    self.problem = Some(fl!("chooser-is-a-folder", name = name));
                    return None;
                }
                if path.exists() && self.replacing.as_ref() != Some(&path) {
                    self.replacing = Some(path);
                    return None;
                }
                self.replacing = None;
                self.ask.answer(vec![path])
            }
        }
    }
}

/// What is wrong with a typed file name, in words.
fn name_problem_text(problem: NameProblem, name: &str) -> String {
    match problem {
        NameProblem::Empty => fl!("chooser-name-empty"),
        NameProblem::Separator => fl!("chooser-name-separator"),
        NameProblem::Forbidden(c) => fl!("chooser-name-forbidden", character = c.to_string()),
        NameProblem::Reserved => fl!("chooser-name-reserved", name = name.to_owned()),
        NameProblem::TrailingDot => fl!("chooser-name-trailing-dot"),
    }
}

/// The folders in `folder`, then (when `files`) its files ending in
/// `.extension`, each by name without regard to case; hidden ones left out.
fn list(folder: &Path, extension: &str, files: bool) -> Result<Vec<Entry>, String> {
    let entries = std::fs::read_dir(folder)
        .map_err(|error| fl!("chooser-unreadable", error = error.to_string()))?;
    let mut listed: Vec<Entry> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                return None;
            }
            let path = entry.path();
            let is_folder = path.is_dir();
            let wanted = is_folder
                || (files
                    && path
                        .extension()
                        .is_some_and(|found| found.eq_ignore_ascii_case(extension)));
            wanted.then_some(Entry {
                name,
                path,
                is_folder,
            })
        })
        .collect();
    listed.sort_by_key(|entry| (!entry.is_folder, entry.name.to_lowercase()));
    Ok(listed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chooser(ask: Ask, folder: &Path) -> Chooser {
        Chooser::new(ask, Some(folder.to_path_buf()), Vec::new())
    }

    #[test]
    fn it_lists_folders_then_the_files_of_its_type() {
        let dir = tempfile::tempdir().expect("temp dir");
        for name in ["b.ron", "A.RON", "notes.txt", ".hidden.ron"] {
            std::fs::write(dir.path().join(name), "x").expect("writes");
        }
        std::fs::create_dir(dir.path().join("stick")).expect("folder");
        let chooser = chooser(Ask::OpenSession, dir.path());
        let names: Vec<&str> = chooser
            .listing
            .as_ref()
            .expect("readable")
            .iter()
            .map(|entry| entry.name.as_str())
            .collect();
        assert_eq!(names, ["stick", "A.RON", "b.ron"]);
    }

    #[test]
    fn a_save_adds_the_extension_and_asks_before_replacing() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("kept.ron"), "x").expect("writes");
        let ask = Ask::SaveSession {
            name: "session.ron".into(),
        };
        let mut chooser = chooser(ask, dir.path());
        chooser.name = "new".into();
        assert_eq!(
            chooser.choose(),
            Some(Command::SaveTo(dir.path().join("new.ron")))
        );
        chooser.name = "kept".into();
        assert_eq!(chooser.choose(), None, "asks first");
        assert_eq!(chooser.replacing, Some(dir.path().join("kept.ron")));
        assert_eq!(
            chooser.choose(),
            Some(Command::SaveTo(dir.path().join("kept.ron")))
        );
    }

    #[test]
    fn a_name_no_computer_takes_is_refused_with_a_reason() {
        let dir = tempfile::tempdir().expect("temp dir");
        let ask = Ask::ExportReport {
            format: Format::Pdf,
            name: "report.pdf".into(),
        };
        let mut chooser = chooser(ask, dir.path());
        for name in ["../report", "Q1: answers", "", "con"] {
            chooser.name = name.into();
            assert_eq!(chooser.choose(), None, "{name:?}");
            assert!(chooser.problem.is_some(), "{name:?}");
        }
        chooser.name = "Rapport – séance 2".into();
        assert_eq!(
            chooser.choose(),
            Some(Command::ExportReportTo(
                Format::Pdf,
                dir.path().join("Rapport – séance 2.pdf")
            ))
        );
    }

    #[test]
    fn a_folder_that_cannot_be_read_says_so_and_keeps_the_chooser_open() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut chooser = chooser(Ask::ImportGroupFiles, dir.path());
        chooser.go(dir.path().join("gone"));
        assert!(chooser.listing.is_err());
        chooser.folder_field = dir.path().join("nowhere").display().to_string();
        chooser.go_typed();
        assert!(chooser.problem.is_some());
        assert_eq!(chooser.choose(), None);
    }
}
