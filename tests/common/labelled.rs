//! The labelled theme sets of `tests/data/themes/`: answers as break-out
//! groups type them, each with the theme a person would put it in.

use std::collections::HashMap;
use std::path::Path;

use plenary::session::{Answer, AnswerId, AnswerKind, Clock, Group, GroupId, Language, Session};

/// A session from the template holding the answers of one labelled file,
/// and each answer's gold theme ("question/label").
pub fn labelled_session(file: &str) -> (Session, HashMap<AnswerId, String>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/themes")
        .join(file);
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
            session.groups.push(Group {
                id: GroupId::new(),
                name: format!("Group {number}"),
                language: Language::French,
                moderator: String::new(),
                rapporteur: String::new(),
                delegations: Vec::new(),
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
        let answer = Answer {
            id: AnswerId::new(),
            group: session.groups[group - 1].id,
            question: session.questions[question - 1].id,
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
    (session, gold)
}
