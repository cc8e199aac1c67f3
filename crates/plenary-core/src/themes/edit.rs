//! What the facilitator does with themes, as actions, so each is one undo
//! step: accept suggestions, rename, merge, move an answer, split.

use std::collections::HashSet;

use super::Suggestion;
use crate::action::{Action, Item, ItemId, TextField};
use crate::order::{Position, between};
use crate::session::{Answer, AnswerId, AnswersById, QuestionId, Session, Theme, ThemeId};

/// Themes made from suggestions, accepted or only suggested, placed in
/// their order after the themes `session` has for `question`.
pub fn themes_from(
    session: &Session,
    question: QuestionId,
    suggestions: &[Suggestion],
    suggested: bool,
) -> Vec<Theme> {
    let mut position = end_of(session, question);
    suggestions
        .iter()
        .map(|suggestion| {
            let mut theme = Theme {
                id: ThemeId::new(),
                question,
                name: suggestion.name.clone(),
                statement: suggestion.statement.clone(),
                answers: suggestion.answers.clone(),
                suggested,
                ..Theme::default()
            };
            theme.canonicalize_answers();
            theme.position = position.clone();
            position = position.after();
            theme
        })
        .collect()
}

/// Where a theme added after the themes of `question` goes.
fn end_of(session: &Session, question: QuestionId) -> Position {
    session
        .themes_of(question)
        .last()
        .map_or_else(Position::first, |theme| theme.position.after())
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
    let mut actions: Vec<Action> = Vec::new();
    let only_suggested: Vec<ItemId> = session
        .themes_of(question)
        .filter(|theme| theme.suggested)
        .map(|theme| ItemId::Theme(theme.id))
        .collect();
    if !only_suggested.is_empty() {
        actions.push(Action::Remove(only_suggested));
    }
    let themes = themes_from(session, question, suggestions, false);
    if !themes.is_empty() {
        actions.push(Action::Insert(
            themes.into_iter().map(Item::Theme).collect(),
        ));
    }
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

/// Sets the one-sentence statement of `theme`.
pub fn restate(theme: ThemeId, statement: String) -> Action {
    Action::SetText {
        field: TextField::ThemeStatement(theme),
        value: statement,
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
    actions.push(Action::remove(ItemId::Theme(from)));
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
        Action::remove(ItemId::Theme(theme.id))
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
    let next = session
        .themes_of(source.question)
        .map(|t| &t.position)
        .find(|position| **position > source.position);
    let mut split = Theme {
        id: ThemeId::new(),
        position: between(Some(&source.position), next),
        question: source.question,
        name,
        answers: moving.clone(),
        ..Theme::default()
    };
    split.canonicalize_answers();
    Some(Action::Batch(vec![
        without(source, &moving),
        Action::insert(Item::Theme(split)),
    ]))
}

/// A new theme of one answer, taken out of the theme it was in.
pub fn new_theme(session: &Session, answer: AnswerId, name: String) -> Option<Action> {
    let question = session.answer(answer)?.question;
    let mut actions = Vec::new();
    if let Some(from) = theme_of(session, answer) {
        actions.push(without(from, &[answer]));
    }
    actions.push(Action::insert(Item::Theme(Theme {
        id: ThemeId::new(),
        position: end_of(session, question),
        question,
        name,
        answers: vec![answer],
        ..Theme::default()
    })));
    actions.push(Action::SetReviewed {
        answers: vec![answer],
        reviewed: true,
    });
    Some(Action::Batch(actions))
}

/// The live answers to `question` in no theme.
pub fn unthemed(session: &Session, question: QuestionId) -> Vec<&Answer> {
    outside(session, question, |_| true)
}

/// The live answers to `question` in none of its themes that `counts`.
pub(crate) fn outside(
    session: &Session,
    question: QuestionId,
    counts: impl Fn(&Theme) -> bool,
) -> Vec<&Answer> {
    let themed: HashSet<AnswerId> = session
        .themes_of(question)
        .filter(|theme| counts(theme))
        .flat_map(|theme| theme.answers.iter().copied())
        .collect();
    session
        .live_answers()
        .filter(|answer| answer.question == question && !themed.contains(&answer.id))
        .collect()
}
