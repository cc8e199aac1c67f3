//! Each typed text keeps its direction to itself. A right-to-left text (an
//! answer in Arabic or Hebrew) or a direction control typed or pasted into
//! one (U+202E, which reverses what follows) would otherwise reorder the
//! text printed after it: "— Group 1 (Benefit)" read backwards. Between a
//! first-strong isolate and its pop (U+2068, U+2069), Unicode's bidi
//! algorithm lays the text out on its own, and what follows is untouched.
//! Every format but the CSV, which is data, wraps texts this way; HTML also
//! sets answers in `<bdi>`.

use std::borrow::Cow;

use unicode_bidi::BidiClass;

pub(super) const FIRST_STRONG_ISOLATE: char = '\u{2068}';
pub(super) const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// Whether `text` could reorder what stands around it: it holds a
/// right-to-left letter or digit, or a direction control.
pub(super) fn needs_isolation(text: &str) -> bool {
    text.chars().any(|c| {
        !c.is_ascii()
            && matches!(
                unicode_bidi::bidi_class(c),
                BidiClass::R
                    | BidiClass::AL
                    | BidiClass::AN
                    | BidiClass::RLE
                    | BidiClass::RLO
                    | BidiClass::LRE
                    | BidiClass::LRO
                    | BidiClass::PDF
                    | BidiClass::RLI
                    | BidiClass::LRI
                    | BidiClass::FSI
                    | BidiClass::PDI
            )
    })
}

/// `text` between a first-strong isolate and its pop when it could reorder
/// what stands around it; as it is otherwise, so that plain text stays
/// plain to copy.
pub(super) fn isolated(text: &str) -> Cow<'_, str> {
    if needs_isolation(text) {
        let mut isolated = String::with_capacity(text.len() + 6);
        isolated.push(FIRST_STRONG_ISOLATE);
        isolated.push_str(text);
        isolated.push(POP_DIRECTIONAL_ISOLATE);
        Cow::Owned(isolated)
    } else {
        Cow::Borrowed(text)
    }
}

/// Wraps `text` in place, as [`isolated`].
pub(super) fn isolate(text: &mut String) {
    if needs_isolation(text) {
        *text = isolated(text).into_owned();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_in_any_left_to_right_script_is_left_alone() {
        for text in [
            "Risk engines",
            "Les scellés électroniques",
            "Ελλάδα",
            "海关",
            "📦",
        ] {
            assert_eq!(isolated(text), text);
        }
    }

    #[test]
    fn right_to_left_text_and_direction_controls_are_isolated() {
        for text in ["الجمارك", "עברית", "abc\u{202E}def", "x\u{2066}y", "١٢٣"] {
            let wrapped = isolated(text);
            assert!(wrapped.starts_with('\u{2068}') && wrapped.ends_with('\u{2069}'));
            assert_eq!(wrapped.trim_matches(['\u{2068}', '\u{2069}']), text);
        }
    }
}
