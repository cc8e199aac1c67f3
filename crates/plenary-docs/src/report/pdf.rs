//! PDF, typeset by the app itself with Typst as a library: no browser, office
//! suite or network. The layout is `assets/report.typ`; the report reaches it
//! as JSON, so typed text is data and never markup.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::ecow::EcoVec;
use typst::foundations::{Bytes, Datetime, Dict, Duration, IntoValue as _};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt as _, World};
use typst_layout::{Page, PagedDocument};
use unicode_segmentation::UnicodeSegmentation as _;

use serde::Serialize;

use super::{AnswerRow, Labels, PanelColumns, QuestionSection, Report, ReportError, SpeakerRow};

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
    let document = paged(report)?;
    let pdf = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
        .map_err(|errors| ReportError::Write(describe(&errors)));
    // Typst keeps what it laid out for the next compile. The app exports now
    // and then, not on every keystroke, so that memory is given back at
    // once: on a thread of its own, since freeing it takes a quarter of a
    // second nobody need wait for.
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

/// The report's pages, laid out part after part.
fn paged(report: &Report) -> Result<PagedDocument, ReportError> {
    paged_in_parts_of(report, PART_LINES)
}

fn paged_in_parts_of(report: &Report, most: usize) -> Result<PagedDocument, ReportError> {
    let report = laid_out(&super::printed::printable(report));
    let blocks = blocks(&report);
    let parts = parts(&blocks, most);
    let title = {
        let mut title = report.title.clone();
        breakable(&mut title);
        title
    };
    let mut pages: EcoVec<Page> = EcoVec::new();
    let mut info = None;
    for (index, blocks) in parts.iter().enumerate() {
        let part = Part {
            lang: &report.lang,
            labels: &report.labels,
            document_title: &report.title,
            first_page: pages.len() + 1,
            // The number of pages is known only once the last part is laid out.
            numbering: if parts.len() == 1 { "1 / 1" } else { "1" },
            long: report
                .questions
                .iter()
                .map(QuestionSection::rows)
                .sum::<usize>()
                > 400,
            front: (index == 0).then(|| Front {
                title: &title,
                meeting: &report.meeting,
                place_and_date: &report.place_and_date,
                note: &report.printed_note,
                background: &report.background,
                speakers: &report.speakers,
                columns: report.panel_columns,
            }),
            blocks,
        };
        let mut document = typeset(&part)?;
        info.get_or_insert_with(|| std::mem::take(document.info_mut()));
        pages.extend(document.pages().iter().cloned());
        if parts.len() > 1 {
            // What Typst kept to lay out this part is of no use to the next.
            drop(document);
            typst::comemo::evict(0);
        }
    }
    Ok(PagedDocument::new(pages, info.unwrap_or_default()))
}

/// How many lines of answers one part lays out at most. Typst's memory
/// while it lays out grows with the part, so that past
/// this a report is laid out part after part; a meeting's report is one
/// part. Measured by `cargo bench --bench limits`.
const PART_LINES: usize = 2_000;

/// What the template lays out at once: see `assets/report.typ`.
#[derive(Serialize)]
struct Part<'a> {
    lang: &'a str,
    labels: &'a Labels,
    /// The title as typed, for the PDF's metadata.
    document_title: &'a str,
    first_page: usize,
    numbering: &'static str,
    long: bool,
    front: Option<Front<'a>>,
    blocks: &'a [Block<'a>],
}

/// The report's first pages: its title, background and panel.
#[derive(Serialize)]
struct Front<'a> {
    title: &'a str,
    meeting: &'a str,
    place_and_date: &'a str,
    note: &'a str,
    background: &'a [String],
    speakers: &'a [SpeakerRow],
    columns: PanelColumns,
}

/// One thing the report lays out after its front, in order.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
enum Block<'a> {
    Heading {
        level: u8,
        text: String,
        /// Repeated at the top of a part, with "(continued)".
        continued: bool,
    },
    /// A line in small grey type: who raised a theme.
    Note {
        text: &'a str,
    },
    /// A theme's statement, in bold under its heading.
    Statement {
        text: &'a str,
    },
    /// A recommended theme: its number and statement, who raised it.
    Recommended {
        number: usize,
        statement: &'a str,
        raised: &'a str,
    },
    Text {
        text: String,
    },
    Answers {
        rows: &'a [AnswerRow],
        /// The number of the first row, in a numbered list.
        start: usize,
        numbered: bool,
        who: bool,
        detail: bool,
        /// Under a recommended theme, indented.
        nested: bool,
    },
    /// What stands in for an empty list.
    Empty {
        text: &'a str,
    },
    /// A new page: in a long report only, unless `always`.
    Break {
        always: bool,
    },
}

impl QuestionSection {
    /// The answers the section lists, in its themes and out of them.
    fn rows(&self) -> usize {
        self.answers.len() + self.themes.iter().map(|t| t.answers.len()).sum::<usize>()
    }
}

/// The report after its front, as the blocks it lays out.
fn blocks(report: &Report) -> Vec<Block<'_>> {
    let labels = &report.labels;
    let list = |rows, numbered, who, detail| list(rows, &labels.no_answers, numbered, who, detail);
    let mut blocks = Vec::new();
    for question in &report.questions {
        blocks.push(Block::Break { always: false });
        blocks.push(heading(
            1,
            format!("{} {}. {}", labels.question, question.number, question.text),
        ));
        if question.themes.is_empty() {
            blocks.push(heading(2, labels.answers.clone()));
        } else {
            blocks.push(heading(2, labels.themes.clone()));
            for theme in &question.themes {
                blocks.push(heading(3, format!("{}. {}", theme.rank, theme.name)));
                if !theme.statement.is_empty() {
                    blocks.push(Block::Statement {
                        text: &theme.statement,
                    });
                }
                blocks.push(Block::Note {
                    text: &theme.raised,
                });
                if !theme.answers.is_empty() {
                    blocks.push(list(&theme.answers, false, true, report.details));
                }
            }
            blocks.push(heading(2, labels.unthemed.clone()));
        }
        blocks.push(list(&question.answers, false, true, report.details));
    }
    if !report.other_answers.is_empty() {
        blocks.push(Block::Break { always: false });
        blocks.push(heading(1, labels.other_answers.clone()));
        blocks.push(list(&report.other_answers, false, true, report.details));
    }
    blocks.push(Block::Break { always: false });
    blocks.push(heading(1, labels.recommendations.clone()));
    recommendation_blocks(report, &mut blocks);
    if !report.annex.is_empty() {
        blocks.push(Block::Break { always: true });
        blocks.push(heading(1, labels.annex.clone()));
        for (index, group) in report.annex.iter().enumerate() {
            if index > 0 {
                blocks.push(Block::Break { always: false });
            }
            blocks.push(heading(2, group.name.clone()));
            if !group.rapporteur.is_empty() {
                blocks.push(Block::Text {
                    text: format!("{} {}", labels.rapporteur, group.rapporteur),
                });
            }
            for question in &group.questions {
                blocks.push(heading(
                    3,
                    format!("{} {}", labels.question, question.number),
                ));
                blocks.push(list(&question.answers, false, false, false));
            }
        }
    }
    blocks
}

/// The recommended themes, each with the groups' wordings under it, then
/// the other recommendations numbered on.
fn recommendation_blocks<'a>(report: &'a Report, blocks: &mut Vec<Block<'a>>) {
    for theme in &report.recommended {
        blocks.push(Block::Recommended {
            number: theme.number,
            statement: &theme.statement,
            raised: &theme.raised,
        });
        if !theme.wordings.is_empty() {
            blocks.push(Block::Answers {
                rows: &theme.wordings,
                start: 1,
                numbered: false,
                who: true,
                detail: false,
                nested: true,
            });
        }
    }
    if report.recommendations.is_empty() {
        if report.recommended.is_empty() {
            blocks.push(Block::Empty {
                text: &report.labels.no_answers,
            });
        }
        return;
    }
    if !report.recommended.is_empty() {
        blocks.push(heading(2, report.labels.other_recommendations.clone()));
    }
    blocks.push(Block::Answers {
        rows: &report.recommendations,
        start: report.recommended.len() + 1,
        numbered: true,
        who: true,
        detail: false,
        nested: false,
    });
}

/// A heading of the report's body, at `level` (1 to 3).
fn heading(level: u8, text: String) -> Block<'static> {
    Block::Heading {
        level,
        text,
        continued: false,
    }
}

/// A list of answers, or the words that stand in for an empty one.
fn list<'a>(
    rows: &'a [AnswerRow],
    empty: &'a str,
    numbered: bool,
    who: bool,
    detail: bool,
) -> Block<'a> {
    if rows.is_empty() {
        Block::Empty { text: empty }
    } else {
        Block::Answers {
            rows,
            start: 1,
            numbered,
            who,
            detail,
            nested: false,
        }
    }
}

/// About how many lines an answer takes on the page.
fn lines(row: &AnswerRow) -> usize {
    1 + (row.text.len() + row.group.len() + row.detail.len() + row.conflict.len()) / 90
}

/// The blocks cut into parts of at most about `most` lines each: a list of
/// answers longer than a part's room goes on in the next part, under its
/// headings repeated as "continued".
fn parts<'a>(blocks: &[Block<'a>], most: usize) -> Vec<Vec<Block<'a>>> {
    let mut parts = vec![Vec::new()];
    let mut room = most;
    // The headings the next block stands under, by level.
    let mut under: [Option<String>; 3] = [None, None, None];
    for block in blocks {
        match block {
            Block::Heading { level, text, .. } => {
                let level = usize::from(*level).clamp(1, 3);
                if room == 0 {
                    parts.push(continued(&under[..level - 1]));
                    room = most;
                }
                under[level - 1] = Some(text.clone());
                under[level..].iter_mut().for_each(|text| *text = None);
                room = room.saturating_sub(2);
                parts
                    .last_mut()
                    .expect("one part at least")
                    .push(block.clone());
            }
            Block::Answers {
                rows,
                start,
                numbered,
                who,
                detail,
                nested,
            } => {
                let mut rows: &'a [AnswerRow] = rows;
                let mut start = *start;
                while !rows.is_empty() {
                    if room == 0 {
                        parts.push(continued(&under));
                        room = most;
                    }
                    let mut taken = 0;
                    while taken < rows.len() && (taken == 0 || lines(&rows[taken]) <= room) {
                        room = room.saturating_sub(lines(&rows[taken]));
                        taken += 1;
                    }
                    let (now, later) = rows.split_at(taken);
                    parts
                        .last_mut()
                        .expect("one part at least")
                        .push(Block::Answers {
                            rows: now,
                            start,
                            numbered: *numbered,
                            who: *who,
                            detail: *detail,
                            nested: *nested,
                        });
                    start += taken;
                    rows = later;
                    if !rows.is_empty() {
                        room = 0;
                    }
                }
            }
            Block::Break { .. } => {
                parts
                    .last_mut()
                    .expect("one part at least")
                    .push(block.clone());
            }
            Block::Note { .. }
            | Block::Statement { .. }
            | Block::Recommended { .. }
            | Block::Text { .. }
            | Block::Empty { .. } => {
                room = room.saturating_sub(1);
                parts
                    .last_mut()
                    .expect("one part at least")
                    .push(block.clone());
            }
        }
    }
    parts
}

/// The headings a new part repeats: those its first block stands under.
fn continued<'a>(under: &[Option<String>]) -> Vec<Block<'a>> {
    under
        .iter()
        .zip(1..)
        .filter_map(|(text, level)| {
            text.as_ref().map(|text| Block::Heading {
                level,
                text: text.clone(),
                continued: true,
            })
        })
        .collect()
}

/// The template as a file of its own for each part: Typst tells elements
/// apart by where their source stands, so that the headings of two parts
/// stay two headings (two bookmarks, two tags) once their pages are one
/// document.
fn part_file(first_page: usize) -> FileId {
    let path = VirtualPath::new(format!("report-from-page-{first_page}.typ"))
        .unwrap_or_else(|_| VirtualPath::new("report.typ").expect("a plain file name"));
    RootedPath::new(VirtualRoot::Project, path).intern()
}

/// The report laid out in pages by `assets/report.typ`, one part of it.
fn typeset(part: &Part<'_>) -> Result<PagedDocument, ReportError> {
    let json =
        serde_json::to_string(part).map_err(|error| ReportError::Layout(error.to_string()))?;
    let mut inputs = Dict::new();
    inputs.insert("part".into(), json.into_value());
    let world = ReportWorld {
        library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
        main: Source::new(part_file(part.first_page), TEMPLATE.to_owned()),
    };
    typst::compile(&world)
        .output
        .map_err(|errors| ReportError::Layout(describe(&errors)))
}

/// The report with every typed text made fit for Typst: see [`breakable`].
/// The title is left as typed: it is also the PDF's metadata.
fn laid_out(report: &Report) -> Report {
    let mut report = report.clone();
    let title = std::mem::take(&mut report.title);
    report.each_text(&mut breakable);
    report.title = title;
    report
}

/// The longest run of characters that Typst is left to lay out whole.
const LONGEST_WORD: usize = 30;

/// Makes a typed text lay out in Typst as it reads, within its own
/// direction (see `isolate.rs`): a tab becomes a space (Typst would drop it), and a run of more than [`LONGEST_WORD`] characters
/// that Typst cannot break (a reference number, a word typed with the key
/// held down) gets a place to break every 20, so that it wraps at the margin
/// instead of running off the page. Web addresses, which break at their
/// slashes, are left as typed, so that they still work when copied.
fn breakable(text: &mut String) {
    super::isolate::isolate(text);
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

    #[test]
    fn a_report_laid_out_in_parts_keeps_every_answer_heading_and_number() {
        use typst::foundations::NativeElement as _;
        use typst::introspection::Introspector as _;

        let session = plenary_testkit::big::ordinary(240);
        let options = super::super::Options {
            annex: true,
            anonymous: false,
            language: plenary_core::session::Language::English,
            details: true,
        };
        let report = super::super::build(&session, options);
        let laid = laid_out(&super::super::printed::printable(&report));
        let blocks = blocks(&laid);
        let parts = parts(&blocks, 40);
        assert!(parts.len() > 5, "{} parts", parts.len());
        let headings = parts
            .iter()
            .flatten()
            .filter(|block| matches!(block, Block::Heading { .. }))
            .count();
        let document = paged_in_parts_of(&report, 40).expect("lays out");
        // Every heading of every part is its own element: the PDF's
        // bookmarks and tags find each one.
        let found = document
            .introspector()
            .query(&typst::model::HeadingElem::ELEM.select())
            .len();
        // The front's two: Background and Panel.
        assert_eq!(found, headings + 2);
        let mut shown = Vec::new();
        for page in document.pages() {
            glyphs(&page.frame, &mut shown);
        }
        let shown: String = shown.iter().map(|(text, _, _)| text.as_str()).collect();
        let shown: String = shown.chars().filter(|c| !c.is_whitespace()).collect();
        for answer in &session.answers {
            let text: String = answer.text.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(shown.contains(&text), "{text} is laid out");
        }
        let recommendations = report.recommendations.len();
        assert!(
            shown.contains(&format!("{recommendations}.")),
            "numbers run on"
        );
        assert!(shown.contains("(continued)"));
        // Page numbers run on from part to part.
        let numbers: Vec<u64> = document.pages().iter().map(|page| page.number).collect();
        assert_eq!(numbers, (1..=numbers.len() as u64).collect::<Vec<_>>());
    }

    /// The right edge of the rightmost text in `frame`, from `left`.
    fn rightmost(frame: &typst::layout::Frame, left: typst::layout::Abs) -> typst::layout::Abs {
        let mut right = left;
        for (position, item) in frame.items() {
            let here = match item {
                typst::layout::FrameItem::Group(group) => {
                    rightmost(&group.frame, left + position.x + group.transform.tx)
                }
                typst::layout::FrameItem::Text(text) => left + position.x + text.width(),
                _ => left,
            };
            right = right.max(here);
        }
        right
    }

    #[test]
    fn a_title_or_answer_with_no_place_to_break_stays_on_the_page() {
        let mut session = plenary_testkit::big::ordinary(3);
        session.title = "W".repeat(3_000);
        session.answers[0].text = "Reference".repeat(400);
        let options = super::super::Options {
            annex: false,
            anonymous: false,
            language: plenary_core::session::Language::English,
            details: false,
        };
        let document = paged(&super::super::build(&session, options)).expect("lays out");
        for page in document.pages() {
            let right = rightmost(&page.frame, typst::layout::Abs::zero());
            assert!(
                right <= page.frame.width(),
                "{right:?} past {:?}",
                page.frame.width()
            );
        }
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
            details: true,
        };
        let document = paged(&super::super::build(&session, options)).expect("lays out");
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
