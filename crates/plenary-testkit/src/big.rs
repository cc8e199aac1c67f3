//! Sessions far larger or odder than a meeting makes, for the benchmarks and
//! the tests of Plenary's limits: many ordinary answers, very long answers,
//! very many groups, one answer edited apart on very many laptops.

use plenary_core::capture::{EditStamp, new_answer, parse_entry};
use plenary_core::session::{
    Answer, AnswerKind, Group, GroupId, Language, ReplicaId, Session, Theme, ThemeId,
};

/// What rapporteurs type, in English and French, to vary the answers.
const WORDINGS: [&str; 6] = [
    "Risk engines with machine learning flag consignments before arrival #ai",
    "Les scellés électroniques suivent les conteneurs en transit #iot",
    "Biometric e-gates clear passengers in seconds, with privacy safeguards #bio",
    "Blockchain pilots share certificates of origin between administrations",
    "Former les agents à l'analyse des données avant de généraliser les outils",
    "Policy leaders should fund pilots of X-ray image analysis with industry",
];

fn stamp() -> EditStamp {
    EditStamp {
        replica: ReplicaId::new(),
        at: jiff::Timestamp::now(),
    }
}

/// The template session with `count` answers spread over its groups and
/// questions, each a realistic sentence with its number; every kind but
/// Other, so a fifth are recommendations.
pub fn ordinary(count: usize) -> Session {
    with_answers(count, |n| {
        format!("Answer {n}: {}", WORDINGS[n % WORDINGS.len()])
    })
}

/// The template session with `count` answers of about `chars` characters
/// each: real words, repeated.
pub fn long_answers(count: usize, chars: usize) -> Session {
    with_answers(count, |n| {
        let mut text = format!("Answer {n}:");
        let mut index = n;
        while text.chars().count() < chars {
            text.push(' ');
            text.push_str(WORDINGS[index % WORDINGS.len()]);
            index += 1;
        }
        text.chars().take(chars).collect()
    })
}

/// The template session with answers typed by `text(n)`.
pub fn with_answers(count: usize, text: impl Fn(usize) -> String) -> Session {
    let mut session = Session::template();
    let edit = stamp();
    let kinds = &AnswerKind::ALL[..5];
    let answers: Vec<Answer> = (0..count)
        .map(|n| {
            let entry = parse_entry(&text(n), &session.topics);
            let group = session.groups[n % session.groups.len()].id;
            let question = session.questions[n % session.questions.len()].id;
            let mut answer = new_answer(entry, group, question, kinds[n % kinds.len()], edit);
            answer.position = plenary_core::order::Position::at_count(n as u64);
            answer
        })
        .collect();
    session.answers = answers;
    session.canonicalize();
    session
}

/// The session with half its answers in themes of 20, and dots on some.
pub fn themed(mut session: Session) -> Session {
    let mut themes = Vec::new();
    for question in &session.questions {
        let answers: Vec<_> = session
            .answers
            .iter()
            .filter(|answer| answer.question == question.id)
            .map(|answer| answer.id)
            .collect();
        let half = &answers[..answers.len() / 2];
        for (n, chunk) in half.chunks(20).enumerate() {
            let mut votes = std::collections::BTreeMap::new();
            if n % 3 == 0 {
                let group = session.groups[n % session.groups.len()].id;
                votes.insert(group.voter_key(), 2);
            }
            themes.push(Theme {
                id: ThemeId::new(),
                question: question.id,
                name: format!("Theme {n}: risk engines and electronic seals"),
                answers: chunk.to_vec(),
                votes,
                position: plenary_core::order::Position::at_count(n as u64),
                ..Theme::default()
            });
        }
    }
    session.themes = themes;
    session.canonicalize();
    session
}

/// The template session with `count` groups, each with one answer.
pub fn many_groups(count: usize) -> Session {
    let mut session = Session::template();
    let edit = stamp();
    session.groups = (0..count)
        .map(|n| Group {
            id: GroupId::new(),
            name: format!("Group {}", n + 1),
            language: if n % 3 == 0 {
                Language::French
            } else {
                Language::English
            },
            position: plenary_core::order::Position::at_count(n as u64),
            ..Group::default()
        })
        .collect();
    let question = session.questions[0].id;
    session.answers = session
        .groups
        .iter()
        .enumerate()
        .map(|(n, group)| {
            let entry = parse_entry(WORDINGS[n % WORDINGS.len()], &session.topics);
            new_answer(entry, group.id, question, AnswerKind::UseToday, edit)
        })
        .collect();
    session.canonicalize();
    session
}

/// The template session with one answer edited apart on `count` laptops:
/// one answer kept in `count` versions.
pub fn many_versions(count: usize) -> Session {
    let mut session = Session::template();
    let edit = stamp();
    let group = session.groups[0].id;
    let question = session.questions[0].id;
    let entry = parse_entry(WORDINGS[0], &session.topics);
    let original = new_answer(entry, group, question, AnswerKind::UseToday, edit);
    let versions: Vec<Answer> = (0..count)
        .map(|n| {
            let mut version = original.clone();
            version.text = format!("{} (version {n})", original.text);
            version.clock = [(ReplicaId::new(), 1)].into();
            version
        })
        .collect();
    session.answers = vec![plenary_core::version::current(versions)];
    session.canonicalize();
    session
}
