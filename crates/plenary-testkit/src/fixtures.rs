//! The sessions the tests start from: the default session after the five
//! example groups' files, and answers typed as a group's laptop types them.

use plenary_core::action;
use plenary_core::capture::{EditStamp, new_answer, parse_entry};
use plenary_core::merge::{Accept, Take, merge_into};
use plenary_core::session::{AnswerId, AnswerKind, GroupId, QuestionId, Session};
use plenary_core::store;

/// The default session with the five example groups' files in
/// `tests/data/ptc-groups/` merged, as after the coffee break.
pub fn fixture_groups_merged() -> Session {
    let folder = crate::data_dir().join("ptc-groups");
    let mut session = Session::template();
    for number in 1..=5 {
        let file = folder.join(format!("group-{number}.ron"));
        let incoming = store::load(&file).expect("fixture loads");
        merge_into(
            &mut session,
            &incoming,
            Accept::SameSession,
            Take::OwnGroups,
        )
        .expect("same session");
    }
    session
}

/// The answers to question 1, in the session's order.
pub fn answers_to_first_question(session: &Session) -> Vec<AnswerId> {
    session
        .answers
        .iter()
        .filter(|a| a.question == session.questions[0].id)
        .map(|a| a.id)
        .collect()
}

/// Adds an answer typed as `edit` (with `#tags` read as topics), as a group's
/// laptop does.
pub fn type_answer(
    session: &mut Session,
    (group, question): (GroupId, QuestionId),
    kind: AnswerKind,
    text: &str,
    edit: EditStamp,
) {
    let entry = parse_entry(text, &session.topics);
    let answer = new_answer(entry, group, question, kind, edit);
    let add = action::added(session, action::Item::Answer(answer));
    action::apply(session, add).expect("a new answer is added");
}

/// Adds `count` answers to the first question, from every group in turn,
/// numbered in their text: "Contrôle n° 7 des scellés électroniques…".
pub fn with_numbered_answers(session: &mut Session, count: usize) {
    let edit = EditStamp {
        replica: plenary_core::session::ReplicaId::new(),
        at: jiff::Timestamp::UNIX_EPOCH,
    };
    for n in 0..count {
        let place = (
            session.groups[n % session.groups.len()].id,
            session.questions[0].id,
        );
        let text = numbered_answer(n);
        type_answer(session, place, AnswerKind::UseToday, &text, edit);
    }
}

/// The text of answer `n` of [`with_numbered_answers`].
pub fn numbered_answer(n: usize) -> String {
    format!("Contrôle n° {n} des scellés électroniques à la frontière")
}
