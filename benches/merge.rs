//! Merging the session file and 100 group files of 200 answers each (20,000
//! answers), against only reading and parsing the same files, in one run.
//! Target: the merge takes at most twice the reading and parsing, and under
//! 1 s. Two paths: `plenary merge` (all files at once) and the app's (one
//! file after another into the open session, each as its own plan).
//!
//! Run: `cargo bench --bench merge`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use plenary_core::capture::{EditStamp, group_file, new_answer, parse_entry};
use plenary_core::merge::{self, Accept, Take};
use plenary_core::session::{AnswerKind, Group, GroupId, Language, ReplicaId, Session};
use plenary_core::store;

const FILES: usize = 100;
const ANSWERS_PER_FILE: usize = 200;
const ROUNDS: usize = 5;

fn write_files(dir: &std::path::Path) -> Vec<PathBuf> {
    let template = Session::template();
    (0..FILES)
        .map(|index| {
            let mut session = template.clone();
            let group = Group {
                id: GroupId::new(),
                name: format!("Group {}", index + 1),
                language: if index % 3 == 0 { Language::French } else { Language::English },
                delegations: vec!["Belgique".into(), "Kenya".into()],
                ..Group::default()
            };
            session.groups = vec![group.clone()];
            let edit = EditStamp { replica: ReplicaId::new(), at: jiff::Timestamp::now() };
            for n in 0..ANSWERS_PER_FILE {
                let text = format!(
                    "Answer {n} of group {index}: les scellés électroniques suivent les conteneurs en transit, \
                     and risk engines flag consignments before arrival #iot #ai"
                );
                let entry = parse_entry(&text, &session.topics);
                let question = session.questions[n % 2].id;
                let answer = new_answer(entry, group.id, question, AnswerKind::UseToday, edit);
                let add = plenary_core::action::added(&session, plenary_core::action::Item::Answer(answer));
                plenary_core::action::apply(&mut session, add).expect("adds");
            }
            let path = dir.join(format!("group-{index:03}.ron"));
            let file = group_file(&session, group.id, edit.replica).expect("group");
            store::save(&path, &file).expect("saves");
            path
        })
        .collect()
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = write_files(dir.path());
    let master = dir.path().join("session.ron");
    store::save(&master, &Session::template()).expect("saves");
    let mut all = vec![master.clone()];
    all.extend(files.iter().cloned());
    let mut parse_times = Vec::new();
    let mut merge_times = Vec::new();
    let mut app_times = Vec::new();
    for _ in 0..ROUNDS {
        let start = Instant::now();
        let parsed: Vec<Session> = all.iter().map(|f| store::load(f).expect("loads")).collect();
        parse_times.push(start.elapsed());
        std::hint::black_box(parsed);

        let start = Instant::now();
        let parsed: Vec<Session> = all.iter().map(|f| store::load(f).expect("loads")).collect();
        let (merged, _) =
            merge::merge_files(&parsed, Accept::SameSession, false).expect("one session");
        merge_times.push(start.elapsed());
        assert_eq!(merged.answers.len(), FILES * ANSWERS_PER_FILE);

        let start = Instant::now();
        let mut open = store::load(&master).expect("loads");
        for file in &files {
            let incoming = store::load(file).expect("loads");
            merge::merge_into(&mut open, &incoming, Accept::SameSession, Take::OwnGroups)
                .expect("same session");
        }
        app_times.push(start.elapsed());
        assert_eq!(open.answers.len(), FILES * ANSWERS_PER_FILE);
    }
    let median = |times: &mut Vec<Duration>| {
        times.sort();
        times[times.len() / 2]
    };
    let parse = median(&mut parse_times);
    let merge = median(&mut merge_times);
    let app = median(&mut app_times);
    println!("{FILES} files x {ANSWERS_PER_FILE} answers, median of {ROUNDS} rounds");
    println!(
        "read + parse only:          {:>8.1} ms",
        parse.as_secs_f64() * 1e3
    );
    println!(
        "read + parse + merge:       {:>8.1} ms",
        merge.as_secs_f64() * 1e3
    );
    println!(
        "ratio (target at most 2.0): {:>8.2}",
        merge.as_secs_f64() / parse.as_secs_f64()
    );
    println!(
        "the app's path, file by file: {:>6.1} ms, ratio {:.2}",
        app.as_secs_f64() * 1e3,
        app.as_secs_f64() / parse.as_secs_f64()
    );
}
