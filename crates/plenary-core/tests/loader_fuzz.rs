//! The loader against files damaged or forged in every way a mutation can
//! make: bytes flipped, cut, repeated or swapped, and tokens inserted that
//! a parser trips on (quotes, brackets, huge numbers, direction controls,
//! a byte-order mark, NUL). Whatever the bytes, loading returns a session
//! or an error at a real place in the file, never a panic; and a session it
//! returns is one Plenary writes and opens again to the same bytes.
//!
//! A fuzz run of bounded time in `cargo test` (256 files);
//! `PROPTEST_CASES=100000 cargo test -p plenary-core --release --test
//! loader_fuzz` runs longer.

use plenary_core::capture::group_file;
use plenary_core::session::{ReplicaId, Session};
use plenary_core::store;
use proptest::prelude::*;

/// The files mutations start from: the default session, a group file, and
/// the fixture of each format.
fn originals() -> Vec<Vec<u8>> {
    let template = Session::template();
    let group = group_file(&template, template.groups[1].id, ReplicaId::new()).expect("group");
    let mut files = vec![store::file_bytes(&template), store::file_bytes(&group)];
    for version in 1..=4 {
        let path = plenary_testkit::data_dir().join(format!("formats/v{version}.ron"));
        files.push(std::fs::read(path).expect("fixture"));
    }
    files
}

/// Text a parser trips on, inserted anywhere.
const TOKENS: &[&str] = &[
    "\"",
    ")",
    "(",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "r#\"",
    "\"#",
    "\\",
    "\\u{",
    "\u{feff}",
    "\u{202E}",
    "\u{0}",
    "\u{1b}]0;x\u{7}",
    "4294967296",
    "-1",
    "1e999",
    "NaN",
    "format: 99,",
    "format: 0,",
    "id: \"01900000-0000-7000-8000-0000000000a1\",",
    "group: \"00000000-0000-0000-0000-000000000000\",",
    "clock: {\"01900000-0000-7000-8000-0000000000f1\": 4294967295},",
    "answers: [],",
    "deleted: true,",
    "Some(",
    "None",
    "é",
    "\u{301}",
];

#[derive(Clone, Debug)]
enum Mutation {
    Flip { at: usize, bit: u8 },
    Cut { at: usize, len: usize },
    Insert { at: usize, token: usize },
    RepeatLine { line: usize },
    SwapLines { a: usize, b: usize },
    Truncate { at: usize },
}

fn any_mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0u8..8).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
        (any::<usize>(), 1usize..200).prop_map(|(at, len)| Mutation::Cut { at, len }),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, token)| Mutation::Insert { at, token }),
        any::<usize>().prop_map(|line| Mutation::RepeatLine { line }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines { a, b }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

fn lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect()
}

fn mutate(bytes: &mut Vec<u8>, mutation: &Mutation) {
    if bytes.is_empty() {
        return;
    }
    let len = bytes.len();
    match *mutation {
        Mutation::Flip { at, bit } => bytes[at % len] ^= 1 << bit,
        Mutation::Cut { at, len: cut } => {
            let start = at % len;
            let end = (start + cut).min(len);
            bytes.drain(start..end);
        }
        Mutation::Insert { at, token } => {
            let at = at % (len + 1);
            bytes.splice(at..at, TOKENS[token].bytes());
        }
        Mutation::RepeatLine { line } => {
            let mut all = lines(bytes);
            let line = line % all.len();
            all.insert(line, all[line].clone());
            *bytes = all.join(&b'\n');
        }
        Mutation::SwapLines { a, b } => {
            let mut all = lines(bytes);
            let count = all.len();
            all.swap(a % count, b % count);
            *bytes = all.join(&b'\n');
        }
        Mutation::Truncate { at } => bytes.truncate(at % len),
    }
}

proptest! {
    #![proptest_config(plenary_testkit::sessions::cases(256))]

    #[test]
    fn any_damaged_file_loads_or_is_refused_at_a_real_place(
        original in 0usize..6,
        mutations in proptest::collection::vec(any_mutation(), 1..6),
    ) {
        let mut bytes = originals().swap_remove(original);
        for mutation in &mutations {
            mutate(&mut bytes, mutation);
        }
        match store::parse(&bytes) {
            Ok(session) => {
                // What Plenary opens, it writes, and opens again the same.
                let written = store::file_bytes(&session);
                let again = store::parse(&written);
                prop_assert!(again.is_ok(), "{:?}", again.err());
                let again = again.expect("checked");
                prop_assert_eq!(store::file_bytes(&again), written);
                prop_assert!(session.duplicate_id().is_none());
            }
            Err(error) => {
                let line_count = bytes.split(|b| *b == b'\n').count();
                prop_assert!(error.line >= 1 && error.line <= line_count + 1, "{:?}", error);
                prop_assert!(error.col >= 1, "{:?}", error);
            }
        }
    }
}
