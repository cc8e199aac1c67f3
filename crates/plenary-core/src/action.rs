//! Every change to a session is one [`Action`], applied by [`apply`].
//!
//! `apply` returns the action that undoes it, so undo and redo are two stacks
//! of actions ([`History`]) and need no snapshots of the whole session. The
//! views never change the session themselves: they push actions, and the app
//! applies them after the frame.

use crate::session::{
    Answer, AnswerId, Group, GroupId, Language, Phase, PhaseId, PhaseKind, Question, QuestionId,
    Session, Speaker, SpeakerId, Theme, ThemeId, Topic, TopicId, VoteBy,
};

/// A text field of the session that a person edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    Title,
    Meeting,
    Venue,
    Background,
    QuestionText(QuestionId),
    TopicName(TopicId),
    TopicKey(TopicId),
    GroupName(GroupId),
    GroupModerator(GroupId),
    GroupRapporteur(GroupId),
    SpeakerName(SpeakerId),
    SpeakerAdministration(SpeakerId),
    SpeakerNotes(SpeakerId),
    ThemeName(ThemeId),
}

/// An item of one of the session's ordered lists.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Question(Question),
    Topic(Topic),
    Group(Group),
    Phase(Phase),
    Speaker(Speaker),
    Answer(Answer),
    Theme(Theme),
}

/// Names an item of one of the session's ordered lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemId {
    Question(QuestionId),
    Topic(TopicId),
    Group(GroupId),
    Phase(PhaseId),
    Speaker(SpeakerId),
    Answer(AnswerId),
    Theme(ThemeId),
}

/// One change to a session.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetText {
        field: TextField,
        value: String,
    },
    SetDate(Option<jiff::civil::Date>),
    SetLanguage(Language),
    SetGroupLanguage {
        group: GroupId,
        language: Language,
    },
    SetGroupDelegations {
        group: GroupId,
        delegations: Vec<String>,
    },
    SetPhaseKind {
        phase: PhaseId,
        kind: PhaseKind,
    },
    SetPhaseMinutes {
        phase: PhaseId,
        minutes: u32,
    },
    SetSpeakerTopic {
        speaker: SpeakerId,
        topic: Option<TopicId>,
    },
    /// Puts an item at `index` of its list (at the end if `index` is past it).
    Insert {
        item: Item,
        index: usize,
    },
    Remove(ItemId),
    /// Moves an item to `index` of its list.
    Move {
        item: ItemId,
        index: usize,
    },
    /// Puts a new version of an existing answer in its place (an edit, a new
    /// kind or tags, a deletion marker).
    ReplaceAnswer(Answer),
    /// Sets which answers a theme holds, in order.
    SetThemeAnswers {
        theme: ThemeId,
        answers: Vec<AnswerId>,
    },
    /// Marks a theme as only suggested, or accepted.
    SetThemeSuggested {
        theme: ThemeId,
        suggested: bool,
    },
    /// Sets the dots a voter gives a theme (0 takes the vote away).
    SetVote {
        theme: ThemeId,
        voter: String,
        dots: u32,
    },
    SetDotsPerVoter(u32),
    SetVoteBy(VoteBy),
    /// Marks answers as seen, or not, while shaping themes.
    SetReviewed {
        answers: Vec<AnswerId>,
        reviewed: bool,
    },
    /// Several actions as one undo step, applied in order; all or none.
    Batch(Vec<Action>),
}

/// What a run of edits folds into one undo step: typing in one field, or
/// dragging one number up and down.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Coalesce {
    Text(TextField),
    Vote(ThemeId, String),
    DotsPerVoter,
}

/// Why an action could not be applied. The session is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionError {
    /// The item it names is not (or no longer) in the session.
    Missing,
    /// An item of that id is already there.
    Duplicate,
    /// So many answers belong to the item (a question, a group, a topic).
    InUse { count: usize },
    /// A panel speaker presents the topic.
    LinkedToSpeaker,
}

impl Action {
    /// Edits that may be folded into the previous step of the same key, so that
    /// typing a word is one undo step, not one per letter.
    fn coalesce_key(&self) -> Option<Coalesce> {
        match self {
            Action::SetText { field, .. } => Some(Coalesce::Text(*field)),
            Action::SetVote { theme, voter, .. } => Some(Coalesce::Vote(*theme, voter.clone())),
            Action::SetDotsPerVoter(_) => Some(Coalesce::DotsPerVoter),
            _ => None,
        }
    }
}

/// Applies `action` to `session` and returns the action that undoes it.
pub fn apply(session: &mut Session, action: Action) -> Result<Action, ActionError> {
    match action {
        Action::SetText { field, value } => {
            let slot = text_slot(session, field).ok_or(ActionError::Missing)?;
            let old = std::mem::replace(slot, value);
            Ok(Action::SetText { field, value: old })
        }
        Action::SetDate(date) => Ok(Action::SetDate(std::mem::replace(&mut session.date, date))),
        Action::SetLanguage(language) => Ok(Action::SetLanguage(std::mem::replace(
            &mut session.language,
            language,
        ))),
        Action::SetGroupLanguage { group, language } => {
            let slot = &mut find_mut(&mut session.groups, |g| g.id == group)?.language;
            let old = std::mem::replace(slot, language);
            Ok(Action::SetGroupLanguage {
                group,
                language: old,
            })
        }
        Action::SetGroupDelegations { group, delegations } => {
            let slot = &mut find_mut(&mut session.groups, |g| g.id == group)?.delegations;
            let old = std::mem::replace(slot, delegations);
            Ok(Action::SetGroupDelegations {
                group,
                delegations: old,
            })
        }
        Action::SetPhaseKind { phase, kind } => {
            let slot = &mut find_mut(&mut session.agenda, |p| p.id == phase)?.kind;
            let old = std::mem::replace(slot, kind);
            Ok(Action::SetPhaseKind { phase, kind: old })
        }
        Action::SetPhaseMinutes { phase, minutes } => {
            let slot = &mut find_mut(&mut session.agenda, |p| p.id == phase)?.planned_minutes;
            let old = std::mem::replace(slot, minutes);
            Ok(Action::SetPhaseMinutes {
                phase,
                minutes: old,
            })
        }
        Action::SetSpeakerTopic { speaker, topic } => {
            let slot = &mut find_mut(&mut session.panel.speakers, |s| s.id == speaker)?.topic;
            let old = std::mem::replace(slot, topic);
            Ok(Action::SetSpeakerTopic {
                speaker,
                topic: old,
            })
        }
        Action::Insert { item, index } => insert(session, item, index),
        Action::Remove(id) => remove(session, id),
        Action::Move { item, index } => move_item(session, item, index),
        Action::ReplaceAnswer(answer) => {
            let slot = find_mut(&mut session.answers, |a| a.id == answer.id)?;
            Ok(Action::ReplaceAnswer(std::mem::replace(slot, answer)))
        }
        Action::SetThemeAnswers { .. }
        | Action::SetThemeSuggested { .. }
        | Action::SetVote { .. }
        | Action::SetDotsPerVoter(_)
        | Action::SetVoteBy(_)
        | Action::SetReviewed { .. } => apply_to_themes(session, action),
        Action::Batch(actions) => apply_batch(session, actions),
    }
}

/// The actions on themes and votes.
fn apply_to_themes(session: &mut Session, action: Action) -> Result<Action, ActionError> {
    match action {
        Action::SetThemeAnswers { theme, answers } => {
            let slot = &mut find_mut(&mut session.themes, |t| t.id == theme)?.answers;
            let old = std::mem::replace(slot, answers);
            Ok(Action::SetThemeAnswers {
                theme,
                answers: old,
            })
        }
        Action::SetThemeSuggested { theme, suggested } => {
            let slot = &mut find_mut(&mut session.themes, |t| t.id == theme)?.suggested;
            let old = std::mem::replace(slot, suggested);
            Ok(Action::SetThemeSuggested {
                theme,
                suggested: old,
            })
        }
        Action::SetVote { theme, voter, dots } => {
            let votes = &mut find_mut(&mut session.themes, |t| t.id == theme)?.votes;
            let old = if dots == 0 {
                votes.remove(&voter)
            } else {
                votes.insert(voter.clone(), dots)
            };
            Ok(Action::SetVote {
                theme,
                voter,
                dots: old.unwrap_or(0),
            })
        }
        Action::SetDotsPerVoter(dots) => Ok(Action::SetDotsPerVoter(std::mem::replace(
            &mut session.dots_per_voter,
            dots,
        ))),
        Action::SetVoteBy(by) => Ok(Action::SetVoteBy(std::mem::replace(
            &mut session.vote_by,
            by,
        ))),
        Action::SetReviewed { answers, reviewed } => {
            let changed: Vec<AnswerId> = answers
                .into_iter()
                .filter(|answer| {
                    if reviewed {
                        session.reviewed.insert(*answer)
                    } else {
                        session.reviewed.remove(answer)
                    }
                })
                .collect();
            Ok(Action::SetReviewed {
                answers: changed,
                reviewed: !reviewed,
            })
        }
        other => unreachable!("not an action on themes: {other:?}"),
    }
}

fn apply_batch(session: &mut Session, actions: Vec<Action>) -> Result<Action, ActionError> {
    let mut reverses = Vec::with_capacity(actions.len());
    for action in actions {
        match apply(session, action) {
            Ok(reverse) => reverses.push(reverse),
            Err(error) => {
                for reverse in reverses.into_iter().rev() {
                    // Each reverse names only what its action just left in place.
                    let _ = apply(session, reverse);
                }
                return Err(error);
            }
        }
    }
    reverses.reverse();
    Ok(Action::Batch(reverses))
}

fn text_slot(session: &mut Session, field: TextField) -> Option<&mut String> {
    let slot = match field {
        TextField::Title => &mut session.title,
        TextField::Meeting => &mut session.meeting,
        TextField::Venue => &mut session.venue,
        TextField::Background => &mut session.background,
        TextField::QuestionText(id) => &mut find(&mut session.questions, |q| q.id == id)?.text,
        TextField::TopicName(id) => &mut find(&mut session.topics, |t| t.id == id)?.name,
        TextField::TopicKey(id) => &mut find(&mut session.topics, |t| t.id == id)?.key,
        TextField::GroupName(id) => &mut find(&mut session.groups, |g| g.id == id)?.name,
        TextField::GroupModerator(id) => &mut find(&mut session.groups, |g| g.id == id)?.moderator,
        TextField::GroupRapporteur(id) => {
            &mut find(&mut session.groups, |g| g.id == id)?.rapporteur
        }
        TextField::SpeakerName(id) => &mut find(&mut session.panel.speakers, |s| s.id == id)?.name,
        TextField::SpeakerAdministration(id) => {
            &mut find(&mut session.panel.speakers, |s| s.id == id)?.administration
        }
        TextField::SpeakerNotes(id) => {
            &mut find(&mut session.panel.speakers, |s| s.id == id)?.notes
        }
        TextField::ThemeName(id) => &mut find(&mut session.themes, |t| t.id == id)?.name,
    };
    Some(slot)
}

fn find<T>(items: &mut [T], matches: impl Fn(&T) -> bool) -> Option<&mut T> {
    items.iter_mut().find(|item| matches(item))
}

fn find_mut<T>(items: &mut [T], matches: impl Fn(&T) -> bool) -> Result<&mut T, ActionError> {
    find(items, matches).ok_or(ActionError::Missing)
}

fn insert(session: &mut Session, item: Item, index: usize) -> Result<Action, ActionError> {
    let id = item.id();
    if position(session, id).is_some() {
        return Err(ActionError::Duplicate);
    }
    match item {
        Item::Question(question) => insert_at(&mut session.questions, question, index),
        Item::Topic(topic) => insert_at(&mut session.topics, topic, index),
        Item::Group(group) => insert_at(&mut session.groups, group, index),
        Item::Phase(phase) => insert_at(&mut session.agenda, phase, index),
        Item::Speaker(speaker) => insert_at(&mut session.panel.speakers, speaker, index),
        Item::Answer(answer) => insert_at(&mut session.answers, answer, index),
        Item::Theme(theme) => insert_at(&mut session.themes, theme, index),
    }
    Ok(Action::Remove(id))
}

fn insert_at<T>(items: &mut Vec<T>, item: T, index: usize) {
    items.insert(index.min(items.len()), item);
}

fn remove(session: &mut Session, id: ItemId) -> Result<Action, ActionError> {
    let index = position(session, id).ok_or(ActionError::Missing)?;
    // Every version counts, the ones in conflict too: the facilitator may
    // yet keep a live version of an answer whose shown version is deleted.
    let in_use = session
        .answers
        .iter()
        .filter(|answer| {
            std::iter::once(*answer)
                .chain(&answer.conflicts)
                .any(|version| !version.deleted && uses(version, id))
        })
        .count();
    if in_use > 0 {
        return Err(ActionError::InUse { count: in_use });
    }
    let item = match id {
        ItemId::Question(_) => Item::Question(session.questions.remove(index)),
        ItemId::Topic(topic) => {
            // Unlinking is a separate action (see `remove_topic`), so undo
            // restores the links exactly.
            if session
                .panel
                .speakers
                .iter()
                .any(|s| s.topic == Some(topic))
            {
                return Err(ActionError::LinkedToSpeaker);
            }
            Item::Topic(session.topics.remove(index))
        }
        ItemId::Group(_) => Item::Group(session.groups.remove(index)),
        ItemId::Phase(_) => Item::Phase(session.agenda.remove(index)),
        ItemId::Speaker(_) => Item::Speaker(session.panel.speakers.remove(index)),
        ItemId::Answer(_) => Item::Answer(session.answers.remove(index)),
        ItemId::Theme(_) => Item::Theme(session.themes.remove(index)),
    };
    Ok(Action::Insert { item, index })
}

/// True when `answer` belongs to the question or group, or is tagged with the topic.
fn uses(answer: &Answer, id: ItemId) -> bool {
    match id {
        ItemId::Question(question) => answer.question == question,
        ItemId::Group(group) => answer.group == group,
        ItemId::Topic(topic) => answer.topics.contains(&topic),
        ItemId::Phase(_) | ItemId::Speaker(_) | ItemId::Answer(_) | ItemId::Theme(_) => false,
    }
}

fn move_item(session: &mut Session, id: ItemId, index: usize) -> Result<Action, ActionError> {
    let from = position(session, id).ok_or(ActionError::Missing)?;
    match id {
        ItemId::Question(_) => move_within(&mut session.questions, from, index),
        ItemId::Topic(_) => move_within(&mut session.topics, from, index),
        ItemId::Group(_) => move_within(&mut session.groups, from, index),
        ItemId::Phase(_) => move_within(&mut session.agenda, from, index),
        ItemId::Speaker(_) => move_within(&mut session.panel.speakers, from, index),
        ItemId::Answer(_) => move_within(&mut session.answers, from, index),
        ItemId::Theme(_) => move_within(&mut session.themes, from, index),
    }
    Ok(Action::Move {
        item: id,
        index: from,
    })
}

fn move_within<T>(items: &mut Vec<T>, from: usize, to: usize) {
    let item = items.remove(from);
    insert_at(items, item, to);
}

/// The action that removes the item: a topic's first unlinks the panel
/// speakers who present it, as one step.
pub fn removal(session: &Session, item: ItemId) -> Action {
    match item {
        ItemId::Topic(topic) => remove_topic(session, topic),
        other => Action::Remove(other),
    }
}

/// Removes a topic, first unlinking the panel speakers who present it, as one step.
pub fn remove_topic(session: &Session, topic: TopicId) -> Action {
    let mut actions: Vec<Action> = session
        .panel
        .speakers
        .iter()
        .filter(|speaker| speaker.topic == Some(topic))
        .map(|speaker| Action::SetSpeakerTopic {
            speaker: speaker.id,
            topic: None,
        })
        .collect();
    actions.push(Action::Remove(ItemId::Topic(topic)));
    Action::Batch(actions)
}

/// Where the item stands in its list.
pub fn position(session: &Session, id: ItemId) -> Option<usize> {
    match id {
        ItemId::Question(id) => session.questions.iter().position(|q| q.id == id),
        ItemId::Topic(id) => session.topics.iter().position(|t| t.id == id),
        ItemId::Group(id) => session.groups.iter().position(|g| g.id == id),
        ItemId::Phase(id) => session.agenda.iter().position(|p| p.id == id),
        ItemId::Speaker(id) => session.panel.speakers.iter().position(|s| s.id == id),
        ItemId::Answer(id) => session.answers.iter().position(|a| a.id == id),
        ItemId::Theme(id) => session.themes.iter().position(|t| t.id == id),
    }
}

impl Item {
    pub fn id(&self) -> ItemId {
        match self {
            Item::Question(question) => ItemId::Question(question.id),
            Item::Topic(topic) => ItemId::Topic(topic.id),
            Item::Group(group) => ItemId::Group(group.id),
            Item::Phase(phase) => ItemId::Phase(phase.id),
            Item::Speaker(speaker) => ItemId::Speaker(speaker.id),
            Item::Answer(answer) => ItemId::Answer(answer.id),
            Item::Theme(theme) => ItemId::Theme(theme.id),
        }
    }
}

/// One undoable step: the action that reverses it, and what it may fold into.
#[derive(Clone, Debug)]
struct Step {
    reverse: Action,
    coalesce: Option<Coalesce>,
}

/// The undo and redo stacks of one open session.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Set after undo/redo or [`History::seal`], so the next edit starts a new step.
    sealed: bool,
}

impl History {
    /// How many steps undo keeps; older ones are forgotten.
    pub const DEPTH: usize = 1000;

    /// Applies an action and records how to undo it.
    pub fn apply(&mut self, session: &mut Session, action: Action) -> Result<(), ActionError> {
        let coalesce = action.coalesce_key();
        let reverse = apply(session, action)?;
        self.redo.clear();
        let folds = !self.sealed
            && coalesce.is_some()
            && self
                .undo
                .last()
                .is_some_and(|step| step.coalesce == coalesce);
        if !folds {
            self.undo.push(Step { reverse, coalesce });
            if self.undo.len() > Self::DEPTH {
                self.undo.remove(0);
            }
        }
        self.sealed = false;
        Ok(())
    }

    /// Ends the current step: the next text edit will not fold into it.
    pub fn seal(&mut self) {
        self.sealed = true;
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undoes the last step. Returns false when there was nothing to undo.
    pub fn undo(&mut self, session: &mut Session) -> bool {
        Self::replay(&mut self.undo, &mut self.redo, session) && {
            self.sealed = true;
            true
        }
    }

    /// Redoes the last undone step. Returns false when there was nothing to redo.
    pub fn redo(&mut self, session: &mut Session) -> bool {
        Self::replay(&mut self.redo, &mut self.undo, session) && {
            self.sealed = true;
            true
        }
    }

    fn replay(from: &mut Vec<Step>, to: &mut Vec<Step>, session: &mut Session) -> bool {
        let Some(step) = from.pop() else {
            return false;
        };
        // The reverse of an applied action always applies: it names only what
        // the action just left in place.
        match apply(session, step.reverse) {
            Ok(reverse) => {
                to.push(Step {
                    reverse,
                    coalesce: step.coalesce,
                });
                true
            }
            Err(_) => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::session::{Answer, AnswerId, AnswerKind};

    fn session() -> Session {
        Session::template()
    }

    /// A live answer of the first group to `question`.
    fn answer_of(session: &Session, question: QuestionId, text: &str) -> Answer {
        let now = jiff::Timestamp::UNIX_EPOCH;
        Answer {
            id: AnswerId::new(),
            group: session.groups[0].id,
            question,
            text: text.into(),
            topics: vec![],
            kind: AnswerKind::UseToday,
            created: now,
            modified: now,
            revision: 1,
            deleted: false,
            clock: crate::session::Clock::new(),
            conflicts: Vec::new(),
        }
    }

    #[test]
    fn typing_into_one_field_is_one_undo_step() {
        let mut s = session();
        let before = s.clone();
        let mut history = History::default();
        for value in ["D", "Di", "Dis"] {
            let action = Action::SetText {
                field: TextField::Title,
                value: value.into(),
            };
            history.apply(&mut s, action).expect("title exists");
        }
        assert_eq!(s.title, "Dis");
        assert!(history.undo(&mut s));
        assert_eq!(s, before);
        assert!(!history.can_undo());
        assert!(history.redo(&mut s));
        assert_eq!(s.title, "Dis");
    }

    #[test]
    fn removing_a_question_with_answers_is_refused() {
        let mut s = session();
        let question = s.questions[0].id;
        let answer = answer_of(&s, question, "Risk engines flag consignments");
        s.answers.push(answer);
        let before = s.clone();
        let result = apply(&mut s, Action::Remove(ItemId::Question(question)));
        assert_eq!(result, Err(ActionError::InUse { count: 1 }));
        assert_eq!(s, before);
    }

    #[test]
    fn removing_a_presented_topic_unlinks_its_speaker_and_undo_relinks() {
        let mut s = session();
        let speaker = s.panel.speakers[0].clone();
        let topic = speaker.topic.expect("template speakers present a topic");
        let before = s.clone();
        let mut history = History::default();
        let action = remove_topic(&s, topic);
        history.apply(&mut s, action).expect("applies");
        assert!(s.topic(topic).is_none());
        assert_eq!(s.panel.speakers[0].topic, None);
        assert!(history.undo(&mut s));
        assert_eq!(s, before);
    }

    #[test]
    fn a_failing_batch_changes_nothing() {
        let mut s = session();
        let before = s.clone();
        let batch = Action::Batch(vec![
            Action::SetText {
                field: TextField::Title,
                value: "changed".into(),
            },
            Action::Remove(ItemId::Group(GroupId::new())),
        ]);
        assert_eq!(apply(&mut s, batch), Err(ActionError::Missing));
        assert_eq!(s, before);
    }

    #[test]
    fn a_live_version_in_conflict_keeps_its_question() {
        let mut s = session();
        let question = s.questions[1].id;
        let live = answer_of(&s, question, "Drones at night");
        let mut shown = live.clone();
        shown.deleted = true;
        shown.conflicts = vec![live];
        s.answers.push(shown);
        let result = apply(&mut s, Action::Remove(ItemId::Question(question)));
        assert_eq!(result, Err(ActionError::InUse { count: 1 }));
    }

    #[test]
    fn new_edit_clears_redo() {
        let mut s = session();
        let mut history = History::default();
        let rename = |value: &str| Action::SetText {
            field: TextField::Venue,
            value: value.into(),
        };
        history.apply(&mut s, rename("Geneva")).expect("applies");
        history.undo(&mut s);
        history.apply(&mut s, rename("Brussels")).expect("applies");
        assert!(!history.can_redo());
    }
}
