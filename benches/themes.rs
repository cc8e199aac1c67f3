//! Theme suggestion speed. Targets: suggestions for 20,000 answers in under
//! 1 s; for 500 answers, moving the similarity slider re-cuts the grouping
//! well within one frame (16 ms).
//!
//! The answers are the labelled set's, varied (words dropped, words of
//! another answer added) so that the vocabulary is a real meeting's. Each
//! means what its source answer means, read beforehand: the app reads an
//! answer's meaning once, when it first sees it (`benches/encoder.rs`
//! measures that). Each size is measured with meanings and by words alone;
//! 2,000 answers is the most whose nearest by meaning are sought among all
//! the others.
//!
//! Run: `cargo bench --bench themes`.

use std::time::{Duration, Instant};

use plenary_core::session::{Answer, AnswerId, Session};
use plenary_core::themes::meaning::Meanings;
use plenary_core::themes::{Analysis, DEFAULT_SIMILARITY, Weights};
use plenary_testkit::labelled;

/// A small deterministic generator, so every run measures the same answers.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.0 >> 33).expect("fits") % below.max(1)
    }
}

/// `count` answers to question 1 made from the labelled ones, with their
/// meanings.
fn varied(count: usize) -> (Session, Meanings) {
    let (mut session, _) = labelled::labelled_session("labelled.csv");
    let read = labelled::meanings(&session);
    let mut meanings = Meanings::default();
    let base = session.answers.clone();
    let question = session.questions[0].id;
    let mut random = Lcg(7);
    session.answers = (0..count)
        .map(|_| {
            let source = &base[random.next(base.len())];
            let other = &base[random.next(base.len())];
            let mut words: Vec<&str> = source
                .text
                .split_whitespace()
                .filter(|_| random.next(10) < 8)
                .collect();
            words.extend(
                other
                    .text
                    .split_whitespace()
                    .filter(|_| random.next(10) == 0),
            );
            let text = words.join(" ");
            let meaning = read.get(&source.text).expect("every answer read");
            meanings.insert(&text, meaning.to_vec());
            Answer {
                id: AnswerId::new(),
                question,
                text,
                ..source.clone()
            }
        })
        .collect();
    (session, meanings)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let by_words = Meanings::default();
    for (count, how) in [500, 2_000, 5_000, 20_000]
        .into_iter()
        .flat_map(|count| [(count, "with meanings"), (count, "by words")])
    {
        let (session, read) = varied(count);
        let meanings = if how == "by words" { &by_words } else { &read };
        let answers: Vec<&Answer> = session.answers.iter().collect();
        let rounds = if count > 5_000 { 3 } else { 10 };
        let mut suggest = Vec::new();
        let mut themes = 0;
        for _ in 0..rounds {
            let start = Instant::now();
            let analysis = Analysis::of_answers(&session, &answers, Weights::default(), meanings);
            let (suggestions, _) = analysis.suggest(DEFAULT_SIMILARITY);
            suggest.push(start.elapsed());
            themes = suggestions.len();
        }
        let analysis = Analysis::of_answers(&session, &answers, Weights::default(), meanings);
        let mut slider = Vec::new();
        for step in 0..40u16 {
            let similarity = 0.05 + f32::from(step) * 0.02;
            let start = Instant::now();
            let shown = analysis.suggest(similarity);
            slider.push(start.elapsed());
            std::hint::black_box(shown);
        }
        println!(
            "{count:>6} answers {how:<13}: suggest (analyse, cluster, name) median {:>8.1} ms, {themes} themes; \
             slider re-cut median {:>6.2} ms, worst {:>6.2} ms",
            median(suggest).as_secs_f64() * 1e3,
            median(slider.clone()).as_secs_f64() * 1e3,
            slider.iter().max().expect("some").as_secs_f64() * 1e3,
        );
    }
}
