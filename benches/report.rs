//! Exporting the plenary report in every format: the default session (with
//! the answers of five groups), a session of 20,000 answers, and the same
//! session with half its answers in themes. Targets: under 1 s per format for
//! the default session, under 5 s for 20,000 answers.
//!
//! Run: `cargo bench --bench report`.

use std::time::{Duration, Instant};

use plenary_core::merge::{Accept, Take, merge_into};
use plenary_core::session::{Language, Session};
use plenary_core::store;
use plenary_docs::report::{self, Format, Options};
use plenary_testkit::big;

const RUNS: usize = 5;

fn default_session() -> Session {
    let mut session = Session::template();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/ptc-groups");
    for group in 1..=5 {
        let file = store::load(&dir.join(format!("group-{group}.ron"))).expect("fixture loads");
        merge_into(&mut session, &file, Accept::SameSession, Take::OwnGroups)
            .expect("same session");
    }
    session
}

/// `answers` answers spread over the groups and questions, a fifth of them
/// recommendations.
fn big_session(answers: usize) -> Session {
    big::with_answers(answers, |n| {
        format!(
            "Answer {n}: risk engines flag consignments before arrival; les scellés électroniques suivent les conteneurs #ai #iot"
        )
    })
}

fn time(session: &Session, format: Format) -> Duration {
    let options = Options {
        annex: true,
        anonymous: false,
        language: Language::English,
        details: true,
    };
    let start = Instant::now();
    let bytes = report::render(&report::build(session, options), format).expect("renders");
    let elapsed = start.elapsed();
    assert!(!bytes.is_empty());
    elapsed
}

fn main() {
    let small = default_session();
    let big = big_session(20_000);
    let big_themed = big::themed(big.clone());
    // The first PDF export in a process (the default session's) also parses
    // Typst's fonts. Typst's memo is cleared after every export, so each run
    // of the large sessions is what a person waits for.
    println!("report export, build + render: median and slowest of {RUNS} runs");
    for (name, session) in [
        ("default session", &small),
        ("20,000 answers", &big),
        ("20,000 answers, half in 500 themes", &big_themed),
    ] {
        println!("{name} ({} answers):", session.live_answers().count());
        for format in Format::ALL {
            let mut runs: Vec<Duration> = (0..RUNS).map(|_| time(session, format)).collect();
            runs.sort();
            println!(
                "  {:>4}: median {:>8.1} ms, slowest {:>8.1} ms",
                format.extension(),
                runs[RUNS / 2].as_secs_f64() * 1e3,
                runs[RUNS - 1].as_secs_f64() * 1e3
            );
        }
    }
}
