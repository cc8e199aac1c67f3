//! The laws of merging, over random histories of a meeting: two
//! facilitators' laptops and three groups' laptops add, edit, delete and
//! move answers, rename groups and questions, reorder, remove, shape themes
//! and vote, import each other's files (stale ones and twice), and save
//! files all along. Then:
//!
//! - every order and every grouping of the files merges to the same bytes,
//!   and merging again changes nothing;
//! - the app's path (a facilitator importing the files one by one) gives
//!   the same session as `plenary merge`'s;
//! - nothing a laptop typed is lost: every version is in the merge, or
//!   superseded by one that is;
//! - every concurrent edit is in the merge as a conflict, until resolved;
//! - what a facilitator removed stays removed;
//! - a group file changes only its own group.
//!
//! `PROPTEST_CASES=10000 cargo test -p plenary-core --release --test merge`
//! runs ten thousand histories; `cargo test` runs fewer.

use std::collections::HashMap;

use plenary_core::action::{self, Action, Item, ItemId, TextField};
use plenary_core::capture::{EditStamp, group_file, new_answer, parse_entry, revised};
use plenary_core::document::Document;
use plenary_core::merge::{self, Accept, Take};
use plenary_core::session::{
    Answer, AnswerId, AnswerKind, Clock, Group, GroupId, Language, ReplicaId, Session, Topic,
};
use plenary_core::store;
use plenary_core::themes::Suggestion;
use plenary_core::themes::edit::{accept_suggestions, rename, unthemed};
use plenary_core::version::{self, Versioned, covers};
use proptest::prelude::*;

const FACILITATORS: usize = 2;
const GROUPS: usize = 3;
const LAPTOPS: usize = FACILITATORS + GROUPS;

/// One thing a laptop does. Which laptop, and which item, is picked by
/// numbers taken modulo what there is, so every op applies to any history.
#[derive(Clone, Debug)]
enum Op {
    AddAnswer {
        laptop: usize,
        question: usize,
        text: String,
    },
    EditAnswer {
        laptop: usize,
        pick: usize,
        text: String,
    },
    DeleteAnswer {
        laptop: usize,
        pick: usize,
    },
    MoveAnswer {
        laptop: usize,
        pick: usize,
        to: usize,
    },
    RenameGroup {
        laptop: usize,
        pick: usize,
        text: String,
    },
    RenameQuestion {
        laptop: usize,
        pick: usize,
        text: String,
    },
    MoveQuestion {
        laptop: usize,
        pick: usize,
        to: usize,
    },
    EditTitle {
        laptop: usize,
        text: String,
    },
    AddTopic {
        laptop: usize,
        text: String,
    },
    RemovePhase {
        laptop: usize,
        pick: usize,
    },
    AcceptThemes {
        laptop: usize,
        question: usize,
        cut: usize,
    },
    RenameTheme {
        laptop: usize,
        pick: usize,
        text: String,
    },
    Vote {
        laptop: usize,
        pick: usize,
        dots: u32,
    },
    DissolveTheme {
        laptop: usize,
        pick: usize,
    },
    /// A laptop saves its file (a group file, or a facilitator's copy).
    Save {
        laptop: usize,
    },
    /// A facilitator imports a file saved earlier (maybe stale, maybe again).
    Import {
        laptop: usize,
        file: usize,
    },
}

fn any_op() -> impl Strategy<Value = Op> {
    let laptop = 0..LAPTOPS;
    let text = "[a-zé ]{1,10}";
    prop_oneof![
        6 => (laptop.clone(), 0usize..2, text).prop_map(|(laptop, question, text)| Op::AddAnswer { laptop, question, text }),
        3 => (laptop.clone(), any::<usize>(), text).prop_map(|(laptop, pick, text)| Op::EditAnswer { laptop, pick, text }),
        1 => (laptop.clone(), any::<usize>()).prop_map(|(laptop, pick)| Op::DeleteAnswer { laptop, pick }),
        1 => (laptop.clone(), any::<usize>(), any::<usize>()).prop_map(|(laptop, pick, to)| Op::MoveAnswer { laptop, pick, to }),
        1 => (laptop.clone(), any::<usize>(), text).prop_map(|(laptop, pick, text)| Op::RenameGroup { laptop, pick, text }),
        1 => (laptop.clone(), any::<usize>(), text).prop_map(|(laptop, pick, text)| Op::RenameQuestion { laptop, pick, text }),
        1 => (laptop.clone(), any::<usize>(), any::<usize>()).prop_map(|(laptop, pick, to)| Op::MoveQuestion { laptop, pick, to }),
        1 => (laptop.clone(), text).prop_map(|(laptop, text)| Op::EditTitle { laptop, text }),
        1 => (laptop.clone(), text).prop_map(|(laptop, text)| Op::AddTopic { laptop, text }),
        1 => (laptop.clone(), any::<usize>()).prop_map(|(laptop, pick)| Op::RemovePhase { laptop, pick }),
        2 => (laptop.clone(), 0usize..2, any::<usize>()).prop_map(|(laptop, question, cut)| Op::AcceptThemes { laptop, question, cut }),
        2 => (0..FACILITATORS, any::<usize>(), text).prop_map(|(laptop, pick, text)| Op::RenameTheme { laptop, pick, text }),
        2 => (0..FACILITATORS, any::<usize>(), 0u32..4).prop_map(|(laptop, pick, dots)| Op::Vote { laptop, pick, dots }),
        1 => (laptop.clone(), any::<usize>()).prop_map(|(laptop, pick)| Op::DissolveTheme { laptop, pick }),
        4 => laptop.clone().prop_map(|laptop| Op::Save { laptop }),
        6 => (laptop, any::<usize>()).prop_map(|(laptop, file)| Op::Import { laptop, file }),
    ]
}

/// One laptop: a facilitator's (with no group) or a group's.
struct Laptop {
    replica: ReplicaId,
    group: Option<GroupId>,
    doc: Document,
}

struct World {
    laptops: Vec<Laptop>,
    /// Every file saved, in the order saved.
    files: Vec<Session>,
    clock: i64,
}

impl World {
    fn new() -> World {
        let master = Session::template();
        let mut laptops: Vec<Laptop> = (0..LAPTOPS)
            .map(|index| Laptop {
                replica: ReplicaId::new(),
                group: index
                    .checked_sub(FACILITATORS)
                    .map(|group| master.groups[group].id),
                doc: Document::untitled(master.clone()),
            })
            .collect();
        // The last group's laptop captures a group nobody listed: its
        // rapporteur adds it there.
        let last = &mut laptops[LAPTOPS - 1];
        let added = Group {
            name: "Groupe ajouté".into(),
            language: Language::French,
            delegations: vec!["Sénégal".into()],
            ..Group::default()
        };
        last.group = Some(added.id);
        let add = action::added(last.doc.session(), Item::Group(added));
        last.doc.edit(add, last.replica).expect("adds its group");
        World {
            laptops,
            files: Vec::new(),
            clock: 0,
        }
    }

    fn stamp(&mut self, laptop: usize) -> EditStamp {
        self.clock += 1;
        EditStamp {
            replica: self.laptops[laptop].replica,
            at: jiff::Timestamp::UNIX_EPOCH + jiff::SignedDuration::from_secs(self.clock),
        }
    }

    fn run(&mut self, op: &Op) {
        match op.clone() {
            Op::AddAnswer {
                laptop,
                question,
                text,
            } => self.add_answer(laptop, question, &text),
            Op::EditAnswer { laptop, pick, text } => {
                self.revise(laptop, pick, |answer| answer.text = text.clone());
            }
            Op::DeleteAnswer { laptop, pick } => self.revise(laptop, pick, |a| a.deleted = true),
            Op::MoveAnswer { laptop, pick, to } => self.move_answer(laptop, pick, to),
            Op::RenameGroup { laptop, pick, text } => {
                let session = self.laptops[laptop].doc.session();
                // A group's laptop renames its own group; a facilitator any.
                let group = match self.laptops[laptop].group {
                    Some(group) => group,
                    None => session.groups[pick % session.groups.len()].id,
                };
                self.edit(
                    laptop,
                    Action::SetText {
                        field: TextField::GroupName(group),
                        value: text,
                    },
                );
            }
            Op::RenameQuestion { laptop, pick, text } => {
                let session = self.laptops[laptop].doc.session();
                let question = session.questions[pick % session.questions.len()].id;
                self.edit(
                    laptop,
                    Action::SetText {
                        field: TextField::QuestionText(question),
                        value: text,
                    },
                );
            }
            Op::MoveQuestion { laptop, pick, to } => {
                let session = self.laptops[laptop].doc.session();
                let len = session.questions.len();
                let question = session.questions[pick % len].id;
                if let Some(moved) = action::moved(session, ItemId::Question(question), to % len) {
                    self.edit(laptop, Action::replace(moved));
                }
            }
            Op::EditTitle { laptop, text } => {
                self.edit(
                    laptop,
                    Action::SetText {
                        field: TextField::Title,
                        value: text,
                    },
                );
            }
            Op::AddTopic { laptop, text } => {
                let topic = Topic {
                    name: text.clone(),
                    key: text,
                    ..Topic::default()
                };
                let add = action::added(self.laptops[laptop].doc.session(), Item::Topic(topic));
                self.edit(laptop, add);
            }
            Op::RemovePhase { laptop, pick } => {
                let session = self.laptops[laptop].doc.session();
                if let Some(phase) = session.agenda.get(pick % session.agenda.len().max(1)) {
                    let remove = Action::remove(ItemId::Phase(phase.id));
                    self.edit(laptop, remove);
                }
            }
            // The facilitators shape themes; the groups' laptops do not.
            Op::AcceptThemes {
                laptop,
                question,
                cut,
            } => {
                self.accept_themes(laptop % FACILITATORS, question, cut);
            }
            Op::RenameTheme { laptop, pick, text } => {
                if let Some(theme) = self.theme(laptop, pick) {
                    self.edit(laptop, rename(theme, text));
                }
            }
            Op::Vote { laptop, pick, dots } => {
                if let Some(theme) = self.theme(laptop, pick) {
                    let voter = self.laptops[laptop].doc.session().groups[0].id.voter_key();
                    self.edit(laptop, Action::SetVote { theme, voter, dots });
                }
            }
            Op::DissolveTheme { laptop, pick } => {
                if let Some(theme) = self.theme(laptop, pick) {
                    self.edit(laptop, Action::remove(ItemId::Theme(theme)));
                }
            }
            Op::Save { laptop } => self.save(laptop),
            Op::Import { laptop, file } => self.import(laptop % FACILITATORS, file),
        }
    }

    /// A person's edit on `laptop`: a new version there.
    fn edit(&mut self, laptop: usize, action: Action) {
        let laptop = &mut self.laptops[laptop];
        // An edit of what is no longer there (removed meanwhile) is refused,
        // as in the app.
        let _ = laptop.doc.edit(action, laptop.replica);
        laptop.doc.seal();
    }

    /// The group whose answers `laptop` types: its own, or (a facilitator
    /// typing on behalf of a group) the first.
    fn group_of(&self, laptop: usize) -> GroupId {
        self.laptops[laptop]
            .group
            .unwrap_or_else(|| self.laptops[laptop].doc.session().groups[0].id)
    }

    fn add_answer(&mut self, laptop: usize, question: usize, text: &str) {
        let stamp = self.stamp(laptop);
        let group = self.group_of(laptop);
        let session = self.laptops[laptop].doc.session();
        let entry = parse_entry(text, &session.topics);
        let question = session.questions[question % session.questions.len()].id;
        let answer = new_answer(entry, group, question, AnswerKind::Other, stamp);
        let add = action::added(session, Item::Answer(answer));
        let doc = &mut self.laptops[laptop].doc;
        doc.apply(add).expect("a new answer is added");
        doc.seal();
    }

    /// The answers `laptop` may change: its group's on a group's laptop;
    /// any on a facilitator's (fixing a typo).
    fn editable(&self, laptop: usize) -> Vec<Answer> {
        let own = self.laptops[laptop].group;
        self.laptops[laptop]
            .doc
            .session()
            .answers
            .iter()
            .filter(|a| !a.deleted && own.is_none_or(|group| a.group == group))
            .cloned()
            .collect()
    }

    fn revise(&mut self, laptop: usize, pick: usize, change: impl FnOnce(&mut Answer)) {
        let answers = self.editable(laptop);
        let Some(answer) = answers.get(pick % answers.len().max(1)).cloned() else {
            return;
        };
        let stamp = self.stamp(laptop);
        let revised = revised(&answer, stamp, change);
        let doc = &mut self.laptops[laptop].doc;
        doc.apply(Action::replace(Item::Answer(revised)))
            .expect("replaces");
        doc.seal();
    }

    fn move_answer(&mut self, laptop: usize, pick: usize, to: usize) {
        let answers = self.editable(laptop);
        let Some(answer) = answers.get(pick % answers.len().max(1)).cloned() else {
            return;
        };
        let session = self.laptops[laptop].doc.session();
        let siblings = session
            .answers
            .iter()
            .filter(|a| a.group == answer.group && a.question == answer.question)
            .count();
        let Some(Item::Answer(moved)) =
            action::moved(session, ItemId::Answer(answer.id), to % siblings)
        else {
            return;
        };
        let stamp = self.stamp(laptop);
        let revised = revised(&moved, stamp, |_| {});
        let doc = &mut self.laptops[laptop].doc;
        doc.apply(Action::replace(Item::Answer(revised)))
            .expect("moves");
        doc.seal();
    }

    fn theme(&self, laptop: usize, pick: usize) -> Option<plenary_core::session::ThemeId> {
        let themes = &self.laptops[laptop].doc.session().themes;
        themes.get(pick % themes.len().max(1)).map(|t| t.id)
    }

    fn accept_themes(&mut self, laptop: usize, question: usize, cut: usize) {
        let session = self.laptops[laptop].doc.session();
        let question = session.questions[question % session.questions.len()].id;
        let seen: Vec<AnswerId> = unthemed(session, question).iter().map(|a| a.id).collect();
        if seen.len() < 2 {
            return;
        }
        let cut = 1 + cut % (seen.len() - 1);
        let suggestions: Vec<Suggestion> = [&seen[..cut], &seen[cut..]]
            .iter()
            .map(|answers| Suggestion {
                name: "Thème".into(),
                statement: "Les groupes en parlent.".into(),
                answers: answers.to_vec(),
                groups: Vec::new(),
                shared: Vec::new(),
                confidence: 1.0,
            })
            .collect();
        let accept = accept_suggestions(session, question, &suggestions, &seen);
        self.edit(laptop, accept);
    }

    /// A group's laptop saves its group file; a facilitator's, its copy.
    fn save(&mut self, laptop: usize) {
        let laptop = &self.laptops[laptop];
        let file = match laptop.group {
            Some(group) => group_file(laptop.doc.session(), group, laptop.replica)
                .expect("its group is listed"),
            None => laptop.doc.session().clone(),
        };
        self.files.push(file);
    }

    /// A facilitator imports a file: a group file for its groups, another
    /// facilitator's copy whole (as the app's "Take everything").
    fn import(&mut self, laptop: usize, file: usize) {
        if self.laptops[laptop].group.is_some() || self.files.is_empty() {
            return;
        }
        let file = self.files[file % self.files.len()].clone();
        let take = if file.capture.is_some() {
            Take::OwnGroups
        } else {
            Take::Everything
        };
        let doc = &mut self.laptops[laptop].doc;
        let plan =
            merge::plan(doc.session(), &file, Accept::SameSession, take).expect("one session");
        if let Some(action) = plan.action {
            doc.apply(action).expect("a plan applies");
        }
        doc.seal();
    }

    /// Everyone saves once more at the end.
    fn finish(&mut self) {
        for laptop in 0..LAPTOPS {
            self.save(laptop);
        }
    }
}

fn world(ops: &[Op]) -> World {
    let mut world = World::new();
    for op in ops {
        world.run(op);
    }
    world.finish();
    world
}

fn merged(files: &[Session]) -> Session {
    merge::merge_files(files, Accept::SameSession, true)
        .expect("one session")
        .0
}

/// The file the session is written as: compared as text, so a failure
/// shows the first line that differs.
fn bytes(session: &Session) -> Text {
    Text(String::from_utf8(store::file_bytes(session)).expect("RON is UTF-8"))
}

#[derive(Clone, PartialEq)]
struct Text(String);

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} lines", self.0.lines().count())
    }
}

/// Where two files first differ, with some lines around it.
fn first_difference(a: &Text, b: &Text) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.0.lines().collect(), b.0.lines().collect());
    let at = a
        .iter()
        .zip(&b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    let from = at.saturating_sub(6);
    format!(
        "line {at}:\n--- one\n{}\n--- other\n{}",
        a[from..(at + 4).min(a.len())].join("\n"),
        b[from..(at + 4).min(b.len())].join("\n")
    )
}

macro_rules! same_file {
    ($a:expr, $b:expr) => {{
        let (a, b) = ($a, $b);
        prop_assert!(a == b, "{}", first_difference(&a, &b));
    }};
}

/// `files` in the order `keys` sort them, some twice.
fn shuffled<'a>(files: &'a [Session], keys: &[u32], twice: &[bool]) -> Vec<Session> {
    let mut order: Vec<(u32, &'a Session)> = files
        .iter()
        .enumerate()
        .map(|(i, file)| (keys[i % keys.len()], file))
        .collect();
    order.sort_by_key(|(key, _)| *key);
    let mut out = Vec::new();
    for (i, (_, file)) in order.into_iter().enumerate() {
        out.push(file.clone());
        if twice[i % twice.len()] {
            out.push(file.clone());
        }
    }
    out
}

/// Every version of every answer a file holds, by answer.
fn all_versions(files: &[Session]) -> HashMap<AnswerId, Vec<Answer>> {
    let mut all: HashMap<AnswerId, Vec<Answer>> = HashMap::new();
    for file in files {
        for answer in &file.answers {
            let versions = all.entry(answer.id).or_default();
            for version in version::versions(answer) {
                if !versions.contains(&version) {
                    versions.push(version);
                }
            }
        }
    }
    all
}

fn is_covered_by(clock: &Clock, answer: &Answer) -> bool {
    version::versions(answer)
        .iter()
        .any(|v| covers(v.clock(), clock))
}

proptest! {
    #![proptest_config(plenary_testkit::sessions::cases(48))]

    #[test]
    fn every_order_and_grouping_merges_to_the_same_bytes(
        ops in proptest::collection::vec(any_op(), 10..150),
        keys in proptest::collection::vec(any::<u32>(), 64),
        twice in proptest::collection::vec(any::<bool>(), 64),
        split in any::<usize>(),
    ) {
        let world = world(&ops);
        let files = &world.files;
        let reference = merged(files);
        if std::env::var("MERGE_STATS").is_ok() {
            let conflicts = reference.answers.iter().filter(|a| !a.conflicts.is_empty()).count()
                + reference.groups.iter().filter(|g| !g.conflicts.is_empty()).count()
                + reference.themes.iter().filter(|t| !t.conflicts.is_empty()).count()
                + usize::from(!reference.header_conflicts.is_empty());
            eprintln!("files {} answers {} themes {} removed {} conflicts {}", files.len(), reference.answers.len(), reference.themes.len(), reference.removed.len(), conflicts);
        }
        let reference_bytes = bytes(&reference);

        // Any order, any repetition.
        let other = merged(&shuffled(files, &keys, &twice));
        same_file!(bytes(&other), reference_bytes.clone());

        // Any grouping: two secretaries each merge part, then the parts.
        let cut = split % (files.len() + 1);
        let (a, b) = files.split_at(cut);
        let mut parts = Vec::new();
        for part in [a, b] {
            if !part.is_empty() {
                parts.push(merged(part));
            }
        }
        same_file!(bytes(&merged(&parts)), reference_bytes.clone());

        // Merging again changes nothing.
        let mut again = files.clone();
        again.push(reference.clone());
        same_file!(bytes(&merged(&again)), reference_bytes.clone());
        same_file!(bytes(&merged(std::slice::from_ref(&reference))), reference_bytes.clone());

        // The app's path: the first facilitator's laptop imports every file
        // in the order given; it holds what the merge of all holds.
        let mut doc = Document::untitled(world.laptops[0].doc.session().clone());
        for file in shuffled(files, &keys, &twice) {
            let take = if file.capture.is_some() { Take::OwnGroups } else { Take::Everything };
            let plan = merge::plan(doc.session(), &file, Accept::SameSession, take).expect("one session");
            if let Some(action) = plan.action {
                doc.apply(action).expect("a plan applies");
            }
        }
        same_file!(bytes(doc.session()), reference_bytes);
    }

    #[test]
    fn nothing_typed_is_lost_and_every_concurrent_edit_shows(
        ops in proptest::collection::vec(any_op(), 10..150),
    ) {
        let world = world(&ops);
        let reference = merged(&world.files);
        let by_id: HashMap<AnswerId, &Answer> = reference.answers.iter().map(|a| (a.id, a)).collect();
        // Every answer a laptop holds at the end is there, in that version
        // or one that has seen it.
        for laptop in &world.laptops {
            for answer in &laptop.doc.session().answers {
                let Some(merged) = by_id.get(&answer.id) else {
                    prop_assert!(false, "answer {:?} lost", answer.text);
                    continue;
                };
                for version in version::versions(answer) {
                    prop_assert!(is_covered_by(&version.clock, merged), "a version of {:?} lost", version.text);
                }
            }
        }
        // The merged answer holds exactly the versions no other supersedes:
        // concurrent ones stay side by side as a conflict.
        for (id, versions) in all_versions(&world.files) {
            let merged = by_id.get(&id).expect("every answer filed is merged");
            let expected = version::current(versions);
            prop_assert_eq!(version::versions(*merged), version::versions(&expected));
        }
        // An answer deleted on one laptop while edited on another shows its
        // edit (live first), the deletion waiting as a conflict.
        for answer in &reference.answers {
            if answer.conflicts.iter().any(|v| !v.deleted) {
                prop_assert!(!answer.deleted, "an edit hidden by a deletion");
            }
        }
    }

    #[test]
    fn what_a_facilitator_removed_stays_removed_and_group_files_change_their_group_only(
        ops in proptest::collection::vec(any_op(), 10..150),
    ) {
        let world = world(&ops);
        let reference = merged(&world.files);
        // A removed phase never comes back (nobody edits phases after).
        for file in world.files.iter().filter(|f| f.capture.is_none()) {
            for (id, clock) in &file.removed {
                let back = reference.agenda.iter().find(|p| p.id.0 == *id);
                if let Some(phase) = back {
                    prop_assert!(!covers(clock, &phase.clock), "a removed phase is back");
                }
            }
        }
        // The group files alone, with the master: no group file changes the
        // header, the questions, the themes, or another group's answers.
        let master = world.files.iter().rfind(|f| f.capture.is_none()).expect("a copy").clone();
        let mut with_groups = vec![master.clone()];
        with_groups.extend(world.files.iter().filter(|f| f.capture.is_some()).cloned());
        let merged = merged(&with_groups);
        prop_assert_eq!(merged.header(), master.header());
        prop_assert_eq!(&merged.questions, &master.questions);
        prop_assert_eq!(&merged.themes, &master.themes);
        for answer in &merged.answers {
            let own = world.files.iter().any(|f| {
                f.capture.as_ref().is_some_and(|c| c.groups.contains(&answer.group))
            });
            let before = master.answers.iter().find(|a| a.id == answer.id);
            if !own {
                prop_assert_eq!(Some(answer), before, "another group's answer changed");
            }
        }
    }
}

#[test]
fn a_rename_made_on_the_laptop_wins_in_every_order() {
    // The group added on a laptop, and renamed there later: the later name
    // wins whichever copy comes first.
    let mut world = World::new();
    world.save(LAPTOPS - 1);
    world.run(&Op::RenameGroup {
        laptop: LAPTOPS - 1,
        pick: 0,
        text: "Groupe 6 (douanes)".into(),
    });
    world.save(LAPTOPS - 1);
    world.save(0);
    let files = world.files.clone();
    let group = world.laptops[LAPTOPS - 1].group.expect("its group");
    for order in [[0, 1, 2], [1, 0, 2], [2, 1, 0], [2, 0, 1]] {
        let files: Vec<Session> = order.iter().map(|i| files[*i].clone()).collect();
        let session = merged(&files);
        let name = &session.group(group).expect("merged").name;
        assert_eq!(name, "Groupe 6 (douanes)", "{order:?}");
    }
}

#[test]
fn the_session_file_first_or_last_lists_the_groups_in_its_order() {
    let mut world = World::new();
    for laptop in 0..LAPTOPS {
        world.save(laptop);
    }
    let mut files = world.files.clone();
    let first = merged(&files);
    files.reverse();
    let last = merged(&files);
    let names = |s: &Session| -> Vec<String> { s.groups.iter().map(|g| g.name.clone()).collect() };
    assert_eq!(names(&first), names(&last));
    assert_eq!(names(&first)[..5], names(&Session::template())[..5]);
    assert_eq!(names(&first)[5], "Groupe ajouté");
}
