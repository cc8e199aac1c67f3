//! The topics × questions matrix of the Synthesis view: how many answers,
//! from how many groups, each topic drew on each question.

use std::collections::HashSet;

use crate::session::{GroupId, Session, Topic};

/// One cell of the matrix: answers on a topic to a question, and how many
/// groups gave them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    pub answers: usize,
    pub groups: usize,
}

/// Topics (rows, with a last row for answers with no topic) × questions.
pub fn matrix(session: &Session) -> Vec<(Option<&Topic>, Vec<Cell>)> {
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
