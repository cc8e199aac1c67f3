//! What the command line prints, safe for a terminal. Text from a session
//! file (an answer, a group's name, a file name, the parser's quote of a
//! bad value) may hold characters a terminal acts on: an escape sequence
//! can set the window's title, clear the screen or rewrite a line already
//! printed. Every line printed goes through here, and those characters show
//! as `\u{1b}`, never acting.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether a terminal, or the reader's eye, could be fooled by `c`:
/// control characters (escape, bell, backspace, carriage return, line
/// breaks inside a value, the C1 controls) and direction controls.
fn acts(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every character that [`acts`] written as `\u{..}`.
pub(crate) fn safe(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if acts(c) {
            shown.push_str(&c.escape_unicode().to_string());
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

/// JSON, as `serde_json` wrote it, with every character that [`acts`] and
/// that it leaves as it is (it escapes only the C0 controls) written as a
/// JSON escape, so the JSON still parses to the same strings.
pub(crate) fn safe_json(json: &str) -> Cow<'_, str> {
    let escaped = |c: char| acts(c) && !c.is_ascii();
    if !json.chars().any(escaped) && !json.contains('\u{7f}') {
        return Cow::Borrowed(json);
    }
    let mut shown = String::with_capacity(json.len() + 8);
    for c in json.chars() {
        if escaped(c) || c == '\u{7f}' {
            let _ = write!(shown, "\\u{:04x}", u32::from(c));
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

/// Writes `line` and a line break to `out`. A reader that went away
/// (`plenary themes s.ron | head`) ends the program quietly, as `cat` and
/// `grep` do, rather than with a panic; any other failure to write is
/// ignored (there is nowhere left to say it).
pub(crate) fn print_line(mut out: impl std::io::Write, line: &str) {
    // Windows says "pipe not connected" where Linux says "broken pipe".
    if let Err(error) = writeln!(out, "{line}")
        && matches!(
            error.kind(),
            std::io::ErrorKind::BrokenPipe | std::io::ErrorKind::NotConnected
        )
    {
        std::process::exit(0);
    }
}

/// Prints a line on the standard output, made [`safe`].
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::terminal::print_line(
            std::io::stdout().lock(),
            &$crate::terminal::safe(&format!($($arg)*)),
        )
    };
}

/// Prints a line on the standard error, made [`safe`].
macro_rules! complain {
    ($($arg:tt)*) => {
        $crate::terminal::print_line(
            std::io::stderr().lock(),
            &$crate::terminal::safe(&format!($($arg)*)),
        )
    };
}

pub(crate) use {complain, say};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_direction_controls_show_and_do_not_act() {
        let shown = safe("title \u{1b}]0;owned\u{7}\u{1b}[2J done\r\u{202E}x\u{9b}");
        assert!(!shown.chars().any(acts), "{shown}");
        assert_eq!(
            shown,
            "title \\u{1b}]0;owned\\u{7}\\u{1b}[2J done\\u{d}\\u{202e}x\\u{9b}"
        );
    }

    #[test]
    fn ordinary_text_in_any_script_is_left_alone() {
        let text = "Équipe Sahel: les scellés électroniques\tالجمارك 海关 📦";
        assert!(matches!(safe(text), Cow::Borrowed(_)));
    }

    #[test]
    fn json_stays_json_with_the_same_strings() {
        let value = serde_json::json!({ "text": "a\u{1b}[2J\u{9b}\u{202E}b\u{7f}" });
        let json = serde_json::to_string_pretty(&value).expect("json");
        let shown = safe_json(&json);
        // Its own line breaks stay: they are the JSON's layout.
        assert!(!shown.chars().any(|c| acts(c) && c != '\n'), "{shown}");
        let back: serde_json::Value = serde_json::from_str(&shown).expect("still json");
        assert_eq!(back, value);
    }
}
