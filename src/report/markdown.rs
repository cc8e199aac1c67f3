//! Markdown and HTML, from the templates in `assets/` with automatic escaping:
//! HTML-escaped in HTML, backslash-escaped in Markdown, so every character a
//! person typed shows as typed and none is read as markup.

use std::fmt::Write as _;

use minijinja::{AutoEscape, Environment, Value, escape_formatter};

use super::{Report, ReportError};

const MARKDOWN_TEMPLATE: &str = include_str!("../../assets/report.md.j2");
const HTML_TEMPLATE: &str = include_str!("../../assets/report.html.j2");

pub fn markdown(report: &Report) -> Result<String, ReportError> {
    render("report.md.j2", report)
}

pub fn html(report: &Report) -> Result<String, ReportError> {
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
            out.write_str(&escape_markdown(&text))?;
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

/// Escapes every character Markdown (`CommonMark`, and GitHub's tables) could
/// read as markup; a line break becomes `<br>` so lists and tables hold.
pub fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '.'
            | '!' | '|' | '~' | '>' | '=' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '<' => escaped.push_str("&lt;"),
            '&' => escaped.push_str("&amp;"),
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

#[cfg(test)]
mod tests {
    use super::escape_markdown;

    #[test]
    fn markdown_markup_is_escaped() {
        assert_eq!(
            escape_markdown("# 1. *a* | [x](y)"),
            "\\# 1\\. \\*a\\* \\| \\[x\\]\\(y\\)"
        );
        assert_eq!(
            escape_markdown("<b>&</b>\nnext"),
            "&lt;b\\>&amp;&lt;/b\\><br>next"
        );
    }
}
