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

/// Makes `language` the UI's language (English fills any gap).
pub fn set_ui_language(language: Language) {
    // Reloading while another thread reads would show it message ids.
    if LOADER.current_languages().first() == Some(&language_id(language)) {
        return;
    }
    let english = language_id(Language::English);
    let languages = match language {
        Language::English => vec![english, language_id(Language::French)],
        Language::French => vec![language_id(Language::French), english],
    };
    if let Err(error) = LOADER.load_languages(&Catalogues, &languages) {
        // Cannot happen with the embedded catalogues; keep the current language.
        eprintln!("plenary: the catalogues could not be loaded: {error}");
    }
    // Loading forgets this: bidi marks around arguments would end up in
    // accessible labels.
    LOADER.set_use_isolating(false);
}

/// The system's language, when it is one the UI speaks.
pub fn system_language() -> Option<Language> {
    i18n_embed::DesktopLanguageRequester::requested_languages()
        .iter()
        .find_map(|id| match id.language.as_str() {
            "fr" => Some(Language::French),
            "en" => Some(Language::English),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    const ENGLISH: &str = include_str!("../i18n/en-US/plenary.ftl");
    const FRENCH: &str = include_str!("../i18n/fr-FR/plenary.ftl");

    /// French entries that are rightly the same as the English: names,
    /// formats, units, and words French shares with English.
    const SAME_IN_FRENCH: [&str; 25] = [
        "window-title",
        "window-title-unsaved",
        "setup-session",
        "setup-questions",
        "report-question",
        "item-question",
        "break-out-question-tab",
        "item-phase",
        "field-date",
        "report-date",
        "field-rapporteur",
        "report-rapporteur",
        "column-speaker-administration",
        "report-administration",
        "report-notes",
        "unit-minutes-suffix",
        "timer-add-five",
        "break-out-question-keys",
        "report-format-md",
        "report-format-html",
        "report-format-pdf",
        "report-format-csv",
        "report-format-docx",
        "vote-rank",
        "themes-confidence",
    ];

    /// Each message of a catalogue with its text (continuation lines joined).
    fn messages(catalogue: &str) -> BTreeMap<String, String> {
        let mut messages = BTreeMap::new();
        let mut current: Option<String> = None;
        for line in catalogue.lines() {
            // A message goes on over lines that do not start a new one.
            if line.starts_with([' ', '}', '[', '*']) {
                if let Some(key) = &current {
                    let text: &mut String = messages.entry(key.clone()).or_default();
                    text.push('\n');
                    text.push_str(line.trim());
                }
            } else if let Some((key, value)) = line.split_once(" = ") {
                if !key.starts_with('#') {
                    messages.insert(key.to_owned(), value.to_owned());
                    current = Some(key.to_owned());
                }
            } else {
                current = None;
            }
        }
        messages
    }

    #[test]
    fn english_and_french_have_the_same_messages() {
        let english = messages(ENGLISH);
        let french = messages(FRENCH);
        let only_english: Vec<&String> = english
            .keys()
            .filter(|k| !french.contains_key(*k))
            .collect();
        let only_french: Vec<&String> = french
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(
            only_english.is_empty(),
            "not translated to French: {only_english:?}"
        );
        assert!(
            only_french.is_empty(),
            "not in the English catalogue: {only_french:?}"
        );
        assert!(english.len() > 250, "{} messages", english.len());
    }

    #[test]
    fn no_french_message_is_still_the_english_text() {
        let english = messages(ENGLISH);
        let french = messages(FRENCH);
        let untranslated: Vec<&String> = french
            .iter()
            .filter(|(key, text)| {
                english.get(*key) == Some(text) && !SAME_IN_FRENCH.contains(&key.as_str())
            })
            .map(|(key, _)| key)
            .collect();
        assert!(
            untranslated.is_empty(),
            "still in English: {untranslated:?}"
        );
    }

    #[test]
    fn every_variable_of_an_english_message_is_in_its_french_one() {
        let french = messages(FRENCH);
        for (key, text) in messages(ENGLISH) {
            let Some(translated) = french.get(&key) else {
                continue;
            };
            for part in text.split("{ $").skip(1) {
                let variable = part.split([' ', '}']).next().unwrap_or_default();
                assert!(
                    translated.contains(&format!("${variable}")),
                    "{key}: the French lacks ${variable}"
                );
            }
        }
    }
}
