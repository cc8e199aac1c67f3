//! The labelled theme sets of `tests/data/themes/`: answers as break-out
//! groups type them, each with the theme a person would put it in.

use std::collections::HashMap;

use plenary_core::session::{
    Answer, AnswerId, AnswerKind, Clock, Group, GroupId, Language, Session,
};

/// A session from the template holding the answers of one labelled file,
/// and each answer's gold theme ("question/label").
pub fn labelled_session(file: &str) -> (Session, HashMap<AnswerId, String>) {
    let path = crate::data_dir().join("themes").join(file);
    let mut reader = csv::Reader::from_path(&path).expect("the labelled set is readable");
    let mut session = Session::template();
    let mut gold = HashMap::new();
    let now = jiff::Timestamp::UNIX_EPOCH;
    for record in reader.records() {
        let record = record.expect("the labelled set is valid CSV");
        let question: usize = record[0].parse().expect("question number");
        let group: usize = record[1].parse().expect("group number");
        while session.groups.len() < group {
            let number = session.groups.len() + 1;
            let position = plenary_core::action::position_at_end(
                &session,
                &plenary_core::action::Item::Group(Group::default()),
            );
            session.groups.push(Group {
                position,
                id: GroupId::new(),
                name: format!("Group {number}"),
                language: Language::French,
                moderator: String::new(),
                rapporteur: String::new(),
                delegations: Vec::new(),
                ..Group::default()
            });
        }
        let kind = match &record[3] {
            "benefit" => AnswerKind::Benefit,
            "use-today" => AnswerKind::UseToday,
            "future-use" => AnswerKind::FutureUse,
            "risk" => AnswerKind::Risk,
            "recommendation" => AnswerKind::Recommendation,
            _ => AnswerKind::Other,
        };
        let topics = record[4]
            .split_whitespace()
            .filter_map(|key| session.topics.iter().find(|t| t.key == key))
            .map(|topic| topic.id)
            .collect();
        let group = session.groups[group - 1].id;
        let question_id = session.questions[question - 1].id;
        let answer = Answer {
            id: AnswerId::new(),
            group,
            question: question_id,
            position: plenary_core::order::Position::at_count(session.answers.len() as u64),
            text: record[5].to_owned(),
            topics,
            kind,
            created: now,
            modified: now,
            revision: 1,
            deleted: false,
            clock: Clock::new(),
            conflicts: Vec::new(),
        };
        gold.insert(answer.id, format!("{question}/{}", &record[2]));
        session.answers.push(answer);
    }
    session.canonicalize();
    (session, gold)
}

/// Pairwise precision, recall and F1 of a grouping against the gold one: a
/// pair of items is "together" when they share a group.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairScores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Scores `predicted` clusters of items against their `gold` labels.
pub fn pair_scores<T: Eq + std::hash::Hash, L: Eq, S: std::hash::BuildHasher>(
    predicted: &[Vec<T>],
    gold: &HashMap<T, L, S>,
) -> PairScores {
    let mut label_of = Vec::new();
    for (cluster, members) in predicted.iter().enumerate() {
        for member in members {
            if let Some(label) = gold.get(member) {
                label_of.push((cluster, label));
            }
        }
    }
    let (mut both, mut predicted_pairs, mut gold_pairs) = (0u64, 0u64, 0u64);
    for (index, (cluster, label)) in label_of.iter().enumerate() {
        for (other_cluster, other_label) in &label_of[index + 1..] {
            let together = cluster == other_cluster;
            let same = label == other_label;
            predicted_pairs += u64::from(together);
            gold_pairs += u64::from(same);
            both += u64::from(together && same);
        }
    }
    #[expect(clippy::cast_precision_loss, reason = "pair counts stay below 2^52")]
    let ratio = |x: u64, y: u64| if y == 0 { 0.0 } else { x as f64 / y as f64 };
    let precision = ratio(both, predicted_pairs);
    let recall = ratio(both, gold_pairs);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    PairScores {
        precision,
        recall,
        f1,
    }
}

/// What every live answer of `session` means, as the app reads it. The
/// encoder loads once for the whole test binary.
pub fn meanings(session: &Session) -> plenary_core::themes::meaning::Meanings {
    static ENCODER: std::sync::LazyLock<plenary_encoder::Encoder> =
        std::sync::LazyLock::new(plenary_encoder::Encoder::load);
    let mut meanings = plenary_core::themes::meaning::Meanings::default();
    for answer in session.live_answers() {
        if !meanings.contains(&answer.text) {
            meanings.insert(&answer.text, ENCODER.meaning(&answer.text));
        }
    }
    meanings
}
