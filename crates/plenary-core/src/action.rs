//! Every change to a session is one [`Action`], applied by [`apply`].
//!
//! `apply` returns the action that undoes it, so undo and redo are two stacks
//! of actions ([`History`]) and need no snapshots of the whole session. The
//! views never change the session themselves: they push actions, and the app
//! applies them after the frame. A session stays in its one order (see
//! `Session::canonicalize`) through every action.
//!
//! What a person does on this laptop is also a new version of what it
//! touches: [`Touched`] notes what an edit changes, and once it is applied
//! stamps each of those items with one more edit of this laptop on its
//! clock, and remembers what it removed, so the change merges with other
//! laptops' (see `version`; `Document::edit` does both in one undo step).
//! A merge applies versions made elsewhere, with their own clocks.

use uuid::Uuid;

use crate::order::{Position, between};
use crate::session::{
    Answer, AnswerId, Clock, Group, GroupId, Header, Language, Phase, PhaseId, PhaseKind, Question,
    QuestionId, ReplicaId, Session, Speaker, SpeakerId, Theme, ThemeId, Topic, TopicId, VoteBy,
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
    ThemeStatement(ThemeId),
}

/// An item of one of the session's lists.
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

/// Names an item of one of the session's lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemId {
    Question(QuestionId),
    Topic(TopicId),
    Group(GroupId),
    Phase(PhaseId),
    Speaker(SpeakerId),
    Answer(AnswerId),
    Theme(ThemeId),
}

/// What has a version clock: an item, or the session's header.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    Item(ItemId),
    Header,
}

/// One change to a session.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetText {
        field: TextField,
        value: String,
    },
    SetDate(Option<crate::meeting_date::MeetingDate>),
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
    /// Adds items to their lists, each where its position puts it.
    Insert(Vec<Item>),
    /// Puts new versions of existing items in their place: an edit, a move
    /// (a new position), an answer's deletion marker, a merged version.
    Replace(Vec<Item>),
    /// Takes items out of their lists.
    Remove(Vec<ItemId>),
    /// Sets which answers a theme holds.
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
    /// Puts a version of the header (title to the vote's rules) in place.
    SetHeader(Box<Header>),
    /// Sets the version clock of an item or of the header.
    SetClock {
        target: Target,
        clock: Clock,
    },
    /// Records that the facilitator removed the item of this id, having seen
    /// version `clock` of it; `None` forgets it.
    SetRemoved {
        id: Uuid,
        clock: Option<Clock>,
    },
    /// Sets the laptops known to capture a group.
    SetLaptops {
        group: GroupId,
        laptops: std::collections::BTreeSet<ReplicaId>,
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
    /// Adds one item.
    pub fn insert(item: Item) -> Action {
        Action::Insert(vec![item])
    }

    /// Puts a new version of one item in its place.
    pub fn replace(item: Item) -> Action {
        Action::Replace(vec![item])
    }

    /// Takes one item out of its list.
    pub fn remove(id: ItemId) -> Action {
        Action::Remove(vec![id])
    }

    /// Edits that may be folded into the previous step of the same key, so that
    /// typing a word is one undo step, not one per letter. A stamped edit
    /// folds as the edit it stamps.
    fn coalesce_key(&self) -> Option<Coalesce> {
        match self {
            Action::SetText { field, .. } => Some(Coalesce::Text(*field)),
            Action::SetVote { theme, voter, .. } => Some(Coalesce::Vote(*theme, voter.clone())),
            Action::SetDotsPerVoter(_) => Some(Coalesce::DotsPerVoter),
            Action::Batch(actions) => {
                let (first, stamps) = actions.split_first()?;
                let only_stamps = stamps
                    .iter()
                    .all(|a| matches!(a, Action::SetClock { .. } | Action::SetRemoved { .. }));
                if only_stamps {
                    first.coalesce_key()
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// Whether applying it may change an order (it adds, removes or moves
    /// items), so the session's lists must be put in order again.
    fn may_reorder(&self) -> bool {
        match self {
            Action::Insert(_)
            | Action::Replace(_)
            | Action::Remove(_)
            | Action::SetThemeAnswers { .. } => true,
            Action::Batch(actions) => actions.iter().any(Action::may_reorder),
            _ => false,
        }
    }
}

/// Applies `action` to `session` and returns the action that undoes it. The
/// session's lists stay in their one order.
pub fn apply(session: &mut Session, action: Action) -> Result<Action, ActionError> {
    let reorder = action.may_reorder();
    let reverse = apply_one(session, action)?;
    if reorder {
        session.canonicalize();
    }
    Ok(reverse)
}

/// Applies `action` and returns its reverse, leaving the lists out of
/// order: for a caller that applies many and then calls
/// `Session::canonicalize` once (a merge of a hundred files).
pub fn apply_unordered(session: &mut Session, action: Action) -> Result<Action, ActionError> {
    apply_one(session, action)
}

fn apply_one(session: &mut Session, action: Action) -> Result<Action, ActionError> {
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
        Action::Insert(items) => insert(session, items),
        Action::Replace(items) => replace(session, items),
        Action::Remove(ids) => remove(session, &ids),
        Action::SetHeader(header) => {
            let old = session.header();
            session.set_header(*header);
            Ok(Action::SetHeader(Box::new(old)))
        }
        Action::SetClock { target, clock } => {
            let slot = clock_slot(session, target).ok_or(ActionError::Missing)?;
            let old = std::mem::replace(slot, clock);
            Ok(Action::SetClock { target, clock: old })
        }
        Action::SetLaptops { group, laptops } => {
            let old = if laptops.is_empty() {
                session.laptops.remove(&group)
            } else {
                session.laptops.insert(group, laptops)
            };
            Ok(Action::SetLaptops {
                group,
                laptops: old.unwrap_or_default(),
            })
        }
        Action::SetRemoved { id, clock } => {
            let old = match clock {
                Some(clock) => session.removed.insert(id, clock),
                None => session.removed.remove(&id),
            };
            Ok(Action::SetRemoved { id, clock: old })
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
        match apply_one(session, action) {
            Ok(reverse) => reverses.push(reverse),
            Err(error) => {
                for reverse in reverses.into_iter().rev() {
                    // Each reverse names only what its action just left in place.
                    let _ = apply_one(session, reverse);
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
        TextField::ThemeStatement(id) => &mut find(&mut session.themes, |t| t.id == id)?.statement,
    };
    Some(slot)
}

/// The clock of an item, or of the header.
fn clock_slot(session: &mut Session, target: Target) -> Option<&mut Clock> {
    let slot = match target {
        Target::Header => &mut session.header_clock,
        Target::Item(ItemId::Question(id)) => {
            &mut find(&mut session.questions, |q| q.id == id)?.clock
        }
        Target::Item(ItemId::Topic(id)) => &mut find(&mut session.topics, |t| t.id == id)?.clock,
        Target::Item(ItemId::Group(id)) => &mut find(&mut session.groups, |g| g.id == id)?.clock,
        Target::Item(ItemId::Phase(id)) => &mut find(&mut session.agenda, |p| p.id == id)?.clock,
        Target::Item(ItemId::Speaker(id)) => {
            &mut find(&mut session.panel.speakers, |s| s.id == id)?.clock
        }
        Target::Item(ItemId::Answer(id)) => &mut find(&mut session.answers, |a| a.id == id)?.clock,
        Target::Item(ItemId::Theme(id)) => &mut find(&mut session.themes, |t| t.id == id)?.clock,
    };
    Some(slot)
}

fn find<T>(items: &mut [T], matches: impl Fn(&T) -> bool) -> Option<&mut T> {
    items.iter_mut().find(|item| matches(item))
}

fn find_mut<T>(items: &mut [T], matches: impl Fn(&T) -> bool) -> Result<&mut T, ActionError> {
    find(items, matches).ok_or(ActionError::Missing)
}

/// The item's id as a plain UUID, the key of a list lookup.
fn uuid_of(id: ItemId) -> Uuid {
    match id {
        ItemId::Question(id) => id.0,
        ItemId::Topic(id) => id.0,
        ItemId::Group(id) => id.0,
        ItemId::Phase(id) => id.0,
        ItemId::Speaker(id) => id.0,
        ItemId::Answer(id) => id.0,
        ItemId::Theme(id) => id.0,
    }
}

/// Where each of `ids` stands in `items`, or `None` for one that is not
/// there. A list searched for many ids is indexed once.
fn places_in<T>(items: &[T], ids: &[Uuid], id_of: impl Fn(&T) -> Uuid) -> Vec<Option<usize>> {
    if ids.len() <= 8 {
        return ids
            .iter()
            .map(|id| items.iter().position(|item| id_of(item) == *id))
            .collect();
    }
    let index: rustc_hash::FxHashMap<Uuid, usize> = items
        .iter()
        .enumerate()
        .map(|(place, item)| (id_of(item), place))
        .collect();
    ids.iter().map(|id| index.get(id).copied()).collect()
}

/// The places of `ids` in the list of their kind (all ids of one kind).
fn places(session: &Session, ids: &[ItemId]) -> Vec<Option<usize>> {
    let Some(first) = ids.first() else {
        return Vec::new();
    };
    let uuids: Vec<Uuid> = ids.iter().map(|id| uuid_of(*id)).collect();
    match first {
        ItemId::Question(_) => places_in(&session.questions, &uuids, |q| q.id.0),
        ItemId::Topic(_) => places_in(&session.topics, &uuids, |t| t.id.0),
        ItemId::Group(_) => places_in(&session.groups, &uuids, |g| g.id.0),
        ItemId::Phase(_) => places_in(&session.agenda, &uuids, |p| p.id.0),
        ItemId::Speaker(_) => places_in(&session.panel.speakers, &uuids, |s| s.id.0),
        ItemId::Answer(_) => places_in(&session.answers, &uuids, |a| a.id.0),
        ItemId::Theme(_) => places_in(&session.themes, &uuids, |t| t.id.0),
    }
}

/// Splits `items` by kind, each kind's ids in order, so every list is
/// looked up once.
fn by_kind<T>(items: Vec<T>, id: impl Fn(&T) -> ItemId) -> Vec<Vec<T>> {
    let mut kinds: Vec<Vec<T>> = Vec::new();
    for item in items {
        let kind = std::mem::discriminant(&id(&item));
        match kinds.iter_mut().find(|group| {
            group
                .first()
                .is_some_and(|g| std::mem::discriminant(&id(g)) == kind)
        }) {
            Some(group) => group.push(item),
            None => kinds.push(vec![item]),
        }
    }
    kinds
}

fn insert(session: &mut Session, items: Vec<Item>) -> Result<Action, ActionError> {
    let ids: Vec<ItemId> = items.iter().map(Item::id).collect();
    let mut seen = std::collections::HashSet::with_capacity(ids.len());
    if !ids.iter().all(|id| seen.insert(*id)) {
        return Err(ActionError::Duplicate);
    }
    for kind in by_kind(ids.clone(), |id| *id) {
        if places(session, &kind).iter().any(Option::is_some) {
            return Err(ActionError::Duplicate);
        }
    }
    for item in items {
        match item {
            Item::Question(question) => session.questions.push(question),
            Item::Topic(topic) => session.topics.push(topic),
            Item::Group(group) => session.groups.push(group),
            Item::Phase(phase) => session.agenda.push(phase),
            Item::Speaker(speaker) => session.panel.speakers.push(speaker),
            Item::Answer(answer) => session.answers.push(answer),
            Item::Theme(theme) => session.themes.push(theme),
        }
    }
    Ok(Action::Remove(ids))
}

fn replace(session: &mut Session, items: Vec<Item>) -> Result<Action, ActionError> {
    let mut placed = Vec::with_capacity(items.len());
    for kind in by_kind(items, Item::id) {
        let ids: Vec<ItemId> = kind.iter().map(Item::id).collect();
        let found = places(session, &ids);
        if found.iter().any(Option::is_none) {
            return Err(ActionError::Missing);
        }
        placed.extend(kind.into_iter().zip(found.into_iter().flatten()));
    }
    let mut old = Vec::with_capacity(placed.len());
    for (item, place) in placed {
        old.push(swap_in(session, item, place));
    }
    Ok(Action::Replace(old))
}

/// Puts `item` at `place` of its list; returns the item that was there.
fn swap_in(session: &mut Session, item: Item, place: usize) -> Item {
    match item {
        Item::Question(new) => {
            Item::Question(std::mem::replace(&mut session.questions[place], new))
        }
        Item::Topic(new) => Item::Topic(std::mem::replace(&mut session.topics[place], new)),
        Item::Group(new) => Item::Group(std::mem::replace(&mut session.groups[place], new)),
        Item::Phase(new) => Item::Phase(std::mem::replace(&mut session.agenda[place], new)),
        Item::Speaker(new) => {
            Item::Speaker(std::mem::replace(&mut session.panel.speakers[place], new))
        }
        Item::Answer(new) => Item::Answer(std::mem::replace(&mut session.answers[place], new)),
        Item::Theme(new) => Item::Theme(std::mem::replace(&mut session.themes[place], new)),
    }
}

fn remove(session: &mut Session, ids: &[ItemId]) -> Result<Action, ActionError> {
    for id in ids {
        refuse_if_in_use(session, *id)?;
    }
    let mut removed = Vec::with_capacity(ids.len());
    for kind in by_kind(ids.to_vec(), |id| *id) {
        let places = places(session, &kind);
        if places.iter().any(Option::is_none) {
            return Err(ActionError::Missing);
        }
        let mut places: Vec<usize> = places.into_iter().flatten().collect();
        places.sort_unstable();
        places.dedup();
        // From the end, so the places before stay where they are.
        for place in places.into_iter().rev() {
            removed.push(take_out(session, kind[0], place));
        }
    }
    Ok(Action::Insert(removed))
}

/// Refuses to remove a question, group or topic that answers still use
/// (every version counts, the ones in conflict too: the facilitator may yet
/// keep a live version of an answer whose shown version is deleted), or a
/// topic a panel speaker presents.
fn refuse_if_in_use(session: &Session, id: ItemId) -> Result<(), ActionError> {
    if !matches!(
        id,
        ItemId::Question(_) | ItemId::Group(_) | ItemId::Topic(_)
    ) {
        return Ok(());
    }
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
    if let ItemId::Topic(topic) = id
        && session
            .panel
            .speakers
            .iter()
            .any(|s| s.topic == Some(topic))
    {
        // Unlinking is a separate action (see `remove_topic`), so undo
        // restores the links exactly.
        return Err(ActionError::LinkedToSpeaker);
    }
    Ok(())
}

/// Takes the item at `place` of the list `kind` names.
fn take_out(session: &mut Session, kind: ItemId, place: usize) -> Item {
    match kind {
        ItemId::Question(_) => Item::Question(session.questions.remove(place)),
        ItemId::Topic(_) => Item::Topic(session.topics.remove(place)),
        ItemId::Group(_) => Item::Group(session.groups.remove(place)),
        ItemId::Phase(_) => Item::Phase(session.agenda.remove(place)),
        ItemId::Speaker(_) => Item::Speaker(session.panel.speakers.remove(place)),
        ItemId::Answer(_) => Item::Answer(session.answers.remove(place)),
        ItemId::Theme(_) => Item::Theme(session.themes.remove(place)),
    }
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

/// The action that removes the item: a topic's first unlinks the panel
/// speakers who present it, as one step.
pub fn removal(session: &Session, item: ItemId) -> Action {
    match item {
        ItemId::Topic(topic) => remove_topic(session, topic),
        other => Action::remove(other),
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
    actions.push(Action::remove(ItemId::Topic(topic)));
    Action::Batch(actions)
}

/// Where the item stands in its list.
pub fn position(session: &Session, id: ItemId) -> Option<usize> {
    places(session, &[id]).into_iter().next().flatten()
}

/// The item of `id`, as it is in the session.
pub fn item(session: &Session, id: ItemId) -> Option<Item> {
    let place = position(session, id)?;
    Some(item_at(session, id, place))
}

/// The items of `ids`, as they are in the session (`None` for one it
/// lacks), each list indexed once: for a merge that looks up thousands.
pub fn items(session: &Session, ids: &[ItemId]) -> Vec<Option<Item>> {
    let mut found = vec![None; ids.len()];
    let indexed: Vec<(usize, ItemId)> = ids.iter().copied().enumerate().collect();
    for kind in by_kind(indexed, |(_, id)| *id) {
        let kind_ids: Vec<ItemId> = kind.iter().map(|(_, id)| *id).collect();
        for ((index, id), place) in kind.into_iter().zip(places(session, &kind_ids)) {
            found[index] = place.map(|place| item_at(session, id, place));
        }
    }
    found
}

/// The item of `id` that stands at `place` in its list.
fn item_at(session: &Session, id: ItemId, place: usize) -> Item {
    match id {
        ItemId::Question(_) => Item::Question(session.questions[place].clone()),
        ItemId::Topic(_) => Item::Topic(session.topics[place].clone()),
        ItemId::Group(_) => Item::Group(session.groups[place].clone()),
        ItemId::Phase(_) => Item::Phase(session.agenda[place].clone()),
        ItemId::Speaker(_) => Item::Speaker(session.panel.speakers[place].clone()),
        ItemId::Answer(_) => Item::Answer(session.answers[place].clone()),
        ItemId::Theme(_) => Item::Theme(session.themes[place].clone()),
    }
}

/// The items of the list `id` is in that it is ordered among: the set-up's
/// lists whole, a question's themes, a group's answers to one question.
fn siblings(session: &Session, id: ItemId) -> Vec<(ItemId, Position)> {
    fn all<T>(items: &[T], f: impl Fn(&T) -> (ItemId, Position)) -> Vec<(ItemId, Position)> {
        items.iter().map(f).collect()
    }
    match id {
        ItemId::Question(_) => all(&session.questions, |q| {
            (ItemId::Question(q.id), q.position.clone())
        }),
        ItemId::Topic(_) => all(&session.topics, |t| {
            (ItemId::Topic(t.id), t.position.clone())
        }),
        ItemId::Group(_) => all(&session.groups, |g| {
            (ItemId::Group(g.id), g.position.clone())
        }),
        ItemId::Phase(_) => all(&session.agenda, |p| {
            (ItemId::Phase(p.id), p.position.clone())
        }),
        ItemId::Speaker(_) => all(&session.panel.speakers, |s| {
            (ItemId::Speaker(s.id), s.position.clone())
        }),
        ItemId::Theme(theme) => {
            let Some(question) = session.theme(theme).map(|t| t.question) else {
                return Vec::new();
            };
            session
                .themes_of(question)
                .map(|t| (ItemId::Theme(t.id), t.position.clone()))
                .collect()
        }
        ItemId::Answer(answer) => {
            let Some(of) = session.answer(answer) else {
                return Vec::new();
            };
            session
                .answers
                .iter()
                .filter(|a| a.group == of.group && a.question == of.question)
                .map(|a| (ItemId::Answer(a.id), a.position.clone()))
                .collect()
        }
    }
}

/// The item of `id` moved to `index` of the list it is ordered in: the
/// same item at a new position between its new neighbours. `None` when it
/// is not there, or already at `index`. (An answer moved is revised with
/// `capture::revised` by the caller, so its version records the move.)
pub fn moved(session: &Session, id: ItemId, index: usize) -> Option<Item> {
    let list = siblings(session, id);
    let from = list.iter().position(|(item, _)| *item == id)?;
    if index == from || index >= list.len() {
        return None;
    }
    let rest: Vec<&Position> = list
        .iter()
        .filter(|(item, _)| *item != id)
        .map(|(_, position)| position)
        .collect();
    let before = index.checked_sub(1).and_then(|i| rest.get(i).copied());
    let after = rest.get(index).copied();
    let position = between(before, after);
    let mut item = item(session, id)?;
    set_position(&mut item, position);
    Some(item)
}

/// The position after the last item of the list `item` would be ordered
/// in: where an item added at the end goes.
pub fn position_at_end(session: &Session, item: &Item) -> Position {
    let last = match item {
        Item::Question(_) => session.questions.last().map(|q| &q.position),
        Item::Topic(_) => session.topics.last().map(|t| &t.position),
        Item::Group(_) => session.groups.last().map(|g| &g.position),
        Item::Phase(_) => session.agenda.last().map(|p| &p.position),
        Item::Speaker(_) => session.panel.speakers.last().map(|s| &s.position),
        Item::Theme(theme) => session
            .themes_of(theme.question)
            .last()
            .map(|t| &t.position),
        Item::Answer(answer) => session
            .answers
            .iter()
            .filter(|a| a.group == answer.group && a.question == answer.question)
            .map(|a| &a.position)
            .max(),
    };
    last.map_or_else(Position::first, Position::after)
}

/// Adds `item` at the end of the list it is ordered in.
pub fn added(session: &Session, mut item: Item) -> Action {
    let position = position_at_end(session, &item);
    set_position(&mut item, position);
    Action::insert(item)
}

fn set_position(item: &mut Item, position: Position) {
    match item {
        Item::Question(q) => q.position = position,
        Item::Topic(t) => t.position = position,
        Item::Group(g) => g.position = position,
        Item::Phase(p) => p.position = position,
        Item::Speaker(s) => s.position = position,
        Item::Answer(a) => a.position = position,
        Item::Theme(t) => t.position = position,
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

    /// Its version clock.
    pub fn clock(&self) -> &Clock {
        match self {
            Item::Question(q) => &q.clock,
            Item::Topic(t) => &t.clock,
            Item::Group(g) => &g.clock,
            Item::Phase(p) => &p.clock,
            Item::Speaker(s) => &s.clock,
            Item::Answer(a) => &a.clock,
            Item::Theme(t) => &t.clock,
        }
    }
}

impl ItemId {
    /// The plain UUID under it.
    pub fn uuid(self) -> Uuid {
        uuid_of(self)
    }
}

/// What an edit a person makes changes, noted before it is applied: the
/// items (and header) whose clocks it ticks, and the set-up items and
/// themes it removes, with the version each had. Answers are left out:
/// `capture::new_answer` and `capture::revised` stamp them, with the time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Touched {
    targets: Vec<Target>,
    removed: Vec<(Uuid, Clock)>,
}

impl Touched {
    /// What `action` will change in `session`.
    pub fn by(session: &Session, action: &Action) -> Touched {
        let mut touched = Touched::default();
        touched.collect(session, action);
        touched
    }

    fn touch(&mut self, target: Target) {
        if !self.targets.contains(&target) {
            self.targets.push(target);
        }
    }

    fn collect(&mut self, session: &Session, action: &Action) {
        match action {
            Action::SetText { field, .. } => self.touch(field_target(*field)),
            Action::SetDate(_)
            | Action::SetLanguage(_)
            | Action::SetDotsPerVoter(_)
            | Action::SetVoteBy(_) => self.touch(Target::Header),
            Action::SetGroupLanguage { group, .. } | Action::SetGroupDelegations { group, .. } => {
                self.touch(Target::Item(ItemId::Group(*group)));
            }
            Action::SetPhaseKind { phase, .. } | Action::SetPhaseMinutes { phase, .. } => {
                self.touch(Target::Item(ItemId::Phase(*phase)));
            }
            Action::SetSpeakerTopic { speaker, .. } => {
                self.touch(Target::Item(ItemId::Speaker(*speaker)));
            }
            Action::SetThemeAnswers { theme, .. }
            | Action::SetThemeSuggested { theme, .. }
            | Action::SetVote { theme, .. } => self.touch(Target::Item(ItemId::Theme(*theme))),
            Action::Insert(items) | Action::Replace(items) => {
                for item in items.iter().filter(|item| !matches!(item, Item::Answer(_))) {
                    self.touch(Target::Item(item.id()));
                }
            }
            Action::Remove(ids) => {
                for id in ids.iter().filter(|id| !matches!(id, ItemId::Answer(_))) {
                    if let Some(item) = item(session, *id) {
                        self.removed.push((id.uuid(), item.clock().clone()));
                    }
                    self.targets.retain(|target| *target != Target::Item(*id));
                }
            }
            Action::Batch(actions) => {
                for action in actions {
                    self.collect(session, action);
                }
            }
            Action::SetReviewed { .. }
            | Action::SetHeader(_)
            | Action::SetClock { .. }
            | Action::SetRemoved { .. }
            | Action::SetLaptops { .. } => {}
        }
    }

    /// Once the edit is applied to `session`: each item it changed as a new
    /// version of `replica` (its clock one edit further, and the versions in
    /// conflict it has now seen dropped), and each removal remembered.
    /// `None` when the edit touched nothing that has a version.
    pub fn stamps(&self, session: &Session, replica: ReplicaId) -> Option<Action> {
        let mut actions = Vec::new();
        let mut replaced = Vec::new();
        for target in &self.targets {
            match target {
                Target::Header => {
                    let mut header = session.header();
                    header.clock = crate::version::ticked(&header.clock, replica);
                    let header = drop_seen_conflicts(header);
                    actions.push(Action::SetHeader(Box::new(header)));
                }
                Target::Item(id) => {
                    if let Some(item) = item(session, *id) {
                        replaced.push(new_version(item, replica));
                    }
                }
            }
        }
        if !replaced.is_empty() {
            actions.push(Action::Replace(replaced));
        }
        actions.extend(self.removed.iter().map(|(id, clock)| Action::SetRemoved {
            id: *id,
            clock: Some(clock.clone()),
        }));
        (!actions.is_empty()).then_some(Action::Batch(actions))
    }
}

/// `item` one edit of `replica` further on, without the versions in
/// conflict it has now seen.
fn new_version(item: Item, replica: ReplicaId) -> Item {
    fn next<T: crate::version::Versioned>(mut item: T, replica: ReplicaId) -> T {
        *item.clock_mut() = crate::version::ticked(item.clock(), replica);
        drop_seen_conflicts(item)
    }
    match item {
        Item::Question(i) => Item::Question(next(i, replica)),
        Item::Topic(i) => Item::Topic(next(i, replica)),
        Item::Group(i) => Item::Group(next(i, replica)),
        Item::Phase(i) => Item::Phase(next(i, replica)),
        Item::Speaker(i) => Item::Speaker(next(i, replica)),
        Item::Theme(i) => Item::Theme(next(i, replica)),
        Item::Answer(i) => Item::Answer(i),
    }
}

/// Drops the versions in conflict that the item's own version has seen: a
/// laptop that edits after its own concurrent version supersedes it.
fn drop_seen_conflicts<T: crate::version::Versioned>(mut item: T) -> T {
    let clock = item.clock().clone();
    item.conflicts_mut()
        .retain(|version| !crate::version::covers(&clock, version.clock()));
    item
}

/// What the clock of `field` is on.
fn field_target(field: TextField) -> Target {
    match field {
        TextField::Title | TextField::Meeting | TextField::Venue | TextField::Background => {
            Target::Header
        }
        TextField::QuestionText(id) => Target::Item(ItemId::Question(id)),
        TextField::TopicName(id) | TextField::TopicKey(id) => Target::Item(ItemId::Topic(id)),
        TextField::GroupName(id)
        | TextField::GroupModerator(id)
        | TextField::GroupRapporteur(id) => Target::Item(ItemId::Group(id)),
        TextField::SpeakerName(id)
        | TextField::SpeakerAdministration(id)
        | TextField::SpeakerNotes(id) => Target::Item(ItemId::Speaker(id)),
        TextField::ThemeName(id) | TextField::ThemeStatement(id) => Target::Item(ItemId::Theme(id)),
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
        let folds = self.folds(coalesce.as_ref());
        let reverse = apply(session, action)?;
        self.redo.clear();
        if !folds {
            self.undo.push(Step { reverse, coalesce });
            if self.undo.len() > Self::DEPTH {
                self.undo.remove(0);
            }
        }
        self.sealed = false;
        Ok(())
    }

    /// Applies `action` as part of the last step: undone with it.
    pub fn extend_last(
        &mut self,
        session: &mut Session,
        action: Action,
    ) -> Result<(), ActionError> {
        let reverse = apply(session, action)?;
        match self.undo.last_mut() {
            Some(step) => {
                let earlier = std::mem::replace(&mut step.reverse, Action::Batch(Vec::new()));
                step.reverse = Action::Batch(vec![reverse, earlier]);
            }
            None => self.undo.push(Step {
                reverse,
                coalesce: None,
            }),
        }
        Ok(())
    }

    /// Whether `action` would fold into the last step (typing on in the
    /// same field): its version was stamped when the step began.
    pub fn would_fold(&self, action: &Action) -> bool {
        self.folds(action.coalesce_key().as_ref())
    }

    fn folds(&self, coalesce: Option<&Coalesce>) -> bool {
        !self.sealed
            && coalesce.is_some()
            && self
                .undo
                .last()
                .is_some_and(|step| step.coalesce.as_ref() == coalesce)
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
            position: Position::first(),
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
        let result = apply(&mut s, Action::remove(ItemId::Question(question)));
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
            Action::remove(ItemId::Group(GroupId::new())),
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
        let result = apply(&mut s, Action::remove(ItemId::Question(question)));
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

    #[test]
    fn a_typed_run_ticks_its_field_once_and_undo_restores_the_clock() {
        let replica = ReplicaId::new();
        let mut doc = crate::document::Document::untitled(session());
        let question = doc.session().questions[0].id;
        let before = doc.session().clone();
        for value in ["W", "Wh", "Why"] {
            let action = Action::SetText {
                field: TextField::QuestionText(question),
                value: value.into(),
            };
            doc.edit(action, replica).expect("applies");
        }
        assert_eq!(doc.session().questions[0].clock.get(&replica), Some(&1));
        assert!(doc.undo());
        assert_eq!(doc.session(), &before, "one step, clock and all");
    }

    #[test]
    fn a_removal_remembers_the_version_it_removed() {
        let replica = ReplicaId::new();
        let mut doc = crate::document::Document::untitled(session());
        let phase = doc.session().agenda[0].clone();
        let before = doc.session().clone();
        doc.edit(Action::remove(ItemId::Phase(phase.id)), replica)
            .expect("applies");
        assert_eq!(doc.session().removed.get(&phase.id.0), Some(&phase.clock));
        assert!(doc.undo());
        assert_eq!(doc.session(), &before);
    }

    #[test]
    fn an_edit_after_its_own_concurrent_version_supersedes_it() {
        let (mine, theirs) = (ReplicaId::new(), ReplicaId::new());
        let mut s = session();
        let mut ours = s.questions[0].clone();
        ours.clock = Clock::from([(theirs, 1)]);
        let mut own = ours.clone();
        own.text = "Mine, before".into();
        own.clock = Clock::from([(mine, 1)]);
        ours.conflicts = vec![own];
        s.questions[0] = ours;
        let mut doc = crate::document::Document::untitled(s);
        let question = doc.session().questions[0].id;
        doc.edit(
            Action::SetText {
                field: TextField::QuestionText(question),
                value: "Mine, after seeing theirs".into(),
            },
            mine,
        )
        .expect("applies");
        let edited = &doc.session().questions[0];
        assert!(edited.conflicts.is_empty(), "{edited:?}");
        assert_eq!(edited.clock, Clock::from([(theirs, 1), (mine, 1)]));
    }

    #[test]
    fn a_moved_item_stands_between_its_new_neighbours() {
        let mut s = session();
        let groups: Vec<GroupId> = s.groups.iter().map(|g| g.id).collect();
        let moved = moved(&s, ItemId::Group(groups[4]), 1).expect("moves");
        apply(&mut s, Action::replace(moved)).expect("applies");
        let order: Vec<GroupId> = s.groups.iter().map(|g| g.id).collect();
        assert_eq!(
            order,
            [groups[0], groups[4], groups[1], groups[2], groups[3]]
        );
        assert!(moved_is_none_in_place(&s, groups[0]));
    }

    fn moved_is_none_in_place(s: &Session, group: GroupId) -> bool {
        moved(s, ItemId::Group(group), 0).is_none()
    }
}
