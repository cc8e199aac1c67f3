//! Presenter mode (F5): the session's slides full window, driven by the keys
//! a presentation clicker sends; optionally an audience window for the
//! projector while this window shows the presenter's view (current and next
//! slide, the speaking time, notes).

use std::collections::HashMap;

use egui::{Color32, Key, RichText, UiBuilder};
use plenary_core::capture::{Alert, Countdown, format_clock};
use plenary_core::session::Session;
use plenary_docs::slides::{Slide, SlideKind, slides, type_size as size};
use plenary_i18n::{Words, words};

use crate::command::{Command, Scope, UiCommand};
use crate::look::{Colors, SlideColours};
use crate::spoken;
use crate::words::fl;

/// How the presenter chose to present, kept on this laptop.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Settings {
    pub(crate) colours: SlideColours,
    /// How long each group's rapporteur speaks.
    pub(crate) speaking_minutes: u32,
}

/// What presenter mode remembers while it runs.
#[derive(Default)]
pub(crate) struct PresenterState {
    pub index: usize,
    /// Digits typed to jump to a slide with Enter.
    typed: String,
    /// The slides, and the session's change count they were made at.
    slides: Option<(u64, Vec<Slide>)>,
    /// Whether the audience sees the slides in a window of their own.
    pub audience_window: bool,
    /// The speaking time of the group being presented.
    speaking: Option<(SlideKind, Countdown)>,
    /// The speaking time left to each group the presenter moved away from,
    /// stopped: going back goes on from there, not from the start.
    paused: HashMap<SlideKind, Countdown>,
}

/// Presenter mode, full window: the slide keys move through the slides;
/// leaving and the slides' colours go to the app as commands.
pub(crate) fn presenter_ui(
    ui: &mut egui::Ui,
    session: &Session,
    change: u64,
    settings: Settings,
    state: &mut PresenterState,
    commands: &mut Vec<Command>,
) {
    let Settings {
        colours,
        speaking_minutes,
    } = settings;
    if state
        .slides
        .as_ref()
        .is_none_or(|(made, _)| *made != change)
    {
        state.slides = Some((change, slides(session)));
    }
    let total = state.slides.as_ref().map_or(0, |(_, all)| all.len());
    let last = total.saturating_sub(1);
    keys(ui.ctx(), state, last, commands);
    state.index = state.index.min(last);
    let now = jiff::Timestamp::now();
    let (current, next) = match &state.slides {
        Some((_, all)) if !all.is_empty() => {
            (all[state.index].clone(), all.get(state.index + 1).cloned())
        }
        _ => {
            commands.push(Command::Ui(UiCommand::StopPresenting));
            return;
        }
    };
    speaking_time(state, current.kind, speaking_minutes, now);
    // The projector shows the session's language, whatever the UI's.
    let loader = words(session.language);
    let footer = Footer {
        number: state.index + 1,
        total,
        speaking: state.speaking.map(|(_, countdown)| countdown),
        now,
        typed: &state.typed,
        loader,
    };
    if state.audience_window {
        let ctx = ui.ctx().clone();
        let mut closed = false;
        let mut typed = state.typed.clone();
        let mut index = state.index;
        ctx.show_viewport_immediate(
            egui::ViewportId::from_hash_of("audience"),
            egui::ViewportBuilder::default()
                .with_title(fl!("presenter-audience-title"))
                .with_inner_size([1280.0, 720.0]),
            |ui, _class| {
                // The clicker may be aimed at the projector's window.
                let mut audience_state = PresenterState {
                    index,
                    typed: std::mem::take(&mut typed),
                    ..PresenterState::default()
                };
                keys(ui.ctx(), &mut audience_state, last, commands);
                index = audience_state.index;
                typed = audience_state.typed;
                closed = ui.input(|input| input.viewport().close_requested());
                egui::CentralPanel::default()
                    .frame(egui::Frame::NONE)
                    .show(ui, |ui| slide_ui(ui, &current, colours, &footer));
            },
        );
        if closed {
            state.audience_window = false;
        }
        let moved = index != state.index;
        egui::Frame::new().inner_margin(16.0).show(ui, |ui| {
            presenter_view_ui(ui, &current, next.as_ref(), colours, &footer);
        });
        state.index = index;
        state.typed = typed;
        if moved {
            ui.ctx().request_repaint();
        }
    } else {
        slide_ui(ui, &current, colours, &footer);
    }
    if state.speaking.is_some_and(|(_, c)| c.is_running()) {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(250));
    }
}

const DIGITS: [(Key, char); 10] = [
    (Key::Num0, '0'),
    (Key::Num1, '1'),
    (Key::Num2, '2'),
    (Key::Num3, '3'),
    (Key::Num4, '4'),
    (Key::Num5, '5'),
    (Key::Num6, '6'),
    (Key::Num7, '7'),
    (Key::Num8, '8'),
    (Key::Num9, '9'),
];

/// Moves through the slides by the keys a clicker sends (the slide keys of
/// [`UiCommand`]'s table, and digits to type a slide's number); leaving and
/// changing the colours go to the app.
fn keys(ctx: &egui::Context, state: &mut PresenterState, last: usize, commands: &mut Vec<Command>) {
    ctx.input_mut(|input| {
        // In the order typed: a number typed fast arrives in one frame, and
        // "275" must not become "257", nor "11" become "1".
        let digits: Vec<char> = input
            .events
            .iter()
            .filter_map(|event| match event {
                egui::Event::Key {
                    key,
                    pressed: true,
                    repeat: false,
                    modifiers,
                    ..
                    // Shift too: the top-row digits of a French keyboard.
                } if modifiers.matches_logically(egui::Modifiers::NONE) => DIGITS
                    .iter()
                    .find(|(digit_key, _)| digit_key == key)
                    .map(|(_, digit)| *digit),
                _ => None,
            })
            .collect();
        for (key, _) in DIGITS {
            input.consume_key(egui::Modifiers::NONE, key);
        }
        for digit in digits {
            if state.typed.len() < 4 {
                state.typed.push(digit);
            }
        }
    });
    for command in UiCommand::pressed(ctx, Scope::Slides) {
        match command {
            UiCommand::NextSlide => state.index = (state.index + 1).min(last),
            UiCommand::PreviousSlide => state.index = state.index.saturating_sub(1),
            UiCommand::FirstSlide => state.index = 0,
            UiCommand::LastSlide => state.index = last,
            UiCommand::JumpToSlide => {
                if let Ok(number) = state.typed.parse::<usize>() {
                    state.index = number.saturating_sub(1).min(last);
                }
                state.typed.clear();
            }
            UiCommand::AudienceWindow => state.audience_window = !state.audience_window,
            other => commands.push(Command::Ui(other)),
        }
    }
}

/// Runs a group's speaking time while its report-back is shown: from the
/// start the first time, from where it stopped when the presenter comes back.
fn speaking_time(state: &mut PresenterState, kind: SlideKind, minutes: u32, now: jiff::Timestamp) {
    if state.speaking.is_some_and(|(shown, _)| shown == kind) {
        return;
    }
    if let Some((shown, countdown)) = state.speaking.take() {
        state.paused.insert(shown, countdown.paused(now));
    }
    if let SlideKind::Group(_) = kind {
        let countdown = state
            .paused
            .remove(&kind)
            .unwrap_or_else(|| Countdown::new(minutes));
        state.speaking = Some((kind, countdown.started(now)));
    }
}

/// The line under every slide.
#[derive(Clone, Copy)]
struct Footer<'a> {
    number: usize,
    total: usize,
    speaking: Option<Countdown>,
    now: jiff::Timestamp,
    /// Digits typed to jump to a slide, shown until Enter.
    typed: &'a str,
    /// The session's language, for the words on the slides.
    loader: &'a Words,
}

/// One slide, filling the space it is given; type scales with its height
/// (34 px body text at 1080 px).
fn slide_ui(ui: &mut egui::Ui, slide: &Slide, scheme: SlideColours, footer: &Footer<'_>) {
    let colors = scheme.colors();
    let rect = ui.available_rect_before_wrap();
    ui.painter().rect_filled(rect, 0.0, colors.background);
    let scale = (rect.height() / 1080.0).min(rect.width() / 1920.0);
    // A size of the 1920×1080 slide, at the window's size.
    let px = |size: u16| f32::from(size) * scale;
    let margin = 96.0 * scale;
    let inner = rect.shrink2(egui::vec2(margin, px(size::MARGIN_Y)));
    ui.scope_builder(UiBuilder::new().max_rect(inner), |ui| {
        ui.spacing_mut().item_spacing.y = px(size::SPACING);
        let title_size = if slide.kind == SlideKind::Title {
            size::TITLE_SLIDE
        } else {
            size::TITLE
        };
        ui.label(
            RichText::new(&slide.title)
                .size(px(title_size))
                .strong()
                .color(colors.accent),
        );
        if !slide.subtitle.is_empty() {
            ui.label(
                RichText::new(&slide.subtitle)
                    .size(px(size::SUBTITLE))
                    .color(colors.weak),
            );
        }
        ui.add_space(px(size::AFTER_TITLE));
        if let Some(empty) = &slide.empty {
            ui.label(
                RichText::new(empty)
                    .size(36.0 * scale)
                    .italics()
                    .color(colors.text),
            );
        }
        for line in &slide.lines {
            ui.horizontal_wrapped(|ui| {
                if line.indent {
                    ui.add_space(48.0 * scale);
                }
                let text = RichText::new(&line.text)
                    .size(px(if line.heading {
                        size::HEADING
                    } else {
                        size::BODY
                    }))
                    .color(if line.heading {
                        colors.accent
                    } else {
                        colors.text
                    });
                let text = if line.heading { text.strong() } else { text };
                ui.label(text);
                if !line.detail.is_empty() && !line.heading {
                    ui.label(
                        RichText::new(&line.detail)
                            .size(px(size::DETAIL))
                            .color(colors.weak),
                    );
                }
            });
            if line.heading && !line.detail.is_empty() {
                ui.label(
                    RichText::new(&line.detail)
                        .size(px(size::DETAIL))
                        .italics()
                        .color(colors.weak),
                );
            }
        }
    });
    footer_ui(ui, rect, inner, slide, footer, colors);
    ui.allocate_rect(rect, egui::Sense::hover());
}

/// The slide's number (and part), the number being typed, and the speaking
/// time, along the bottom of the slide.
fn footer_ui(
    ui: &mut egui::Ui,
    rect: egui::Rect,
    inner: egui::Rect,
    slide: &Slide,
    footer: &Footer<'_>,
    colors: Colors,
) {
    let scale = (rect.height() / 1080.0).min(rect.width() / 1920.0);
    let footer_rect = egui::Rect::from_min_max(
        egui::pos2(inner.left(), rect.bottom() - 64.0 * scale),
        egui::pos2(inner.right(), rect.bottom() - 16.0 * scale),
    );
    ui.scope_builder(UiBuilder::new().max_rect(footer_rect), |ui| {
        ui.horizontal(|ui| {
            let mut counter = format!("{} / {}", footer.number, footer.total);
            if let Some((part, of)) = slide.part {
                counter.push_str(&i18n_embed_fl::fl!(
                    footer.loader,
                    "presenter-part",
                    part = part,
                    of = of
                ));
            }
            if !footer.typed.is_empty() {
                counter.push_str(&i18n_embed_fl::fl!(
                    footer.loader,
                    "presenter-typed",
                    number = footer.typed
                ));
            }
            let counter = ui.label(RichText::new(counter).size(28.0 * scale).color(colors.weak));
            let sentence = fl!(
                "presenter-slide-of",
                number = footer.number,
                total = footer.total
            );
            spoken::as_sentence(counter, sentence);
            if let Some(countdown) = footer.speaking {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    speaking_ui(ui, countdown, footer, scale, colors);
                });
            }
        });
    });
}

fn speaking_ui(
    ui: &mut egui::Ui,
    countdown: Countdown,
    footer: &Footer<'_>,
    scale: f32,
    colors: Colors,
) {
    let now = footer.now;
    let left = countdown.left_secs(now);
    let alert = countdown.alert(now);
    let (color, word) = match alert {
        Alert::None | Alert::FiveMinutes => (colors.text, None),
        Alert::OneMinute => (
            Color32::from_rgb(0xE0, 0x9A, 0x1A),
            Some(footer.loader.get("timer-one-minute")),
        ),
        Alert::TimeUp => (
            Color32::from_rgb(0xE0, 0x40, 0x30),
            Some(footer.loader.get("timer-time-up")),
        ),
    };
    let minutes = left.abs() / 60;
    let seconds = left.abs() % 60;
    let clock = ui.label(
        RichText::new(format_clock(left))
            .monospace()
            .size(36.0 * scale)
            .strong()
            .color(color),
    );
    let sentence = fl!(
        "presenter-speaking-time",
        minutes = minutes,
        seconds = seconds
    );
    spoken::as_timer(clock, sentence);
    if let Some(word) = word {
        let label = ui.label(RichText::new(word).size(28.0 * scale).strong().color(color));
        // "Time is up" at once; "1 minute left" when the reader is free.
        let urgency = if alert == Alert::TimeUp {
            spoken::Urgency::Assertive
        } else {
            spoken::Urgency::Polite
        };
        spoken::announced(label, urgency);
    }
}

/// This window while the audience window shows the slide: the current and
/// next slides side by side, with the speaking time and the notes.
fn presenter_view_ui(
    ui: &mut egui::Ui,
    current: &Slide,
    next: Option<&Slide>,
    colours: SlideColours,
    footer: &Footer<'_>,
) {
    let width = (ui.available_width() - 24.0) / 2.0;
    let height = width * 9.0 / 16.0;
    ui.horizontal(|ui| {
        ui.vertical(|ui| {
            ui.label(RichText::new(fl!("presenter-current")).strong());
            ui.allocate_ui(egui::vec2(width, height), |ui| {
                ui.set_min_size(egui::vec2(width, height));
                slide_ui(ui, current, colours, footer);
            });
        });
        ui.vertical(|ui| {
            ui.label(RichText::new(fl!("presenter-next")).strong());
            ui.allocate_ui(egui::vec2(width, height), |ui| {
                ui.set_min_size(egui::vec2(width, height));
                match next {
                    Some(next) => {
                        let footer = Footer {
                            number: footer.number + 1,
                            speaking: None,
                            ..*footer
                        };
                        slide_ui(ui, next, colours, &footer);
                    }
                    None => {
                        ui.label(fl!("presenter-no-next"));
                    }
                }
            });
        });
    });
    if let Some(countdown) = footer.speaking {
        speaking_ui(ui, countdown, footer, 1.0, SlideColours::Dark.colors());
    }
    if !current.notes.is_empty() {
        ui.label(RichText::new(&current.notes).size(20.0));
    }
    ui.label(RichText::new(fl!("presenter-keys")).weak());
}
