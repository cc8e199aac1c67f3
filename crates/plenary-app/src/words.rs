//! The window's words, in the language the person chose.
//!
//! The language is the app's state (`Prefs::ui_language`). egui draws a
//! frame on one thread, so each frame begins by making the person's
//! language that thread's ([`speak`]), and the views say `fl!("id")` without
//! passing it about. Nothing outside the window reads it: documents, the
//! command line and the core's errors are given their language. Two windows
//! (or two tests) on two threads speak two languages side by side.
//!
//! A text made on another thread (a file dialog's title) is made before
//! the thread starts.

use std::cell::Cell;

use plenary_core::session::Language;
use plenary_i18n::{Describe, Words};

thread_local! {
    static LANGUAGE: Cell<Language> = const { Cell::new(Language::English) };
}

/// Makes `language` the one this thread's views speak.
pub(crate) fn speak(language: Language) {
    LANGUAGE.set(language);
}

/// The words of the language this thread's views speak.
pub(crate) fn words() -> &'static Words {
    plenary_i18n::words(LANGUAGE.get())
}

/// A value of the core (an error, a merge summary) in the person's words.
pub(crate) fn say(value: &impl Describe) -> String {
    value.describe(words())
}

/// A text of the window by its Fluent id, with `name = value` arguments,
/// in the person's language; the id is checked at compile time.
macro_rules! fl {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::words::words(), $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::words::words(), $id, $($args)*)
    };
}
pub(crate) use fl;

/// `text` on one line, cut after `most` characters with "…" when longer: a
/// notice names an answer without repeating all of it.
pub(crate) fn shortened(text: &str, most: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(most) {
        Some((cut, _)) => format!("{}…", line[..cut].trim_end()),
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::shortened;

    #[test]
    fn a_long_text_is_cut_on_a_character_with_a_mark() {
        assert_eq!(
            shortened("Scellés\nélectroniques", 60),
            "Scellés électroniques"
        );
        assert_eq!(shortened("Scellés électroniques", 7), "Scellés…");
        assert_eq!(shortened("ééééé", 2), "éé…");
    }
}
