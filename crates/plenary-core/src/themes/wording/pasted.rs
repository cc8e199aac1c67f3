//! What a person wrote in an answer, without what was pasted around it:
//! HTML tags ("<b>Recommendation:</b> …") and a spreadsheet formula's
//! shell ("=SUM(40 000 colis par jour) : …"). A name or a statement is
//! read on a slide, and answers are compared by their words, where a tag
//! or a formula is noise; the answer itself stays as typed.

use std::borrow::Cow;

/// The longest tag read as markup, in bytes: "<a href=…>" with a short
/// address. A longer run between "<" and ">" is text ("< 5 % of
/// declarations > 10 kg").
const LONGEST_TAG: usize = 80;

/// Elements whose content is code, not words: it goes with their tags.
const CODE_ELEMENTS: [&str; 2] = ["script", "style"];

/// The HTML elements read as markup, in lower case: those a person pastes
/// from a web page or an e-mail, or types to test a form. Another name
/// between "<" and ">" is text ("x<y and y>z").
const ELEMENTS: [&str; 37] = [
    "a",
    "b",
    "i",
    "u",
    "s",
    "em",
    "strong",
    "small",
    "big",
    "mark",
    "code",
    "pre",
    "sup",
    "sub",
    "br",
    "hr",
    "p",
    "div",
    "span",
    "font",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tr",
    "td",
    "th",
    "img",
    "blockquote",
    "script",
    "style",
];

/// `text` as written: without HTML tags, what a script or style element
/// holds, and a spreadsheet formula's name and brackets.
pub(crate) fn as_written(text: &str) -> Cow<'_, str> {
    let unmarked = without_markup(text);
    match without_a_formula(&unmarked) {
        Some(words) => Cow::Owned(words),
        None => unmarked,
    }
}

/// `text` without HTML tags ("<b>", "</b>", "<br/>", "<a href='…'>") and
/// without what a script or style element holds; as it is when it holds
/// none. A "<" that opens no tag stays ("< 5 %", "a <-> b", "x<y").
fn without_markup(text: &str) -> Cow<'_, str> {
    if !text.contains('<') {
        return Cow::Borrowed(text);
    }
    let mut kept = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(open) = rest.find('<') {
        let Some((name, closing, length)) = tag_at(&rest[open..]) else {
            kept.push_str(&rest[..=open]);
            rest = &rest[open + 1..];
            continue;
        };
        changed = true;
        kept.push_str(&rest[..open]);
        kept.push(' ');
        rest = &rest[open + length..];
        if !closing && CODE_ELEMENTS.contains(&name.as_str()) {
            let end = format!("</{name}");
            rest = rest
                .to_ascii_lowercase()
                .find(&end)
                .map_or("", |at| &rest[at..]);
        }
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    kept.push_str(rest);
    // A tag between two words spaces them ("done<br>next"), and only once.
    Cow::Owned(kept.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The tag `text` opens with: its element's name in lower case, whether it
/// closes an element, and its length in bytes. `None` when `text` opens no
/// tag: a "<" not followed by one of [`ELEMENTS`] (after a "/" or not),
/// or no ">" within [`LONGEST_TAG`].
fn tag_at(text: &str) -> Option<(String, bool, usize)> {
    let inside = text.strip_prefix('<')?;
    let closing = inside.starts_with('/');
    let inside = inside.strip_prefix('/').unwrap_or(inside);
    let name: String = inside
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let name = name.to_ascii_lowercase();
    if !ELEMENTS.contains(&name.as_str()) {
        return None;
    }
    let after_name = inside[name.len()..].chars().next()?;
    if !(after_name == '>' || after_name == '/' || after_name.is_whitespace()) {
        return None;
    }
    let end = text.find('>').filter(|&end| end < LONGEST_TAG)?;
    if text[1..end].contains('<') {
        return None;
    }
    Some((name, closing, end + 1))
}

/// The words of a spreadsheet formula that opens `text`, with what
/// follows it: "=SUM(40 000 colis par jour) : impossible …" reads "40 000
/// colis par jour : impossible …", and
/// `=HYPERLINK("http://…","robot at the airport")` its last quoted text
/// ("robot at the airport"). `None` when `text` opens with no formula: an
/// "=", a name in capitals and a bracket.
fn without_a_formula(text: &str) -> Option<String> {
    let text = text.trim_start();
    let call = text.strip_prefix(['=', '+', '@'])?;
    let bracket = call.find('(')?;
    let function = &call[..bracket];
    if function.is_empty()
        || !function
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.')
    {
        return None;
    }
    let arguments = &call[bracket + 1..];
    let close = closing_of(arguments)?;
    let words = quoted_text(&arguments[..close]).unwrap_or(&arguments[..close]);
    let after = arguments[close + 1..].trim();
    let written = format!("{} {after}", words.trim());
    Some(written.trim().to_owned())
}

/// Where the bracket closes that was opened before `text`, outside quoted
/// text.
fn closing_of(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quoted = false;
    for (at, c) in text.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted && depth == 0 => return Some(at),
            ')' if !quoted => depth -= 1,
            _ => {}
        }
    }
    None
}

/// The last text in double quotes among a formula's `arguments` that is no
/// web address, when there is one: a link's label, not its address.
fn quoted_text(arguments: &str) -> Option<&str> {
    arguments
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|quoted| !quoted.contains("://") && quoted.chars().any(char::is_alphabetic))
        .last()
}

#[cfg(test)]
mod tests {
    use super::as_written;

    #[test]
    fn tags_and_code_go_and_a_lone_bracket_stays() {
        for (typed, written) in [
            (
                "<b>Recommendation:</b> WCO to facilitate access",
                "Recommendation: WCO to facilitate access",
            ),
            (
                "<script>alert('hack')</script> cyber attacks on connected systems",
                "cyber attacks on connected systems",
            ),
            ("first<br/>second", "first second"),
            (
                "<a href=\"http://example.org\">Model law</a> on e-evidence",
                "Model law on e-evidence",
            ),
            (
                "< 5 % of parcels <-> declared",
                "< 5 % of parcels <-> declared",
            ),
            ("x<y and y>z", "x<y and y>z"),
            ("unclosed <b at the end", "unclosed <b at the end"),
        ] {
            assert_eq!(as_written(typed), written, "{typed}");
        }
    }

    #[test]
    fn a_formula_leaves_its_words() {
        for (typed, written) in [
            (
                "=SUM(40 000 colis par jour) : impossible de tout controler",
                "40 000 colis par jour : impossible de tout controler",
            ),
            (
                "=HYPERLINK(\"http://www.wcoomd.org/en/media/newsroom.aspx\",\"robot China Customs airport\")",
                "robot China Customs airport",
            ),
            ("=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"),
            ("= faster release", "= faster release"),
            ("=SUM(unclosed", "=SUM(unclosed"),
        ] {
            assert_eq!(as_written(typed), written, "{typed}");
        }
    }
}
