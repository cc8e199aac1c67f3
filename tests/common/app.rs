//! The real app in a test harness, as every UI test opens it.

use egui_kittest::Harness;
use plenary::app::{AppConfig, PlenaryApp};

/// The app with `config`, in a window of `size`, after its first frame.
pub fn open_app(config: AppConfig, size: [f32; 2]) -> Harness<'static, PlenaryApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        // A view shown for the first time lays out its grids in extra passes.
        .with_max_steps(8)
        .build_eframe(|cc| PlenaryApp::new(cc, config));
    harness.run();
    harness
}
