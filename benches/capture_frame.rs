//! Frame time of the Break-out view while a rapporteur types, with 500 and
//! 5,000 answers in the current question. Target: under 4 ms of CPU per frame
//! at 5,000 answers, in release.
//!
//! Run: `cargo bench --bench capture_frame`. Each frame is a full egui pass of
//! the real app (layout of every visible widget) plus tessellation, as eframe
//! does before handing meshes to the GPU; a key is typed every frame.

use std::time::{Duration, Instant};

use eframe::App as _;
use plenary_app::{AppConfig, Laptop, PlenaryApp, Prefs, View};
use plenary_core::session::{Answer, AnswerId, AnswerKind, Session};
use plenary_core::store;

const WARM_UP_FRAMES: usize = 30;
const MEASURED_FRAMES: usize = 300;

fn session_with(answers: usize) -> Session {
    let mut session = Session::template();
    let group = session.groups[2].id;
    let question = session.questions[0].id;
    let topics: Vec<_> = session.topics.iter().map(|t| t.id).collect();
    let now = jiff::Timestamp::UNIX_EPOCH;
    session.answers = (0..answers)
        .map(|n| Answer {
            id: AnswerId(uuid::Uuid::from_u128(n as u128 + 1)),
            group,
            question,
            position: plenary_core::order::Position::default(),
            text: format!(
                "Answer {n}: les portiques biométriques réduisent l'attente des voyageurs, \
                 and risk engines flag consignments before arrival"
            ),
            topics: vec![topics[n % topics.len()]],
            kind: AnswerKind::UseToday,
            created: now,
            modified: now,
            revision: 1,
            deleted: false,
            clock: plenary_core::session::Clock::new(),
            conflicts: Vec::new(),
        })
        .collect();
    session
}

fn measure(answers: usize, view: View) -> (Duration, Duration, Duration) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.ron");
    let session = session_with(answers);
    store::save(&path, &session).expect("saves");
    let mut prefs = Prefs {
        view,
        ..Prefs::default()
    };
    prefs.laptop.insert(
        session.id,
        Laptop {
            group: Some(session.groups[2].id),
            ..Laptop::default()
        },
    );
    let config = AppConfig {
        open: Some(path),
        prefs: Some(prefs),
        ..AppConfig::default()
    };
    let ctx = egui::Context::default();
    let cc = eframe::CreationContext::_new_kittest(ctx.clone());
    let mut app = PlenaryApp::new(&cc, config);
    let mut frame = eframe::Frame::_new_kittest();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0));
    let mut times = Vec::with_capacity(MEASURED_FRAMES);
    for index in 0..WARM_UP_FRAMES + MEASURED_FRAMES {
        let input = egui::RawInput {
            screen_rect: Some(screen),
            events: if view == View::BreakOut {
                vec![egui::Event::Text(if index % 10 == 9 {
                    " ".into()
                } else {
                    "a".into()
                })]
            } else {
                Vec::new()
            },
            ..egui::RawInput::default()
        };
        let start = Instant::now();
        let output = ctx.run_ui(input, |ui| app.ui(ui, &mut frame));
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        let elapsed = start.elapsed();
        std::hint::black_box(primitives);
        if index >= WARM_UP_FRAMES {
            times.push(elapsed);
        }
    }
    times.sort();
    let median = times[times.len() / 2];
    let p95 = times[times.len() * 95 / 100];
    let max = times[times.len() - 1];
    (median, p95, max)
}

fn main() {
    println!("Break-out view, one egui pass + tessellation per frame, a key typed each frame");
    for answers in [500, 5_000] {
        report(answers, View::BreakOut);
    }
    println!("Other views, one egui pass + tessellation per frame");
    for view in [View::Synthesis, View::Plenary, View::Report] {
        for answers in [500, 5_000] {
            report(answers, view);
        }
    }
}

fn report(answers: usize, view: View) {
    let (median, p95, max) = measure(answers, view);
    println!(
        "{view:>10?} {answers:>6} answers: median {:>6.3} ms, p95 {:>6.3} ms, max {:>6.3} ms",
        median.as_secs_f64() * 1e3,
        p95.as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3
    );
}
