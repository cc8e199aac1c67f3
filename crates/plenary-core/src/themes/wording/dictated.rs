//! An answer dictated to a phone or a laptop that typed the marks spoken
//! as words: "work together with the private sector comma the companies
//! have the technology", "between the crossing points period they have
//! cameras", "the whole border stops new line we need back up". A name
//! and a statement read the marks; the answer itself stays as typed.

use super::capitalise;

/// Marks said aloud, in lower case, and the mark each stands for.
const SPOKEN_MARKS: [(&[&str], char); 6] = [
    (&["comma"], ','),
    (&["period"], '.'),
    (&["full", "stop"], '.'),
    (&["new", "line"], '.'),
    (&["new", "paragraph"], '.'),
    (&["question", "mark"], '?'),
];

/// Words after which a mark's name is a noun of the sentence, in lower
/// case: "a comma", "the transition period", "a new line of scanners".
const BEFORE_THE_NOUN: [&str; 49] = [
    "last",
    "next",
    "peak",
    "busy",
    "rainy",
    "audit",
    "review",
    "summer",
    "winter",
    "holiday",
    "festive",
    "whole",
    "these",
    "those",
    "his",
    "her",
    "your",
    "a",
    "an",
    "the",
    "this",
    "that",
    "each",
    "every",
    "one",
    "same",
    "any",
    "no",
    "our",
    "their",
    "its",
    "transition",
    "transitional",
    "grace",
    "trial",
    "storage",
    "waiting",
    "retention",
    "validity",
    "pilot",
    "reporting",
    "test",
    "holding",
    "long",
    "short",
    "longer",
    "shorter",
    "limited",
    "initial",
];

/// `text` with the marks spoken as words read as marks, or `None` when it
/// has none. Only a text typed on one line without marks of its own is
/// read so: a group that types commas, full stops or list marks means
/// "period" as a word.
pub(super) fn with_spoken_marks_read(text: &str) -> Option<String> {
    // Most answers name no mark: nothing is read for them.
    let names_a_mark = SPOKEN_MARKS
        .iter()
        .any(|(spoken, _)| spoken.iter().all(|word| text.contains(word)));
    if !names_a_mark {
        return None;
    }
    let inner = text.trim_end().trim_end_matches(['.', '!', '?']);
    if inner.contains([',', '.', ';', '!', '?', '\n', ':', '-']) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|word| word.to_lowercase()).collect();
    // A dictation runs on in lower case: its last "period" ends it ("… a
    // human makes the decision period"), where a typed "Seizures rose in
    // the last period" keeps its word.
    let dictated = words.len() >= DICTATION_WORDS && text.starts_with(char::is_lowercase);
    let mut read = String::with_capacity(text.len());
    let mut capital = false;
    let mut changed = false;
    let mut at = 0;
    while at < words.len() {
        if let Some((length, mark)) = spoken_mark_at(&lower, at, dictated) {
            read.push(mark);
            capital = mark != ',';
            changed = true;
            at += length;
            continue;
        }
        if !read.is_empty() {
            read.push(' ');
        }
        if capital {
            read.push_str(&capitalise(words[at]));
            capital = false;
        } else {
            read.push_str(words[at]);
        }
        at += 1;
    }
    changed.then_some(read)
}

/// The number of words and the mark of a mark spoken at `at` in `lower`,
/// when the words before and after make it a mark: not the first word,
/// not after an article or a word that makes it a noun ("the grace
/// period"), a comma not at the end, a full stop at the end only of a
/// `dictated` text.
fn spoken_mark_at(lower: &[String], at: usize, dictated: bool) -> Option<(usize, char)> {
    if at == 0 || BEFORE_THE_NOUN.contains(&lower[at - 1].as_str()) {
        return None;
    }
    SPOKEN_MARKS.iter().find_map(|&(spoken, mark)| {
        let end = at + spoken.len();
        let said = lower.get(at..end)?;
        if !said.iter().zip(spoken).all(|(word, spoken)| word == spoken) {
            return None;
        }
        // "… the crossing points period they have …": a sentence's end is
        // read only before a word that opens one, which "the rainy period
        // when …" and "a big question mark over funding" lack.
        let read = match mark {
            ',' => end < lower.len(),
            _ if spoken == ["new", "line"] || spoken == ["new", "paragraph"] => true,
            '.' if end == lower.len() => dictated,
            _ => lower
                .get(end)
                .is_some_and(|next| OPENING_A_SENTENCE.contains(&next.as_str())),
        };
        read.then_some((spoken.len(), mark))
    })
}

/// The fewest words of an answer typed in lower case without a mark that
/// reads as a dictation, whose last "period" is its full stop.
const DICTATION_WORDS: usize = 10;

/// Words that open a sentence after a spoken "period", "full stop" or
/// "question mark", in lower case: "… period they have cameras".
const OPENING_A_SENTENCE: [&str; 14] = [
    "they", "we", "it", "i", "you", "he", "she", "this", "there", "these", "our", "so", "but",
    "then",
];

#[cfg(test)]
mod tests {
    use super::with_spoken_marks_read;

    #[test]
    fn marks_spoken_as_words_are_read_as_marks() {
        let cases = [
            (
                "work together with the private sector comma the companies have the technology",
                "work together with the private sector, the companies have the technology",
            ),
            (
                "we use droans along the northern border to watch the areas between the crossing points period they have cameras and thermal",
                "we use droans along the northern border to watch the areas between the crossing points. They have cameras and thermal",
            ),
            (
                "risk if the system is hacked or the server is down then the whole border stops new line we need back up",
                "risk if the system is hacked or the server is down then the whole border stops. We need back up",
            ),
            (
                "the officer must stay in charge the computer gives advice but a human makes the decision period",
                "the officer must stay in charge the computer gives advice but a human makes the decision.",
            ),
            (
                "who controls the data question mark so nobody knows",
                "who controls the data? So nobody knows",
            ),
        ];
        for (typed, read) in cases {
            assert_eq!(
                with_spoken_marks_read(typed).as_deref(),
                Some(read),
                "{typed}"
            );
        }
    }

    /// A mark's name that is a word of the sentence stays: after an
    /// article or a word that makes it a noun, or in a text that types
    /// its own marks.
    #[test]
    fn a_marks_name_used_as_a_word_stays() {
        let answers = [
            "The transition period for the new code is too short",
            "after a grace period traders pay the duty",
            "a new line of scanners was bought",
            "Drones help. The trial period ended, results are good.",
            "Period of storage in the bonded warehouse is too long",
            "they forgot a comma in the tariff line",
            "Drones help during the rainy period when roads are closed",
            "Seizures rose in the last period",
            "seizures rose sharply at the small border posts in the last period",
            "There is a big question mark over funding",
            "- Transit period too short\n- Not enough staff",
        ];
        for answer in answers {
            assert_eq!(with_spoken_marks_read(answer), None, "{answer}");
        }
    }
}
