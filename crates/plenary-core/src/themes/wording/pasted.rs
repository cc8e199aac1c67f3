//! What a person wrote in an answer, without what was pasted around it:
//! HTML tags ("<b>Recommendation:</b> …"), a spreadsheet formula's
//! shell ("=SUM(40 000 colis par jour) : …") and accents a program
//! decoded wrongly on the way ("donnÃ©es" is "données"). A name or a statement is
//! read on a slide, and answers are compared by their words, where a tag
//! or a formula is noise; the answer itself stays as typed.

use std::borrow::Cow;

use super::{dictated, echo, mail, posted, sides};

/// The longest tag read as markup, in bytes: "<a href=…>" with a short
/// address. A longer run between "<" and ">" is text ("< 5 % of
/// declarations > 10 kg").
const LONGEST_TAG: usize = 80;

/// Elements whose content is code, not words: it goes with their tags.
const CODE_ELEMENTS: [&str; 2] = ["script", "style"];

/// The HTML elements read as markup, in lower case, besides those that
/// end a line, hold a cell or hold code: those a person pastes from a web
/// page or an e-mail, or types to test a form. Another name between "<"
/// and ">" is text ("x<y and y>z").
const INLINE_ELEMENTS: [&str; 16] = [
    "a", "b", "i", "u", "s", "em", "strong", "small", "big", "mark", "code", "sup", "sub", "span",
    "font", "img",
];

/// Elements that end a line where they open or close: "<br>", a
/// paragraph, a list item. Other tags join what is around them as a
/// browser does ("CO<sub>2</sub>" is "CO2").
const LINE_ELEMENTS: [&str; 17] = [
    "br",
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "blockquote",
    "pre",
];

/// Elements that separate what is around them by a space: table cells.
const CELL_ELEMENTS: [&str; 2] = ["td", "th"];

/// The entities a pasted text keeps, and what they stand for.
const ENTITIES: [(&str, &str); 7] = [
    ("&amp;", "&"),
    ("&lt;", "<"),
    ("&gt;", ">"),
    ("&quot;", "\""),
    ("&#39;", "'"),
    ("&apos;", "'"),
    ("&nbsp;", " "),
];

/// `text` as written: its accents decoded wrongly on the way mended
/// ("donnÃ©es" is "données"), without HTML tags, what a script or style element
/// holds, its entities read ("R&amp;D" is "R&D"), a spreadsheet
/// formula's name and brackets, and the pictographs and unseen spaces
/// typed beside words ("Blockchain for sure 👍"), the e-mail around what
/// it says ([`mail`]: "Hi all, as discussed - …\nBest regards"), with
/// the marks a dictation typed as words read ([`dictated`]: "… the
/// private sector comma the companies …") and a post's hashtags read as
/// words ([`posted`]: "#3dprinting → …"), without the question said again
/// before the answer ([`echo`]: "Q2 – que doit faire l'OMD ? → …"), and
/// with the sides of a "Pros: … / Cons: …" line on lines of their own
/// ([`sides`]). Ordinary text is returned as it is, without a copy.
pub(crate) fn as_written(text: &str) -> Cow<'_, str> {
    as_written_with_formula(text).0
}

/// `text` as its group typed it, before a program decoded it wrongly on
/// the way: its accents mended ("risque de piratage des donnÃ©es" is
/// "risque de piratage des données"; text decoded wrongly twice, `ÃƒÂ©`,
/// twice) and without the spaces no one sees ([`UNSEEN`]). What the report
/// and the slides print of an answer; its tags, formulas and pictographs
/// stay, as typed. Ordinary text is returned as it is.
pub fn as_printed(text: &str) -> Cow<'_, str> {
    let mended = match with_its_accents_mended(text) {
        Some(once) => Cow::Owned(with_its_accents_mended(&once).unwrap_or(once)),
        None => Cow::Borrowed(text),
    };
    if mended.contains(UNSEEN) {
        Cow::Owned(mended.replace(UNSEEN, ""))
    } else {
        mended
    }
}

/// [`as_written`] `text`, and whether it was a spreadsheet formula.
pub(crate) fn as_written_with_formula(text: &str) -> (Cow<'_, str>, bool) {
    let mended = as_printed(text);
    let unmarked = match without_markup(&mended) {
        Cow::Borrowed(_) => mended,
        Cow::Owned(unmarked) => Cow::Owned(unmarked),
    };
    let read = step(unmarked, with_entities_read);
    let (words, formula) = match without_a_formula(&read) {
        Some(words) => (Cow::Owned(words), true),
        None => (read, false),
    };
    // Each reading in turn, on what the one before left: a post's hashtag
    // is a word before a question said again is looked for.
    let words = [
        without_pictographs,
        mail::without_the_mail,
        dictated::with_spoken_marks_read,
        posted::as_said,
        echo::without_the_question,
        sides::with_sides_apart,
    ]
    .into_iter()
    .fold(words, step);
    (words, formula)
}

/// `text` as `reading` reads it, or as it is when `reading` changes
/// nothing (`None`), without a copy.
fn step(text: Cow<'_, str>, reading: fn(&str) -> Option<String>) -> Cow<'_, str> {
    match reading(&text) {
        Some(read) => Cow::Owned(read),
        None => text,
    }
}

/// The characters that open a letter or a mark of UTF-8 read as
/// Windows-1252 (or Latin-1), as a program that guessed the wrong
/// encoding shows it: "Ã" opens "é", "è", "à", "ç", "É" ("donnÃ©es"),
/// "Å" opens "œ" ("Å“uvre"), "Â" a no-break space, "«", "»" or "°",
/// "â" a typographic quote, dash, ellipsis or "€" ("lâ€™agent").
/// One followed by what is no byte of a letter is text ("Ãle"), as is
/// a lone one ("Â").
const MISREAD_OPENERS: [char; 4] = ['Ã', 'Å', 'Â', 'â'];

/// The byte Windows-1252 gives `c`, when `c` is one of its characters
/// from 0x80 up; a byte it leaves undefined reads as the control character
/// of that number, as Latin-1 reads it.
fn windows_1252_byte(c: char) -> Option<u8> {
    // Windows-1252's characters from 0x80 to 0x9F, in order.
    const FROM_0X80: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match c {
        '\u{A0}'..='\u{FF}' => u8::try_from(u32::from(c)).ok(),
        _ => FROM_0X80
            .iter()
            .position(|&one| one == c)
            .and_then(|at| u8::try_from(0x80 + at).ok()),
    }
}

/// `text` with the letters and marks of UTF-8 that were read as
/// Windows-1252 mended ("Risque de piratage des donnÃ©es" is "Risque de
/// piratage des données", "lâ€™agent" is "l’agent"); None when it has
/// none. A run is mended only where one of [`MISREAD_OPENERS`] and the
/// characters after it are the bytes of one character of UTF-8 beyond
/// ASCII, so French typed right ("à »", "Â") stays as typed.
fn with_its_accents_mended(text: &str) -> Option<String> {
    if !text.contains(MISREAD_OPENERS) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut mended = String::with_capacity(text.len());
    let mut changed = false;
    let mut at = 0;
    while at < chars.len() {
        let misread = MISREAD_OPENERS
            .contains(&chars[at])
            .then(|| misread_at(&chars[at..]))
            .flatten();
        if let Some((letter, read)) = misread {
            mended.push(letter);
            at += read;
            changed = true;
        } else {
            mended.push(chars[at]);
            at += 1;
        }
    }
    // "à" is "Ã" and a no-break space, which a second program often
    // turned into a space: in a text misread elsewhere, "Ã " is "à".
    changed.then(|| mended.replace("Ã ", "à"))
}

/// The character of UTF-8 that the first of `chars` and those after it
/// were read from, and how many of them it took: "Ã©" is "é" (2), "â€™"
/// is "’" (3). None when they are no such bytes.
fn misread_at(chars: &[char]) -> Option<(char, usize)> {
    let lead = windows_1252_byte(chars[0])?;
    let length = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => return None,
    };
    let mut utf8 = vec![lead];
    for &c in chars.get(1..length)? {
        utf8.push(windows_1252_byte(c).filter(|byte| (0x80..=0xBF).contains(byte))?);
    }
    let letter = std::str::from_utf8(&utf8).ok()?.chars().next()?;
    Some((letter, length))
}

/// Spaces and joiners no one sees, pasted from a web page or a document
/// ("e-seals\u{200B}"): a zero-width space, a word joiner, a byte order
/// mark.
const UNSEEN: [char; 3] = ['\u{200B}', '\u{2060}', '\u{FEFF}'];

/// Whether `c` is a pictograph (an emoji, "✅", "❌") or a mark that only
/// joins or styles one. Arrows ("➡"), ticks ("✓") and the signs of the
/// sexes ("♀") say something, and stay. ([`UNSEEN`] spaces are gone
/// before, [`as_printed`].)
fn is_a_pictograph(c: char) -> bool {
    matches!(
        c,
        '\u{1F000}'..='\u{1FAFF}' | '\u{2705}' | '\u{274C}' | '\u{FE0F}' | '\u{200D}'
    )
}

/// `text` without its pictographs and the spaces they leave, when it has
/// words beside them ("Blockchain for sure 👍 – share certificates" is
/// "Blockchain for sure – share certificates"); None when it has none,
/// or nothing but pictographs (a "👍" alone is what the group typed).
fn without_pictographs(text: &str) -> Option<String> {
    if !text.chars().any(is_a_pictograph) || !text.chars().any(char::is_alphanumeric) {
        return None;
    }
    let kept: String = text.chars().filter(|&c| !is_a_pictograph(c)).collect();
    let lines: Vec<String> = kept
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    Some(lines.join("\n"))
}

/// `text` without HTML tags ("<b>", "</b>", "<br/>", "<a href='…'>") and
/// without what a script or style element holds up to its closing tag; as
/// it is when it holds none. A tag that ends a line ([`LINE_ELEMENTS`])
/// leaves a line break, a list item's opening one a line with a "- "
/// mark, a cell's a space; spaces are then single, and
/// lines trimmed, and a line left empty goes. A "<" that opens no tag
/// stays ("< 5 %", "a <-> b", "x<y").
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
        // A list item is an item on a line of its own, as typed.
        if name == "li" && !closing {
            kept.push_str("\n- ");
        } else if LINE_ELEMENTS.contains(&name.as_str()) {
            kept.push('\n');
        } else if CELL_ELEMENTS.contains(&name.as_str()) {
            kept.push(' ');
        }
        rest = &rest[open + length..];
        // "<script>alert('x')</script>": code, up to its closing tag; an
        // element never closed is a tag alone ("We saw <script> tags").
        if !closing
            && CODE_ELEMENTS.contains(&name.as_str())
            && let Some(at) = rest.to_ascii_lowercase().find(&format!("</{name}"))
        {
            rest = &rest[at..];
        }
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    kept.push_str(rest);
    let lines: Vec<String> = kept
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect();
    Cow::Owned(lines.join("\n"))
}

/// The tag `text` opens with: its element's name in lower case, whether it
/// closes an element, and its length in bytes. `None` when `text` opens no
/// tag: a "<" not followed by an element's name (after a "/" or not),
/// then ">", "/" or attributes with an "=" ("<a href='…'>", not "<a few
/// thousand euros>"), and a ">" within [`LONGEST_TAG`] bytes.
fn tag_at(text: &str) -> Option<(String, bool, usize)> {
    let inside = text.strip_prefix('<')?;
    let closing = inside.starts_with('/');
    let inside = inside.strip_prefix('/').unwrap_or(inside);
    let name: String = inside
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let name = name.to_ascii_lowercase();
    let element = [
        &INLINE_ELEMENTS[..],
        &LINE_ELEMENTS,
        &CELL_ELEMENTS,
        &CODE_ELEMENTS,
    ]
    .iter()
    .any(|elements| elements.contains(&name.as_str()));
    if !element {
        return None;
    }
    let end = text
        .bytes()
        .take(LONGEST_TAG)
        .position(|byte| byte == b'>')?;
    // Between the name and the ">": nothing, a "/", or attributes.
    let after = text[1..end].trim_start_matches('/').get(name.len()..)?;
    let attributes = after.trim();
    let read = attributes.is_empty()
        || attributes == "/"
        || after.starts_with(char::is_whitespace) && attributes.contains('=');
    (read && !text[1..end].contains('<')).then_some((name, closing, end + 1))
}

/// `text` with the HTML entities of [`ENTITIES`] read, when it holds one.
fn with_entities_read(text: &str) -> Option<String> {
    if !text.contains('&') || !ENTITIES.iter().any(|(entity, _)| text.contains(entity)) {
        return None;
    }
    let mut read = text.to_owned();
    for (entity, character) in ENTITIES {
        read = read.replace(entity, character);
    }
    Some(read)
}

/// The words of a spreadsheet formula that opens `text`, with what
/// follows it: "=SUM(40 000 colis par jour) : impossible …" reads "40 000
/// colis par jour : impossible …", and
/// `=HYPERLINK("http://…","robot at the airport")` its last quoted text
/// ("robot at the airport"). `None` when `text` opens with no formula: an
/// "=" (or a "+" or "@", which a spreadsheet reads as one), a name in
/// capitals and a bracket.
fn without_a_formula(text: &str) -> Option<String> {
    let text = text.trim_start();
    let call = text.strip_prefix(['=', '+', '@'])?;
    let bracket = call.find('(')?;
    let function = &call[..bracket];
    // "SUM", "HYPERLINK", "T.TEST"; not "+33(0)1 …", a telephone number.
    if !function.starts_with(|c: char| c.is_ascii_uppercase())
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
            ("first<br/>second", "first\nsecond"),
            ("CO<sub>2</sub> sensors", "CO2 sensors"),
            (
                "<b>Recommendations:</b>\n<ul><li>train staff</li><li>recruit analysts</li></ul>",
                "Recommendations:\n- train staff\n- recruit analysts",
            ),
            (
                "We saw <script> tags injected into our forms",
                "We saw tags injected into our forms",
            ),
            (
                "a budget <a few thousand euros> per post",
                "a budget <a few thousand euros> per post",
            ),
            (
                "R&amp;D with start-ups&nbsp;first",
                "R&D with start-ups first",
            ),
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
    fn accents_decoded_wrongly_on_the_way_are_mended() {
        for (typed, written) in [
            (
                "risque de piratage des donnÃ©es / hacking des e-seals\u{200B}\u{200B}",
                "risque de piratage des données / hacking des e-seals",
            ),
            (
                "lâ€™agent voit la dÃ©claration",
                "l’agent voit la déclaration",
            ),
            ("Å“uvre commune â€“ Ã€ suivre", "œuvre commune – À suivre"),
            (
                "Ã  la frontiÃ¨re, prÃªt Ã  lâ€™emploi",
                "à la frontière, prêt à l’emploi",
            ),
            // French and other text typed right stays as typed.
            ("à « Genève » et Â", "à « Genève » et Â"),
            ("São Paulo, Ãle, Åland", "São Paulo, Ãle, Åland"),
            ("coût élevé â€", "coût élevé â€"),
            ("donnÃƒÂ©es", "données"),
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
            ("+33(0)1 23 45 67 89 hotline", "+33(0)1 23 45 67 89 hotline"),
            ("=SUM(unclosed", "=SUM(unclosed"),
        ] {
            assert_eq!(as_written(typed), written, "{typed}");
        }
    }
}
