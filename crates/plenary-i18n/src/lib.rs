//! Plenary's words: the English and French catalogues
//! (`i18n/<language>/plenary.ftl`, Fluent), and how every value of the core
//! reads in them.
//!
//! There is no "current language" here: whoever shows words says which
//! language they are in, by the loader it passes ([`words`]). The window
//! passes the person's choice, a report the session's, the command line
//! English. So an error reads the same whichever window is open, and tests
//! of each language run side by side.
//!
//! Crates above this one check their own message ids at compile time with
//! `i18n_embed_fl::fl!(loader, "id", ...)`: their `i18n.toml` points at
//! these catalogues. This crate must never import a UI or a document engine.
//!
//! ```
//! use plenary_core::action::ActionError;
//! use plenary_core::session::Language;
//! use plenary_i18n::{Describe as _, words};
//!
//! let refusal = ActionError::InUse { count: 3 };
//! assert_eq!(
//!     refusal.describe(words(Language::English)),
//!     "3 answers belong to it; delete or move them first"
//! );
//! ```

mod describe;

use std::sync::LazyLock;

use i18n_embed::LanguageLoader as _;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use plenary_core::session::Language;
use rust_embed::RustEmbed;

pub use describe::{
    Describe, answers_elsewhere, conflicts_left, kind_name, language_name, merge_written,
    phase_kind_name, unknown_group,
};
/// What speaks one language: `i18n_embed_fl::fl!(loader, "id")`.
pub use i18n_embed::fluent::FluentLanguageLoader as Words;

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Catalogues;

/// One loader per language, each falling back to English for a message its
/// catalogue lacks.
static LOADERS: LazyLock<[FluentLanguageLoader; 2]> =
    LazyLock::new(|| Language::ALL.map(loader_of));

fn loader_of(language: Language) -> FluentLanguageLoader {
    let loader = fluent_language_loader!();
    let english = language_id(Language::English);
    let languages = match language {
        Language::English => vec![english],
        Language::French => vec![language_id(Language::French), english],
    };
    loader
        .load_languages(&Catalogues, &languages)
        .expect("the catalogues are embedded and the English one is checked at compile time");
    // Bidi isolation marks around arguments would end up in accessible labels.
    loader.set_use_isolating(false);
    loader
}

fn language_id(language: Language) -> unic_langid::LanguageIdentifier {
    match language {
        Language::English => unic_langid::langid!("en-US"),
        Language::French => unic_langid::langid!("fr-FR"),
    }
}

/// The words of `language`.
pub fn words(language: Language) -> &'static Words {
    let index = Language::ALL
        .iter()
        .position(|each| *each == language)
        .unwrap_or(0);
    &LOADERS[index]
}

/// The system's language, when it is one Plenary speaks.
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
        "synthesis-conflict-phase",
        "window-title",
        "window-title-unsaved",
        "setup-session",
        "setup-questions",
        "report-question",
        "item-question",
        "break-out-question-tab",
        "item-phase",
        "field-date",
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
