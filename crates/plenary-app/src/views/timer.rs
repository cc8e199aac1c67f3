//! The countdown shown in the Panel and Break-out views: large, legible, and
//! warning in words as well as colour at five minutes, one minute and zero.

use egui::{Color32, RichText};

use crate::command::{Command, Timer, TimerChange};
use crate::spoken::{self, Urgency};
use crate::words::fl;
use plenary_core::capture::{Alert, Countdown, format_clock};

/// Draws a countdown and then its buttons, left to right as they are read
/// and reached by Tab, at the right end of the row `ui` lays out right to
/// left.
pub(crate) fn countdown_ui(
    ui: &mut egui::Ui,
    timer: Timer,
    countdown: Countdown,
    now: jiff::Timestamp,
    commands: &mut Vec<Command>,
) {
    // The block's width as drawn last frame (the buttons' words differ by
    // language), so it lines up at the right end of the row.
    let width_id = egui::Id::unique(("countdown-width", timer));
    let width = ui
        .data(|data| data.get_temp::<f32>(width_id))
        .unwrap_or(380.0);
    let height = ui.available_height().min(60.0);
    let drawn = ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| countdown_row_ui(ui, timer, countdown, now, commands),
    );
    let used = drawn.response.rect.width();
    if (used - width).abs() > 0.5 {
        ui.data_mut(|data| data.insert_temp(width_id, used));
        ui.ctx().request_discard("the countdown's width changed");
    }
}

fn countdown_row_ui(
    ui: &mut egui::Ui,
    timer: Timer,
    countdown: Countdown,
    now: jiff::Timestamp,
    commands: &mut Vec<Command>,
) {
    let left = countdown.left_secs(now);
    let alert = countdown.alert(now);
    let (color, warning) = match alert {
        Alert::None => (ui.visuals().strong_text_color(), None),
        Alert::FiveMinutes => (
            Color32::from_rgb(0xE0, 0x9A, 0x1A),
            Some(fl!("timer-five-minutes")),
        ),
        Alert::OneMinute => (ui.visuals().warn_fg_color, Some(fl!("timer-one-minute"))),
        Alert::TimeUp => (ui.visuals().error_fg_color, Some(fl!("timer-time-up"))),
    };
    let clock = RichText::new(format_clock(left))
        .monospace()
        .size(40.0)
        .strong()
        .color(color);
    let minutes = left.abs() / 60;
    let seconds = left.abs() % 60;
    let sentence = match (timer, alert) {
        (_, Alert::TimeUp) => fl!("timer-spoken-over", minutes = minutes, seconds = seconds),
        (Timer::BreakOut, _) => fl!(
            "timer-spoken-break-out",
            minutes = minutes,
            seconds = seconds
        ),
        (Timer::Panel, _) => fl!("timer-spoken-panel", minutes = minutes, seconds = seconds),
    };
    spoken::as_timer(ui.label(clock), sentence);
    if let Some(warning) = warning {
        // Heard when it appears, without a key press; "Time is up" at once.
        let urgency = if alert == Alert::TimeUp {
            Urgency::Assertive
        } else {
            Urgency::Polite
        };
        let label = ui.label(RichText::new(warning).strong().color(color));
        spoken::announced(label, urgency);
    }
    let change = |change| Command::Timer { timer, change };
    let (toggle, toggle_change) = if countdown.is_running() {
        (fl!("timer-pause"), TimerChange::Pause)
    } else {
        (fl!("timer-start"), TimerChange::Start)
    };
    if ui.button(toggle).clicked() {
        commands.push(change(toggle_change));
    }
    if ui.button(fl!("timer-add-five")).clicked() {
        commands.push(change(TimerChange::Extend { minutes: 5 }));
    }
    if ui.button(fl!("timer-reset")).clicked() {
        commands.push(change(TimerChange::Reset));
    }
    if countdown.is_running() {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(250));
    }
}
