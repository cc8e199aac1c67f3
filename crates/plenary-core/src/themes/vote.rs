//! The dot vote and what the plenary reads off it: who votes, the dots each
//! has left, the ranking of a question's themes, the recommendations.

use std::collections::HashSet;

use crate::session::{
    Answer, AnswerId, AnswerKind, AnswersById, GroupId, QuestionId, Session, Theme, VoteBy,
};
use crate::themes::points_elsewhere;
use crate::themes::wording::{after_saying, aloud};

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

impl<'a> Ranked<'a> {
    /// Its answers that are recommendations, in its order.
    pub fn advice(&self) -> impl Iterator<Item = &'a Answer> + '_ {
        self.answers
            .iter()
            .copied()
            .filter(|answer| answer.kind == AnswerKind::Recommendation)
    }

    /// Its answers, in its order, each with what it says beyond what the
    /// theme says (its statement, else its name): an answer whose opening
    /// sentences say it, as the answer a suggested statement was taken
    /// from does, says only what follows them, and is left out when that
    /// is all it says. What the theme says is read once, with its groups
    /// named beside it. An answer edited two ways on two laptops is read
    /// whole, beside its versions.
    pub fn wordings(&self) -> impl Iterator<Item = (&'a Answer, &'a str)> + '_ {
        let said = self.theme.said();
        self.answers
            .iter()
            .filter_map(move |&answer| match after_saying(&answer.text, said) {
                _ if !answer.conflicts.is_empty() => Some((answer, answer.text.as_str())),
                Some("") => None,
                Some(rest) => Some((answer, rest)),
                None => Some((answer, answer.text.as_str())),
            })
    }

    /// Its recommendations' [`wordings`](Ranked::wordings), each read
    /// [`aloud`]: without a label heading it ("Recommandation : …"), as
    /// the section says they are recommendations. One that, so read, only
    /// points elsewhere ("Same as above", "Recommandation : idem groupe
    /// 2") is left out: its group is named beside the statement all the
    /// same.
    pub fn advice_beyond_statement(&self) -> impl Iterator<Item = (&'a Answer, String)> + '_ {
        self.wordings()
            .filter(|(answer, _)| answer.kind == AnswerKind::Recommendation)
            .map(|(answer, words)| (answer, aloud(words)))
            .filter(|(_, words)| !words.is_empty() && !points_elsewhere(words))
    }
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
/// recommendation answers in no such theme, each with its wording read
/// [`aloud`]. An answer in no theme that, so read, only points elsewhere
/// ("Same as above", "1. idem groupe 2", "N/A") is not among them: read alone, out of
/// its group's list, it points nowhere. The report lists it with its
/// group's other answers.
pub fn recommendations(session: &Session) -> (Vec<Ranked<'_>>, Vec<(&Answer, String)>) {
    let mut themes = Vec::new();
    let mut covered: HashSet<AnswerId> = HashSet::new();
    for question in &session.questions {
        for ranked in ranking(session, question.id) {
            let advising = ranked.advice().count();
            if advising * 2 > ranked.answers.len() {
                covered.extend(ranked.answers.iter().map(|a| a.id));
                themes.push(ranked);
            }
        }
    }
    let answers = session
        .live_answers()
        .filter(|a| a.kind == AnswerKind::Recommendation && !covered.contains(&a.id))
        .map(|answer| (answer, aloud(&answer.text)))
        .filter(|(_, said)| !points_elsewhere(said))
        .collect();
    (themes, answers)
}

/// Who votes: each group, or each delegation in the groups.
pub fn voters(session: &Session) -> Vec<Voter> {
    match session.vote_by {
        VoteBy::Group => session
            .groups
            .iter()
            .map(|group| Voter {
                key: group.id.voter_key(),
                name: group.name.clone(),
            })
            .collect(),
        VoteBy::Delegation => {
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
