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

use crate::order::Position;

/// The format version this build writes. Older versions are migrated on load
/// (see `store::migrate`); newer ones are refused with a clear message.
///
/// Format 2 added themes, votes and the answers reviewed: a build that reads
/// only format 1 must refuse such a file rather than drop them on saving.
/// Format 3 keeps a group's dots under its id. Format 4 makes the session a
/// record that merges to the same bytes in any order: positions for every
/// ordered list, version clocks and conflicts for the set-up, themes and
/// header, the items the facilitator removed, and the groups a group file
/// carries.
pub const FORMAT_VERSION: u32 = 4;

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
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
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

    /// The other language of the two.
    #[must_use]
    pub fn other(self) -> Language {
        match self {
            Language::English => Language::French,
            Language::French => Language::English,
        }
    }
}

/// One panel-then-break-out session: set-up, panel notes and the groups' answers.
///
/// Every list is kept in one order that depends only on its content (see
/// [`Session::canonicalize`]): two laptops merging the same files write the
/// same bytes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Session")]
pub struct Session {
    /// File format version; see [`FORMAT_VERSION`].
    pub format: u32,
    pub id: SessionId,
    /// Set in a group file: the groups whose work it carries, and the
    /// laptop that saved it. A merge takes nothing else from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture: Option<Capture>,
    pub title: String,
    /// The meeting this session belongs to, such as a committee and its sitting.
    pub meeting: String,
    #[serde(default)]
    pub date: Option<crate::meeting_date::MeetingDate>,
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
    /// The edits made to the header (title to vote, above), by laptop.
    #[serde(default, skip_serializing_if = "Clock::is_empty")]
    pub header_clock: Clock,
    /// Other versions of the header, edited differently on two laptops.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub header_conflicts: Vec<Header>,
    /// The set-up items and themes the facilitator removed, each with the
    /// version it had: a copy of it no newer than that cannot bring it back.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub removed: BTreeMap<Uuid, Clock>,
    /// The laptops whose group files captured each group: two laptops
    /// capturing one group are named when their files come in.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub laptops: BTreeMap<GroupId, BTreeSet<ReplicaId>>,
}

/// What a group file says of itself: the groups whose answers it carries,
/// and the laptop that saved it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Capture {
    pub groups: Vec<GroupId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub laptop: Option<ReplicaId>,
}

/// The session's header as one version: what two laptops may edit
/// differently (a title, a date, the vote's rules).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Header {
    pub title: String,
    pub meeting: String,
    #[serde(default)]
    pub date: Option<crate::meeting_date::MeetingDate>,
    #[serde(default)]
    pub venue: String,
    #[serde(default)]
    pub background: String,
    #[serde(default)]
    pub language: Language,
    #[serde(default = "default_dots_per_voter")]
    pub dots_per_voter: u32,
    #[serde(default)]
    pub vote_by: VoteBy,
    #[serde(default, skip_serializing_if = "Clock::is_empty")]
    pub clock: Clock,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Header>,
}

/// Who takes part in the dot vote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum VoteBy {
    #[default]
    Group,
    Delegation,
}

fn default_dots_per_voter() -> u32 {
    3
}

/// Answers to one question that say the same thing, from one or more groups.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Theme {
    pub id: ThemeId,
    /// Where it stands among its question's themes.
    #[serde(default)]
    pub position: Position,
    pub question: QuestionId,
    pub name: String,
    /// One sentence that says what the groups said, which the slides and
    /// the report lead the theme with (suggested from its most
    /// representative answer; empty for a theme made by hand, or suggested
    /// when no answer states it in the session's language: the slides and
    /// the report then lead with its name, [`Theme::said`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub statement: String,
    /// The answers in the theme, by id (shown in the session's order).
    pub answers: Vec<AnswerId>,
    /// Suggested by the app (`plenary themes --write`) and not yet accepted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suggested: bool,
    /// Dots given to this theme, by voter: a group's id, or a delegation's
    /// name (see [`crate::themes::vote::voters`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub votes: BTreeMap<String, u32>,
    #[serde(default, skip_serializing_if = "Clock::is_empty")]
    pub clock: Clock,
    /// Other versions, shaped differently on another facilitator's laptop.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Theme>,
}

impl Theme {
    /// What presents the theme: its statement, else its name.
    pub fn said(&self) -> &str {
        let statement = self.statement.trim();
        if statement.is_empty() {
            &self.name
        } else {
            statement
        }
    }

    /// Its statement when it says more than its name: empty when it is only
    /// the name as a sentence ("Staff fear being replaced by machines."
    /// under that name, as a short answer names and states a theme alike),
    /// so a report does not print one line twice.
    pub fn statement_beyond_name(&self) -> &str {
        let statement = self.statement.trim();
        if says_again(statement, &self.name) {
            ""
        } else {
            statement
        }
    }

    /// Every dot given to the theme.
    pub fn dots(&self) -> u32 {
        self.votes.values().copied().fold(0, u32::saturating_add)
    }
}

/// Whether two texts say the same words, whatever their case, spacing and
/// final punctuation ("Pilot before buying." and "pilot before  buying").
pub fn says_again(text: &str, other: &str) -> bool {
    let words = |text: &str| -> Vec<String> {
        text.trim()
            .trim_end_matches(['.', '!', '?', '…'])
            .split_whitespace()
            .map(str::to_lowercase)
            .collect()
    };
    words(text) == words(other)
}

/// A question the break-out groups answer.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Question {
    pub id: QuestionId,
    #[serde(default)]
    pub position: Position,
    pub text: String,
    #[serde(default, skip_serializing_if = "Clock::is_empty")]
    pub clock: Clock,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Question>,
}

/// A topic answers are tagged with; `key` is what a rapporteur types after `#`.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Topic {
    pub id: TopicId,
    #[serde(default)]
    pub position: Position,
    pub name: String,
    pub key: String,
    #[serde(default, skip_serializing_if = "Clock::is_empty")]
    pub clock: Clock,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Topic>,
}

/// A break-out group and the people who run it.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Group {
    pub id: GroupId,
    #[serde(default)]
    pub position: Position,
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
    #[serde(default, skip_serializing_if = "Clock::is_empty")]
    pub clock: Clock,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Group>,
}

/// What a phase of the agenda is for.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum PhaseKind {
    Panel,
    BreakOut,
    ReportBack,
    #[default]
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
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Phase {
    pub id: PhaseId,
    #[serde(default)]
    pub position: Position,
    pub kind: PhaseKind,
    pub planned_minutes: u32,
    #[serde(default, skip_serializing_if = "Clock::is_empty")]
    pub clock: Clock,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Phase>,
}

/// The panel that opens the session.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Panel {
    #[serde(default)]
    pub speakers: Vec<Speaker>,
}

/// A panellist, and the facilitator's notes on what they said.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Speaker {
    pub id: SpeakerId,
    #[serde(default)]
    pub position: Position,
    pub name: String,
    #[serde(default)]
    pub administration: String,
    #[serde(default)]
    pub topic: Option<TopicId>,
    #[serde(default)]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Clock::is_empty")]
    pub clock: Clock,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Speaker>,
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

    /// Whether an answer of this kind warns of something (a risk), where
    /// the others say what is, will be or should be done.
    pub fn is_warning(self) -> bool {
        self == AnswerKind::Risk
    }
}

/// One answer a group gave to a question.
///
/// `revision` counts the edits made to the answer anywhere; `clock` says which
/// laptop made how many, so a merge can tell a newer copy from a concurrent
/// one. A deleted answer is kept with `deleted: true` so the deletion itself
/// can travel in a file. `conflicts` holds the other versions when the answer
/// was edited differently on two laptops; the facilitator resolves them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub id: AnswerId,
    pub group: GroupId,
    pub question: QuestionId,
    /// Where it stands among its group's answers to its question, as the
    /// rapporteur ordered them.
    #[serde(default)]
    pub position: Position,
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

/// The kinds of item a session lists, each under an id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Question,
    Topic,
    Group,
    Phase,
    Speaker,
    Theme,
    Answer,
}

/// An item of a session, by its kind and id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ItemRef {
    pub kind: ItemKind,
    pub id: Uuid,
}

/// An id an item names that the session does not have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dangling {
    /// The answer or theme that names it.
    pub by: ItemRef,
    pub named: ItemRef,
}

/// A set-up the app works with but people will trip over. A value: the
/// words for it are `plenary-i18n`'s.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
        let mut said = std::collections::HashSet::new();
        let mut keys = std::collections::HashSet::new();
        for topic in &self.topics {
            let key = topic.key.trim().to_lowercase();
            if !key.is_empty() && !keys.insert(key) {
                let problem = SetupProblem::SameTopicKey(topic.key.trim().to_owned());
                if said.insert(problem.clone()) {
                    problems.push(problem);
                }
            }
        }
        let mut names = std::collections::HashSet::new();
        for (index, group) in self.groups.iter().enumerate() {
            let name = group.name.trim();
            if name.is_empty() {
                problems.push(SetupProblem::UnnamedGroup(index.saturating_add(1)));
            } else if !names.insert(name) {
                let problem = SetupProblem::SameGroupName(name.to_owned());
                if said.insert(problem.clone()) {
                    problems.push(problem);
                }
            }
        }
        problems
    }

    /// The first item that shares its id with an item listed before it, in
    /// the order the file lists them: Plenary never writes one, and which of
    /// the two a merge, a vote or a report took would be chance.
    pub fn duplicate_id(&self) -> Option<ItemRef> {
        fn first_repeat<T>(
            items: &[T],
            id: impl Fn(&T) -> Uuid,
            seen: &mut std::collections::HashSet<Uuid>,
        ) -> Option<Uuid> {
            items.iter().map(id).find(|id| !seen.insert(*id))
        }
        let mut seen = std::collections::HashSet::new();
        let lists: [(ItemKind, Option<Uuid>); 7] = [
            (
                ItemKind::Question,
                first_repeat(&self.questions, |q| q.id.0, &mut seen),
            ),
            (
                ItemKind::Topic,
                first_repeat(&self.topics, |t| t.id.0, &mut seen),
            ),
            (
                ItemKind::Group,
                first_repeat(&self.groups, |g| g.id.0, &mut seen),
            ),
            (
                ItemKind::Phase,
                first_repeat(&self.agenda, |p| p.id.0, &mut seen),
            ),
            (
                ItemKind::Speaker,
                first_repeat(&self.panel.speakers, |s| s.id.0, &mut seen),
            ),
            (
                ItemKind::Theme,
                first_repeat(&self.themes, |t| t.id.0, &mut seen),
            ),
            (
                ItemKind::Answer,
                first_repeat(&self.answers, |a| a.id.0, &mut seen),
            ),
        ];
        lists
            .into_iter()
            .find_map(|(kind, id)| id.map(|id| ItemRef { kind, id }))
    }

    /// The ids an answer or a theme names that the session does not have,
    /// each with the item that names it, in the file's order. An item the
    /// facilitator removed is not among them: its answers are kept, and the
    /// report lists them apart.
    pub fn dangling_references(&self) -> Vec<Dangling> {
        let questions: std::collections::HashSet<Uuid> =
            self.questions.iter().map(|q| q.id.0).collect();
        let groups: std::collections::HashSet<Uuid> = self.groups.iter().map(|g| g.id.0).collect();
        let topics: std::collections::HashSet<Uuid> = self.topics.iter().map(|t| t.id.0).collect();
        let answers: std::collections::HashSet<Uuid> =
            self.answers.iter().map(|a| a.id.0).collect();
        let missing = |ids: &std::collections::HashSet<Uuid>, id: Uuid| {
            !ids.contains(&id) && !self.removed.contains_key(&id)
        };
        let mut dangling = Vec::new();
        for answer in &self.answers {
            let by = ItemRef {
                kind: ItemKind::Answer,
                id: answer.id.0,
            };
            let named = [
                (ItemKind::Question, answer.question.0, &questions),
                (ItemKind::Group, answer.group.0, &groups),
            ]
            .into_iter()
            .chain(
                answer
                    .topics
                    .iter()
                    .map(|t| (ItemKind::Topic, t.0, &topics)),
            );
            for (kind, id, known) in named {
                if missing(known, id) {
                    dangling.push(Dangling {
                        by,
                        named: ItemRef { kind, id },
                    });
                }
            }
        }
        for theme in &self.themes {
            let by = ItemRef {
                kind: ItemKind::Theme,
                id: theme.id.0,
            };
            let named = std::iter::once((ItemKind::Question, theme.question.0, &questions)).chain(
                theme
                    .answers
                    .iter()
                    .map(|a| (ItemKind::Answer, a.0, &answers)),
            );
            for (kind, id, known) in named {
                if missing(known, id) {
                    dangling.push(Dangling {
                        by,
                        named: ItemRef { kind, id },
                    });
                }
            }
        }
        dangling
    }

    /// The live answers to a question or of a group the session does not
    /// list (removed, or never set up here): kept, and reported apart.
    pub fn answers_elsewhere(&self) -> usize {
        let questions: std::collections::HashSet<QuestionId> =
            self.questions.iter().map(|q| q.id).collect();
        let groups: std::collections::HashSet<GroupId> = self.groups.iter().map(|g| g.id).collect();
        self.live_answers()
            .filter(|a| !questions.contains(&a.question) || !groups.contains(&a.group))
            .count()
    }

    /// The answers that have not been deleted. (An answer deleted on one
    /// laptop and edited on another is live: its live version shows first,
    /// and the deletion waits in its conflicts for the facilitator.)
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

    /// How many things hold versions in conflict that a person has yet to
    /// choose between: answers, set-up items, themes, the header.
    pub fn conflict_count(&self) -> usize {
        fn count<T>(items: &[T], conflicted: impl Fn(&T) -> bool) -> usize {
            items.iter().filter(|item| conflicted(item)).count()
        }
        count(&self.answers, |a| !a.conflicts.is_empty())
            + count(&self.questions, |q| !q.conflicts.is_empty())
            + count(&self.topics, |t| !t.conflicts.is_empty())
            + count(&self.agenda, |p| !p.conflicts.is_empty())
            + count(&self.groups, |g| !g.conflicts.is_empty())
            + count(&self.panel.speakers, |s| !s.conflicts.is_empty())
            + count(&self.themes, |t| !t.conflicts.is_empty())
            + usize::from(!self.header_conflicts.is_empty())
    }

    /// The header (title to the vote's rules) as one version.
    pub fn header(&self) -> Header {
        Header {
            title: self.title.clone(),
            meeting: self.meeting.clone(),
            date: self.date,
            venue: self.venue.clone(),
            background: self.background.clone(),
            language: self.language,
            dots_per_voter: self.dots_per_voter,
            vote_by: self.vote_by,
            clock: self.header_clock.clone(),
            conflicts: self.header_conflicts.clone(),
        }
    }

    /// Puts `header` in place of the session's.
    pub fn set_header(&mut self, header: Header) {
        self.title = header.title;
        self.meeting = header.meeting;
        self.date = header.date;
        self.venue = header.venue;
        self.background = header.background;
        self.language = header.language;
        self.dots_per_voter = header.dots_per_voter;
        self.vote_by = header.vote_by;
        self.header_clock = header.clock;
        self.header_conflicts = header.conflicts;
    }

    /// Puts every list in the one order that depends only on its content:
    /// the set-up's items and the panel by their positions (then ids),
    /// themes by question then position, answers by group, question and
    /// position, each theme's answers by id. Loading, merging and every
    /// action keep a session so, and so two laptops write the same bytes.
    pub fn canonicalize(&mut self) {
        fn by_place<T>(items: &mut [T], place: impl Fn(&T) -> (&crate::order::Position, Uuid)) {
            items.sort_by(|a, b| place(a).cmp(&place(b)));
        }
        by_place(&mut self.questions, |q| (&q.position, q.id.0));
        by_place(&mut self.topics, |t| (&t.position, t.id.0));
        by_place(&mut self.agenda, |p| (&p.position, p.id.0));
        by_place(&mut self.groups, |g| (&g.position, g.id.0));
        by_place(&mut self.panel.speakers, |s| (&s.position, s.id.0));
        let ranks = Ranks::of(self);
        self.themes.sort_by(|a, b| {
            (ranks.question(a.question), &a.position, a.id).cmp(&(
                ranks.question(b.question),
                &b.position,
                b.id,
            ))
        });
        for theme in &mut self.themes {
            theme.canonicalize_answers();
        }
        if !self
            .answers
            .is_sorted_by(|a, b| ranks.answer_order(a, b).is_le())
        {
            self.answers.sort_by(|a, b| ranks.answer_order(a, b));
        }
        if let Some(capture) = &mut self.capture {
            capture.groups.sort();
            capture.groups.dedup();
        }
    }
}

impl Theme {
    /// Its answers (and each version's) by id, once each.
    pub fn canonicalize_answers(&mut self) {
        self.answers.sort();
        self.answers.dedup();
        for version in &mut self.conflicts {
            version.canonicalize_answers();
        }
    }
}

/// Where each group and question stands, to order answers and themes by
/// them. Answers of a group or question the session does not list come
/// last, by id.
struct Ranks {
    groups: rustc_hash::FxHashMap<GroupId, usize>,
    questions: rustc_hash::FxHashMap<QuestionId, usize>,
}

impl Ranks {
    fn of(session: &Session) -> Ranks {
        Ranks {
            groups: session
                .groups
                .iter()
                .enumerate()
                .map(|(rank, group)| (group.id, rank))
                .collect(),
            questions: session
                .questions
                .iter()
                .enumerate()
                .map(|(rank, question)| (question.id, rank))
                .collect(),
        }
    }

    fn question(&self, id: QuestionId) -> (usize, QuestionId) {
        (self.questions.get(&id).copied().unwrap_or(usize::MAX), id)
    }

    fn group(&self, id: GroupId) -> (usize, GroupId) {
        (self.groups.get(&id).copied().unwrap_or(usize::MAX), id)
    }

    fn answer_order(&self, a: &Answer, b: &Answer) -> std::cmp::Ordering {
        (
            self.group(a.group),
            self.question(a.question),
            &a.position,
            a.id,
        )
            .cmp(&(
                self.group(b.group),
                self.question(b.question),
                &b.position,
                b.id,
            ))
    }
}

/// The session's answers by id, built once for a pass over many themes or
/// answers: `Session::answer` scans the list, which over every answer of
/// every theme grows with themed answers × all answers.
/// Each answer with its place in the session, so a theme's answers show in
/// the session's order (by group, then as the rapporteur ordered them).
pub struct AnswersById<'a>(std::collections::HashMap<AnswerId, (usize, &'a Answer)>);

impl<'a> AnswersById<'a> {
    pub fn new(session: &'a Session) -> AnswersById<'a> {
        let mut by_id = std::collections::HashMap::with_capacity(session.answers.len());
        for (place, answer) in session.answers.iter().enumerate() {
            // The first of two answers with one id wins, as in `Session::answer`.
            by_id.entry(answer.id).or_insert((place, answer));
        }
        AnswersById(by_id)
    }

    pub fn get(&self, id: AnswerId) -> Option<&'a Answer> {
        self.0.get(&id).map(|(_, answer)| *answer)
    }

    /// The live answers of a theme that still exist, in the session's order.
    pub fn live(&self, theme: &Theme) -> impl Iterator<Item = &'a Answer> + use<'a> {
        let mut answers: Vec<(usize, &'a Answer)> = theme
            .answers
            .iter()
            .filter_map(|id| self.0.get(id).copied())
            .filter(|(_, answer)| !answer.deleted)
            .collect();
        answers.sort_by_key(|(place, _)| *place);
        answers.into_iter().map(|(_, answer)| answer)
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
