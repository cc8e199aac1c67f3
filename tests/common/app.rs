//! The real app in a test harness, as every UI test opens it, and the
//! session it is usually opened on.

#![allow(
    dead_code,
    reason = "each test binary uses a different part of this module"
)]

use egui_kittest::Harness;
use plenary::app::{AppConfig, PlenaryApp};
use plenary::capture::{Edit, new_answer, parse_entry};
use plenary::merge::{Accept, merge_into};
use plenary::session::{AnswerId, AnswerKind, GroupId, QuestionId, Session};
use plenary::store;

/// The default session with the five example groups' files in
/// `tests/data/ptc-groups/` merged, as after the coffee break.
pub fn fixture_groups_merged() -> Session {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/ptc-groups");
    let mut session = Session::template();
    for number in 1..=5 {
        let file = folder.join(format!("group-{number}.ron"));
        let incoming = store::load(&file).expect("fixture loads");
        merge_into(&mut session, &incoming, Accept::SameSession).expect("same session");
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
    edit: Edit,
) {
    let entry = parse_entry(text, &session.topics);
    let answer = new_answer(entry, group, question, kind, edit);
    session.answers.push(answer);
}

/// The app with `config`, in a window of `size`, after its first frame.
pub fn open_app(config: AppConfig, size: [f32; 2]) -> Harness<'static, PlenaryApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        // A view shown for the first time lays out its grids in extra passes.
        .with_max_steps(8)
        .build_eframe(|cc| PlenaryApp::new(cc, config));
    harness.run();
    harness
}

/// Adds `count` answers to the first question, from every group in turn,
/// numbered in their text: "Contrôle n° 7 des scellés électroniques…".
pub fn with_numbered_answers(session: &mut Session, count: usize) {
    let edit = Edit {
        replica: plenary::session::ReplicaId::new(),
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

/// Scrolls the view down, 100 points at a time from the last label on screen
/// that holds `anchor`, until a label `wanted` shows; false if it never does.
pub fn scroll_until_shown(
    harness: &mut Harness<'static, PlenaryApp>,
    anchor: &str,
    wanted: &str,
) -> bool {
    use egui_kittest::kittest::Queryable as _;
    for _ in 0..400 {
        if harness.query_all_by_label(wanted).next().is_some() {
            return true;
        }
        let Some(anchor) = harness.query_all_by_label_contains(anchor).last() else {
            return false;
        };
        anchor.scroll_down();
        harness.run();
    }
    false
}

/// The label of the control with the keyboard focus, if any.
pub fn focused(harness: &Harness<'_, PlenaryApp>) -> Option<String> {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    let is_focused = |node: &egui_kittest::kittest::AccessKitNode<'_>| node.is_focused();
    harness
        .query_all(egui_kittest::kittest::by().predicate(is_focused))
        .next()
        .and_then(|node| node.accesskit_node().label())
}
