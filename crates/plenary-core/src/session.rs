//! The session document: everything a facilitator sets up and every group captures.
//!
//! This is the domain core. It knows nothing of egui, files or time zones; the
//! store module reads and writes it, the action module changes it.
//!
//! Ids are UUIDs so that copies of a session on several laptops can be merged by
//! id later. The template's questions and topics carry fixed ids (see
//! `sessions/ptc-2017-disruptive-technologies.ron`), so every laptop that starts
//! from the template agrees on them.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The format version this build writes. Older versions are migrated on load
/// (see `store::migrate`); newer ones are refused with a clear message.
///
/// Format 2 added themes, votes and the answers reviewed: a build that reads
/// only format 1 must refuse such a file rather than drop them on saving.
pub const FORMAT_VERSION: u32 = 3;

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh, time-ordered id (UUID v7).
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }
    };
}

id_type!(
    /// Identifies a session across every laptop's copy of it.
    SessionId
);
id_type!(
    /// Identifies a question.
    QuestionId
);
id_type!(
    /// Identifies a topic (a technology, in the default session).
    TopicId
);
id_type!(
    /// Identifies a break-out group.
    GroupId
);

impl GroupId {
    /// What the group's dots are kept under in [`Theme::votes`]: its id, so
    /// a group renamed after the vote keeps its dots, and two groups of one
    /// name vote apart.
    pub fn voter_key(self) -> String {
        self.0.to_string()
    }
}
id_type!(
    /// Identifies a phase of the agenda.
    PhaseId
);
id_type!(
    /// Identifies a panel speaker.
    SpeakerId
);
id_type!(
    /// Identifies one answer captured by a group.
    AnswerId
);
id_type!(
    /// Identifies one laptop's copy of Plenary, in the version clocks of answers.
    ReplicaId
);
id_type!(
    /// Identifies a theme the facilitator shapes across groups.
    ThemeId
);

/// A version vector: how many edits each laptop has made to one answer.
/// Version `a` is newer than `b` when `a` has seen every edit `b` has seen,
/// and more; when neither has, the two were edited concurrently.
pub type Clock = BTreeMap<ReplicaId, u32>;

/// A language a session, a group or the UI can be in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "fr")]
    French,
}

impl Language {
    /// Every language, in the order menus list them.
    pub const ALL: [Language; 2] = [Language::English, Language::French];

    /// The BCP 47 code, as in the file.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
        }
    }
}

/// One panel-then-break-out session: set-up, panel notes and the groups' answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Session")]
pub struct Session {
    /// File format version; see [`FORMAT_VERSION`].
    pub format: u32,
    pub id: SessionId,
    pub title: String,
    /// The meeting this session belongs to, such as a committee and its sitting.
    pub meeting: String,
    #[serde(default)]
    pub date: Option<jiff::civil::Date>,
    #[serde(default)]
    pub venue: String,
    #[serde(default)]
    pub background: String,
    #[serde(default)]
    pub language: Language,
    #[serde(default)]
    pub questions: Vec<Question>,
    #[serde(default)]
    pub topics: Vec<Topic>,
    #[serde(default)]
    pub agenda: Vec<Phase>,
    #[serde(default)]
    pub groups: Vec<Group>,
    #[serde(default)]
    pub panel: Panel,
    #[serde(default)]
    pub answers: Vec<Answer>,
    /// Themes across groups, per question, in the facilitator's order.
    #[serde(default)]
    pub themes: Vec<Theme>,
    /// How many dots each voter has to spread over the themes.
    #[serde(default = "default_dots_per_voter")]
    pub dots_per_voter: u32,
    /// Whether each group or each delegation votes.
    #[serde(default)]
    pub vote_by: VoteBy,
    /// Answers the facilitator has seen while shaping themes. An answer that
    /// arrives later is in none of them, so it shows as new.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub reviewed: BTreeSet<AnswerId>,
}

/// Who takes part in the dot vote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoteBy {
    #[default]
    Group,
    Delegation,
}

fn default_dots_per_voter() -> u32 {
    3
}

/// Answers to one question that say the same thing, from one or more groups.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    pub id: ThemeId,
    pub question: QuestionId,
    pub name: String,
    /// The answers in the theme, in the order the facilitator sees them.
    pub answers: Vec<AnswerId>,
    /// Suggested by the app (`plenary themes --write`) and not yet accepted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suggested: bool,
    /// Dots given to this theme, by voter: a group's id, or a delegation's
    /// name (see [`crate::themes::vote::voters`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub votes: BTreeMap<String, u32>,
}

impl Theme {
    /// Every dot given to the theme.
    pub fn dots(&self) -> u32 {
        self.votes.values().copied().fold(0, u32::saturating_add)
    }
}

/// A question the break-out groups answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: QuestionId,
    pub text: String,
}

/// A topic answers are tagged with; `key` is what a rapporteur types after `#`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    pub id: TopicId,
    pub name: String,
    pub key: String,
}

/// A break-out group and the people who run it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub id: GroupId,
    pub name: String,
    #[serde(default)]
    pub language: Language,
    #[serde(default)]
    pub moderator: String,
    #[serde(default)]
    pub rapporteur: String,
    /// The delegations (administrations) sitting in the group.
    #[serde(default)]
    pub delegations: Vec<String>,
}

/// What a phase of the agenda is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PhaseKind {
    Panel,
    BreakOut,
    ReportBack,
    Other,
}

impl PhaseKind {
    /// Every kind, in the order menus list them.
    pub const ALL: [PhaseKind; 4] = [
        PhaseKind::Panel,
        PhaseKind::BreakOut,
        PhaseKind::ReportBack,
        PhaseKind::Other,
    ];
}

/// One step of the agenda with the time planned for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Phase {
    pub id: PhaseId,
    pub kind: PhaseKind,
    pub planned_minutes: u32,
}

/// The panel that opens the session.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Panel {
    #[serde(default)]
    pub speakers: Vec<Speaker>,
}

/// A panellist, and the facilitator's notes on what they said.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub id: SpeakerId,
    pub name: String,
    #[serde(default)]
    pub administration: String,
    #[serde(default)]
    pub topic: Option<TopicId>,
    #[serde(default)]
    pub notes: String,
}

/// What kind of contribution an answer is.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum AnswerKind {
    Benefit,
    UseToday,
    FutureUse,
    Risk,
    Recommendation,
    #[default]
    Other,
}

impl AnswerKind {
    /// Every kind, in the order pickers and reports list them.
    pub const ALL: [AnswerKind; 6] = [
        AnswerKind::Benefit,
        AnswerKind::UseToday,
        AnswerKind::FutureUse,
        AnswerKind::Risk,
        AnswerKind::Recommendation,
        AnswerKind::Other,
    ];
}

/// One answer a group gave to a question.
///
/// `revision` counts the edits made to the answer anywhere; `clock` says which
/// laptop made how many, so a merge can tell a newer copy from a concurrent
/// one. A deleted answer is kept with `deleted: true` so the deletion itself
/// can travel in a file. `conflicts` holds the other versions when the answer
/// was edited differently on two laptops; the facilitator resolves them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub id: AnswerId,
    pub group: GroupId,
    pub question: QuestionId,
    pub text: String,
    #[serde(default)]
    pub topics: Vec<TopicId>,
    #[serde(default)]
    pub kind: AnswerKind,
    pub created: jiff::Timestamp,
    pub modified: jiff::Timestamp,
    #[serde(default)]
    pub revision: u32,
    #[serde(default)]
    pub deleted: bool,
    #[serde(default, skip_serializing_if = "Clock::is_empty")]
    pub clock: Clock,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Answer>,
}

/// A set-up the app works with but people will trip over. A value: the
/// words for it are `plenary-i18n`'s.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetupProblem {
    /// Two topics share this `#key`: it tags only the first.
    SameTopicKey(String),
    /// The group at this place (from 1) has no name.
    UnnamedGroup(usize),
    /// Two groups have this name: picker, vote and report cannot tell them
    /// apart.
    SameGroupName(String),
}

impl Session {
    /// What in the set-up will confuse the session later, in the order the
    /// Setup view lists the items.
    pub fn setup_problems(&self) -> Vec<SetupProblem> {
        let mut problems = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        for topic in &self.topics {
            let key = topic.key.trim().to_lowercase();
            if key.is_empty() {
                continue;
            }
            if keys.contains(&key) {
                let problem = SetupProblem::SameTopicKey(topic.key.trim().to_owned());
                if !problems.contains(&problem) {
                    problems.push(problem);
                }
            } else {
                keys.push(key);
            }
        }
        let mut names: Vec<&str> = Vec::new();
        for (index, group) in self.groups.iter().enumerate() {
            let name = group.name.trim();
            if name.is_empty() {
                problems.push(SetupProblem::UnnamedGroup(index.saturating_add(1)));
            } else if names.contains(&name) {
                let problem = SetupProblem::SameGroupName(name.to_owned());
                if !problems.contains(&problem) {
                    problems.push(problem);
                }
            } else {
                names.push(name);
            }
        }
        problems
    }

    /// The answers that have not been deleted.
    pub fn live_answers(&self) -> impl Iterator<Item = &Answer> {
        self.answers.iter().filter(|answer| !answer.deleted)
    }

    pub fn question(&self, id: QuestionId) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }

    pub fn topic(&self, id: TopicId) -> Option<&Topic> {
        self.topics.iter().find(|topic| topic.id == id)
    }

    pub fn group(&self, id: GroupId) -> Option<&Group> {
        self.groups.iter().find(|group| group.id == id)
    }

    pub fn answer(&self, id: AnswerId) -> Option<&Answer> {
        self.answers.iter().find(|answer| answer.id == id)
    }

    pub fn theme(&self, id: ThemeId) -> Option<&Theme> {
        self.themes.iter().find(|theme| theme.id == id)
    }

    /// The themes of one question.
    pub fn themes_of(&self, question: QuestionId) -> impl Iterator<Item = &Theme> {
        self.themes
            .iter()
            .filter(move |theme| theme.question == question)
    }
}

/// The session's answers by id, built once for a pass over many themes or
/// answers: `Session::answer` scans the list, which over every answer of
/// every theme grows with themed answers × all answers.
pub struct AnswersById<'a>(std::collections::HashMap<AnswerId, &'a Answer>);

impl<'a> AnswersById<'a> {
    pub fn new(session: &'a Session) -> AnswersById<'a> {
        let mut by_id = std::collections::HashMap::with_capacity(session.answers.len());
        for answer in &session.answers {
            // The first of two answers with one id wins, as in `Session::answer`.
            by_id.entry(answer.id).or_insert(answer);
        }
        AnswersById(by_id)
    }

    pub fn get(&self, id: AnswerId) -> Option<&'a Answer> {
        self.0.get(&id).copied()
    }

    /// The live answers of a theme that still exist, in its order.
    pub fn live<'t>(&'t self, theme: &'t Theme) -> impl Iterator<Item = &'a Answer> + 't {
        theme
            .answers
            .iter()
            .filter_map(|id| self.get(*id))
            .filter(|answer| !answer.deleted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_is_the_ptc_2017_break_out() {
        let session = Session::template();
        assert_eq!(session.format, FORMAT_VERSION);
        assert_eq!(session.questions.len(), 2);
        assert!(
            session.questions[0]
                .text
                .starts_with("What are the benefits")
        );
        assert!(
            session.questions[1]
                .text
                .starts_with("What can we envisage")
        );
        let keys: Vec<&str> = session.topics.iter().map(|t| t.key.as_str()).collect();
        for key in ["ai", "iot", "bio", "robot", "chain", "vr", "3d", "drone"] {
            assert!(keys.contains(&key), "topic key {key} missing from {keys:?}");
        }
        let kinds: Vec<PhaseKind> = session.agenda.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [PhaseKind::Panel, PhaseKind::BreakOut, PhaseKind::ReportBack]
        );
        let minutes: Vec<u32> = session.agenda.iter().map(|p| p.planned_minutes).collect();
        assert_eq!(minutes, [40, 45, 30]);
        assert!(session.background.contains("Virtual Working Group"));
        assert!(!session.groups.is_empty());
    }

    #[test]
    fn a_shared_topic_key_and_unnamed_or_namesake_groups_are_problems() {
        let mut session = Session::template();
        assert_eq!(session.setup_problems(), []);
        session.topics[7].key = " AI ".into();
        session.groups[1].name = "  ".into();
        session.groups[3].name = session.groups[2].name.clone();
        session.groups[4].name = session.groups[2].name.clone();
        assert_eq!(
            session.setup_problems(),
            [
                SetupProblem::SameTopicKey("AI".into()),
                SetupProblem::UnnamedGroup(2),
                SetupProblem::SameGroupName("Group 3".into()),
            ]
        );
    }

    #[test]
    fn a_blank_session_holds_only_the_agenda_under_ids_of_its_own() {
        let template = Session::template();
        let blank = Session::blank();
        assert_ne!(blank.id, template.id);
        assert!(blank.title.is_empty() && blank.background.is_empty());
        assert!(blank.questions.is_empty() && blank.topics.is_empty());
        assert!(blank.groups.is_empty() && blank.panel.speakers.is_empty());
        assert!(blank.answers.is_empty() && blank.themes.is_empty());
        let kinds = |session: &Session| -> Vec<PhaseKind> {
            session.agenda.iter().map(|phase| phase.kind).collect()
        };
        assert_eq!(kinds(&blank), kinds(&template));
        assert!(
            blank
                .agenda
                .iter()
                .all(|phase| template.agenda.iter().all(|their| their.id != phase.id))
        );
    }

    #[test]
    fn new_from_template_keeps_question_and_topic_ids() {
        let template = Session::template();
        let fresh = Session::new_from_template();
        assert_ne!(fresh.id, template.id);
        assert_eq!(fresh.questions, template.questions);
        assert_eq!(fresh.topics, template.topics);
    }
}
