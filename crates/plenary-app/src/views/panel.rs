//! The Panel view: the facilitator's notes under each speaker, with the panel
//! countdown.

use egui::{Align, Layout, RichText, TextEdit};

use super::timer::countdown_ui;
use crate::command::{Command, Timer};
use crate::words::fl;
use plenary_core::action::{Action, TextField};
use plenary_core::capture::Countdown;
use plenary_core::session::Session;

pub(crate) fn panel_ui(
    ui: &mut egui::Ui,
    session: &Session,
    countdown: Countdown,
    now: jiff::Timestamp,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.heading(fl!("panel-heading"));
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            countdown_ui(ui, Timer::Panel, countdown, now, commands);
        });
    });
    ui.separator();
    if session.panel.speakers.is_empty() {
        ui.label(fl!("panel-no-speakers"));
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("panel-view")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (index, speaker) in session.panel.speakers.iter().enumerate() {
                let number = index.saturating_add(1);
                let who = if speaker.name.trim().is_empty() {
                    fl!("item-speaker", number = number)
                } else {
                    speaker.name.clone()
                };
                let topic = speaker
                    .topic
                    .and_then(|id| session.topic(id))
                    .map(|topic| topic.name.clone())
                    .unwrap_or_default();
                let mut title = who;
                for detail in [&speaker.administration, &topic] {
                    if !detail.trim().is_empty() {
                        title.push_str(" · ");
                        title.push_str(detail);
                    }
                }
                ui.label(RichText::new(title).strong());
                let mut notes = speaker.notes.clone();
                let response = ui
                    .add(
                        TextEdit::multiline(&mut notes)
                            .desired_rows(3)
                            .hint_text(fl!("panel-notes-hint"))
                            .desired_width(f32::INFINITY),
                    )
                    .accessible_name(fl!("panel-notes-of", number = number));
                if response.changed() && notes != speaker.notes {
                    let field = TextField::SpeakerNotes(speaker.id);
                    commands.push(Command::Edit(Action::SetText {
                        field,
                        value: notes,
                    }));
                }
                if response.lost_focus() {
                    commands.push(Command::EndEdit);
                }
                ui.add_space(8.0);
            }
        });
}
