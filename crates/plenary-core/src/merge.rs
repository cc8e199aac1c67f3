//! Merging files into one plenary session, so that any set of files merged
//! in any order gives the same session, byte for byte.
//!
//! Every item merges by its version clock (see [`crate::version`]): for each
//! id the merged copy holds the versions that no other version supersedes;
//! two or more are a conflict, kept until the facilitator chooses. Items the
//! facilitator removed stay removed: `Session::removed` remembers the
//! version each had, and a copy no newer cannot bring it back. Joining is
//! the same whatever the order and however often a file comes, and loses
//! nothing a laptop typed.
//!
//! What a file may bring depends on whose it is ([`Take`]). The master file
//! is the facilitator's and is trusted. A group file comes from a laptop
//! nobody controls: it brings the answers of the groups it says it captures
//! (`Session::capture`), those groups, and questions or topics only its own
//! laptop made; anything else in it (another group's answers, themes, votes,
//! set-up changes) is named in the report and not taken.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use uuid::Uuid;

use crate::action::{Action, Item, ItemId};
use crate::session::{Answer, AnswerId, Clock, GroupId, Question, ReplicaId, Session, Topic};
use crate::version::{self, Versioned, covers};

/// A clock that counts more edits of one answer on one laptop than this
/// past anything that laptop was seen to make is refused: a hand-edited
/// file, not a rapporteur's work, that would freeze the answer for good.
pub const CLOCK_JUMP: u32 = 10_000;

/// What one file brought to the merge.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileReport {
    /// Answers the session did not have.
    pub added: usize,
    /// Answers replaced by a newer version.
    pub updated: usize,
    /// Answers the session already had in this version or a newer one.
    pub unchanged: usize,
    /// Of those unchanged, the answers the session had in a newer version:
    /// the file is an out-of-date copy.
    pub older: usize,
    /// Answers deleted on the group's laptop, now deleted here too (not those
    /// deleted there before they ever came here).
    pub deleted: usize,
    /// Answers (and set-up items or themes) edited differently here and
    /// there: both versions are kept.
    pub conflicts: usize,
    /// Set-up items (groups, questions, topics, ...) and themes the session
    /// lacked.
    pub setup_added: usize,
    /// Set-up items and themes brought in a newer version.
    pub setup_updated: usize,
    /// Questions, topics and groups the session has but the file words
    /// differently and may not change (a group file): the session's are kept.
    pub setup_differs: usize,
    /// Answers in the file whose group neither it nor the session lists (a
    /// file edited by hand): kept, under no group.
    pub no_group: usize,
    /// Answers of groups a group file does not capture: not taken.
    pub foreign_answers: usize,
    /// Themes (with their votes) and reviewed marks in a group file that the
    /// session lacks: not taken, they are the facilitator's.
    pub themes_not_taken: usize,
    /// Versions whose clocks jump far past anything their laptop sent
    /// (see [`CLOCK_JUMP`]): refused.
    pub refused: usize,
    /// Items the facilitator removed that the file still holds: they stay
    /// removed.
    pub kept_removed: usize,
    /// The file is a whole session, not a group file: what it holds is
    /// taken only when the facilitator chooses to.
    pub whole_session: bool,
    /// The names of the groups the file captures that another laptop
    /// captures too.
    pub shared_groups: Vec<String>,
}

/// Why a file was not merged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeError {
    /// The file is of another session: these are the two titles.
    OtherSession { ours: String, theirs: String },
}

/// How to treat a file of another session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accept {
    /// Only files of this session (the same session id).
    SameSession,
    /// Any session: questions and topics are matched by id, else by text.
    AnySession,
}

/// What a merge takes from a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Take {
    /// What a group file may bring: the answers of the groups it captures,
    /// those groups, and the questions and topics only its laptop made.
    OwnGroups,
    /// Everything: a copy of the facilitator's own session (a second
    /// window, another facilitator's laptop).
    Everything,
    /// The set-up only (header, questions, topics, agenda, groups, panel):
    /// what a merge of group files with no master file starts from.
    SetupOnly,
}

/// What merging a file into a session does: the one undoable step that
/// does it (none when the file brings nothing new) and what it brings.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub action: Option<Action>,
    pub report: FileReport,
}

/// What merging `incoming` into `session` would do. Every import goes
/// through here: the app's (dialog, drop, watched folder), a second
/// window's save taken in, and `plenary merge`.
pub fn plan(
    session: &Session,
    incoming: &Session,
    accept: Accept,
    take: Take,
) -> Result<Plan, MergeError> {
    let mapped;
    let incoming = if incoming.id == session.id {
        incoming
    } else {
        if accept == Accept::SameSession {
            return Err(MergeError::OtherSession {
                ours: session.title.clone(),
                theirs: incoming.title.clone(),
            });
        }
        mapped = mapped_onto(session, incoming);
        &mapped
    };
    let mut planner = Planner {
        session,
        report: FileReport::default(),
        actions: Vec::new(),
        removed: session.removed.clone(),
    };
    planner.merge(incoming, take);
    let Planner {
        actions, report, ..
    } = planner;
    Ok(Plan {
        action: (!actions.is_empty()).then_some(Action::Batch(actions)),
        report,
    })
}

/// Merges `incoming` into `session` (see [`plan`]).
///
/// # Panics
///
/// Never: a plan applies to the session it was made from.
pub fn merge_into(
    session: &mut Session,
    incoming: &Session,
    accept: Accept,
    take: Take,
) -> Result<FileReport, MergeError> {
    let plan = plan(session, incoming, accept, take)?;
    if let Some(action) = plan.action {
        // A plan applies to the session it was made from.
        crate::action::apply(session, action)
            .expect("a merge plan applies to the session it was made for");
    }
    Ok(plan.report)
}

/// Works out one file's merge.
struct Planner<'a> {
    session: &'a Session,
    report: FileReport,
    actions: Vec<Action>,
    /// The removals the session will know once the file is in.
    removed: BTreeMap<Uuid, Clock>,
}

impl Planner<'_> {
    fn merge(&mut self, incoming: &Session, take: Take) {
        let own = match take {
            Take::OwnGroups => Some(self.own_part(incoming)),
            Take::Everything | Take::SetupOnly => None,
        };
        if take == Take::Everything {
            self.take_removals(&incoming.removed);
        }
        if take != Take::OwnGroups {
            self.join_header(incoming);
        }
        let mut items: Vec<Item> = Vec::new();
        if let Some(own) = &own {
            items.extend(own.groups.iter().cloned().map(Item::Group));
            items.extend(own.questions.iter().cloned().map(Item::Question));
            items.extend(own.topics.iter().cloned().map(Item::Topic));
        } else {
            items.extend(incoming.questions.iter().cloned().map(Item::Question));
            items.extend(incoming.topics.iter().cloned().map(Item::Topic));
            items.extend(incoming.agenda.iter().cloned().map(Item::Phase));
            items.extend(incoming.groups.iter().cloned().map(Item::Group));
            items.extend(incoming.panel.speakers.iter().cloned().map(Item::Speaker));
        }
        if take == Take::Everything {
            items.extend(incoming.themes.iter().cloned().map(Item::Theme));
        }
        // A group file's copy made before the set-up had versions tells
        // nothing new of an item the session has.
        self.join_items(items, take != Take::OwnGroups);
        match &own {
            Some(own) => self.join_answers(&own.answers),
            None if take == Take::Everything => self.join_answers(&incoming.answers),
            None => {}
        }
        if take == Take::Everything {
            let reviewed: Vec<AnswerId> = incoming
                .reviewed
                .difference(&self.session.reviewed)
                .copied()
                .collect();
            if !reviewed.is_empty() {
                self.actions.push(Action::SetReviewed {
                    answers: reviewed,
                    reviewed: true,
                });
            }
        }
        match (&own, take) {
            (_, Take::Everything) => self.join_laptops(&incoming.laptops),
            (Some(_), _) => {
                // A merge of group files knows which laptops captured its groups.
                let captured = incoming.capture.iter().flat_map(|c| c.groups.iter());
                let theirs: Laptops = captured
                    .filter_map(|group| Some((*group, incoming.laptops.get(group)?.clone())))
                    .collect();
                self.join_laptops(&theirs);
            }
            _ => {}
        }
        self.count_missing_groups(incoming, own.as_ref());
        self.record_laptop(incoming);
    }

    /// Takes in the laptops another copy of the session knows of.
    fn join_laptops(&mut self, theirs: &Laptops) {
        for (group, laptops) in theirs {
            let ours = self.session.laptops.get(group);
            if ours.is_none_or(|ours| !laptops.is_subset(ours)) {
                let mut all = ours.cloned().unwrap_or_default();
                all.extend(laptops.iter().copied());
                self.actions.push(Action::SetLaptops {
                    group: *group,
                    laptops: all,
                });
            }
        }
    }

    /// The part of a group file it may bring, and the report of the rest.
    fn own_part(&mut self, incoming: &Session) -> Own {
        let captured: HashSet<GroupId> = incoming
            .capture
            .iter()
            .flat_map(|capture| capture.groups.iter().copied())
            .collect();
        self.report.whole_session = incoming.capture.is_none();
        // The laptops the file speaks for: the one that saved it, or, for a
        // merge of group files, those that captured its groups.
        let laptops: BTreeSet<ReplicaId> = incoming
            .capture
            .iter()
            .flat_map(|capture| {
                capture.laptop.into_iter().chain(
                    capture
                        .groups
                        .iter()
                        .filter_map(|g| incoming.laptops.get(g))
                        .flatten()
                        .copied(),
                )
            })
            .collect();
        let ours = |version: &Answer| captured.contains(&version.group);
        let mut answers = Vec::new();
        for answer in &incoming.answers {
            if version::versions(answer).iter().all(ours) {
                answers.push(answer.clone());
            } else if !answer.deleted {
                self.report.foreign_answers += 1;
            }
        }
        self.report.themes_not_taken =
            incoming.themes.len() + incoming.reviewed.difference(&self.session.reviewed).count();
        // Only what its own laptop made and alone edited: a question or
        // topic the session lacks, or has seen from that laptop alone.
        let session = self.session;
        let made_there = |id: ItemId, clock: &Clock| {
            let only_there =
                |clock: &Clock| !clock.is_empty() && clock.keys().all(|r| laptops.contains(r));
            only_there(clock)
                && crate::action::item(session, id).is_none_or(|ours| only_there(ours.clock()))
        };
        let questions: Vec<Question> = incoming
            .questions
            .iter()
            .filter(|q| made_there(ItemId::Question(q.id), &q.clock))
            .cloned()
            .collect();
        let topics: Vec<Topic> = incoming
            .topics
            .iter()
            .filter(|t| made_there(ItemId::Topic(t.id), &t.clock))
            .cloned()
            .collect();
        self.report.setup_differs = differing(
            &self.session.questions,
            &incoming.questions,
            |q| q.id,
            |q| made_there(ItemId::Question(q.id), &q.clock),
        ) + differing(
            &self.session.topics,
            &incoming.topics,
            |t| t.id,
            |t| made_there(ItemId::Topic(t.id), &t.clock),
        ) + differing(
            &self.session.groups,
            &incoming.groups,
            |g| g.id,
            |g| captured.contains(&g.id),
        );
        Own {
            groups: incoming
                .groups
                .iter()
                .filter(|group| captured.contains(&group.id))
                .cloned()
                .collect(),
            questions,
            topics,
            answers,
        }
    }

    /// Takes in what another copy of the session removed.
    fn take_removals(&mut self, theirs: &BTreeMap<Uuid, Clock>) {
        for (id, clock) in theirs {
            let merged = match self.removed.get(id) {
                Some(ours) => version::merged(ours, clock),
                None => clock.clone(),
            };
            if self.removed.get(id) != Some(&merged) {
                self.removed.insert(*id, merged.clone());
                self.actions.push(Action::SetRemoved {
                    id: *id,
                    clock: Some(merged),
                });
            }
        }
    }

    fn join_header(&mut self, incoming: &Session) {
        let ours = self.session.header();
        let joined = version::join(&ours, &incoming.header());
        if joined != ours {
            if joined.conflicts.len() > ours.conflicts.len() {
                self.report.conflicts += 1;
            } else {
                self.report.setup_updated += 1;
            }
            self.actions.push(Action::SetHeader(Box::new(joined)));
        }
    }

    /// Joins set-up items and themes with the session's (an unversioned
    /// copy of an item the session has changes it only if `unversioned`),
    /// then leaves out every version a removal covers: an item whose every
    /// version is covered goes, whether it came in the file or was here.
    fn join_items(&mut self, items: Vec<Item>, unversioned: bool) {
        let mut inserts = Vec::new();
        let mut replaces = Vec::new();
        let mut gone = Vec::new();
        let mut touched: HashSet<ItemId> = HashSet::new();
        let ids: Vec<ItemId> = items.iter().map(Item::id).collect();
        let found = crate::action::items(self.session, &ids);
        for (theirs, ours) in items.into_iter().zip(found) {
            let id = theirs.id();
            touched.insert(id);
            let joined = match &ours {
                None => normalised(theirs),
                Some(ours) if !unversioned && theirs.clock().is_empty() => ours.clone(),
                Some(ours) => match join_item(ours, &theirs) {
                    Some(joined) => joined,
                    None => continue,
                },
            };
            match (ours, self.uncovered(joined)) {
                (None, None) => self.report.kept_removed += 1,
                (None, Some(kept)) => {
                    inserts.push(kept);
                    self.report.setup_added += 1;
                }
                (Some(_), None) => gone.push(id),
                (Some(ours), Some(kept)) if kept != ours => {
                    if conflicts_of(&kept) > conflicts_of(&ours) {
                        self.report.conflicts += 1;
                    } else {
                        self.report.setup_updated += 1;
                    }
                    replaces.push(kept);
                }
                (Some(_), Some(_)) => {}
            }
        }
        // What the session has and the file did not bring, that a removal
        // the file brought now covers.
        let newly_removed: Vec<Uuid> = self
            .removed
            .keys()
            .filter(|id| self.session.removed.get(*id) != self.removed.get(*id))
            .copied()
            .collect();
        for id in newly_removed {
            let Some(ours) = self.item_by_uuid(id) else {
                continue;
            };
            if touched.contains(&ours.id()) {
                continue;
            }
            match self.uncovered(ours.clone()) {
                None => gone.push(ours.id()),
                Some(kept) if kept != ours => replaces.push(kept),
                Some(_) => {}
            }
        }
        if !inserts.is_empty() {
            self.actions.push(Action::Insert(inserts));
        }
        if !replaces.is_empty() {
            self.actions.push(Action::Replace(replaces));
        }
        if !gone.is_empty() {
            self.actions.push(Action::Remove(gone));
        }
    }

    /// The item without the versions a removal covers; `None` when none is
    /// left.
    fn uncovered(&self, item: Item) -> Option<Item> {
        fn keep<T: Versioned>(item: &T, removed: &Clock) -> Option<T> {
            let kept: Vec<T> = version::versions(item)
                .into_iter()
                .filter(|version| !covers(removed, version.clock()))
                .collect();
            (!kept.is_empty()).then(|| version::current(kept))
        }
        let Some(removed) = self.removed.get(&item.id().uuid()) else {
            return Some(item);
        };
        Some(match &item {
            Item::Question(i) => Item::Question(keep(i, removed)?),
            Item::Topic(i) => Item::Topic(keep(i, removed)?),
            Item::Group(i) => Item::Group(keep(i, removed)?),
            Item::Phase(i) => Item::Phase(keep(i, removed)?),
            Item::Speaker(i) => Item::Speaker(keep(i, removed)?),
            Item::Theme(i) => {
                let mut theme = keep(i, removed)?;
                theme.canonicalize_answers();
                Item::Theme(theme)
            }
            Item::Answer(_) => item,
        })
    }

    /// The set-up item or theme of this id, whatever its kind.
    fn item_by_uuid(&self, id: Uuid) -> Option<Item> {
        use crate::session::{GroupId, PhaseId, QuestionId, SpeakerId, ThemeId, TopicId};
        [
            ItemId::Question(QuestionId(id)),
            ItemId::Topic(TopicId(id)),
            ItemId::Phase(PhaseId(id)),
            ItemId::Group(GroupId(id)),
            ItemId::Speaker(SpeakerId(id)),
            ItemId::Theme(ThemeId(id)),
        ]
        .into_iter()
        .find_map(|kind| crate::action::item(self.session, kind))
    }

    fn join_answers(&mut self, answers: &[Answer]) {
        let session = self.session;
        let index: rustc_hash::FxHashMap<AnswerId, &Answer> =
            session.answers.iter().map(|a| (a.id, a)).collect();
        // Only a clock past the jump can be refused: the counts seen are
        // worked out only then.
        let jumps = answers.iter().any(|answer| {
            std::iter::once(answer)
                .chain(&answer.conflicts)
                .any(|v| v.clock.values().any(|count| *count > CLOCK_JUMP))
        });
        let seen = if jumps {
            seen_counts(session)
        } else {
            HashMap::new()
        };
        let mut inserts = Vec::new();
        let mut replaces = Vec::new();
        for theirs in answers {
            let Some(theirs) = refused_versions(theirs, &seen) else {
                self.report.refused += 1;
                continue;
            };
            match index.get(&theirs.id) {
                None => {
                    // An answer typed and deleted on the laptop before it ever
                    // reached here is kept, deleted, so that a copy of the file
                    // from before the deletion cannot bring it back; but nothing
                    // here was deleted, so it is not counted.
                    if !theirs.deleted {
                        self.report.added += 1;
                    }
                    inserts.push(Item::Answer(version::join(&theirs, &theirs)));
                }
                Some(ours) => {
                    let joined = version::join(*ours, &theirs);
                    if joined == **ours {
                        self.report.unchanged += 1;
                        if theirs != **ours {
                            self.report.older += 1;
                        }
                        continue;
                    }
                    if joined.conflicts.len() > ours.conflicts.len() {
                        self.report.conflicts += 1;
                    } else if joined.deleted && !ours.deleted {
                        self.report.deleted += 1;
                    } else {
                        self.report.updated += 1;
                    }
                    replaces.push(Item::Answer(joined));
                }
            }
        }
        if !inserts.is_empty() {
            self.actions.push(Action::Insert(inserts));
        }
        if !replaces.is_empty() {
            self.actions.push(Action::Replace(replaces));
        }
    }

    /// Counts the live answers whose group neither the file nor the session
    /// lists: they are kept, and shown under no group.
    fn count_missing_groups(&mut self, incoming: &Session, own: Option<&Own>) {
        let mut groups: HashSet<GroupId> = self.session.groups.iter().map(|g| g.id).collect();
        match own {
            Some(own) => groups.extend(own.groups.iter().map(|g| g.id)),
            None => groups.extend(incoming.groups.iter().map(|g| g.id)),
        }
        let answers: Box<dyn Iterator<Item = &Answer>> = match own {
            Some(own) => Box::new(own.answers.iter()),
            None => Box::new(incoming.answers.iter()),
        };
        self.report.no_group = answers
            .filter(|answer| !answer.deleted && !groups.contains(&answer.group))
            .count();
    }

    /// Remembers which laptop captured the file's groups, and tells when
    /// another laptop captured one of them too.
    fn record_laptop(&mut self, incoming: &Session) {
        let Some(capture) = &incoming.capture else {
            return;
        };
        let Some(laptop) = capture.laptop else {
            return;
        };
        for group in &capture.groups {
            let known = self.session.laptops.get(group);
            if known.is_some_and(|laptops| laptops.iter().any(|other| *other != laptop)) {
                let name = self
                    .session
                    .group(*group)
                    .or_else(|| incoming.group(*group))
                    .map_or_else(|| group.0.to_string(), |g| g.name.clone());
                self.report.shared_groups.push(name);
            }
            if known.is_none_or(|laptops| !laptops.contains(&laptop)) {
                let mut laptops = known.cloned().unwrap_or_default();
                laptops.insert(laptop);
                self.actions.push(Action::SetLaptops {
                    group: *group,
                    laptops,
                });
            }
        }
    }
}

/// What a group file may bring.
struct Own {
    groups: Vec<crate::session::Group>,
    questions: Vec<Question>,
    topics: Vec<Topic>,
    answers: Vec<Answer>,
}

/// The counts of each laptop's edits the session has seen, at most, on any
/// one answer.
fn seen_counts(session: &Session) -> HashMap<ReplicaId, u32> {
    let mut seen: HashMap<ReplicaId, u32> = HashMap::new();
    for answer in &session.answers {
        for version in std::iter::once(answer).chain(&answer.conflicts) {
            for (replica, count) in &version.clock {
                let most = seen.entry(*replica).or_insert(0);
                *most = (*most).max(*count);
            }
        }
    }
    seen
}

/// The answer without the versions whose clocks jump too far past what
/// their laptops were seen to send; `None` when none is left.
fn refused_versions(answer: &Answer, seen: &HashMap<ReplicaId, u32>) -> Option<Answer> {
    let plausible = |version: &Answer| {
        version.clock.iter().all(|(replica, count)| {
            *count
                <= seen
                    .get(replica)
                    .copied()
                    .unwrap_or(0)
                    .saturating_add(CLOCK_JUMP)
        })
    };
    let all = version::versions(answer);
    if all.iter().all(plausible) {
        return Some(answer.clone());
    }
    let kept: Vec<Answer> = all.into_iter().filter(|v| plausible(v)).collect();
    (!kept.is_empty()).then(|| version::current(kept))
}

/// How many versions are in conflict in an item.
fn conflicts_of(item: &Item) -> usize {
    match item {
        Item::Question(i) => i.conflicts.len(),
        Item::Topic(i) => i.conflicts.len(),
        Item::Group(i) => i.conflicts.len(),
        Item::Phase(i) => i.conflicts.len(),
        Item::Speaker(i) => i.conflicts.len(),
        Item::Answer(i) => i.conflicts.len(),
        Item::Theme(i) => i.conflicts.len(),
    }
}

/// An item as a join leaves it: its versions in their one order.
fn normalised(item: Item) -> Item {
    join_item(&item, &item).unwrap_or(item)
}

/// The join of two versions of one item; `None` for items of two kinds.
fn join_item(ours: &Item, theirs: &Item) -> Option<Item> {
    Some(match (ours, theirs) {
        (Item::Question(a), Item::Question(b)) => Item::Question(version::join(a, b)),
        (Item::Topic(a), Item::Topic(b)) => Item::Topic(version::join(a, b)),
        (Item::Group(a), Item::Group(b)) => Item::Group(version::join(a, b)),
        (Item::Phase(a), Item::Phase(b)) => Item::Phase(version::join(a, b)),
        (Item::Speaker(a), Item::Speaker(b)) => Item::Speaker(version::join(a, b)),
        (Item::Answer(a), Item::Answer(b)) => Item::Answer(version::join(a, b)),
        (Item::Theme(a), Item::Theme(b)) => {
            let mut joined = version::join(a, b);
            joined.canonicalize_answers();
            Item::Theme(joined)
        }
        _ => return None,
    })
}

/// How many of `theirs` (those `may` does not allow) are in `ours` by id but
/// differ.
fn differing<T: PartialEq, Id: PartialEq>(
    ours: &[T],
    theirs: &[T],
    id: impl Fn(&T) -> Id,
    may: impl Fn(&T) -> bool,
) -> usize {
    theirs
        .iter()
        .filter(|item| {
            !may(item)
                && ours
                    .iter()
                    .any(|mine| id(mine) == id(item) && mine != *item)
        })
        .count()
}

/// A copy of a file of another session, its question and topic ids replaced
/// by this session's where the id or the text matches.
fn mapped_onto(session: &Session, incoming: &Session) -> Session {
    let mut mapped = incoming.clone();
    mapped.id = session.id;
    let questions = id_map(&session.questions, &incoming.questions, |q: &Question| {
        (q.id, q.text.as_str())
    });
    let topics = id_map(&session.topics, &incoming.topics, |t: &Topic| {
        (t.id, t.name.as_str())
    });
    for question in &mut mapped.questions {
        question.id = questions.get(&question.id).copied().unwrap_or(question.id);
    }
    for topic in &mut mapped.topics {
        topic.id = topics.get(&topic.id).copied().unwrap_or(topic.id);
    }
    let remap = |version: &mut Answer| {
        if let Some(id) = questions.get(&version.question) {
            version.question = *id;
        }
        for topic in &mut version.topics {
            *topic = topics.get(topic).copied().unwrap_or(*topic);
        }
    };
    for answer in &mut mapped.answers {
        remap(answer);
        answer.conflicts.iter_mut().for_each(remap);
    }
    for theme in &mut mapped.themes {
        theme.question = questions
            .get(&theme.question)
            .copied()
            .unwrap_or(theme.question);
    }
    mapped
}

/// For each of `theirs`, the id of the item of `ours` with the same id or,
/// failing that, the same text (ignoring case and surrounding space).
fn id_map<T, Id: Copy + Eq + std::hash::Hash>(
    ours: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> (Id, &str),
) -> HashMap<Id, Id> {
    let normal = |text: &str| text.trim().to_lowercase();
    theirs
        .iter()
        .filter_map(|item| {
            let (their_id, their_text) = key(item);
            let found = ours
                .iter()
                .map(&key)
                .find(|(id, _)| *id == their_id)
                .or_else(|| {
                    ours.iter()
                        .map(&key)
                        .find(|(_, text)| normal(text) == normal(their_text))
                });
            found.map(|(our_id, _)| (their_id, our_id))
        })
        .collect()
}

/// Every version of an answer: the answer itself and the ones in conflict
/// with it, each without conflicts of its own.
pub fn versions(answer: &Answer) -> Vec<Answer> {
    version::versions(answer)
}

/// The versions of both that nothing supersedes: one answer, or one with the
/// others in conflict. Commutative, associative and idempotent.
pub fn join(ours: &Answer, theirs: &Answer) -> Answer {
    version::join(ours, theirs)
}

/// The answer after the facilitator kept version `keep` (0 is the answer
/// itself, 1… its conflicts): that content, with a clock that supersedes every
/// version, so the resolution wins wherever it is merged.
pub fn resolved(answer: &Answer, keep: usize, edit: crate::capture::EditStamp) -> Option<Answer> {
    let all = versions(answer);
    let mut kept = all.get(keep)?.clone();
    kept.clock = all.iter().fold(Clock::new(), |seen, version| {
        version::merged(&seen, &version.clock)
    });
    kept.revision = all
        .iter()
        .map(|version| version.revision)
        .max()
        .unwrap_or(0);
    kept.conflicts.clear();
    Some(crate::capture::revised(&kept, edit, |_| {}))
}

/// The facilitator's answer to a conflict, as one undoable step: keep
/// version `keep` of `answer` (0 is the one shown first); with
/// `keep_others`, every other live version becomes an answer of its own.
/// `None` when the session has no such answer or version.
pub fn resolution(
    session: &Session,
    answer: AnswerId,
    keep: usize,
    keep_others: bool,
    edit: crate::capture::EditStamp,
) -> Option<Action> {
    let current = session.answers.iter().find(|a| a.id == answer)?;
    let mut actions = vec![Action::replace(Item::Answer(resolved(
        current, keep, edit,
    )?))];
    if keep_others {
        let mut copies = Vec::new();
        let mut at = crate::action::position_at_end(session, &Item::Answer(current.clone()));
        for (index, version) in versions(current).into_iter().enumerate() {
            if index != keep && !version.deleted {
                let entry = crate::capture::Entry {
                    text: version.text,
                    topics: version.topics,
                };
                let mut copy = crate::capture::new_answer(
                    entry,
                    version.group,
                    version.question,
                    version.kind,
                    edit,
                );
                copy.position = at.clone();
                at = at.after();
                copies.push(Item::Answer(copy));
            }
        }
        if !copies.is_empty() {
            actions.push(Action::Insert(copies));
        }
    }
    Some(Action::Batch(actions))
}

/// The facilitator's choice between versions of a set-up item, a theme or
/// the header: version `keep` (0 is the one shown first), with a clock that
/// has seen them all, so the choice wins wherever it is merged. `None` when
/// there is no such version.
pub fn resolution_of(
    session: &Session,
    target: crate::action::Target,
    keep: usize,
    replica: ReplicaId,
) -> Option<Action> {
    use crate::action::{ItemId, Target};
    Some(match target {
        Target::Header => Action::SetHeader(Box::new(version::resolved(
            &session.header(),
            keep,
            replica,
        )?)),
        Target::Item(id) => {
            let item = crate::action::item(session, id)?;
            let kept = match item {
                Item::Question(i) => Item::Question(version::resolved(&i, keep, replica)?),
                Item::Topic(i) => Item::Topic(version::resolved(&i, keep, replica)?),
                Item::Group(i) => Item::Group(version::resolved(&i, keep, replica)?),
                Item::Phase(i) => Item::Phase(version::resolved(&i, keep, replica)?),
                Item::Speaker(i) => Item::Speaker(version::resolved(&i, keep, replica)?),
                Item::Theme(i) => Item::Theme(version::resolved(&i, keep, replica)?),
                Item::Answer(_) => {
                    let ItemId::Answer(answer) = id else {
                        return None;
                    };
                    let stamp = crate::capture::EditStamp {
                        replica,
                        at: jiff::Timestamp::now(),
                    };
                    return resolution(session, answer, keep, false, stamp);
                }
            };
            Action::replace(kept)
        }
    })
}

/// Why files could not be merged at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilesError {
    /// No file was given.
    NoFile,
    /// Whole sessions (not group files) of different sessions were given:
    /// which one the merge is of is not for the order of the files to say.
    /// Their titles, once each (one, for sessions of one title).
    SessionsDiffer { titles: Vec<String> },
    /// Several whole sessions were given, and joining them was not asked
    /// for: another facilitator's copy is taken whole only deliberately.
    SeveralWholeSessions { count: usize },
}

/// What `merge_files` did with each file, in the order given.
pub type FileOutcomes = Vec<Result<FileReport, MergeError>>;

/// Merges files into one session, the same whatever their order and however
/// often one is given: the whole sessions among them (the facilitator's
/// master, and other copies of it when `join_sessions`) are joined whole;
/// each group file brings its own groups' work. With no whole session, the
/// set-up is joined from the group files' copies of it, and the result is
/// itself a group file of all their groups: merged later with the master,
/// it changes only those groups, as each of its files would have. Files of
/// another session are refused, or with [`Accept::AnySession`] mapped onto
/// this one.
pub fn merge_files(
    files: &[Session],
    accept: Accept,
    join_sessions: bool,
) -> Result<(Session, FileOutcomes), FilesError> {
    let masters: Vec<&Session> = files.iter().filter(|f| f.capture.is_none()).collect();
    if masters.iter().any(|m| m.id != masters[0].id) {
        let mut titles: Vec<String> = masters.iter().map(|m| m.title.clone()).collect();
        titles.sort();
        titles.dedup();
        return Err(FilesError::SessionsDiffer { titles });
    }
    if masters.len() > 1 && !join_sessions {
        let mut distinct: Vec<&Session> = Vec::new();
        for master in &masters {
            if !distinct.iter().any(|d| d == master) {
                distinct.push(master);
            }
        }
        if distinct.len() > 1 {
            return Err(FilesError::SeveralWholeSessions {
                count: distinct.len(),
            });
        }
    }
    // The session the merge is of: the master's; with none, the one most
    // group files are of (then the smallest id, never the first given).
    let id = if let Some(master) = masters.first() {
        master.id
    } else {
        let mut counts: BTreeMap<crate::session::SessionId, usize> = BTreeMap::new();
        for file in files {
            *counts.entry(file.id).or_insert(0) += 1;
        }
        let most = counts.values().copied().max().ok_or(FilesError::NoFile)?;
        counts
            .into_iter()
            .find(|(_, count)| *count == most)
            .map(|(id, _)| id)
            .ok_or(FilesError::NoFile)?
    };
    // The base: the masters joined, or the set-up of the group files of
    // this session joined; a join, so its order does not matter.
    let mut session = match masters.first() {
        Some(first) => (*first).clone(),
        None => setup_of(
            files
                .iter()
                .find(|f| f.id == id)
                .ok_or(FilesError::NoFile)?,
        ),
    };
    let mut outcomes: Vec<Option<Result<FileReport, MergeError>>> = vec![None; files.len()];
    for (index, file) in files.iter().enumerate() {
        if file.capture.is_none() {
            outcomes[index] = Some(merge_unsorted(
                &mut session,
                file,
                Accept::SameSession,
                Take::Everything,
            ));
        } else if masters.is_empty() && file.id == id {
            merge_unsorted(
                &mut session,
                &setup_of(file),
                Accept::SameSession,
                Take::SetupOnly,
            )
            .map_err(|_| FilesError::NoFile)?;
        }
    }
    session.canonicalize();
    for (index, file) in files.iter().enumerate() {
        if file.capture.is_some() {
            outcomes[index] = Some(merge_unsorted(&mut session, file, accept, Take::OwnGroups));
        }
    }
    if masters.is_empty() {
        let mut groups: Vec<GroupId> = files
            .iter()
            .filter(|file| file.id == id)
            .flat_map(|file| file.capture.iter().flat_map(|c| c.groups.iter().copied()))
            .collect();
        groups.sort();
        groups.dedup();
        session.capture = Some(crate::session::Capture {
            groups,
            laptop: None,
        });
    }
    session.canonicalize();
    let outcomes = outcomes
        .into_iter()
        .map(|outcome| outcome.unwrap_or(Ok(FileReport::default())))
        .collect();
    Ok((session, outcomes))
}

/// A file's set-up alone: what a merge of group files with no master starts
/// from.
fn setup_of(file: &Session) -> Session {
    let mut setup = file.clone();
    setup.capture = None;
    setup.answers.clear();
    setup.themes.clear();
    setup.reviewed.clear();
    setup.removed.clear();
    setup.laptops.clear();
    setup
}

/// [`merge_into`], leaving the session's order to be put right once all
/// the files are in.
fn merge_unsorted(
    session: &mut Session,
    incoming: &Session,
    accept: Accept,
    take: Take,
) -> Result<FileReport, MergeError> {
    let plan = plan(session, incoming, accept, take)?;
    if let Some(action) = plan.action {
        crate::action::apply_unordered(session, action)
            .expect("a merge plan applies to the session it was made for");
    }
    Ok(plan.report)
}

/// The laptops that captured each group, as a merge of group files learns
/// them: a set that only grows.
pub type Laptops = BTreeMap<GroupId, BTreeSet<ReplicaId>>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::{EditStamp, new_answer, parse_entry, revised};
    use crate::session::{AnswerKind, ReplicaId};

    fn edit(replica: ReplicaId, secs: i64) -> EditStamp {
        EditStamp {
            replica,
            at: jiff::Timestamp::UNIX_EPOCH + jiff::SignedDuration::from_secs(secs),
        }
    }

    fn answer(text: &str, replica: ReplicaId) -> Answer {
        let session = Session::template();
        let entry = parse_entry(text, &session.topics);
        new_answer(
            entry,
            session.groups[0].id,
            session.questions[0].id,
            AnswerKind::Benefit,
            edit(replica, 0),
        )
    }

    #[test]
    fn a_newer_version_replaces_an_older_one_in_any_order() {
        let laptop = ReplicaId::new();
        let old = answer("e-gates", laptop);
        let new = revised(&old, edit(laptop, 10), |a| {
            a.text = "e-gates at airports".into();
        });
        assert_eq!(join(&old, &new), new);
        assert_eq!(join(&new, &old), new);
        assert_eq!(join(&new, &new), new);
    }

    #[test]
    fn an_answer_deleted_before_it_ever_came_is_kept_deleted_and_not_counted() {
        let laptop = ReplicaId::new();
        let typed = answer("typo", laptop);
        let gone = revised(&typed, edit(laptop, 10), |a| a.deleted = true);
        let mut file = Session::template();
        file.answers = vec![gone.clone()];
        let mut session = Session::template();
        let report = merge_into(&mut session, &file, Accept::SameSession, Take::Everything)
            .expect("same session");
        assert_eq!(report, FileReport::default());
        assert_eq!(session.answers, [gone]);
        // The copy from before the deletion cannot bring it back.
        file.answers = vec![typed];
        merge_into(&mut session, &file, Accept::SameSession, Take::Everything)
            .expect("same session");
        assert!(session.answers[0].deleted);
    }

    #[test]
    fn an_out_of_date_copy_changes_nothing_and_says_it_is_older() {
        let laptop = ReplicaId::new();
        let old = answer("e-gates", laptop);
        let same = answer("risk engines", laptop);
        let new = revised(&old, edit(laptop, 10), |a| {
            a.text = "e-gates at airports".into();
        });
        let mut stale = Session::template();
        stale.answers = vec![old, same.clone()];
        let mut session = Session::template();
        session.answers = vec![new.clone(), same];
        let before = session.clone();
        let report = merge_into(&mut session, &stale, Accept::SameSession, Take::Everything)
            .expect("same session");
        assert_eq!(session, before);
        assert_eq!((report.unchanged, report.older), (2, 1));
    }

    #[test]
    fn concurrent_edits_are_kept_as_a_conflict_and_a_resolution_wins() {
        let (laptop, facilitator) = (ReplicaId::new(), ReplicaId::new());
        let base = answer("drones", laptop);
        let theirs = revised(&base, edit(laptop, 10), |a| {
            a.text = "drones at night".into();
        });
        let ours = revised(&base, edit(facilitator, 20), |a| a.text = "Drones".into());
        let merged = join(&ours, &theirs);
        assert_eq!(merged, join(&theirs, &ours));
        assert_eq!(merged.text, "Drones", "the latest edit shows first");
        assert_eq!(merged.conflicts.len(), 1);
        assert_eq!(merged.conflicts[0].text, "drones at night");

        let resolution = resolved(&merged, 1, edit(facilitator, 30)).expect("version 1 exists");
        assert_eq!(resolution.text, "drones at night");
        assert!(resolution.conflicts.is_empty());
        // Importing either old version again changes nothing.
        assert_eq!(join(&resolution, &theirs), resolution);
        assert_eq!(join(&ours, &resolution), resolution);
    }

    #[test]
    fn a_plan_replays_a_merge_as_one_undoable_step() {
        let laptop = ReplicaId::new();
        let before = Session::template();
        let mut file = before.clone();
        let group = crate::session::Group {
            name: "Groupe 6".into(),
            language: crate::session::Language::French,
            clock: Clock::from([(laptop, 1)]),
            ..crate::session::Group::default()
        };
        let mut typed = answer("E-gates", laptop);
        typed.group = group.id;
        file.answers.push(typed);
        file.groups.push(group.clone());
        file.capture = Some(crate::session::Capture {
            groups: vec![group.id],
            laptop: Some(laptop),
        });
        let plan =
            plan(&before, &file, Accept::SameSession, Take::OwnGroups).expect("same session");
        assert_eq!((plan.report.added, plan.report.setup_added), (1, 1));
        let mut replayed = before.clone();
        let mut history = crate::action::History::default();
        history
            .apply(&mut replayed, plan.action.expect("something changed"))
            .expect("applies");
        assert!(replayed.group(group.id).is_some());
        assert_eq!(replayed.answers.len(), 1);
        assert!(history.undo(&mut replayed));
        assert_eq!(replayed, before);
        let again = plan_of(&replayed, &file);
        assert!(again.is_some());
    }

    fn plan_of(session: &Session, file: &Session) -> Option<Action> {
        plan(session, file, Accept::SameSession, Take::OwnGroups)
            .expect("same session")
            .action
    }

    #[test]
    fn a_group_file_brings_its_own_groups_answers_and_nothing_else() {
        let laptop = ReplicaId::new();
        let master = Session::template();
        let (mine, theirs) = (master.groups[2].id, master.groups[0].id);
        let mut forged = master.clone();
        forged.capture = Some(crate::session::Capture {
            groups: vec![mine],
            laptop: Some(laptop),
        });
        let mut own = answer("Ours", laptop);
        own.group = mine;
        let mut other = answer("Another group's, forged", laptop);
        other.group = theirs;
        let mut frozen = answer("Frozen", laptop);
        frozen.group = mine;
        frozen.clock = Clock::from([(laptop, u32::MAX)]);
        forged.answers = vec![own, other, frozen];
        forged.title = "Renamed by a stranger".into();
        forged.header_clock = Clock::from([(laptop, 5)]);
        forged.themes.push(crate::session::Theme {
            question: master.questions[0].id,
            name: "Two million dots".into(),
            votes: [("x".to_owned(), 2_000_000)].into(),
            ..crate::session::Theme::default()
        });
        forged.reviewed.insert(AnswerId::new());
        let mut merged = master.clone();
        let report = merge_into(&mut merged, &forged, Accept::SameSession, Take::OwnGroups)
            .expect("same session");
        let texts: Vec<&str> = merged.answers.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts, ["Ours"]);
        assert_eq!(report.foreign_answers, 1);
        assert_eq!(report.refused, 1);
        assert_eq!(report.themes_not_taken, 2);
        assert_eq!(merged.title, master.title);
        assert!(merged.themes.is_empty() && merged.reviewed.is_empty());
    }

    #[test]
    fn a_file_of_another_session_is_refused_unless_deliberate() {
        let mut ours = Session::template();
        let mut theirs = Session::new_from_template();
        theirs.title = "Tabletop exercise".into();
        theirs.questions[0].id = crate::session::QuestionId::new();
        let laptop = ReplicaId::new();
        let mut stray = answer("Sensors on reefers #iot", laptop);
        stray.question = theirs.questions[0].id;
        theirs.answers.push(stray);
        let refused = merge_into(&mut ours, &theirs, Accept::SameSession, Take::Everything);
        assert!(matches!(refused, Err(MergeError::OtherSession { .. })));
        assert!(ours.answers.is_empty());

        let report = merge_into(&mut ours, &theirs, Accept::AnySession, Take::Everything)
            .expect("deliberate");
        assert_eq!(report.added, 1);
        assert_eq!(
            ours.answers[0].question, ours.questions[0].id,
            "mapped by text"
        );
        assert_eq!(ours.questions.len(), 2, "no duplicate question");
    }
}
