//! The `plenary` binary: the window, or a command-line tool (see `cli`).

use std::process::ExitCode;

mod cli;
mod terminal;

use clap::Parser as _;
use cli::Cli;
use plenary_app::{AppConfig, PlenaryApp};
use plenary_core::autosave::default_recovery_path;

const ICON_PNG: &[u8] = include_bytes!("../assets/icon.png");

fn main() -> ExitCode {
    let args = Cli::parse();
    if let Some(command) = args.command {
        return cli::run(command);
    }
    let config = AppConfig {
        open: args.file,
        recovery_path: default_recovery_path(),
        prefs: None,
        watch: args.watch,
        system_language: plenary_i18n::system_language(),
        native_dialogs: true,
        read_meanings: true,
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Plenary")
        .with_app_id("plenary")
        .with_inner_size([1120.0, 780.0])
        .with_min_inner_size([640.0, 420.0]);
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(error) => eprintln!("plenary: the app icon could not be read: {error}"),
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let result = eframe::run_native(
        "Plenary",
        options,
        Box::new(|cc| Ok(Box::new(PlenaryApp::new(cc, config)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("plenary: the window could not open: {error}");
            ExitCode::FAILURE
        }
    }
}
