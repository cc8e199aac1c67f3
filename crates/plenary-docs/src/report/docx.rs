//! DOCX for the meeting documents: real heading styles (Word's navigation
//! pane and table of contents see them), bulleted and numbered lists, and a
//! table for the panel. Text is XML-escaped by docx-rs; characters XML cannot
//! hold at all (most control characters) are left out.

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, IndentLevel, Level, LevelJc, LevelText,
    LineSpacing, NumberFormat, Numbering, NumberingId, Paragraph, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders, Run, RunFonts, SpecialIndentType, Start, Style,
    StyleType, Table, TableCell, TableRow, WidthType,
};

use super::{AnswerRow, Report, ReportError};

// docx-rs writes a numbering of its own with id 1.
const BULLETS: usize = 10;
const NUMBERS: usize = 11;

pub(super) fn docx(report: &Report) -> Result<Vec<u8>, ReportError> {
    let mut doc = styled_document();
    // A committee document's heading: the meeting, then where and when
    // at the right, a rule under them, then the title across the page.
    let mut heading = Vec::new();
    if !report.meeting.is_empty() {
        heading.push(bold(&report.meeting));
    }
    if !report.place_and_date.is_empty() {
        heading.push(plain(&report.place_and_date).align(AlignmentType::Right));
    }
    if let Some(last) = heading.last_mut() {
        let rule = ParagraphBorder::new(ParagraphBorderPosition::Bottom)
            .size(6)
            .space(4)
            .color("1F4E79");
        last.property = std::mem::take(&mut last.property)
            .set_borders(ParagraphBorders::with_empty().set(rule));
    }
    for paragraph in heading {
        doc = doc.add_paragraph(paragraph);
    }
    doc = doc.add_paragraph(styled(&report.title, "Title").align(AlignmentType::Center));
    if !report.printed_note.is_empty() {
        doc = doc.add_paragraph(Paragraph::new().add_run(aside(xml_safe(&report.printed_note))));
    }
    if !report.background.is_empty() {
        doc = doc.add_paragraph(styled(&report.labels.background, "Heading1"));
    }
    for paragraph in &report.background {
        doc = doc.add_paragraph(plain(paragraph));
    }
    doc = doc.add_paragraph(styled(&report.labels.panel, "Heading1"));
    if report.speakers.is_empty() {
        doc = doc.add_paragraph(plain(&report.labels.no_speakers));
    } else {
        doc = doc.add_table(panel_table(report));
    }
    for question in &report.questions {
        let heading = format!(
            "{} {}. {}",
            report.labels.question, question.number, question.text
        );
        doc = doc.add_paragraph(styled(&heading, "Heading1"));
        let answers_heading = if question.themes.is_empty() {
            &report.labels.answers
        } else {
            doc = doc.add_paragraph(styled(&report.labels.themes, "Heading2"));
            for theme in &question.themes {
                let title = format!("{}. {}", theme.rank, theme.name);
                doc = doc.add_paragraph(styled(&title, "Heading3"));
                if !theme.statement.is_empty() {
                    doc = doc.add_paragraph(statement(&theme.statement));
                }
                // Who raised it stays with the theme's first answer: a
                // heading is never left alone at the foot of a page.
                doc = doc.add_paragraph(
                    Paragraph::new()
                        .add_run(aside(xml_safe(&theme.raised)))
                        .keep_next(true)
                        .line_spacing(LineSpacing::new().after(120)),
                );
                // A theme its statement says whole has no list.
                if !theme.answers.is_empty() {
                    doc = answer_list(
                        doc,
                        &theme.answers,
                        BULLETS,
                        &report.labels.no_answers,
                        report.details,
                    );
                }
            }
            &report.labels.unthemed
        };
        doc = doc.add_paragraph(styled(answers_heading, "Heading2"));
        doc = answer_list(
            doc,
            &question.answers,
            BULLETS,
            &report.labels.no_answers,
            report.details,
        );
    }
    if !report.other_answers.is_empty() {
        doc = doc.add_paragraph(styled(&report.labels.other_answers, "Heading1"));
        doc = answer_list(
            doc,
            &report.other_answers,
            BULLETS,
            &report.labels.no_answers,
            report.details,
        );
    }
    doc = recommendations(doc, report);
    doc = annex(doc, report);
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut bytes)
        .map_err(|error| ReportError::Write(error.to_string()))?;
    Ok(bytes.into_inner())
}

/// The recommendations to policy leaders: each recommended theme's
/// statement, numbered, with the groups' wordings under it; then the other
/// recommendations, numbered on.
fn recommendations(mut doc: Docx, report: &Report) -> Docx {
    let labels = &report.labels;
    doc = doc.add_paragraph(styled(&labels.recommendations, "Heading1"));
    for theme in &report.recommended {
        let said = Run::new().add_text(xml_safe(&theme.statement)).bold();
        let raised = aside(format!(" — {}", xml_safe(&theme.raised)));
        doc = doc.add_paragraph(
            bullet(Paragraph::new().add_run(said).add_run(raised), NUMBERS)
                .keep_next(!theme.wordings.is_empty())
                .line_spacing(LineSpacing::new().before(120)),
        );
        for answer in &theme.wordings {
            let mut paragraph = text_runs(Paragraph::new(), &answer.text);
            if !answer.group.is_empty() {
                paragraph = paragraph.add_run(aside(format!(" — {}", xml_safe(&answer.group))));
            }
            doc = doc
                .add_paragraph(paragraph.numbering(NumberingId::new(BULLETS), IndentLevel::new(1)));
        }
    }
    if report.recommendations.is_empty() {
        if report.recommended.is_empty() {
            doc = doc.add_paragraph(plain(&labels.no_answers));
        }
        return doc;
    }
    if !report.recommended.is_empty() {
        doc = doc.add_paragraph(styled(&labels.other_recommendations, "Heading2"));
    }
    answer_list(
        doc,
        &report.recommendations,
        NUMBERS,
        &labels.no_answers,
        false,
    )
}

/// The annex: each group's answers as typed, question by question.
fn annex(mut doc: Docx, report: &Report) -> Docx {
    if report.annex.is_empty() {
        return doc;
    }
    doc = doc.add_paragraph(styled(&report.labels.annex, "Heading1"));
    for group in &report.annex {
        doc = doc.add_paragraph(styled(&group.name, "Heading2"));
        if !group.rapporteur.is_empty() {
            let rapporteur = labelled(&report.labels.rapporteur, &group.rapporteur);
            doc = doc.add_paragraph(plain(&rapporteur).keep_next(true));
        }
        for question in &group.questions {
            let heading = format!("{} {}", report.labels.question, question.number);
            doc = doc.add_paragraph(styled(&heading, "Heading3"));
            for answer in &question.answers {
                doc = doc.add_paragraph(bullet(text_runs(Paragraph::new(), &answer.text), BULLETS));
            }
            if question.answers.is_empty() {
                doc = doc.add_paragraph(plain(&report.labels.no_answers));
            }
        }
    }
    doc
}

fn styled_document() -> Docx {
    let heading = |id: &str, name: &str, size: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .size(size)
            .bold()
            .color("1F4E79")
    };
    // Each level half an inch further in, its marker hanging; a number
    // hangs further than a bullet, so "10." keeps a gap before its text.
    let level = |depth: u8, format: &str, text: &str| {
        let hanging = if format == "decimal" { 480 } else { 360 };
        Level::new(
            usize::from(depth),
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(
            Some(720 * (i32::from(depth) + 1)),
            Some(SpecialIndentType::Hanging(hanging)),
            None,
            None,
        )
    };
    // Two levels: a recommended theme's wordings stand under its statement.
    let list = |id: usize, format: &str, text: &str| {
        AbstractNumbering::new(id)
            .add_level(level(0, format, text))
            .add_level(level(1, "bullet", "–"))
    };
    Docx::new()
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_size(22)
        .add_style(heading("Title", "Title", 40))
        .add_style(heading("Heading1", "Heading 1", 30))
        .add_style(heading("Heading2", "Heading 2", 26))
        .add_style(heading("Heading3", "Heading 3", 23))
        .add_abstract_numbering(list(BULLETS, "bullet", "•"))
        .add_abstract_numbering(list(NUMBERS, "decimal", "%1."))
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .add_numbering(Numbering::new(NUMBERS, NUMBERS))
}

fn labelled(label: &str, value: &str) -> String {
    if value.is_empty() {
        String::new()
    } else {
        format!("{label} {value}")
    }
}

/// A title or heading: kept on the page of the paragraph after it.
fn styled(text: &str, style: &str) -> Paragraph {
    text_runs(Paragraph::new(), text)
        .style(style)
        .keep_next(true)
        .line_spacing(LineSpacing::new().before(240).after(120))
}

/// A paragraph of `text` in bold.
fn bold(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(xml_safe(text)).bold())
}

/// A theme's statement, under its heading and kept with what follows.
fn statement(text: &str) -> Paragraph {
    bold(text)
        .keep_next(true)
        .line_spacing(LineSpacing::new().after(60))
}

fn plain(text: &str) -> Paragraph {
    text_runs(Paragraph::new(), text).line_spacing(LineSpacing::new().after(120))
}

/// Who gave an answer, its kind, who raised a theme: smaller and in grey, as
/// in the PDF.
fn aside(text: String) -> Run {
    Run::new().add_text(text).color("555555").size(19)
}

/// A warning under an answer: versions kept in conflict.
fn warning(text: &str) -> Run {
    Run::new().add_text(xml_safe(text)).color("8A4B00").size(19)
}

fn bullet(paragraph: Paragraph, list: usize) -> Paragraph {
    paragraph.numbering(NumberingId::new(list), IndentLevel::new(0))
}

/// Adds `text` as runs, a typed line break becoming a line break.
fn text_runs(mut paragraph: Paragraph, text: &str) -> Paragraph {
    for (index, line) in text.split('\n').enumerate() {
        let mut run = Run::new();
        if index > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        paragraph = paragraph.add_run(run.add_text(xml_safe(line)));
    }
    paragraph
}

/// Leaves out the characters XML 1.0 cannot hold, even escaped, and
/// isolates a text that could reorder what follows it (see `isolate.rs`).
fn xml_safe(text: &str) -> String {
    let mut safe: String = text
        .chars()
        .filter(|c| !c.is_control() || *c == '\t')
        .filter(|c| !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
        .collect();
    super::isolate::isolate(&mut safe);
    safe
}

fn answer_list(
    mut doc: Docx,
    answers: &[AnswerRow],
    list: usize,
    empty: &str,
    details: bool,
) -> Docx {
    if answers.is_empty() {
        return doc.add_paragraph(plain(empty));
    }
    for answer in answers {
        let mut paragraph = text_runs(Paragraph::new(), &answer.text);
        if !answer.group.is_empty() {
            paragraph = paragraph.add_run(aside(format!(" — {}", xml_safe(&answer.group))));
        }
        if details {
            paragraph = paragraph.add_run(aside(format!(" ({})", xml_safe(&answer.detail))));
        }
        if !answer.conflict.is_empty() {
            paragraph = paragraph
                .add_run(Run::new().add_break(docx_rs::BreakType::TextWrapping))
                .add_run(warning(&answer.conflict));
        }
        doc = doc.add_paragraph(bullet(paragraph, list));
    }
    doc
}

/// The panel as a table of the columns someone filled: a panel with no
/// speakers' names prints no empty Speaker column.
fn panel_table(report: &Report) -> Table {
    // In twentieths of a point, 9,600 in all; each cell is given its
    // column's width too, or LibreOffice splits "Administration" in two.
    const WIDTHS: [usize; 4] = [1900, 2300, 2200, 3200];
    const PAGE: usize = 9600;
    let columns = report.panel_columns;
    let shown = [
        columns.speaker,
        columns.administration,
        columns.topic,
        columns.notes,
    ];
    let kept: usize = WIDTHS
        .iter()
        .zip(shown)
        .filter(|(_, s)| *s)
        .map(|(w, _)| w)
        .sum();
    let widths: Vec<usize> = WIDTHS
        .iter()
        .zip(shown)
        .filter(|(_, shown)| *shown)
        .map(|(width, _)| width * PAGE / kept.max(1))
        .collect();
    let row = |cells: [Paragraph; 4]| {
        TableRow::new(
            cells
                .into_iter()
                .zip(shown)
                .filter(|(_, shown)| *shown)
                .zip(&widths)
                .map(|((paragraph, _), width)| {
                    TableCell::new()
                        .add_paragraph(paragraph)
                        .width(*width, WidthType::Dxa)
                })
                .collect(),
        )
        .cant_split()
    };
    let labels = &report.labels;
    let mut rows = vec![row([
        bold(&labels.speaker),
        bold(&labels.administration),
        bold(&labels.topic),
        bold(&labels.notes),
    ])];
    for speaker in &report.speakers {
        rows.push(row([
            plain(&speaker.name),
            plain(&speaker.administration),
            plain(&speaker.topic),
            plain(&speaker.notes.join("\n")),
        ]));
    }
    Table::new(rows)
        .set_grid(widths.clone())
        .width(widths.iter().sum(), WidthType::Dxa)
}
