//! How the window and the slides look: dark, light, or high contrast for a
//! washed-out projector (white on black, yellow for what is selected or has
//! focus, thick outlines, so nothing depends on subtle shades). Called
//! colours, not themes: in Plenary a theme is what several groups said.

use egui::{Color32, Stroke, Visuals};
use serde::{Deserialize, Serialize};

use crate::words::fl;

/// The window's colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum UiColours {
    #[default]
    Dark,
    Light,
    HighContrast,
}

impl UiColours {
    pub const ALL: [UiColours; 3] = [UiColours::Dark, UiColours::Light, UiColours::HighContrast];

    pub fn label(self) -> String {
        match self {
            UiColours::Dark => fl!("theme-dark"),
            UiColours::Light => fl!("theme-light"),
            UiColours::HighContrast => fl!("theme-high-contrast"),
        }
    }

    pub fn visuals(self) -> Visuals {
        match self {
            UiColours::Dark => Visuals::dark(),
            UiColours::Light => Visuals::light(),
            UiColours::HighContrast => high_contrast(),
        }
    }
}

/// The slides' colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SlideColours {
    #[default]
    Light,
    Dark,
    /// Black and white and yellow, for a washed-out projector.
    HighContrast,
}

impl SlideColours {
    pub const ALL: [SlideColours; 3] = [
        SlideColours::Light,
        SlideColours::Dark,
        SlideColours::HighContrast,
    ];

    pub fn label(self) -> String {
        match self {
            SlideColours::Light => fl!("theme-light"),
            SlideColours::Dark => fl!("theme-dark"),
            SlideColours::HighContrast => fl!("theme-high-contrast"),
        }
    }

    #[must_use]
    pub fn next(self) -> SlideColours {
        match self {
            SlideColours::Light => SlideColours::Dark,
            SlideColours::Dark => SlideColours::HighContrast,
            SlideColours::HighContrast => SlideColours::Light,
        }
    }

    pub fn colors(self) -> Colors {
        match self {
            SlideColours::Light => Colors {
                background: Color32::from_rgb(0xFA, 0xFA, 0xF7),
                text: Color32::from_rgb(0x1A, 0x1A, 0x1A),
                accent: Color32::from_rgb(0x1F, 0x4E, 0x79),
                weak: Color32::from_rgb(0x4A, 0x4A, 0x4A),
            },
            SlideColours::Dark => Colors {
                background: Color32::from_rgb(0x1B, 0x1E, 0x24),
                text: Color32::from_rgb(0xF2, 0xF2, 0xF2),
                accent: Color32::from_rgb(0x8C, 0xC4, 0xFF),
                weak: Color32::from_rgb(0xC8, 0xC8, 0xC8),
            },
            SlideColours::HighContrast => Colors {
                background: Color32::BLACK,
                text: Color32::WHITE,
                accent: Color32::from_rgb(0xFF, 0xE0, 0x00),
                weak: Color32::WHITE,
            },
        }
    }
}

/// The four colours a slide is drawn in.
#[derive(Clone, Copy)]
pub struct Colors {
    pub background: Color32,
    pub text: Color32,
    pub accent: Color32,
    pub weak: Color32,
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
