//! What the printed formats (PDF and DOCX) lay out of a report: every text
//! cut at a length a page holds, and the whole at a size a laptop lays out
//! in bounded memory, each cut marked where it is. The HTML, Markdown and
//! CSV reports keep every character, and the marks say so.

use i18n_embed_fl::fl;
use plenary_core::session::Language;
use plenary_i18n::{Words, words};

use super::{AnswerRow, Report};

/// The most characters of one text (an answer, a paragraph, a title) a
/// printed report shows: about two pages. Longer texts end with a mark.
pub(super) const LONGEST_TEXT: usize = 4_000;

/// The most characters a printed report lays out in all: about 2,500
/// pages, twenty times the longest report a meeting has made, and within
/// 1 GB of memory to lay out (`cargo bench --bench limits`). Past it, the
/// annex is left out, then the ends of the lists, and the report says so
/// under its title.
pub(super) const MOST_TEXT: usize = 6_000_000;

/// The report as a printed format lays it out.
pub(super) fn printable(report: &Report) -> Report {
    printable_within(report, MOST_TEXT)
}

fn printable_within(report: &Report, most: usize) -> Report {
    let language = Language::ALL
        .into_iter()
        .find(|language| language.code() == report.lang)
        .unwrap_or_default();
    let words = words(language);
    let mut report = report.clone();
    without_hidden_details(&mut report);
    report.each_text(&mut |text| cut(text, words));
    if size(&report) <= most {
        return report;
    }
    let annex = report.annex.iter().any(|group| {
        group
            .questions
            .iter()
            .any(|question| !question.answers.is_empty())
    });
    report.annex.clear();
    let mut left_out = 0;
    if size(&report) > most {
        // What the headings and the front take; the answers share the rest,
        // in the order they print.
        let listed: usize = lists(&mut report)
            .iter()
            .flat_map(|rows| rows.iter())
            .map(row_size)
            .sum();
        let mut room = most.saturating_sub(size(&report) - listed);
        for rows in lists(&mut report) {
            let mut kept = 0;
            while kept < rows.len() && row_size(&rows[kept]) <= room {
                room -= row_size(&rows[kept]);
                kept += 1;
            }
            if kept < rows.len() {
                // Later lists print nothing: a reader meets one gap, not many.
                left_out += rows.len() - kept;
                rows.truncate(kept);
                room = 0;
            }
        }
    }
    report.printed_note = fl!(
        words,
        "report-printed-cut",
        annex = i64::from(annex),
        answers = left_out
    );
    report
}

/// The lists of answers the report prints, in their order (the annex
/// aside).
fn lists(report: &mut Report) -> Vec<&mut Vec<AnswerRow>> {
    let mut lists = Vec::new();
    for question in &mut report.questions {
        for theme in &mut question.themes {
            lists.push(&mut theme.answers);
        }
        lists.push(&mut question.answers);
    }
    lists.push(&mut report.other_answers);
    for theme in &mut report.recommended {
        lists.push(&mut theme.wordings);
    }
    lists.push(&mut report.recommendations);
    lists
}

/// Cuts `text` after [`LONGEST_TEXT`] characters as a reader counts them,
/// with a mark saying how much more there is and where to read it.
fn cut(text: &mut String, words: &Words) {
    use unicode_segmentation::UnicodeSegmentation as _;
    if text.len() <= LONGEST_TEXT {
        return;
    }
    let Some((end, _)) = text.grapheme_indices(true).nth(LONGEST_TEXT) else {
        return;
    };
    let more = text[end..].chars().count();
    text.truncate(end);
    text.push_str(&fl!(words, "report-text-cut", characters = more));
}

/// The characters of one answer as it prints, with a line's worth for its
/// bullet and spacing.
fn row_size(row: &AnswerRow) -> usize {
    row.text.len() + row.group.len() + row.detail.len() + row.conflict.len() + 20
}

/// The report's rows as it prints them: without the kind and topics when
/// it shows none, so that they count for nothing.
fn without_hidden_details(report: &mut Report) {
    if report.details {
        return;
    }
    for rows in lists(report) {
        for row in rows {
            row.detail.clear();
        }
    }
}

/// The characters the report prints, near enough: its texts and a line's
/// worth for each heading and answer.
fn size(report: &Report) -> usize {
    let rows = |rows: &[AnswerRow]| rows.iter().map(row_size).sum::<usize>();
    let front = report.title.len()
        + report.background.iter().map(String::len).sum::<usize>()
        + report
            .speakers
            .iter()
            .map(|s| s.notes.iter().map(String::len).sum::<usize>() + 240)
            .sum::<usize>();
    let questions: usize = report
        .questions
        .iter()
        .map(|q| {
            q.text.len()
                + 160
                + rows(&q.answers)
                + q.themes
                    .iter()
                    .map(|t| t.name.len() + t.raised.len() + 160 + rows(&t.answers))
                    .sum::<usize>()
        })
        .sum();
    let annex: usize = report
        .annex
        .iter()
        .map(|g| {
            g.name.len()
                + 160
                + g.questions
                    .iter()
                    .map(|q| 80 + rows(&q.answers))
                    .sum::<usize>()
        })
        .sum();
    let recommended: usize = report
        .recommended
        .iter()
        .map(|theme| theme.statement.len() + theme.raised.len() + 40 + rows(&theme.wordings))
        .sum();
    front
        + questions
        + rows(&report.other_answers)
        + recommended
        + rows(&report.recommendations)
        + annex
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Options, build};
    use plenary_core::session::Session;

    fn report_of(session: &Session) -> Report {
        build(
            session,
            Options {
                annex: true,
                anonymous: false,
                language: Language::English,
                details: true,
            },
        )
    }

    #[test]
    fn a_report_of_a_meeting_prints_whole() {
        let session = session_of(300, 200);
        let report = report_of(&session);
        assert_eq!(printable(&report), report);
    }

    #[test]
    fn a_long_answer_is_cut_with_a_mark_that_counts_the_rest() {
        let session = session_of(1, LONGEST_TEXT + 1_234);
        let typed = session.answers[0].text.chars().count();
        let report = printable(&report_of(&session));
        let text = &report.questions[0].answers[0].text;
        let more = (typed - LONGEST_TEXT).to_string();
        assert!(text.contains(&format!("{more} more characters")), "{text}");
        assert!(text.chars().count() < LONGEST_TEXT + 200);
    }

    #[test]
    fn a_cut_never_parts_a_letter_from_its_accent() {
        let mut text = "e\u{301}".repeat(LONGEST_TEXT + 10);
        cut(&mut text, words(Language::English));
        let kept: String = text
            .chars()
            .take_while(|c| c.is_alphabetic() || *c == '\u{301}')
            .collect();
        assert_eq!(kept, "e\u{301}".repeat(LONGEST_TEXT));
    }

    #[test]
    fn a_report_past_the_limit_leaves_out_the_annex_then_the_ends_of_lists_and_says_so() {
        let session = session_of(400, 100);
        let report = report_of(&session);
        let whole = size(&report);
        let without_annex = printable_within(&report, whole - 1);
        assert!(without_annex.annex.is_empty());
        assert!(
            without_annex.printed_note.contains("annex"),
            "{}",
            without_annex.printed_note
        );
        let listed = |report: &Report| {
            let questions: usize = report.questions.iter().map(|q| q.answers.len()).sum();
            questions + report.recommendations.len()
        };
        assert_eq!(listed(&without_annex), listed(&report));

        let short = printable_within(&report, whole / 4);
        assert!(listed(&short) < listed(&report));
        assert!(size(&short) <= whole / 4);
        let left_out = (listed(&report) - listed(&short)).to_string();
        assert!(
            short.printed_note.contains(&left_out),
            "{}",
            short.printed_note
        );
    }

    fn session_of(count: usize, chars: usize) -> Session {
        plenary_testkit::big::long_answers(count, chars)
    }
}
