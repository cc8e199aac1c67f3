//! UI text: every string a person reads comes from the Fluent catalogues in
//! `i18n/<language>/plenary.ftl`, through the [`fl!`] macro, which checks at
//! compile time that the key exists in the English catalogue.

use std::sync::LazyLock;

use i18n_embed::LanguageLoader as _;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Catalogues;

/// The loaded catalogues. English is always loaded, as the fallback.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = fluent_language_loader!();
    loader
        .load_fallback_language(&Catalogues)
        .expect("the English catalogue is embedded and checked at compile time");
    // Bidi isolation marks around arguments would end up in accessible labels.
    loader.set_use_isolating(false);
    loader
});

/// A UI string by its Fluent key, with optional `name = value` arguments.
#[macro_export]
macro_rules! fl {
    ($message_id:literal) => {{
        i18n_embed_fl::fl!($crate::i18n::LOADER, $message_id)
    }};
    ($message_id:literal, $($args:expr),*) => {{
        i18n_embed_fl::fl!($crate::i18n::LOADER, $message_id, $($args),*)
    }};
}
