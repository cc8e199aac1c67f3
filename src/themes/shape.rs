//! What the facilitator does with themes, as actions (so each is one undo
//! step), and what the plenary reads off them: the ranking by dot votes and
//! the topics × questions matrix.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::Suggestion;
use crate::action::{Action, Item, ItemId, TextField};
use crate::session::{Answer, AnswerId, GroupId, QuestionId, Session, Theme, ThemeId};

/// Themes made from suggestions, accepted or only suggested.
pub fn themes_from(
    question: QuestionId,
    suggestions: &[Suggestion],
    suggested: bool,
) -> Vec<Theme> {
    suggestions
        .iter()
        .map(|suggestion| Theme {
            id: ThemeId::new(),
            question,
            name: suggestion.name.clone(),
            answers: suggestion.answers.clone(),
            suggested,
            votes: BTreeMap::new(),
        })
        .collect()
}

/// Accepts the suggestions for `question`: they become themes, the themes
/// only suggested before are dropped, and every answer the facilitator was
/// shown (`seen`) counts as reviewed, so answers that arrive later show as new.
pub fn accept_suggestions(
    session: &Session,
    question: QuestionId,
    suggestions: &[Suggestion],
    seen: &[AnswerId],
) -> Action {
    let mut actions: Vec<Action> = session
        .themes_of(question)
        .filter(|theme| theme.suggested)
        .map(|theme| Action::Remove(ItemId::Theme(theme.id)))
        .collect();
    actions.extend(
        themes_from(question, suggestions, false)
            .into_iter()
            .map(|theme| Action::Insert {
                item: Item::Theme(theme),
                index: usize::MAX,
            }),
    );
    actions.push(Action::SetReviewed {
        answers: seen.to_vec(),
        reviewed: true,
    });
    Action::Batch(actions)
}

pub fn rename(theme: ThemeId, name: String) -> Action {
    Action::SetText {
        field: TextField::ThemeName(theme),
        value: name,
    }
}

/// Merges theme `from` into `into`: its answers follow, its dots add up.
pub fn merge(session: &Session, from: ThemeId, into: ThemeId) -> Option<Action> {
    let (source, target) = (session.theme(from)?, session.theme(into)?);
    if from == into || source.question != target.question {
        return None;
    }
    let mut answers = target.answers.clone();
    answers.extend(
        source
            .answers
            .iter()
            .filter(|a| !target.answers.contains(a)),
    );
    let mut actions = vec![Action::SetThemeAnswers {
        theme: into,
        answers,
    }];
    for (voter, dots) in &source.votes {
        let total = target
            .votes
            .get(voter)
            .copied()
            .unwrap_or(0)
            .saturating_add(*dots);
        actions.push(Action::SetVote {
            theme: into,
            voter: voter.clone(),
            dots: total,
        });
    }
    actions.push(Action::Remove(ItemId::Theme(from)));
    Some(Action::Batch(actions))
}

/// The theme that holds `answer`, if any.
pub fn theme_of(session: &Session, answer: AnswerId) -> Option<&Theme> {
    session
        .themes
        .iter()
        .find(|theme| theme.answers.contains(&answer))
}

/// Moves an answer to theme `to`, or out of every theme (`None`). A theme
/// left with no answers goes.
pub fn move_answer(session: &Session, answer: AnswerId, to: Option<ThemeId>) -> Option<Action> {
    let from = theme_of(session, answer);
    if from.map(|theme| theme.id) == to {
        return None;
    }
    let mut actions = Vec::new();
    if let Some(from) = from {
        actions.push(without(from, &[answer]));
    }
    if let Some(to) = to {
        let target = session.theme(to)?;
        let mut answers = target.answers.clone();
        answers.push(answer);
        actions.push(Action::SetThemeAnswers { theme: to, answers });
    }
    actions.push(Action::SetReviewed {
        answers: vec![answer],
        reviewed: true,
    });
    Some(Action::Batch(actions))
}

/// Takes `answers` out of `theme`, removing the theme if none are left and
/// no one has voted for it (a theme with dots stays, empty, until the
/// facilitator dissolves it, so no dot is lost).
fn without(theme: &Theme, answers: &[AnswerId]) -> Action {
    let rest: Vec<AnswerId> = theme
        .answers
        .iter()
        .copied()
        .filter(|a| !answers.contains(a))
        .collect();
    if rest.is_empty() && theme.votes.is_empty() {
        Action::Remove(ItemId::Theme(theme.id))
    } else {
        Action::SetThemeAnswers {
            theme: theme.id,
            answers: rest,
        }
    }
}

/// Splits `answers` off `theme` into a new theme named `name`, placed after it.
pub fn split(
    session: &Session,
    theme: ThemeId,
    answers: &[AnswerId],
    name: String,
) -> Option<Action> {
    let source = session.theme(theme)?;
    let live: Vec<AnswerId> = AnswersById::new(session)
        .live(source)
        .map(|a| a.id)
        .collect();
    let moving: Vec<AnswerId> = live
        .iter()
        .copied()
        .filter(|a| answers.contains(a))
        .collect();
    if moving.is_empty() || moving.len() == live.len() {
        return None;
    }
    let index = crate::action::position(session, ItemId::Theme(theme))?.saturating_add(1);
    Some(Action::Batch(vec![
        without(source, &moving),
        Action::Insert {
            item: Item::Theme(Theme {
                id: ThemeId::new(),
                question: source.question,
                name,
                answers: moving,
                suggested: false,
                votes: BTreeMap::new(),
            }),
            index,
        },
    ]))
}

/// A new theme of one answer, taken out of the theme it was in.
pub fn new_theme(session: &Session, answer: AnswerId, name: String) -> Option<Action> {
    let question = session.answer(answer)?.question;
    let mut actions = Vec::new();
    if let Some(from) = theme_of(session, answer) {
        actions.push(without(from, &[answer]));
    }
    actions.push(Action::Insert {
        item: Item::Theme(Theme {
            id: ThemeId::new(),
            question,
            name,
            answers: vec![answer],
            suggested: false,
            votes: BTreeMap::new(),
        }),
        index: usize::MAX,
    });
    actions.push(Action::SetReviewed {
        answers: vec![answer],
        reviewed: true,
    });
    Some(Action::Batch(actions))
}

/// The session's answers by id, built once for a pass over many themes or
/// answers: `Session::answer` scans the list, which over every answer of
/// every theme grows with themed answers × all answers.
pub struct AnswersById<'a>(HashMap<AnswerId, &'a Answer>);

impl<'a> AnswersById<'a> {
    pub fn new(session: &'a Session) -> AnswersById<'a> {
        let mut by_id = HashMap::with_capacity(session.answers.len());
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

/// The groups that gave `answers`, in the session's order.
pub fn groups_of(session: &Session, answers: &[&Answer]) -> Vec<GroupId> {
    let raised: HashSet<GroupId> = answers.iter().map(|a| a.group).collect();
    session
        .groups
        .iter()
        .map(|group| group.id)
        .filter(|group| raised.contains(group))
        .collect()
}

/// The live answers to `question` in no theme.
pub fn unthemed(session: &Session, question: QuestionId) -> Vec<&Answer> {
    let themed: HashSet<AnswerId> = session
        .themes_of(question)
        .flat_map(|theme| theme.answers.iter().copied())
        .collect();
    session
        .live_answers()
        .filter(|answer| answer.question == question && !themed.contains(&answer.id))
        .collect()
}

/// A theme's place in the plenary's ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked<'a> {
    pub theme: &'a Theme,
    /// Its live answers, in its order.
    pub answers: Vec<&'a Answer>,
    pub dots: u32,
    pub groups: Vec<GroupId>,
    /// 1 for the first; themes that tie share a rank ("1, 2, 2, 4").
    pub rank: usize,
    /// True when another theme has the same rank.
    pub tied: bool,
    /// Whether the current voters gave its question's themes any dots: if
    /// not, the ranking is by groups, and slides and report name no dots.
    pub voted: bool,
}

/// The accepted themes of `question` that hold a live answer, ranked by the
/// dots of the current voters; before anyone has voted, by the number of
/// groups that raised them. Themes level on that count tie.
pub fn ranking(session: &Session, question: QuestionId) -> Vec<Ranked<'_>> {
    let voters = voters(session);
    let by_id = AnswersById::new(session);
    let mut ranked: Vec<Ranked> = session
        .themes_of(question)
        .filter(|theme| !theme.suggested)
        .filter_map(|theme| {
            let answers: Vec<&Answer> = by_id.live(theme).collect();
            (!answers.is_empty()).then(|| Ranked {
                theme,
                dots: dots_from(theme, &voters),
                groups: groups_of(session, &answers),
                answers,
                rank: 0,
                tied: false,
                voted: false,
            })
        })
        .collect();
    let voted = ranked.iter().any(|r| r.dots > 0);
    let key = |r: &Ranked| {
        if voted {
            usize::try_from(r.dots).unwrap_or(usize::MAX)
        } else {
            r.groups.len()
        }
    };
    // Within a tie, the theme more groups raised comes first.
    ranked.sort_by_key(|r| std::cmp::Reverse((key(r), r.groups.len())));
    let keys: Vec<usize> = ranked.iter().map(key).collect();
    for index in 0..ranked.len() {
        let same_as_before = index > 0 && keys[index - 1] == keys[index];
        let same_as_next = keys.get(index + 1) == Some(&keys[index]);
        ranked[index].rank = if same_as_before {
            ranked[index - 1].rank
        } else {
            index + 1
        };
        ranked[index].tied = same_as_before || same_as_next;
        ranked[index].voted = voted;
    }
    ranked
}

/// The dots `voters` gave a theme. Votes of voters no longer listed (a
/// removed group, delegations after switching to groups) do not count.
fn dots_from(theme: &Theme, voters: &[Voter]) -> u32 {
    theme
        .votes
        .iter()
        .filter(|(key, _)| voters.iter().any(|voter| voter.key == **key))
        .map(|(_, dots)| *dots)
        .fold(0, u32::saturating_add)
}

/// The recommendations to policy leaders: the accepted themes made mostly of
/// recommendations (in each question's ranking order), then the
/// recommendation answers in no such theme.
pub fn recommendations(session: &Session) -> (Vec<Ranked<'_>>, Vec<&Answer>) {
    let mut themes = Vec::new();
    let mut covered: HashSet<AnswerId> = HashSet::new();
    for question in &session.questions {
        for ranked in ranking(session, question.id) {
            let advising = ranked
                .answers
                .iter()
                .filter(|a| a.kind == crate::session::AnswerKind::Recommendation)
                .count();
            if advising * 2 > ranked.answers.len() {
                covered.extend(ranked.answers.iter().map(|a| a.id));
                themes.push(ranked);
            }
        }
    }
    let answers = session
        .live_answers()
        .filter(|a| {
            a.kind == crate::session::AnswerKind::Recommendation && !covered.contains(&a.id)
        })
        .collect();
    (themes, answers)
}

/// Who votes: each group, or each delegation in the groups.
pub fn voters(session: &Session) -> Vec<Voter> {
    match session.vote_by {
        crate::session::VoteBy::Group => session
            .groups
            .iter()
            .map(|group| Voter {
                key: group_voter(group.id),
                name: group.name.clone(),
            })
            .collect(),
        crate::session::VoteBy::Delegation => {
            let mut all: Vec<Voter> = Vec::new();
            for delegation in session.groups.iter().flat_map(|g| &g.delegations) {
                if !all.iter().any(|voter| voter.key == *delegation) {
                    all.push(Voter {
                        key: delegation.clone(),
                        name: delegation.clone(),
                    });
                }
            }
            all
        }
    }
}

/// What a group's dots are kept under in [`Theme::votes`].
pub fn group_voter(group: GroupId) -> String {
    group.0.to_string()
}

/// One who gives dots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voter {
    /// What its dots are kept under in [`Theme::votes`]: a group's id (so a
    /// group renamed after the vote keeps its dots, and two groups of one
    /// name are two voters), or a delegation's name.
    pub key: String,
    /// What the facilitator calls it.
    pub name: String,
}

/// The dots the voter of `key` has not yet given to the themes of `question`.
pub fn dots_left(session: &Session, question: QuestionId, key: &str) -> u32 {
    session
        .dots_per_voter
        .saturating_sub(dots_given(session, question, key))
}

/// The dots the voter of `key` gave beyond its share (the share lowered
/// after the vote): they count until the facilitator takes them back.
pub fn dots_over(session: &Session, question: QuestionId, key: &str) -> u32 {
    dots_given(session, question, key).saturating_sub(session.dots_per_voter)
}

fn dots_given(session: &Session, question: QuestionId, key: &str) -> u32 {
    session
        .themes_of(question)
        .filter_map(|theme| theme.votes.get(key))
        .copied()
        .fold(0, u32::saturating_add)
}

/// One cell of the matrix: answers on a topic to a question, and how many
/// groups gave them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    pub answers: usize,
    pub groups: usize,
}

/// Topics (rows, with a last row for answers with no topic) × questions.
pub fn matrix(session: &Session) -> Vec<(Option<&crate::session::Topic>, Vec<Cell>)> {
    let rows = session.topics.iter().map(Some).chain(std::iter::once(None));
    rows.map(|topic| {
        let cells = session
            .questions
            .iter()
            .map(|question| {
                let answers: Vec<_> = session
                    .live_answers()
                    .filter(|a| a.question == question.id)
                    .filter(|a| match topic {
                        Some(topic) => a.topics.contains(&topic.id),
                        None => a.topics.is_empty(),
                    })
                    .collect();
                let groups: HashSet<GroupId> = answers.iter().map(|a| a.group).collect();
                Cell {
                    answers: answers.len(),
                    groups: groups.len(),
                }
            })
            .collect();
        (topic, cells)
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::apply;
    use crate::session::{Answer, AnswerKind, Clock};

    /// The template with one answer per group to question 1, and a theme of
    /// each pair of answers listed.
    fn session_with_themes(themes: &[&[usize]]) -> Session {
        let mut session = Session::template();
        let question = session.questions[0].id;
        let now = jiff::Timestamp::UNIX_EPOCH;
        let ids: Vec<AnswerId> = session
            .groups
            .clone()
            .iter()
            .map(|group| {
                let answer = Answer {
                    id: AnswerId::new(),
                    group: group.id,
                    question,
                    text: format!("{} speaks", group.name),
                    topics: Vec::new(),
                    kind: AnswerKind::Benefit,
                    created: now,
                    modified: now,
                    revision: 1,
                    deleted: false,
                    clock: Clock::new(),
                    conflicts: Vec::new(),
                };
                session.answers.push(answer.clone());
                answer.id
            })
            .collect();
        for (number, members) in themes.iter().enumerate() {
            session.themes.push(Theme {
                id: ThemeId::new(),
                question,
                name: format!("Theme {number}"),
                answers: members.iter().map(|&m| ids[m]).collect(),
                suggested: false,
                votes: BTreeMap::new(),
            });
        }
        session
    }

    /// The dots of the group named `voter`.
    fn vote(session: &mut Session, theme: usize, voter: &str, dots: u32) {
        let theme = session.themes[theme].id;
        let action = Action::SetVote {
            theme,
            voter: key(session, voter),
            dots,
        };
        apply(session, action).expect("the theme exists");
    }

    /// The votes key of the group named `name`.
    fn key(session: &Session, name: &str) -> String {
        let group = session.groups.iter().find(|g| g.name == name);
        group_voter(group.expect("a group of the template").id)
    }

    fn names_and_ranks(session: &Session) -> Vec<(String, usize, bool)> {
        ranking(session, session.questions[0].id)
            .iter()
            .map(|r| (r.theme.name.clone(), r.rank, r.tied))
            .collect()
    }

    #[test]
    fn dots_rank_themes_and_equal_dots_tie() {
        let mut session = session_with_themes(&[&[0], &[1], &[2], &[3]]);
        vote(&mut session, 0, "Group 1", 1);
        vote(&mut session, 1, "Group 1", 2);
        vote(&mut session, 2, "Group 2", 2);
        vote(&mut session, 3, "Group 2", 1);
        vote(&mut session, 3, "Group 3", 3);
        assert_eq!(
            names_and_ranks(&session),
            [
                ("Theme 3".into(), 1, false),
                ("Theme 1".into(), 2, true),
                ("Theme 2".into(), 2, true),
                ("Theme 0".into(), 4, false),
            ]
        );
        assert_eq!(
            dots_left(&session, session.questions[0].id, &key(&session, "Group 1")),
            0
        );
        assert_eq!(
            dots_left(&session, session.questions[0].id, &key(&session, "Group 3")),
            0
        );
        assert_eq!(
            dots_left(&session, session.questions[0].id, &key(&session, "Group 4")),
            3
        );
    }

    #[test]
    fn a_ranked_theme_holds_its_live_answers_in_its_order() {
        let mut session = session_with_themes(&[&[3, 0, 2], &[1]]);
        let ids = session.themes[0].answers.clone();
        session.themes[0].answers.insert(1, AnswerId::new()); // from nowhere
        session
            .answers
            .iter_mut()
            .find(|a| a.id == ids[2])
            .expect("answer")
            .deleted = true;
        session.answers[1].deleted = true; // the only answer of theme 1
        let ranked = ranking(&session, session.questions[0].id);
        assert_eq!(ranked.len(), 1, "a theme with no live answer is not ranked");
        let answers: Vec<AnswerId> = ranked[0].answers.iter().map(|a| a.id).collect();
        assert_eq!(answers, [ids[0], ids[1]]);
        assert_eq!(ranked[0].groups.len(), 2);
    }

    /// A group's dots are its own, whatever it is called.
    #[test]
    fn a_group_renamed_after_the_vote_keeps_its_dots_and_namesakes_vote_apart() {
        let mut session = session_with_themes(&[&[0], &[1]]);
        vote(&mut session, 0, "Group 1", 2);
        vote(&mut session, 1, "Group 2", 3);
        let group_1 = session.groups[0].id;
        let rename = Action::SetText {
            field: crate::action::TextField::GroupName(group_1),
            value: "Groupe francophone".into(),
        };
        apply(&mut session, rename).expect("renames");
        let dots: Vec<u32> = ranking(&session, session.questions[0].id)
            .iter()
            .map(|r| r.dots)
            .collect();
        assert_eq!(dots, [3, 2]);
        // Group 2 takes Group 1's new name: two voters still.
        let rename = Action::SetText {
            field: crate::action::TextField::GroupName(session.groups[1].id),
            value: "Groupe francophone".into(),
        };
        apply(&mut session, rename).expect("renames");
        let question = session.questions[0].id;
        assert_eq!(dots_left(&session, question, &group_voter(group_1)), 1);
        assert_eq!(
            dots_left(&session, question, &group_voter(session.groups[1].id)),
            0
        );
        assert_eq!(voters(&session).len(), session.groups.len());
    }

    #[test]
    fn without_votes_the_number_of_groups_ranks() {
        let session = session_with_themes(&[&[0], &[1, 2, 3], &[4, 0]]);
        assert_eq!(
            names_and_ranks(&session),
            [
                ("Theme 1".into(), 1, false),
                ("Theme 2".into(), 2, false),
                ("Theme 0".into(), 3, false),
            ]
        );
    }

    #[test]
    fn merging_themes_adds_their_dots_and_undo_restores_both() {
        let mut session = session_with_themes(&[&[0, 1], &[2, 3]]);
        vote(&mut session, 0, "Group 1", 2);
        vote(&mut session, 1, "Group 1", 1);
        vote(&mut session, 1, "Group 2", 3);
        let before = session.clone();
        let (from, into) = (session.themes[0].id, session.themes[1].id);
        let action = merge(&session, from, into).expect("same question");
        let reverse = apply(&mut session, action).expect("applies");
        assert_eq!(session.themes.len(), 1);
        assert_eq!(session.themes[0].votes[&key(&session, "Group 1")], 3);
        assert_eq!(session.themes[0].votes[&key(&session, "Group 2")], 3);
        assert_eq!(session.themes[0].answers.len(), 4);
        apply(&mut session, reverse).expect("undo applies");
        assert_eq!(session, before);
    }

    #[test]
    fn moving_the_last_answer_out_removes_the_theme() {
        let mut session = session_with_themes(&[&[0], &[1, 2]]);
        let answer = session.themes[0].answers[0];
        let to = session.themes[1].id;
        let action = move_answer(&session, answer, Some(to)).expect("a move");
        apply(&mut session, action).expect("applies");
        assert_eq!(session.themes.len(), 1);
        assert_eq!(session.themes[0].answers.len(), 3);
        assert!(session.reviewed.contains(&answer));
        assert!(move_answer(&session, answer, Some(to)).is_none());
    }

    #[test]
    fn the_matrix_counts_answers_and_groups_per_topic_and_question() {
        let mut session = session_with_themes(&[]);
        let drones = session
            .topics
            .iter()
            .find(|t| t.key == "drone")
            .expect("drones")
            .id;
        session.answers[0].topics = vec![drones];
        session.answers[1].topics = vec![drones];
        let rows = matrix(&session);
        let (_, cells) = rows
            .iter()
            .find(|(topic, _)| topic.is_some_and(|t| t.id == drones))
            .expect("a row per topic");
        assert_eq!(
            cells[0],
            Cell {
                answers: 2,
                groups: 2
            }
        );
        assert_eq!(cells[1], Cell::default());
        let (none, cells) = rows.last().expect("a last row");
        assert!(none.is_none());
        assert_eq!(cells[0].answers, session.groups.len() - 2);
    }
}
