//! The sentence encoder's cost: loading its model once, and reading the
//! meaning of one answer. Every answer is read once, when the app first
//! sees it, so these are what a facilitator waits for after a merge.
//!
//! The answers are the first five labelled sets' (English and French, 20
//! words on average).
//!
//! One thread reads an answer in the rounds below; the window and the
//! command line read on every core.
//!
//! Run: `cargo bench --bench encoder`.

use std::time::Instant;

use plenary_encoder::Encoder;
use plenary_testkit::labelled;

fn main() {
    let start = Instant::now();
    let encoder = Encoder::load();
    println!("model loaded in {:.2} s", start.elapsed().as_secs_f64());
    let sets = [
        "labelled.csv",
        "holdout.csv",
        "holdout2.csv",
        "holdout3.csv",
        "holdout4.csv",
    ];
    let texts: Vec<String> = sets
        .iter()
        .flat_map(|set| labelled::labelled_session(set).0.answers)
        .map(|answer| answer.text)
        .collect();
    let start = Instant::now();
    let texts_read: Vec<&str> = texts.iter().map(String::as_str).collect();
    std::hint::black_box(plenary_app::meaning::read_now(texts_read));
    println!(
        "on every core, as the command line reads them (loading included): {} answers in {:.2} s",
        texts.len(),
        start.elapsed().as_secs_f64()
    );
    for round in 1..=3 {
        let start = Instant::now();
        for text in &texts {
            std::hint::black_box(encoder.meaning(text));
        }
        let elapsed = start.elapsed().as_secs_f64();
        #[expect(clippy::cast_precision_loss, reason = "a few hundred answers")]
        let each = elapsed / texts.len() as f64;
        println!(
            "round {round}: {} answers in {elapsed:.2} s, {:.2} ms an answer",
            texts.len(),
            each * 1e3
        );
    }
}
