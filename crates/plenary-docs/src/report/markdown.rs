//! Markdown and HTML, from the templates in `assets/` with automatic escaping:
//! HTML-escaped in HTML, backslash-escaped in Markdown, so every character a
//! person typed shows as typed and none is read as markup; and each text
//! that could reorder its neighbours isolated (see `isolate.rs`).

use std::fmt::Write as _;

use minijinja::{AutoEscape, Environment, Value, escape_formatter};

use super::isolate::{FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE, isolated, needs_isolation};
use super::{Report, ReportError};

const MARKDOWN_TEMPLATE: &str = include_str!("../../../../assets/report.md.j2");
const HTML_TEMPLATE: &str = include_str!("../../../../assets/report.html.j2");

pub(super) fn markdown(report: &Report) -> Result<String, ReportError> {
    render("report.md.j2", report)
}

pub(super) fn html(report: &Report) -> Result<String, ReportError> {
    render("report.html.j2", report)
}

fn render(name: &str, report: &Report) -> Result<String, ReportError> {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".md.j2") {
            AutoEscape::Custom("markdown".into())
        } else {
            AutoEscape::Html
        }
    });
    env.set_formatter(|out, state, value| {
        if matches!(state.auto_escape(), AutoEscape::Custom(name) if name == "markdown")
            && !value.is_safe()
        {
            let text = if value.is_none() || value.is_undefined() {
                String::new()
            } else {
                value.to_string()
            };
            out.write_str(&isolated(&escape_markdown(&text)))?;
            Ok(())
        } else if value.as_str().is_some_and(needs_isolation) && !value.is_safe() {
            out.write_char(FIRST_STRONG_ISOLATE)?;
            escape_formatter(out, state, value)?;
            out.write_char(POP_DIRECTIONAL_ISOLATE)?;
            Ok(())
        } else {
            escape_formatter(out, state, value)
        }
    });
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .build()
        .map_err(|error| ReportError::Layout(error.to_string()))?;
    env.set_syntax(syntax);
    env.add_template("report.md.j2", MARKDOWN_TEMPLATE)
        .and_then(|()| env.add_template("report.html.j2", HTML_TEMPLATE))
        .and_then(|()| env.get_template(name))
        .and_then(|template| template.render(Value::from(minijinja::value::Serde(report))))
        .map_err(|error| ReportError::Layout(format!("{error:#}")))
}

/// Escapes what Markdown (`CommonMark`, and GitHub's tables) could read as
/// markup, and nothing else, so prose stays readable as plain text ("Mr.
/// Christensen", "e-gates", "(PTC)"): emphasis, code, links and table
/// characters anywhere; at the start, whatever would open a block in the list
/// item or cell the text stands in (a heading, quote, list or ordered list).
/// An `&` is escaped only where it would start an entity. A line break
/// becomes `<br>` so lists and tables hold. Leading spaces are dropped: in a
/// list item they would make the text code or a nested list.
pub fn escape_markdown(text: &str) -> String {
    let text = text.trim_start();
    let mut escaped = String::with_capacity(text.len() + 8);
    let opener = block_opener(text);
    for (index, c) in text.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                escaped.push('\\');
                escaped.push(c);
            }
            _ if Some(index) == opener => {
                escaped.push('\\');
                escaped.push(c);
            }
            '<' => escaped.push_str("&lt;"),
            '&' if starts_entity(&text[index + 1..]) => escaped.push_str("&amp;"),
            '\r' => {}
            '\n' => escaped.push_str("<br>"),
            c if c.is_control() => {
                let _ = write!(escaped, "&#{};", u32::from(c));
            }
            c => escaped.push(c),
        }
    }
    escaped
}

/// Where the character that would make `text` open a block stands: `#`, `>`,
/// `-`, `+` or `=` at its start, or the `.` or `)` after its leading digits.
fn block_opener(text: &str) -> Option<usize> {
    let first = text.chars().next()?;
    if matches!(first, '#' | '>' | '-' | '+' | '=') {
        return Some(0);
    }
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (digits > 0 && matches!(text[digits..].chars().next(), Some('.' | ')'))).then_some(digits)
}

/// Whether the text after an `&` would make it an entity, as `&lt;` or `&#60;`.
fn starts_entity(after: &str) -> bool {
    let name = after.len()
        - after
            .trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '#')
            .len();
    name > 0 && after[name..].starts_with(';')
}

#[cfg(test)]
mod tests {
    use super::escape_markdown;

    #[test]
    fn markdown_markup_is_escaped() {
        assert_eq!(
            escape_markdown("# 1. *a* | [x](y)"),
            "\\# 1. \\*a\\* \\| \\[x\\](y)"
        );
        assert_eq!(escape_markdown("12. Drones"), "12\\. Drones");
        assert_eq!(escape_markdown("- not a list"), "\\- not a list");
        assert_eq!(escape_markdown("> not a quote"), "\\> not a quote");
        assert_eq!(escape_markdown("     - not code"), "\\- not code");
        assert_eq!(
            escape_markdown("<b>&lt;</b>\nnext"),
            "&lt;b>&amp;lt;&lt;/b><br>next"
        );
    }

    #[test]
    fn prose_stays_readable() {
        let prose = "Mr. Christensen (PTC) coined it: e-gates, R&D, 3.5% + 2 = ok! #ai";
        assert_eq!(escape_markdown(prose), prose);
    }
}
