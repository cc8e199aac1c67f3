//! PDF, typeset by the app itself with Typst as a library: no browser, office
//! suite or network. The layout is `assets/report.typ`; the report reaches it
//! as JSON, so typed text is data and never markup.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Dict, Duration, IntoValue as _};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt as _, World};
use typst_layout::PagedDocument;
use unicode_segmentation::UnicodeSegmentation as _;

use super::{AnswerRow, Report, ReportError};

const TEMPLATE: &str = include_str!("../../../../assets/report.typ");

/// The fonts the report falls back on for letters Typst's own fonts lack:
/// Arabic and Hebrew, then Chinese and Japanese, then emoji (see
/// `assets/fonts/README.md`). The template names them in this order.
const FALLBACK_FONTS: [&[u8]; 4] = [
    include_bytes!("../../../../assets/fonts/DejaVuSans.ttf"),
    include_bytes!("../../../../assets/fonts/DejaVuSans-Bold.ttf"),
    include_bytes!("../../../../assets/fonts/DroidSansFallbackFull.ttf"),
    epaint_default_fonts::NOTO_EMOJI_REGULAR,
];

/// The fonts that ship with Typst and the fallbacks, parsed once.
static FONTS: LazyLock<(LazyHash<FontBook>, Vec<Font>)> = LazyLock::new(|| {
    let fonts: Vec<Font> = typst_assets::fonts()
        .chain(FALLBACK_FONTS)
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
});

struct ReportWorld {
    library: LazyHash<Library>,
    main: Source,
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.0
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.1.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

pub(super) fn pdf(report: &Report) -> Result<Vec<u8>, ReportError> {
    let document = typeset(report)?;
    let pdf = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
        .map_err(|errors| ReportError::Write(describe(&errors)));
    // Typst keeps what it laid out for the next compile. The app exports now
    // and then, not on every keystroke, so that memory (over a gigabyte after
    // a 20,000-answer report) is given back at once: on a thread of its own,
    // since freeing it takes a quarter of a second nobody need wait for.
    let freeing = std::thread::Builder::new()
        .name("typst memory".into())
        .spawn(move || {
            drop(document);
            typst::comemo::evict(0);
        });
    if freeing.is_err() {
        // No thread to spare: the closure, and the document with it, was
        // dropped already; the memo is cleared here.
        typst::comemo::evict(0);
    }
    pdf
}

/// The report laid out in pages by `assets/report.typ`.
fn typeset(report: &Report) -> Result<PagedDocument, ReportError> {
    let json = serde_json::to_string(&laid_out(report))
        .map_err(|error| ReportError::Layout(error.to_string()))?;
    let mut inputs = Dict::new();
    inputs.insert("report".into(), json.into_value());
    let world = ReportWorld {
        library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
        main: Source::detached(TEMPLATE),
    };
    typst::compile(&world)
        .output
        .map_err(|errors| ReportError::Layout(describe(&errors)))
}

/// The report with every typed text made fit for Typst: see [`breakable`].
fn laid_out(report: &Report) -> Report {
    fn rows(rows: &mut [AnswerRow]) {
        for row in rows {
            for text in [&mut row.text, &mut row.group, &mut row.detail] {
                breakable(text);
            }
        }
    }
    // The title is left as typed: it is also the PDF's metadata.
    let mut report = report.clone();
    for text in [&mut report.meeting, &mut report.venue] {
        breakable(text);
    }
    report.background.iter_mut().for_each(breakable);
    for speaker in &mut report.speakers {
        for text in [
            &mut speaker.name,
            &mut speaker.administration,
            &mut speaker.topic,
        ] {
            breakable(text);
        }
        speaker.notes.iter_mut().for_each(breakable);
    }
    for question in &mut report.questions {
        breakable(&mut question.text);
        for theme in &mut question.themes {
            breakable(&mut theme.name);
            breakable(&mut theme.raised);
            rows(&mut theme.answers);
        }
        rows(&mut question.answers);
    }
    rows(&mut report.recommendations);
    for group in &mut report.annex {
        breakable(&mut group.name);
        breakable(&mut group.rapporteur);
        for question in &mut group.questions {
            rows(&mut question.answers);
        }
    }
    report
}

/// The longest run of characters that Typst is left to lay out whole.
const LONGEST_WORD: usize = 30;

/// Makes a typed text lay out in Typst as it reads: a tab becomes a space
/// (Typst would drop it), and a run of more than [`LONGEST_WORD`] characters
/// that Typst cannot break (a reference number, a word typed with the key
/// held down) gets a place to break every 20, so that it wraps at the margin
/// instead of running off the page. Web addresses, which break at their
/// slashes, are left as typed, so that they still work when copied.
fn breakable(text: &mut String) {
    if !text.contains('\t') && !text.split_whitespace().any(too_long) {
        return;
    }
    let mut out = String::with_capacity(text.len() + text.len() / 20 * 3);
    let mut word = String::new();
    for c in text.chars() {
        if c.is_whitespace() {
            push_word(&mut out, &word);
            word.clear();
            out.push(if c == '\t' { ' ' } else { c });
        } else {
            word.push(c);
        }
    }
    push_word(&mut out, &word);
    *text = out;
}

/// The runs of `word` between the places where Typst may break a line in
/// it: after a slash or a hyphen, unless a digit follows (Unicode's line
/// breaking keeps "EU-2024" together).
fn runs(word: &str) -> Vec<&str> {
    let mut runs = Vec::new();
    let mut start = 0;
    let mut chars = word.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        let breaks_after =
            matches!(c, '/' | '-') && chars.peek().is_some_and(|(_, next)| !next.is_ascii_digit());
        if breaks_after {
            let end = index + c.len_utf8();
            runs.push(&word[start..end]);
            start = end;
        }
    }
    runs.push(&word[start..]);
    runs
}

/// Whether `run` has more than [`LONGEST_WORD`] characters as a reader
/// counts them (an accented letter typed as two code points is one).
fn run_too_long(run: &str) -> bool {
    run.graphemes(true).nth(LONGEST_WORD).is_some()
}

fn too_long(word: &str) -> bool {
    // Most words are shorter in bytes than a run may be in characters: they
    // need no splitting into runs, which every word of every answer would
    // otherwise pay for.
    word.len() > LONGEST_WORD && runs(word).into_iter().any(run_too_long)
}

fn push_word(out: &mut String, word: &str) {
    for run in runs(word) {
        if !run_too_long(run) {
            out.push_str(run);
            continue;
        }
        for (index, grapheme) in run.graphemes(true).enumerate() {
            if index > 0 && index % 20 == 0 {
                out.push('\u{200B}');
            }
            out.push_str(grapheme);
        }
    }
}

fn describe(errors: &[typst::diag::SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|error| error.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn laid(text: &str) -> String {
        let mut text = text.to_owned();
        breakable(&mut text);
        text
    }

    #[test]
    fn ordinary_text_is_left_as_typed() {
        let text = "Les scellés électroniques suivent les conteneurs\nde bout en bout";
        assert_eq!(laid(text), text);
    }

    #[test]
    fn a_tab_becomes_a_space() {
        assert_eq!(laid("Risk\tengines"), "Risk engines");
    }

    #[test]
    fn a_web_address_breaks_at_its_slashes_and_stays_as_typed() {
        let text = "See https://www.wcoomd.org/en/topics/facilitation/instrument-and-tools.aspx";
        assert_eq!(laid(text), text);
    }

    #[test]
    fn a_long_run_without_a_break_gets_places_to_break_and_keeps_every_character() {
        for reference in [
            "GB123456789012345678901234567890123456789XYZ",
            // Unicode keeps a hyphen with the digit after it.
            "EU-2024-000123-4567-8901-2345-6789-0123",
        ] {
            let text = format!("Reference {reference} on the declaration");
            let laid = laid(&text);
            assert_eq!(laid.replace('\u{200B}', ""), text);
            assert!(laid.contains('\u{200B}'), "{reference} can break");
        }
    }

    #[test]
    fn a_break_never_parts_a_letter_from_its_accent() {
        // "é" typed as "e" and a combining acute accent, as macOS often sends.
        let word = "de\u{301}".repeat(20);
        let laid = laid(&word);
        assert!(laid.contains('\u{200B}'));
        assert!(!laid.contains("e\u{200B}\u{301}"), "{laid:?}");
        assert_eq!(laid.replace('\u{200B}', ""), word);
    }

    /// Each glyph laid out in `frame` and its groups, as (the text it
    /// shows, the family of the font it came from, its glyph id).
    fn glyphs(frame: &typst::layout::Frame, out: &mut Vec<(String, String, u16)>) {
        for (_, item) in frame.items() {
            match item {
                typst::layout::FrameItem::Group(group) => glyphs(&group.frame, out),
                typst::layout::FrameItem::Text(text) => {
                    for glyph in &text.glyphs {
                        out.push((
                            text.text[glyph.range()].to_owned(),
                            text.font.info().family.clone(),
                            glyph.id,
                        ));
                    }
                }
                _ => {}
            }
        }
    }

    #[test]
    fn arabic_chinese_japanese_and_emoji_are_set_in_fonts_that_hold_them() {
        use plenary_core::capture::{EditStamp, new_answer, parse_entry};
        use plenary_core::session::{AnswerKind, Language, ReplicaId, Session};

        let arabic = "تستخدم الجمارك الذكاء الاصطناعي لتقييم المخاطر";
        let others = [
            "海关使用人工智能进行风险评估",
            "税関はAIを使う",
            "📦🚢😀",
            "Ελλάδα Привет עברית",
        ];
        let mut session = Session::template();
        let edit = EditStamp {
            replica: ReplicaId::new(),
            at: jiff::Timestamp::UNIX_EPOCH,
        };
        for text in std::iter::once(arabic).chain(others) {
            let entry = parse_entry(text, &session.topics);
            let (group, question) = (session.groups[0].id, session.questions[0].id);
            let answer = new_answer(entry, group, question, AnswerKind::Benefit, edit);
            session.answers.push(answer);
        }
        let options = super::super::Options {
            annex: false,
            anonymous: false,
            language: Language::English,
        };
        let document = typeset(&super::super::build(&session, options)).expect("lays out");
        let mut laid = Vec::new();
        for page in document.pages() {
            glyphs(&page.frame, &mut laid);
        }
        let missing: Vec<&str> = laid
            .iter()
            .filter(|(_, _, id)| *id == 0)
            .map(|(text, _, _)| text.as_str())
            .collect();
        assert!(missing.is_empty(), "no glyph for {missing:?}");
        let shown: String = laid.iter().map(|(text, _, _)| text.as_str()).collect();
        for letter in others.concat().chars().filter(|c| !c.is_whitespace()) {
            assert!(shown.contains(letter), "{letter} is laid out");
        }
        // Arabic joins its letters only in a font that knows how: DejaVu
        // Sans, not the monospaced DejaVu that Typst would fall back on.
        let arabic_fonts: std::collections::BTreeSet<&str> = laid
            .iter()
            .filter(|(text, _, _)| text.chars().any(|c| ('\u{600}'..='\u{6FF}').contains(&c)))
            .map(|(_, family, _)| family.as_str())
            .collect();
        assert_eq!(arabic_fonts, ["DejaVu Sans"].into());
    }
}
