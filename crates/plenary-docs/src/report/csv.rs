//! CSV: one row per answer (with its theme), RFC 4180, UTF-8 (with a byte-order mark, so
//! spreadsheets read accents right), and no cell a spreadsheet would run as a
//! formula.

use super::{Report, ReportError};

pub(super) fn csv(report: &Report) -> Result<Vec<u8>, ReportError> {
    let mut bytes = "\u{FEFF}".as_bytes().to_vec();
    {
        let mut writer = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut bytes);
        let labels = &report.labels;
        let header = [
            labels.question.as_str(),
            labels.group.as_str(),
            labels.kind.as_str(),
            labels.topics.as_str(),
            labels.theme.as_str(),
            labels.answer.as_str(),
            labels.conflict.as_str(),
        ];
        writer
            .write_record(header.map(neutralised))
            .map_err(|error| write_error(&error))?;
        let mut rows = Vec::new();
        for question in &report.questions {
            // The answers a statement says, which print only as it, first.
            let themed = question
                .themes
                .iter()
                .flat_map(|theme| theme.stated_by.iter().chain(&theme.answers));
            let number = question.number.to_string();
            rows.extend(
                themed
                    .chain(&question.answers)
                    .map(|row| (number.clone(), row)),
            );
        }
        // Answers to a question the session no longer has: no number.
        rows.extend(report.other_answers.iter().map(|row| (String::new(), row)));
        for (number, answer) in rows {
            let topics = answer.topics.join("; ");
            let record = [
                number.as_str(),
                answer.group.as_str(),
                answer.kind.as_str(),
                topics.as_str(),
                answer.theme.as_str(),
                answer.typed.as_str(),
                answer.conflict.as_str(),
            ];
            writer
                .write_record(record.map(neutralised))
                .map_err(|error| write_error(&error))?;
        }
        writer
            .flush()
            .map_err(|error| ReportError::Write(error.to_string()))?;
    }
    Ok(bytes)
}

fn write_error(error: &::csv::Error) -> ReportError {
    ReportError::Write(error.to_string())
}

/// A cell a spreadsheet will show as text: one that would start a formula
/// (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading apostrophe.
pub(super) fn neutralised(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::neutralised;

    #[test]
    fn formulas_are_neutralised() {
        for formula in ["=1+1", "+A1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralised(formula).starts_with('\''), "{formula:?}");
        }
        assert_eq!(neutralised("E-gates"), "E-gates");
    }
}
