//! Merging group files into one plenary session.
//!
//! Answers merge as a join: for each answer id, the merged copy holds every
//! version that no other version has superseded (by its version clock). One
//! version left is the answer; two or more are a conflict the facilitator
//! resolves. Taking "every version not superseded" is the same whatever the
//! order and however often a file is imported, and loses nothing.
//!
//! The set-up (title, questions, topics, agenda, groups, speakers) belongs to
//! the facilitator: a group file adds the set-up items the session lacks (a
//! group a rapporteur added on their laptop), and never changes the ones it
//! has, so an old copy of a file cannot undo the facilitator's edits.

use std::collections::HashMap;

use crate::action::{Action, Item};
use crate::session::{Answer, AnswerId, Clock, GroupId, Question, Session, Topic};

/// What one file brought to the merge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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
    /// Answers edited differently here and there: both versions are kept.
    pub conflicts: usize,
    /// Set-up items (groups, questions, topics, ...) the session lacked.
    pub setup_added: usize,
    /// Questions, topics and groups the session has but the file words
    /// differently (edited on the group's laptop, or by the facilitator
    /// since): the session's are kept.
    pub setup_differs: usize,
    /// Answers in the file whose group neither it nor the session lists (a
    /// file edited by hand): kept, under no group.
    pub no_group: usize,
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
pub fn plan(session: &Session, incoming: &Session, accept: Accept) -> Result<Plan, MergeError> {
    let mut merged = session.clone();
    let report = merge_into(&mut merged, incoming, accept)?;
    Ok(Plan {
        action: changes(session, &merged),
        report,
    })
}

/// Merges `incoming` into `session`.
pub fn merge_into(
    session: &mut Session,
    incoming: &Session,
    accept: Accept,
) -> Result<FileReport, MergeError> {
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
    let setup_differs = differing(&session.questions, &incoming.questions, |q| q.id)
        + differing(&session.topics, &incoming.topics, |t| t.id)
        + differing(&session.groups, &incoming.groups, |g| g.id);
    let setup_added = merge_setup(session, incoming);
    let groups: std::collections::HashSet<GroupId> =
        session.groups.iter().map(|group| group.id).collect();
    let mut report = FileReport {
        setup_added,
        setup_differs,
        no_group: incoming
            .answers
            .iter()
            .filter(|answer| !answer.deleted && !groups.contains(&answer.group))
            .count(),
        ..FileReport::default()
    };
    let mut index: HashMap<AnswerId, usize> = session
        .answers
        .iter()
        .enumerate()
        .map(|(position, answer)| (answer.id, position))
        .collect();
    for theirs in &incoming.answers {
        match index.get(&theirs.id) {
            None => {
                index.insert(theirs.id, session.answers.len());
                session.answers.push(join(theirs, theirs));
                // An answer typed and deleted on the laptop before it ever
                // reached here is kept, deleted, so that a copy of the file
                // from before the deletion cannot bring it back; but nothing
                // here was deleted, so it is not counted.
                if !theirs.deleted {
                    report.added += 1;
                }
            }
            Some(&position) => {
                let ours = &mut session.answers[position];
                let joined = join(ours, theirs);
                if joined == *ours {
                    report.unchanged += 1;
                    if *theirs != *ours {
                        report.older += 1;
                    }
                } else if joined.conflicts.len() > ours.conflicts.len() {
                    report.conflicts += 1;
                } else if joined.deleted && !ours.deleted {
                    report.deleted += 1;
                } else {
                    report.updated += 1;
                }
                *ours = joined;
            }
        }
    }
    Ok(report)
}

/// Adds the set-up items of `incoming` that `session` lacks (by id).
fn merge_setup(session: &mut Session, incoming: &Session) -> usize {
    add_missing(&mut session.questions, &incoming.questions, |q| q.id)
        + add_missing(&mut session.topics, &incoming.topics, |t| t.id)
        + add_missing(&mut session.groups, &incoming.groups, |g| g.id)
        + add_missing(&mut session.agenda, &incoming.agenda, |p| p.id)
        + add_missing(&mut session.panel.speakers, &incoming.panel.speakers, |s| {
            s.id
        })
        + add_missing(&mut session.themes, &incoming.themes, |t| t.id)
        + union(&mut session.reviewed, &incoming.reviewed)
}

/// Adds the answers `theirs` reviewed to ours; returns 0, since reviewing is
/// not an item a person would count.
fn union(
    ours: &mut std::collections::BTreeSet<AnswerId>,
    theirs: &std::collections::BTreeSet<AnswerId>,
) -> usize {
    ours.extend(theirs.iter().copied());
    0
}

/// How many of `theirs` are in `ours` by id but differ.
fn differing<T: PartialEq, Id: PartialEq>(
    ours: &[T],
    theirs: &[T],
    id: impl Fn(&T) -> Id,
) -> usize {
    theirs
        .iter()
        .filter(|item| {
            ours.iter()
                .any(|mine| id(mine) == id(item) && mine != *item)
        })
        .count()
}

fn add_missing<T: Clone, Id: PartialEq>(
    ours: &mut Vec<T>,
    theirs: &[T],
    id: impl Fn(&T) -> Id,
) -> usize {
    let mut added = 0;
    for item in theirs {
        if !ours.iter().any(|mine| id(mine) == id(item)) {
            ours.push(item.clone());
            added += 1;
        }
    }
    added
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

/// The actions that turn `before` into `after`, where `after` is `before`
/// with files merged into it: new set-up items and answers inserted, changed
/// answers replaced. One undoable step; `None` when nothing changed.
fn changes(before: &Session, after: &Session) -> Option<Action> {
    let mut actions = Vec::new();
    new_items(
        &mut actions,
        &before.questions,
        &after.questions,
        |q| q.id,
        |q| Item::Question(q.clone()),
    );
    new_items(
        &mut actions,
        &before.topics,
        &after.topics,
        |t| t.id,
        |t| Item::Topic(t.clone()),
    );
    new_items(
        &mut actions,
        &before.groups,
        &after.groups,
        |g| g.id,
        |g| Item::Group(g.clone()),
    );
    new_items(
        &mut actions,
        &before.agenda,
        &after.agenda,
        |p| p.id,
        |p| Item::Phase(p.clone()),
    );
    new_items(
        &mut actions,
        &before.panel.speakers,
        &after.panel.speakers,
        |s| s.id,
        |s| Item::Speaker(s.clone()),
    );
    new_items(
        &mut actions,
        &before.themes,
        &after.themes,
        |t| t.id,
        |t| Item::Theme(t.clone()),
    );
    let reviewed: Vec<AnswerId> = after
        .reviewed
        .difference(&before.reviewed)
        .copied()
        .collect();
    if !reviewed.is_empty() {
        actions.push(Action::SetReviewed {
            answers: reviewed,
            reviewed: true,
        });
    }
    let known: HashMap<AnswerId, &Answer> = before.answers.iter().map(|a| (a.id, a)).collect();
    for answer in &after.answers {
        match known.get(&answer.id) {
            None => actions.push(Action::Insert {
                item: Item::Answer(answer.clone()),
                index: usize::MAX,
            }),
            Some(old) if *old != answer => actions.push(Action::ReplaceAnswer(answer.clone())),
            Some(_) => {}
        }
    }
    (!actions.is_empty()).then_some(Action::Batch(actions))
}

fn new_items<T, Id: PartialEq>(
    actions: &mut Vec<Action>,
    before: &[T],
    after: &[T],
    id: impl Fn(&T) -> Id,
    item: impl Fn(&T) -> Item,
) {
    for candidate in after {
        if !before.iter().any(|old| id(old) == id(candidate)) {
            actions.push(Action::Insert {
                item: item(candidate),
                index: usize::MAX,
            });
        }
    }
}

/// Every version of an answer: the answer itself and the ones in conflict
/// with it, each without conflicts of its own.
pub fn versions(answer: &Answer) -> Vec<Answer> {
    let mut all = Vec::with_capacity(1 + answer.conflicts.len());
    let mut primary = answer.clone();
    let conflicts = std::mem::take(&mut primary.conflicts);
    all.push(primary);
    all.extend(conflicts.into_iter().map(|mut version| {
        version.conflicts.clear();
        version
    }));
    all
}

/// The versions of both that nothing supersedes: one answer, or one with the
/// others in conflict. Commutative, associative and idempotent.
pub fn join(ours: &Answer, theirs: &Answer) -> Answer {
    let mut all = versions(ours);
    for version in versions(theirs) {
        if !all.contains(&version) {
            all.push(version);
        }
    }
    let mut current: Vec<Answer> = all
        .iter()
        .filter(|version| !all.iter().any(|other| supersedes(other, version)))
        .cloned()
        .collect();
    current.sort_by(display_order);
    let mut primary = current.remove(0);
    primary.conflicts = current;
    primary
}

/// True when `a` has seen every edit `b` has, and more.
pub fn supersedes(a: &Answer, b: &Answer) -> bool {
    clock_covers(&a.clock, &b.clock) && a.clock != b.clock
}

fn clock_covers(a: &Clock, b: &Clock) -> bool {
    b.iter()
        .all(|(replica, count)| a.get(replica).is_some_and(|mine| mine >= count))
}

/// Which of the current versions shows first: the latest edit, then a fixed
/// order of their content, so every laptop picks the same one.
fn display_order(a: &Answer, b: &Answer) -> std::cmp::Ordering {
    b.modified
        .cmp(&a.modified)
        .then_with(|| b.revision.cmp(&a.revision))
        .then_with(|| a.text.cmp(&b.text))
        .then_with(|| a.kind.cmp(&b.kind))
        .then_with(|| a.deleted.cmp(&b.deleted))
        .then_with(|| a.topics.cmp(&b.topics))
        .then_with(|| a.question.cmp(&b.question))
        .then_with(|| a.group.cmp(&b.group))
        .then_with(|| a.clock.cmp(&b.clock))
        .then_with(|| a.created.cmp(&b.created))
}

/// The answer after the facilitator kept version `keep` (0 is the answer
/// itself, 1… its conflicts): that content, with a clock that supersedes every
/// version, so the resolution wins wherever it is merged.
pub fn resolved(answer: &Answer, keep: usize, edit: crate::capture::EditStamp) -> Option<Answer> {
    let all = versions(answer);
    let mut kept = all.get(keep)?.clone();
    for version in &all {
        for (replica, count) in &version.clock {
            let mine = kept.clock.entry(*replica).or_insert(0);
            *mine = (*mine).max(*count);
        }
    }
    let revision = all
        .iter()
        .map(|version| version.revision)
        .max()
        .unwrap_or(0);
    kept.revision = revision;
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
    let mut actions = vec![Action::ReplaceAnswer(resolved(current, keep, edit)?)];
    if keep_others {
        for (index, version) in versions(current).into_iter().enumerate() {
            if index != keep && !version.deleted {
                let entry = crate::capture::Entry {
                    text: version.text,
                    topics: version.topics,
                };
                let copy = crate::capture::new_answer(
                    entry,
                    version.group,
                    version.question,
                    version.kind,
                    edit,
                );
                actions.push(Action::Insert {
                    item: Item::Answer(copy),
                    index: usize::MAX,
                });
            }
        }
    }
    Some(Action::Batch(actions))
}

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
        let report = merge_into(&mut session, &file, Accept::SameSession).expect("same session");
        assert_eq!(report, FileReport::default());
        assert_eq!(session.answers, [gone]);
        // The copy from before the deletion cannot bring it back.
        file.answers = vec![typed];
        merge_into(&mut session, &file, Accept::SameSession).expect("same session");
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
        let report = merge_into(&mut session, &stale, Accept::SameSession).expect("same session");
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
    fn changes_replay_a_merge_as_one_undoable_step() {
        let laptop = ReplicaId::new();
        let before = Session::template();
        let mut file = before.clone();
        file.answers.push(answer("E-gates", laptop));
        file.groups.push(crate::session::Group {
            id: crate::session::GroupId::new(),
            name: "Groupe 6".into(),
            language: crate::session::Language::French,
            moderator: String::new(),
            rapporteur: String::new(),
            delegations: Vec::new(),
        });
        let mut after = before.clone();
        merge_into(&mut after, &file, Accept::SameSession).expect("same session");
        let mut replayed = before.clone();
        let mut history = crate::action::History::default();
        let action = changes(&before, &after).expect("something changed");
        history.apply(&mut replayed, action).expect("applies");
        assert_eq!(replayed, after);
        assert!(history.undo(&mut replayed));
        assert_eq!(replayed, before);
        assert_eq!(changes(&after, &after), None);
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
        let refused = merge_into(&mut ours, &theirs, Accept::SameSession);
        assert!(matches!(refused, Err(MergeError::OtherSession { .. })));
        assert!(ours.answers.is_empty());

        let report = merge_into(&mut ours, &theirs, Accept::AnySession).expect("deliberate");
        assert_eq!(report.added, 1);
        assert_eq!(
            ours.answers[0].question, ours.questions[0].id,
            "mapped by text"
        );
        assert_eq!(ours.questions.len(), 2, "no duplicate question");
    }
}
