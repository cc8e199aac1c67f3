//! What the window keeps between runs on this laptop, in eframe's storage:
//! recent files, the view, the language and colours, and what the laptop
//! does in each session (the group it captures, its countdowns). None of it
//! is part of a session file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use plenary_core::capture::Countdown;
use plenary_core::session::{GroupId, Language, QuestionId, ReplicaId, SessionId};
use serde::{Deserialize, Serialize};

use crate::command::View;
use crate::look::{SlideColours, UiColours};

/// How many files the File → Recent files menu keeps.
const RECENT_FILES: usize = 8;

/// The key the preferences are stored under.
pub(crate) const PREFS_KEY: &str = "plenary-prefs";

/// UI preferences, kept in eframe's storage between runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Most recent first; the first is the session the app reopens.
    pub recent: Vec<PathBuf>,
    pub view: View,
    /// What this laptop does in each session it has opened.
    pub laptop: HashMap<SessionId, Laptop>,
    /// The text size chosen with Ctrl+plus and Ctrl+minus.
    pub zoom: Option<f32>,
    /// This laptop, in the version clocks of the answers it edits; made once.
    pub replica: Option<ReplicaId>,
    #[serde(alias = "slide_theme")]
    pub slide_colours: SlideColours,
    /// Each group's speaking time in plenary; 5 minutes unless set.
    pub speaking_minutes: Option<u32>,
    /// The UI's language: the system's the first time, then the person's choice.
    pub ui_language: Option<Language>,
    #[serde(alias = "ui_theme")]
    pub ui_colours: UiColours,
}

/// What one laptop does in one session: the group it captures, its
/// countdowns, the folder it watches for group files, and where the
/// Break-out was left.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Laptop {
    pub group: Option<GroupId>,
    pub panel: Option<Countdown>,
    pub break_out: Option<Countdown>,
    /// Watched again whenever the session is open, until watching stops.
    pub watch: Option<PathBuf>,
    /// The question the Break-out showed last.
    pub question: Option<QuestionId>,
}

impl Prefs {
    /// Puts `path` first in the recent files.
    pub(crate) fn remember(&mut self, path: &Path) {
        self.recent.retain(|recent| recent != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(RECENT_FILES);
    }

    /// Each group's speaking time in plenary, in minutes.
    pub(crate) fn speaking_minutes(&self) -> u32 {
        self.speaking_minutes.unwrap_or(5)
    }

    /// What this laptop does in `session`.
    pub(crate) fn laptop(&self, session: SessionId) -> Laptop {
        self.laptop.get(&session).cloned().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_and_bounded() {
        let mut prefs = Prefs::default();
        for index in 0..20 {
            prefs.remember(Path::new(&format!("/s/{}.ron", index % 10)));
        }
        prefs.remember(Path::new("/s/3.ron"));
        assert_eq!(prefs.recent.len(), RECENT_FILES);
        assert_eq!(prefs.recent[0], Path::new("/s/3.ron"));
    }

    #[test]
    fn preferences_stored_before_the_colours_were_renamed_still_read() {
        let stored = "(slide_theme: HighContrast, ui_theme: Light)";
        let prefs: Prefs = ron::from_str(stored).expect("reads");
        assert_eq!(prefs.slide_colours, SlideColours::HighContrast);
        assert_eq!(prefs.ui_colours, UiColours::Light);
    }
}
