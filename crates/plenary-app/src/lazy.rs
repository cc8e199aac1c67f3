//! Long lists drawn only where they show. The Break-out's answer list has
//! rows of one height and uses `ScrollArea::show_rows`; the Synthesis and
//! Report views mix cards, headings and rows of any height, so each row
//! remembers the height it had when last drawn.

/// Draws `row` when it is on screen or within a screen of it; elsewhere
/// reserves the height the row had when last drawn (one line's, before it
/// ever was). A view of thousands of answers then costs a frame only the
/// rows near the screen. `key` names the row, the same from frame to frame
/// and unlike any other row's (an answer's id, a list and a place in it).
///
/// The widgets inside keep their ids whether rows above were drawn or not:
/// egui counts a scope and a reserved space alike. A row whose widget takes
/// the keyboard focus is scrolled into view.
pub fn lazy_row(
    ui: &mut egui::Ui,
    key: impl std::hash::Hash + std::fmt::Debug,
    row: impl FnOnce(&mut egui::Ui),
) {
    let id = egui::Id::unique(("lazy-row", key));
    let width = ui.available_width();
    let height = ui
        .data(|data| data.get_temp::<f32>(id))
        .unwrap_or(ui.spacing().interact_size.y);
    let rect = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, height));
    let clip = ui.clip_rect();
    let near = clip.expand2(egui::vec2(0.0, clip.height()));
    if !near.intersects(rect) {
        ui.allocate_space(egui::vec2(width, height));
        return;
    }
    let drawn = ui.scope(row).response.rect;
    ui.data_mut(|data| data.insert_temp(id, drawn.height()));
    // Tab moves the focus but egui does not scroll to it: a row that takes
    // the focus comes into view, so a keyboard walks the whole list.
    // The widget itself, not the row: a row (a theme's card) can be taller
    // than the screen.
    if let Some(focused) = ui.memory(egui::Memory::focused)
        && let Some(widget) = ui.ctx().read_response(focused)
        && widget.gained_focus()
        && drawn.contains_rect(widget.rect)
    {
        ui.scroll_to_rect(widget.rect, None);
    }
}
