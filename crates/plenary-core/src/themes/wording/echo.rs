//! An answer that says the question again before it answers: "Q2 – que
//! doit faire l'OMD ? → élaborer des normes communes", "Re risques : →
//! dépendance vis-à-vis des fournisseurs", "Q1: drones used at the
//! coast". A writer who keeps the question in view types it, and the
//! answer is what follows: the question, asked of every group, would name
//! a theme by what it asks and join answers that only share it.

use super::opening::ARROWS;

/// The most words of a question or a subject said again before the
/// answer: "comment utilise-t-on ces technologies aujourd'hui ?".
const ECHO_WORDS: usize = 10;

/// `text` without the question it says again at its start, or `None`
/// when it opens otherwise. A question's number ("Q1 –", "Question 2:")
/// goes; so does the question itself, or the subject after "Re" ("Re
/// avantages :"), when a mark or an arrow ends it and two words or more
/// follow. A question with no number before it goes only before an arrow
/// ("Et le coût ? → trop élevé"): "Who pays? Nobody knows" asks and
/// answers in the group's own words.
pub(super) fn without_the_question(text: &str) -> Option<String> {
    let trimmed = text.trim_start();
    let numbered = after_a_question_number(trimmed);
    let asked = numbered.unwrap_or(trimmed);
    let answered = after_the_echo(asked, numbered.is_some());
    let rest = answered.or(numbered)?;
    (rest.split_whitespace().count() >= 2).then(|| rest.to_owned())
}

/// What `text` says after a question's number and its mark: "Q1 – drones
/// ?" gives "drones ?", "Question 2: …" what follows the colon.
fn after_a_question_number(text: &str) -> Option<&str> {
    let rest = text
        .strip_prefix("Question ")
        .or_else(|| text.strip_prefix("question "))
        .or_else(|| text.strip_prefix(['Q', 'q']))?;
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let rest = rest[digits..].trim_start();
    let marked = rest
        .strip_prefix(['–', '—', '-', ':', '.', ')'])
        .or_else(|| ARROWS.iter().find_map(|arrow| rest.strip_prefix(arrow)))?;
    Some(marked.trim_start())
}

/// What `text` says after a question it opens with, or a subject after
/// "Re", and the arrow or mark that ends it: "que doit faire l'OMD ? →
/// élaborer …" gives "élaborer …". After a question's number a question
/// mark alone ends the question; else an arrow follows it.
fn after_the_echo(text: &str, numbered: bool) -> Option<&str> {
    let (echo_end, rest) = if let Some(end) = re_subject_end(text) {
        (end, &text[end..])
    } else {
        let mark = text.find('?')?;
        (mark, &text[mark + 1..])
    };
    // "drones are used at the coast, but who pays?", "AI for risk
    // targeting – but who is liable?", "Blockchain → expensive → who
    // pays?": a phrase marked off within it, or an arrow, says something,
    // and asks it of the group's own answer.
    let echo = &text[..echo_end];
    let marked_off = echo.contains([',', ';', '.', '–', '—'])
        || echo.contains(" - ")
        || ARROWS.iter().any(|arrow| echo.contains(arrow));
    if echo.split_whitespace().count() > ECHO_WORDS || marked_off {
        return None;
    }
    let rest = rest.trim_start();
    let after_an_arrow = ARROWS.iter().find_map(|arrow| rest.strip_prefix(arrow));
    let after_a_mark = || rest.strip_prefix(['–', '—', ':']);
    let subject = text[..echo_end].ends_with(':');
    match after_an_arrow {
        Some(after) => Some(after.trim_start()),
        None if numbered || subject => Some(after_a_mark().map_or(rest, str::trim_start)),
        None => None,
    }
}

/// Where the subject after "Re" ends in `text`, past its colon ("Re
/// risques :", "Re benefits (in English for the report):"), or `None`
/// when `text` opens otherwise. "Re:" alone heads a mail ([`super::mail`]).
fn re_subject_end(text: &str) -> Option<usize> {
    let rest = text
        .strip_prefix("Re ")
        .or_else(|| text.strip_prefix("RE "))
        .or_else(|| text.strip_prefix("re "))?;
    let colon = rest.find(':')?;
    let subject = &rest[..colon];
    let words = subject.split_whitespace().count();
    // "Re benefits (in English for the report):": a note on the subject.
    let unbracketed = subject.find('(').map_or(subject, |at| &subject[..at]);
    let short = (1..=3).contains(&unbracketed.split_whitespace().count()) && words <= ECHO_WORDS;
    let plain = !unbracketed.contains(['.', ',', ';', '?', '!']);
    (short && plain).then_some(text.len() - rest.len() + colon + 1)
}

#[cfg(test)]
mod tests {
    use super::without_the_question;

    #[test]
    fn a_question_said_again_goes_with_its_number_and_arrow() {
        for (typed, answer) in [
            (
                "Q2 – que doit faire l'OMD ? → élaborer des normes communes",
                "élaborer des normes communes",
            ),
            (
                "Q1 – comment utilise-t-on ces technologies aujourd'hui ? → scanners à rayons X au port",
                "scanners à rayons X au port",
            ),
            (
                "Q1 – drones ? utilisés par la gendarmerie, pas par la douane",
                "utilisés par la gendarmerie, pas par la douane",
            ),
            (
                "Q2: WCO should publish guidance",
                "WCO should publish guidance",
            ),
            (
                "Question 1 - e-seals on transit trucks",
                "e-seals on transit trucks",
            ),
            (
                "Re risques : → dépendance vis-à-vis des fournisseurs étrangers",
                "dépendance vis-à-vis des fournisseurs étrangers",
            ),
            (
                "Re benefits (in English for the report): → e-payment of duties reduces cash handling",
                "e-payment of duties reduces cash handling",
            ),
            (
                "Et le coût ? → trop élevé pour nos pays",
                "trop élevé pour nos pays",
            ),
            (
                "Q1: AI for risk targeting – but who is liable? Needs rules",
                "AI for risk targeting – but who is liable? Needs rules",
            ),
        ] {
            assert_eq!(
                without_the_question(typed).as_deref(),
                Some(answer),
                "{typed}"
            );
        }
    }

    #[test]
    fn a_question_of_the_groups_own_or_a_word_that_only_looks_like_one_stays() {
        for typed in [
            // The group asks, and answers in its own words.
            "Who pays? Nobody knows yet.",
            "Should the WCO not develop guidelines on drones?",
            // A mail's subject, read by the mail reader.
            "Re: drones at the border",
            // "Q" that is no question's number.
            "QR codes on parcels → faster release",
            "Q4 2018 we start the pilot",
            // A question said again with nothing after it.
            "Q2 – recommandations ? → idem",
            "Drones are used at the coast, but who pays? → nobody knows",
            "Blockchain → expensive → who pays? → donors, maybe",
            "Et le coût ? – trop élevé pour nos pays",
        ] {
            assert_eq!(without_the_question(typed), None, "{typed}");
        }
    }
}
