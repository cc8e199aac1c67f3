//! How the app looks: dark, light, or high contrast for a washed-out
//! projector (white on black, yellow for what is selected or has focus,
//! thick outlines, so nothing depends on subtle shades).

use egui::{Color32, Stroke, Visuals};
use serde::{Deserialize, Serialize};

use crate::words::fl;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum UiTheme {
    #[default]
    Dark,
    Light,
    HighContrast,
}

impl UiTheme {
    pub const ALL: [UiTheme; 3] = [UiTheme::Dark, UiTheme::Light, UiTheme::HighContrast];

    pub fn label(self) -> String {
        match self {
            UiTheme::Dark => fl!("theme-dark"),
            UiTheme::Light => fl!("theme-light"),
            UiTheme::HighContrast => fl!("theme-high-contrast"),
        }
    }

    pub fn visuals(self) -> Visuals {
        match self {
            UiTheme::Dark => Visuals::dark(),
            UiTheme::Light => Visuals::light(),
            UiTheme::HighContrast => high_contrast(),
        }
    }
}

fn high_contrast() -> Visuals {
    const YELLOW: Color32 = Color32::from_rgb(0xFF, 0xE0, 0x00);
    let mut visuals = Visuals::dark();
    visuals.override_text_color = Some(Color32::WHITE);
    visuals.panel_fill = Color32::BLACK;
    visuals.window_fill = Color32::BLACK;
    visuals.extreme_bg_color = Color32::BLACK;
    visuals.faint_bg_color = Color32::from_gray(24);
    visuals.code_bg_color = Color32::from_gray(24);
    visuals.window_stroke = Stroke::new(2.0, Color32::WHITE);
    visuals.hyperlink_color = YELLOW;
    visuals.warn_fg_color = YELLOW;
    visuals.error_fg_color = Color32::from_rgb(0xFF, 0x6E, 0x6E);
    visuals.selection.bg_fill = Color32::from_rgb(0x00, 0x3C, 0x8C);
    visuals.selection.stroke = Stroke::new(2.0, YELLOW);
    let widgets = &mut visuals.widgets;
    widgets.noninteractive.fg_stroke = Stroke::new(1.5, Color32::WHITE);
    widgets.noninteractive.bg_stroke = Stroke::new(1.0, Color32::WHITE);
    for (state, fill, stroke) in [
        (
            &mut widgets.inactive,
            Color32::from_gray(20),
            Stroke::new(1.5, Color32::WHITE),
        ),
        (
            &mut widgets.hovered,
            Color32::from_gray(40),
            Stroke::new(2.0, YELLOW),
        ),
        (
            &mut widgets.active,
            Color32::from_gray(60),
            Stroke::new(2.5, YELLOW),
        ),
        (
            &mut widgets.open,
            Color32::from_gray(40),
            Stroke::new(2.0, YELLOW),
        ),
    ] {
        state.bg_fill = fill;
        state.weak_bg_fill = fill;
        state.bg_stroke = stroke;
        state.fg_stroke = Stroke::new(1.5, Color32::WHITE);
    }
    visuals
}
