//! The countdown shown in the Panel and Break-out views: large, legible, and
//! warning in words as well as colour at five minutes, one minute and zero.

use egui::{Color32, RichText};

use crate::command::{Command, Timer, TimerChange};
use crate::words::fl;
use plenary_core::capture::{Alert, Countdown, format_clock};

/// Draws a countdown and its buttons (right to left: this sits at the right
/// end of a row).
pub(crate) fn countdown_ui(
    ui: &mut egui::Ui,
    timer: Timer,
    countdown: Countdown,
    now: jiff::Timestamp,
    commands: &mut Vec<Command>,
) {
    let left = countdown.left_secs(now);
    let change = |change| Command::Timer { timer, change };
    if ui.button(fl!("timer-reset")).clicked() {
        commands.push(change(TimerChange::Reset));
    }
    if ui.button(fl!("timer-add-five")).clicked() {
        commands.push(change(TimerChange::Extend { minutes: 5 }));
    }
    let (toggle, toggle_change) = if countdown.is_running() {
        (fl!("timer-pause"), TimerChange::Pause)
    } else {
        (fl!("timer-start"), TimerChange::Start)
    };
    if ui.button(toggle).clicked() {
        commands.push(change(toggle_change));
    }
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
    let spoken = match (timer, alert) {
        (_, Alert::TimeUp) => fl!("timer-spoken-over", minutes = minutes, seconds = seconds),
        (Timer::BreakOut, _) => fl!(
            "timer-spoken-break-out",
            minutes = minutes,
            seconds = seconds
        ),
        (Timer::Panel, _) => fl!("timer-spoken-panel", minutes = minutes, seconds = seconds),
    };
    ui.label(clock).accessible_name(spoken);
    if let Some(warning) = warning {
        ui.label(RichText::new(warning).strong().color(color));
    }
    if countdown.is_running() {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(250));
    }
}
