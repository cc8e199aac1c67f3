//! Tests of shaping themes: the edits, the vote and its ranking, the matrix.

use super::edit::{merge, move_answer};
use super::matrix::{Cell, matrix};
use super::vote::{dots_left, ranking, voters};
use crate::action::Action;
use crate::action::apply;
use crate::session::{Answer, AnswerId, AnswerKind, Clock, Session, Theme, ThemeId};

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
                position: crate::order::Position::default(),
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
            position: crate::order::Position::at_count(number as u64),
            question,
            name: format!("Theme {number}"),
            answers: members.iter().map(|&m| ids[m]).collect(),
            ..Theme::default()
        });
    }
    session.canonicalize();
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
    group.expect("a group of the template").id.voter_key()
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
    assert_eq!(dots_left(&session, question, &group_1.voter_key()), 1);
    assert_eq!(
        dots_left(&session, question, &session.groups[1].id.voter_key()),
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
