//! UI text: every string a person reads comes from the Fluent catalogues in
//! `i18n/<language>/plenary.ftl`, through the [`fl!`] macro, which checks at
//! compile time that the key exists in the English catalogue.

use std::sync::LazyLock;

use i18n_embed::LanguageLoader as _;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use rust_embed::RustEmbed;

use crate::session::Language;

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Catalogues;

/// The loaded catalogues. English is the UI's language and the fallback for
/// any message another catalogue lacks.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = fluent_language_loader!();
    let languages = [
        loader.fallback_language().clone(),
        language_id(Language::French),
    ];
    loader
        .load_languages(&Catalogues, &languages)
        .expect("the catalogues are embedded and the English one is checked at compile time");
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

fn language_id(language: Language) -> unic_langid::LanguageIdentifier {
    match language {
        Language::English => unic_langid::langid!("en-US"),
        Language::French => unic_langid::langid!("fr-FR"),
    }
}

/// A loader that speaks `language` (falling back to English), for documents
/// written in a session's language whatever the UI's.
pub fn loader_for(language: Language) -> FluentLanguageLoader {
    LOADER.select_languages(&[language_id(language)])
}
