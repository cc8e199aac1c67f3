//! Plenary's own file chooser, drawn over the window: places on the left;
//! the folder, its folders and files of the chosen type; a name field for a
//! save; the main button and Cancel; "Replace it?" before a file is
//! written over. Everything has a label a screen reader and kittest find.

use crate::chooser::{Chooser, Done, Pick};
use crate::command::Command;
use crate::words::fl;

/// Draws the chooser while it is open, and closes it once the person chose
/// or cancelled, pushing what they chose.
pub(crate) fn chooser_ui(
    ctx: &egui::Context,
    chooser: &mut Option<Chooser>,
    commands: &mut Vec<Command>,
) {
    let Some(open) = chooser else {
        return;
    };
    let mut done = Done::Not;
    // A fixed size: a modal sized by its content would grow a little
    // each frame with the fields that fill its width.
    let screen = ctx.content_rect().size();
    let size = egui::vec2(
        (screen.x - 64.0).clamp(320.0, 720.0),
        (screen.y * 0.45).clamp(140.0, 360.0),
    );
    let response = egui::Modal::new(egui::Id::unique("file chooser")).show(ctx, |ui| {
        ui.set_width(size.x);
        done = chooser_body_ui(ui, open, size);
    });
    if response.should_close() && matches!(done, Done::Not) {
        done = Done::Cancelled;
    }
    match done {
        Done::Not => {}
        Done::Cancelled => {
            *chooser = None;
            commands.push(Command::DialogClosed);
        }
        Done::Chose(command) => {
            *chooser = None;
            commands.push(command);
        }
    }
}

fn chooser_body_ui(ui: &mut egui::Ui, chooser: &mut Chooser, size: egui::Vec2) -> Done {
    ui.heading(chooser.ask.title());
    if let Some(replacing) = chooser.replacing.clone() {
        return replace_ui(ui, chooser, &replacing);
    }
    let mut done = Done::Not;
    ui.horizontal(|ui| {
        let label = ui.label(fl!("chooser-folder"));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut chooser.folder_field).desired_width(size.x - 160.0),
            )
            .labelled_by(label.id);
        if field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)) {
            chooser.go_typed();
        }
        if ui
            .button(fl!("chooser-up"))
            .on_hover_text(fl!("chooser-up-hint"))
            .clicked()
        {
            chooser.up();
        }
    });
    let height = size.y;
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(150.0);
            ui.label(egui::RichText::new(fl!("chooser-places")).strong());
            egui::ScrollArea::vertical()
                .id_salt("chooser places")
                .auto_shrink(false)
                .min_scrolled_height(height)
                .max_height(height)
                .show(ui, |ui| {
                    for place in chooser.places.clone() {
                        let button = ui
                            .add(egui::Button::new(&place.label).truncate())
                            .on_hover_text(place.path.display().to_string());
                        if button.clicked() {
                            chooser.go(place.path);
                        }
                    }
                });
        });
        // (A separator here would take the height the modal had last frame,
        // and the modal would grow by it every frame.)
        ui.add_space(12.0);
        ui.vertical(|ui| {
            ui.set_width(size.x - 180.0);
            egui::ScrollArea::vertical()
                .id_salt("chooser files")
                .auto_shrink(false)
                .min_scrolled_height(height)
                .max_height(height)
                .show(ui, |ui| done = listing_ui(ui, chooser));
        });
    });
    if chooser.ask.pick() == Pick::Save {
        ui.horizontal(|ui| {
            let label = ui.label(fl!("chooser-name"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut chooser.name).desired_width(320.0))
                .labelled_by(label.id);
            if field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)) {
                done = choose(chooser);
            }
            ui.label(format!(".{}", chooser.ask.extension()));
        });
    } else {
        ui.label(
            egui::RichText::new(fl!("chooser-showing", kind = chooser.ask.filter_name())).weak(),
        );
    }
    if let Some(problem) = &chooser.problem {
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
    ui.horizontal(|ui| {
        if ui.button(chooser.action_label()).clicked() {
            done = choose(chooser);
        }
        if ui.button(fl!("chooser-cancel")).clicked() {
            done = Done::Cancelled;
        }
    });
    done
}

/// The folder's folders and files; a folder opens at a click, a file is
/// picked (twice clicked, it is chosen at once when opening).
fn listing_ui(ui: &mut egui::Ui, chooser: &mut Chooser) -> Done {
    let entries = match &chooser.listing {
        Ok(entries) => entries.clone(),
        Err(problem) => {
            ui.colored_label(ui.visuals().error_fg_color, problem);
            return Done::Not;
        }
    };
    if entries.is_empty() {
        ui.label(egui::RichText::new(fl!("chooser-empty")).weak());
    }
    let mut done = Done::Not;
    for entry in entries {
        if entry.is_folder {
            let shown = format!("{}/", entry.name);
            if ui.selectable_label(false, shown).clicked() {
                chooser.go(entry.path.clone());
            }
            continue;
        }
        let picked = chooser.picked.contains(&entry.path);
        let response = ui.selectable_label(picked, &entry.name);
        if response.clicked() {
            chooser.click_file(&entry.path);
        }
        if response.double_clicked() && matches!(chooser.ask.pick(), Pick::File | Pick::Save) {
            chooser.picked = vec![entry.path.clone()];
            done = choose(chooser);
        }
    }
    done
}

/// "Replace it?" for a file that exists.
fn replace_ui(ui: &mut egui::Ui, chooser: &mut Chooser, replacing: &std::path::Path) -> Done {
    let name = replacing
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    ui.label(fl!("chooser-replace-question", name = name));
    let mut done = Done::Not;
    ui.horizontal(|ui| {
        if ui.button(fl!("chooser-replace")).clicked() {
            done = choose(chooser);
        }
        if ui.button(fl!("chooser-keep")).clicked() {
            chooser.replacing = None;
        }
    });
    done
}

fn choose(chooser: &mut Chooser) -> Done {
    chooser.choose().map_or(Done::Not, Done::Chose)
}
