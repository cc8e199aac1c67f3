//! Sessions as proptest makes them: any text, any ids, any lists.

use plenary_core::order::Position;
use plenary_core::session::{
    Answer, AnswerId, AnswerKind, Clock, Group, GroupId, Language, Phase, PhaseId, PhaseKind,
    Question, QuestionId, ReplicaId, Session, SessionId, Speaker, SpeakerId, Theme, ThemeId, Topic,
    TopicId,
};
use proptest::prelude::*;
use uuid::Uuid;

/// A proptest run of `cases` cases, or of `PROPTEST_CASES` when set (a
/// longer run by hand: `PROPTEST_CASES=10000`).
pub fn cases(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    ProptestConfig::with_cases(cases)
}

/// Text as people and files supply it: any Unicode, control characters,
/// quotes, RON syntax, right-to-left and emoji.
pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        "\\PC{0,20}",
        Just("\")]}, // not the end\n\t\r\u{0}".to_owned()),
        Just("الجمارك 海关 🛃 l'organisation mondiale des douanes".to_owned()),
    ]
}

fn any_uuid() -> impl Strategy<Value = Uuid> {
    any::<u128>().prop_map(Uuid::from_u128)
}

fn any_timestamp() -> impl Strategy<Value = jiff::Timestamp> {
    (0i64..4_000_000_000, 0i32..1_000_000_000)
        .prop_map(|(secs, nanos)| jiff::Timestamp::new(secs, nanos).expect("in range"))
}

fn any_language() -> impl Strategy<Value = Language> {
    prop_oneof![Just(Language::English), Just(Language::French)]
}

fn any_answer() -> impl Strategy<Value = Answer> {
    (
        (any_uuid(), any_uuid(), any_uuid(), any_text()),
        proptest::collection::vec(any_uuid(), 0..3),
        (
            0usize..6,
            any_timestamp(),
            any_timestamp(),
            any::<u32>(),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (id, group, question, text),
                topics,
                (kind, created, modified, revision, deleted),
            )| {
                Answer {
                    id: AnswerId(id),
                    group: GroupId(group),
                    question: QuestionId(question),
                    position: Position::default(),
                    text,
                    topics: topics.into_iter().map(TopicId).collect(),
                    kind: AnswerKind::ALL[kind],
                    created,
                    modified,
                    revision,
                    deleted,
                    clock: std::iter::once((plenary_core::session::ReplicaId(group), revision))
                        .collect(),
                    conflicts: Vec::new(),
                }
            },
        )
}

fn speaker(
    (id, name, administration, topic, notes): (Uuid, String, String, Option<Uuid>, String),
) -> Speaker {
    Speaker {
        id: SpeakerId(id),
        name,
        administration,
        topic: topic.map(TopicId),
        notes,
        ..Speaker::default()
    }
}

type RawTheme = (Uuid, String, bool, std::collections::BTreeMap<String, u32>);

fn any_theme() -> impl Strategy<Value = RawTheme> {
    (
        any_uuid(),
        any_text(),
        any::<bool>(),
        proptest::collection::btree_map(any_text(), 0u32..10, 0..3),
    )
}

/// Themes over some of `answers`.
fn themes_over(answers: &[Answer], raw: Vec<RawTheme>) -> Vec<Theme> {
    raw.into_iter()
        .enumerate()
        .map(|(index, (id, name, suggested, votes))| Theme {
            id: ThemeId(id),
            question: answers
                .first()
                .map_or(QuestionId(id), |answer| answer.question),
            name,
            answers: answers.iter().skip(index).map(|answer| answer.id).collect(),
            suggested,
            votes,
            ..Theme::default()
        })
        .collect()
}

/// Any session this build can write: any content, with what merging
/// records (clocks, removals, a capture, laptops).
pub fn any_session() -> impl Strategy<Value = Session> {
    let replication = (
        any_clock(),
        proptest::collection::btree_map(any_uuid(), any_clock(), 0..3),
        proptest::option::of(proptest::collection::vec(any_uuid(), 1..3)),
        any::<bool>(),
    );
    (any_content(), replication).prop_map(
        |(mut session, (header_clock, removed, capture, laptops))| {
            session.capture = capture.map(|groups| plenary_core::session::Capture {
                groups: groups.into_iter().map(GroupId).collect(),
                laptop: Some(ReplicaId(Uuid::from_u128(7))),
            });
            session.header_clock = header_clock;
            session.removed = removed;
            if laptops && let Some(group) = session.groups.first() {
                session
                    .laptops
                    .insert(group.id, [ReplicaId(Uuid::from_u128(9))].into());
            }
            with_positions(&mut session);
            session
        },
    )
}

/// Any header, lists and answers, with nothing merging records.
#[expect(
    clippy::too_many_lines,
    reason = "one generator per field of the session, read top to bottom"
)]
fn any_content() -> impl Strategy<Value = Session> {
    let header = (
        any_uuid(),
        any_text(),
        any_text(),
        proptest::option::of((1900i16..2200, 1i8..=12, 1i8..=28)),
        any_text(),
        any_text(),
        any_language(),
    );
    let lists = (
        proptest::collection::vec((any_uuid(), any_text()), 0..4),
        proptest::collection::vec((any_uuid(), any_text(), any_text()), 0..4),
        proptest::collection::vec((any_uuid(), 0usize..4, any::<u32>()), 0..4),
        proptest::collection::vec(
            (
                any_uuid(),
                any_text(),
                any_language(),
                any_text(),
                proptest::collection::vec(any_text(), 0..3),
            ),
            0..4,
        ),
        proptest::collection::vec(
            (
                any_uuid(),
                any_text(),
                any_text(),
                proptest::option::of(any_uuid()),
                any_text(),
            ),
            0..3,
        ),
        proptest::collection::vec(any_answer(), 0..6),
    );
    let themes = (proptest::collection::vec(any_theme(), 0..3), 1u32..20);
    (header, lists, themes).prop_map(
        |(
            (id, title, meeting, date, venue, background, language),
            (questions, topics, agenda, groups, speakers, answers),
            (themes, dots_per_voter),
        )| {
            Session {
                format: plenary_core::session::FORMAT_VERSION,
                id: SessionId(id),
                title,
                meeting,
                date: date.map(|(y, m, d)| jiff::civil::date(y, m, d).into()),
                venue,
                background,
                language,
                questions: questions
                    .into_iter()
                    .map(|(id, text)| Question {
                        id: QuestionId(id),
                        text,
                        ..Question::default()
                    })
                    .collect(),
                topics: topics
                    .into_iter()
                    .map(|(id, name, key)| Topic {
                        id: TopicId(id),
                        name,
                        key,
                        ..Topic::default()
                    })
                    .collect(),
                agenda: agenda
                    .into_iter()
                    .map(|(id, kind, planned_minutes)| Phase {
                        id: PhaseId(id),
                        kind: PhaseKind::ALL[kind],
                        planned_minutes,
                        ..Phase::default()
                    })
                    .collect(),
                groups: groups
                    .into_iter()
                    .map(|(id, name, language, moderator, delegations)| Group {
                        id: GroupId(id),
                        name,
                        language,
                        rapporteur: moderator.chars().rev().collect(),
                        moderator,
                        delegations,
                        ..Group::default()
                    })
                    .collect(),
                panel: plenary_core::session::Panel {
                    speakers: speakers.into_iter().map(speaker).collect(),
                },
                themes: themes_over(&answers, themes),
                dots_per_voter,
                vote_by: plenary_core::session::VoteBy::Group,
                reviewed: answers.iter().step_by(2).map(|answer| answer.id).collect(),
                answers,
                capture: None,
                header_clock: Clock::new(),
                header_conflicts: Vec::new(),
                removed: std::collections::BTreeMap::new(),
                laptops: std::collections::BTreeMap::new(),
            }
        },
    )
}

/// A version clock: a few laptops' counts.
fn any_clock() -> impl Strategy<Value = Clock> {
    proptest::collection::btree_map(any_uuid().prop_map(ReplicaId), 1u32..50, 0..3)
}

/// Gives every item a position in the order it was made, and puts the
/// session in its one order, as a file of this build holds it.
pub fn with_positions(session: &mut Session) {
    fn number<T>(items: &mut [T], slot: impl Fn(&mut T) -> &mut Position) {
        let positions = Position::sequence(items.len());
        for (item, position) in items.iter_mut().zip(positions) {
            *slot(item) = position;
        }
    }
    number(&mut session.questions, |q| &mut q.position);
    number(&mut session.topics, |t| &mut t.position);
    number(&mut session.agenda, |p| &mut p.position);
    number(&mut session.groups, |g| &mut g.position);
    number(&mut session.panel.speakers, |s| &mut s.position);
    number(&mut session.themes, |t| &mut t.position);
    number(&mut session.answers, |a| &mut a.position);
    session.canonicalize();
}
