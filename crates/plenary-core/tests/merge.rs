//! The laws of merging group files, over random edit histories on several
//! laptops: any order and any repetition give the same session, an older copy
//! never overrides a newer one, deletions travel, nothing is lost, concurrent
//! edits become conflicts, and the facilitator's edits survive old files.

use plenary_core::capture::{EditStamp, group_file, new_answer, parse_entry, revised};
use plenary_core::merge::{Accept, join, merge_into, resolved};
use plenary_core::session::{AnswerId, AnswerKind, Group, GroupId, ReplicaId, Session};
use plenary_core::themes::Suggestion;
use plenary_core::themes::edit::{accept_suggestions, unthemed};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    Add {
        laptop: usize,
        text: String,
        question: usize,
    },
    EditStamp {
        laptop: usize,
        pick: usize,
        text: String,
    },
    Delete {
        laptop: usize,
        pick: usize,
    },
    /// The rapporteur saves the group file (to the USB stick, again).
    Export {
        laptop: usize,
    },
}

const LAPTOPS: usize = 3;

fn any_op() -> impl Strategy<Value = Op> {
    let laptop = 0..LAPTOPS;
    prop_oneof![
        4 => (laptop.clone(), "[a-zé ]{1,12}", 0usize..2)
            .prop_map(|(laptop, text, question)| Op::Add { laptop, text, question }),
        2 => (laptop.clone(), any::<usize>(), "[a-z]{1,8}")
            .prop_map(|(laptop, pick, text)| Op::EditStamp { laptop, pick, text }),
        1 => (laptop.clone(), any::<usize>()).prop_map(|(laptop, pick)| Op::Delete { laptop, pick }),
        2 => laptop.prop_map(|laptop| Op::Export { laptop }),
    ]
}

struct Laptop {
    replica: ReplicaId,
    group: GroupId,
    session: Session,
    files: Vec<Session>,
}

/// Runs the history; every laptop saves its file once more at the end.
fn run(ops: &[Op]) -> Vec<Laptop> {
    let template = Session::template();
    let mut laptops: Vec<Laptop> = (0..LAPTOPS)
        .map(|index| {
            let mut session = template.clone();
            // The last laptop's group was not listed: its rapporteur added it.
            let group = if index == LAPTOPS - 1 {
                let group = Group {
                    id: GroupId::new(),
                    name: "Groupe ajouté".into(),
                    language: plenary_core::session::Language::French,
                    moderator: String::new(),
                    rapporteur: String::new(),
                    delegations: vec!["Sénégal".into()],
                };
                session.groups.push(group.clone());
                group.id
            } else {
                template.groups[index].id
            };
            Laptop {
                replica: ReplicaId::new(),
                group,
                session,
                files: Vec::new(),
            }
        })
        .collect();
    apply_ops(&mut laptops, ops, 0);
    laptops
}

/// Carries out `ops` on the laptops, the first at `start` seconds; every
/// laptop saves its file once more at the end.
fn apply_ops(laptops: &mut [Laptop], ops: &[Op], start: i64) {
    for (tick, op) in ops.iter().enumerate() {
        let at = jiff::Timestamp::UNIX_EPOCH
            + jiff::SignedDuration::from_secs(start + i64::try_from(tick).unwrap_or(0));
        match op {
            Op::Add {
                laptop,
                text,
                question,
            } => {
                let laptop = &mut laptops[*laptop];
                let edit = EditStamp {
                    replica: laptop.replica,
                    at,
                };
                let entry = parse_entry(text, &laptop.session.topics);
                let question = laptop.session.questions[*question].id;
                let answer = new_answer(entry, laptop.group, question, AnswerKind::Other, edit);
                laptop.session.answers.push(answer);
            }
            Op::EditStamp { laptop, pick, text } => {
                revise_live(&mut laptops[*laptop], *pick, at, |a| a.text = text.clone());
            }
            Op::Delete { laptop, pick } => {
                revise_live(&mut laptops[*laptop], *pick, at, |a| a.deleted = true);
            }
            Op::Export { laptop } => {
                let laptop = &mut laptops[*laptop];
                let file = group_file(&laptop.session, laptop.group).expect("its group");
                laptop.files.push(file);
            }
        }
    }
    for laptop in laptops.iter_mut() {
        let file = group_file(&laptop.session, laptop.group).expect("its group");
        laptop.files.push(file);
    }
}

/// Changes the live answer `pick` (modulo their number) on this laptop.
fn revise_live(
    laptop: &mut Laptop,
    pick: usize,
    at: jiff::Timestamp,
    change: impl FnOnce(&mut plenary_core::session::Answer),
) {
    let live: Vec<usize> = (0..laptop.session.answers.len())
        .filter(|&i| !laptop.session.answers[i].deleted)
        .collect();
    if let Some(&index) = live.get(pick % live.len().max(1)) {
        let edit = EditStamp {
            replica: laptop.replica,
            at,
        };
        laptop.session.answers[index] = revised(&laptop.session.answers[index], edit, change);
    }
}

/// The session with every list in id order: what must not depend on the
/// order of imports (the order of new items follows the imports).
fn canonical(mut session: Session) -> Session {
    session.answers.sort_by_key(|a| a.id);
    session.groups.sort_by_key(|g| g.id);
    session.questions.sort_by_key(|q| q.id);
    session.topics.sort_by_key(|t| t.id);
    session
}

fn merge_all<'a>(files: impl IntoIterator<Item = &'a Session>) -> Session {
    let mut merged = Session::template();
    for file in files {
        merge_into(&mut merged, file, Accept::SameSession).expect("same session");
    }
    merged
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_order_and_any_repetition_give_the_same_session(
        ops in proptest::collection::vec(any_op(), 0..60),
        keys in proptest::collection::vec(any::<u32>(), 64),
        repeats in proptest::collection::vec(any::<bool>(), 64),
    ) {
        let laptops = run(&ops);
        let files: Vec<&Session> = laptops.iter().flat_map(|l| l.files.iter()).collect();
        let reference = canonical(merge_all(files.iter().copied()));

        let mut shuffled: Vec<(u32, &Session)> = files
            .iter()
            .enumerate()
            .map(|(i, file)| (keys[i % keys.len()], *file))
            .collect();
        shuffled.sort_by_key(|(key, _)| *key);
        let mut with_repeats = Vec::new();
        for (i, (_, file)) in shuffled.iter().enumerate() {
            with_repeats.push(*file);
            if repeats[i % repeats.len()] {
                with_repeats.push(*file);
            }
        }
        let other = canonical(merge_all(with_repeats));
        prop_assert_eq!(&other, &reference);

        // Each laptop's newest file wins over its older ones; deletions on the
        // laptop are deletions in the merge; every live answer appears once.
        for laptop in &laptops {
            let newest = laptop.files.last().expect("a final file");
            for answer in &newest.answers {
                let merged: Vec<_> = reference.answers.iter().filter(|a| a.id == answer.id).collect();
                prop_assert_eq!(merged.len(), 1);
                prop_assert_eq!(merged[0], answer);
            }
            prop_assert!(reference.groups.iter().any(|g| g.id == laptop.group));
        }
        let expected: usize = laptops.iter().map(|l| l.session.live_answers().count()).sum();
        prop_assert_eq!(reference.live_answers().count(), expected);
    }

    #[test]
    fn facilitator_edits_survive_old_files_and_concurrent_edits_conflict(
        ops in proptest::collection::vec(any_op(), 1..40),
        pick in any::<usize>(),
    ) {
        let mut laptops = run(&ops);
        let files: Vec<Session> = laptops.iter().flat_map(|l| l.files.clone()).collect();
        let mut merged = merge_all(&files);
        let live: Vec<usize> = (0..merged.answers.len()).filter(|&i| !merged.answers[i].deleted).collect();
        prop_assume!(!live.is_empty());
        let index = live[pick % live.len()];
        let facilitator = ReplicaId::new();
        let later = jiff::Timestamp::UNIX_EPOCH + jiff::SignedDuration::from_hours(1);
        let fixed = revised(&merged.answers[index], EditStamp { replica: facilitator, at: later }, |a| {
            a.text.push_str(" (typo fixed)");
        });
        merged.answers[index] = fixed.clone();

        // Every old file again: the fix stays.
        for file in &files {
            merge_into(&mut merged, file, Accept::SameSession).expect("same session");
        }
        let now_there = merged.answers.iter().find(|a| a.id == fixed.id).expect("kept");
        prop_assert_eq!(now_there, &fixed);

        // The group's laptop edits the same answer without having seen the fix.
        let owner = laptops.iter_mut().find(|l| l.group == fixed.group).expect("its laptop");
        let at = later + jiff::SignedDuration::from_mins(1);
        let position = owner.session.answers.iter().position(|a| a.id == fixed.id).expect("theirs");
        let theirs = revised(&owner.session.answers[position], EditStamp { replica: owner.replica, at }, |a| {
            a.text = "edited on the laptop".into();
        });
        owner.session.answers[position] = theirs.clone();
        let file = group_file(&owner.session, owner.group).expect("its group");
        let report = merge_into(&mut merged, &file, Accept::SameSession).expect("same session");
        prop_assert_eq!(report.conflicts, 1);
        let conflicted = merged.answers.iter().find(|a| a.id == fixed.id).expect("kept").clone();
        let texts: Vec<&str> = std::iter::once(conflicted.text.as_str())
            .chain(conflicted.conflicts.iter().map(|a| a.text.as_str()))
            .collect();
        prop_assert!(texts.contains(&fixed.text.as_str()));
        prop_assert!(texts.contains(&"edited on the laptop"));

        // Resolving is itself an edit that wins wherever it travels.
        let keep = texts.iter().position(|t| *t == "edited on the laptop").expect("there");
        let resolution = resolved(&conflicted, keep, EditStamp { replica: facilitator, at: at + jiff::SignedDuration::from_mins(1) })
            .expect("a version");
        prop_assert_eq!(join(&resolution, &theirs), resolution.clone());
        prop_assert_eq!(join(&fixed, &resolution), resolution);
    }

    #[test]
    fn accepted_themes_survive_every_later_file_and_new_answers_stay_out_of_them(
        before in proptest::collection::vec(any_op(), 1..30),
        after in proptest::collection::vec(any_op(), 1..30),
        split in 0usize..8,
    ) {
        // The facilitator merges the files there are, and accepts themes.
        let mut laptops = run(&before);
        let first_files: Vec<Session> = laptops.iter().flat_map(|l| l.files.clone()).collect();
        let mut merged = merge_all(&first_files);
        let question = merged.questions[0].id;
        let seen: Vec<AnswerId> = merged
            .live_answers()
            .filter(|a| a.question == question)
            .map(|a| a.id)
            .collect();
        prop_assume!(seen.len() >= 2);
        let cut = 1 + split % (seen.len() - 1);
        let suggestions: Vec<Suggestion> = [&seen[..cut], &seen[cut..]]
            .iter()
            .map(|answers| Suggestion {
                name: "Theme".into(),
                answers: answers.to_vec(),
                groups: Vec::new(),
                shared: Vec::new(),
                confidence: 1.0,
            })
            .collect();
        let accept = accept_suggestions(&merged, question, &suggestions, &seen);
        plenary_core::action::apply(&mut merged, accept).expect("applies");
        let themes = merged.themes.clone();

        // The groups go on typing, and every file comes in again, newer ones too.
        let later = run_more(&mut laptops, &after);
        for file in first_files.iter().chain(&later) {
            merge_into(&mut merged, file, Accept::SameSession).expect("same session");
        }
        prop_assert_eq!(&merged.themes, &themes);
        let unthemed: Vec<_> = unthemed(&merged, question).iter().map(|a| a.id).collect();
        for answer in merged.live_answers().filter(|a| a.question == question) {
            let themed = themes.iter().any(|t| t.answers.contains(&answer.id));
            prop_assert_eq!(themed, seen.contains(&answer.id) && !unthemed.contains(&answer.id));
            prop_assert_eq!(merged.reviewed.contains(&answer.id), seen.contains(&answer.id));
        }
    }
}

/// Goes on with more edits on the same laptops; returns the files saved.
fn run_more(laptops: &mut [Laptop], ops: &[Op]) -> Vec<Session> {
    let already: Vec<usize> = laptops.iter().map(|l| l.files.len()).collect();
    apply_ops(laptops, ops, 10_000);
    laptops
        .iter()
        .zip(already)
        .flat_map(|(laptop, from)| laptop.files[from..].to_vec())
        .collect()
}
