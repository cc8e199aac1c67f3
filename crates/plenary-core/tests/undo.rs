//! Undo restores the session exactly, whatever was done; redo brings it back.

use plenary_core::action::{Action, Item, ItemId, TextField};
use plenary_core::document::Document;
use plenary_core::session::ReplicaId;
use plenary_core::session::{
    Group, GroupId, Language, Phase, PhaseId, PhaseKind, Question, QuestionId, Session, TopicId,
};
use proptest::prelude::*;

/// One random edit, chosen relative to what the session holds when it runs.
#[derive(Clone, Debug)]
struct Edit {
    kind: u8,
    pick: usize,
    index: usize,
    text: String,
}

fn item_ids(session: &Session) -> Vec<ItemId> {
    let mut ids: Vec<ItemId> = session
        .questions
        .iter()
        .map(|q| ItemId::Question(q.id))
        .collect();
    ids.extend(session.topics.iter().map(|t| ItemId::Topic(t.id)));
    ids.extend(session.groups.iter().map(|g| ItemId::Group(g.id)));
    ids.extend(session.agenda.iter().map(|p| ItemId::Phase(p.id)));
    ids.extend(session.panel.speakers.iter().map(|s| ItemId::Speaker(s.id)));
    ids
}

fn text_fields(session: &Session) -> Vec<TextField> {
    let mut fields = vec![
        TextField::Title,
        TextField::Meeting,
        TextField::Venue,
        TextField::Background,
    ];
    fields.extend(
        session
            .questions
            .iter()
            .map(|q| TextField::QuestionText(q.id)),
    );
    fields.extend(session.topics.iter().map(|t| TextField::TopicKey(t.id)));
    fields.extend(
        session
            .groups
            .iter()
            .map(|g| TextField::GroupRapporteur(g.id)),
    );
    fields.extend(
        session
            .panel
            .speakers
            .iter()
            .map(|s| TextField::SpeakerNotes(s.id)),
    );
    fields
}

fn action_for(session: &Session, edit: &Edit) -> Option<Action> {
    let pick = |len: usize| (len > 0).then(|| edit.pick % len);
    Some(match edit.kind % 8 {
        0 | 1 => {
            let fields = text_fields(session);
            let field = fields[pick(fields.len())?];
            Action::SetText {
                field,
                value: edit.text.clone(),
            }
        }
        2 => plenary_core::action::added(
            session,
            match edit.pick % 3 {
                0 => Item::Question(Question {
                    id: QuestionId::new(),
                    text: edit.text.clone(),
                    ..Question::default()
                }),
                1 => Item::Phase(Phase {
                    id: PhaseId::new(),
                    kind: PhaseKind::Other,
                    planned_minutes: 10,
                    ..Phase::default()
                }),
                _ => Item::Group(Group {
                    id: GroupId::new(),
                    name: edit.text.clone(),
                    language: Language::French,
                    delegations: vec!["Maroc".into()],
                    ..Group::default()
                }),
            },
        ),
        3 => {
            let ids = item_ids(session);
            let id = ids[pick(ids.len())?];
            match id {
                ItemId::Topic(topic) => plenary_core::action::remove_topic(session, topic),
                id => Action::remove(id),
            }
        }
        4 => {
            let ids = item_ids(session);
            Action::replace(plenary_core::action::moved(
                session,
                ids[pick(ids.len())?],
                edit.index,
            )?)
        }
        5 => {
            let group = &session.groups[pick(session.groups.len())?];
            Action::SetGroupDelegations {
                group: group.id,
                delegations: edit.text.split(' ').map(str::to_owned).collect(),
            }
        }
        6 => {
            let speaker = &session.panel.speakers[pick(session.panel.speakers.len())?];
            let topic: Option<TopicId> = pick(session.topics.len()).map(|i| session.topics[i].id);
            Action::SetSpeakerTopic {
                speaker: speaker.id,
                topic,
            }
        }
        _ => Action::Batch(vec![
            Action::SetLanguage(Language::French),
            Action::SetDate(Some(jiff::civil::date(2017, 3, 16).into())),
            Action::SetPhaseMinutes {
                phase: session.agenda.first()?.id,
                minutes: u32::try_from(edit.index).unwrap_or(0),
            },
        ]),
    })
}

fn any_edit() -> impl Strategy<Value = Edit> {
    (any::<u8>(), any::<usize>(), 0usize..12, ".{0,12}").prop_map(|(kind, pick, index, text)| {
        Edit {
            kind,
            pick,
            index,
            text,
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn undo_all_restores_the_session_and_redo_all_replays_it(
        edits in proptest::collection::vec(any_edit(), 1..40),
        seals in proptest::collection::vec(any::<bool>(), 40),
    ) {
        // As the app edits: each action stamped with this laptop's edit,
        // so undo must restore the clocks and removals too.
        let original = Session::template();
        let replica = ReplicaId::new();
        let mut doc = Document::untitled(original.clone());
        for (edit, seal) in edits.iter().zip(&seals) {
            if let Some(action) = action_for(doc.session(), edit) {
                // Refused actions (removing what answers use, ...) change nothing.
                let before = doc.session().clone();
                if doc.edit(action, replica).is_err() {
                    prop_assert_eq!(doc.session(), &before);
                }
            }
            if *seal {
                doc.seal();
            }
        }
        let edited = doc.session().clone();
        while doc.undo() {}
        prop_assert_eq!(doc.session(), &original);
        while doc.redo() {}
        prop_assert_eq!(doc.session(), &edited);
    }
}
