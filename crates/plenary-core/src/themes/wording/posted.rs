//! An answer typed as a post on a social network: "#drones spotted over
//! the port at night, not ours lol", "#vr training for new recruits, way
//! better than powerpoint +1", "#3dprinting → counterfeit parts". A
//! hashtag is its word, and a glossary term typed as one word
//! ("#3dprinting", "#dataprotection") is the term; the marks of a post
//! ("+1", ":)", "lol") say nothing of the theme.

use super::super::glossary::GLOSSARY;
use super::super::text;
use super::ACRONYMS;
use crate::session::Language;

/// Words of a post that say how the writer feels, not what: a vote for
/// the answer, a smiley, a laugh, in lower case (compared whatever the
/// case).
const POST_MARKS: [&str; 11] = [
    "+1", ":)", ":-)", ":(", ":-(", ";)", ":d", ":p", "lol", "xd", "^^",
];

/// `text` with its hashtags read as words and without the marks of a post,
/// or `None` when it has neither. "C#" and "#5" are no hashtags: a hashtag
/// opens a word, and a word with a letter follows its mark.
pub(super) fn as_said(text: &str) -> Option<String> {
    // Every answer is read so, and few are posts: its words are listed
    // only when a hashtag or a mark's characters are in it.
    let tagged = text.contains('#');
    if !tagged && !may_hold_a_post_mark(text) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if !tagged && !(0..words.len()).any(|at| is_a_post_mark(&words, at)) {
        return None;
    }
    let mut said = String::with_capacity(text.len());
    let mut changed = false;
    let mut at = 0;
    for piece in text.split_inclusive(char::is_whitespace) {
        let word = piece.trim_end();
        let space = &piece[word.len()..];
        if !word.is_empty() {
            at += 1;
        }
        if !word.is_empty() && is_a_post_mark(&words, at - 1) {
            // The mark after it stays: "… powerpoint +1." ends the sentence.
            said.push_str(&word[bare(word).len()..]);
            said.push_str(space);
            changed = true;
            continue;
        }
        // "(#ai #iot)": a bracket or a quote before the tag stays.
        let opening = word.len() - word.trim_start_matches(['(', '[', '"', '«']).len();
        said.push_str(&word[..opening]);
        match word[opening..].strip_prefix('#') {
            Some(tag)
                if tag.starts_with(char::is_alphanumeric) && tag.contains(char::is_alphabetic) =>
            {
                said.push_str(&as_words(tag));
                changed = true;
            }
            _ => said.push_str(&word[opening..]),
        }
        said.push_str(space);
    }
    // "… not ours lol → smugglers" leaves a double space.
    let said = said
        .split(' ')
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    // "+1" alone says nothing, and is left as typed.
    (changed && said.contains(char::is_alphanumeric)).then(|| said.trim().to_owned())
}

/// Whether `text` holds the characters a mark of [`POST_MARKS`] is made
/// of, whatever their case: a "+", ":", ";" or "^", or a "lol" or "xd".
fn may_hold_a_post_mark(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.contains(['+', ':', ';', '^'])
        || bytes.windows(3).any(|run| run.eq_ignore_ascii_case(b"lol"))
        || bytes.windows(2).any(|run| run.eq_ignore_ascii_case(b"xd"))
}

/// Whether `words[at]` is a mark of a post ([`POST_MARKS`]), whatever its
/// case, with the marks a sentence puts after it: "+1" before a number or
/// "%" counts ("+1 % en un an").
fn is_a_post_mark(words: &[&str], at: usize) -> bool {
    let bare = bare(words[at]);
    let counts = bare == "+1"
        && words
            .get(at + 1)
            .is_some_and(|next| next.starts_with(|c: char| c.is_ascii_digit() || c == '%'));
    !counts
        && POST_MARKS
            .iter()
            .any(|mark| bare.eq_ignore_ascii_case(mark))
}

/// `word` without the marks a sentence puts after it: "lol," is "lol",
/// "+1." is "+1"; a smiley is its marks.
fn bare(word: &str) -> &str {
    if POST_MARKS
        .iter()
        .any(|mark| word.eq_ignore_ascii_case(mark))
    {
        return word;
    }
    word.trim_end_matches([',', '.', ';', '!', '?'])
}

/// A hashtag's words, with the marks after it: a glossary term typed as
/// one word is the term, as a concept's name spells it ("3dprinting" is
/// "3D printing", "dataprotection" "data protection"), where the tag is
/// no word of the glossary ("blockchain" is one, and no "block chain");
/// an acronym is in capitals ("ai," is "AI,", "vr" "VR"); any other
/// tag is its word.
fn as_words(tag: &str) -> String {
    let end = tag.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    let (word, marks) = tag.split_at(end);
    let lower = word.to_lowercase();
    if lower == "iot" {
        return format!("IoT{marks}");
    }
    if ACRONYMS.contains(&lower.as_str()) {
        return format!("{}{marks}", word.to_uppercase());
    }
    let a_word = || {
        let folded = text::fold(&lower);
        [Language::English, Language::French]
            .into_iter()
            .any(|language| GLOSSARY.has_word(&folded, language))
    };
    match GLOSSARY.unglued(&lower) {
        Some(term) if !a_word() => format!("{}{marks}", as_named(term)),
        _ => tag.to_owned(),
    }
}

/// `term` (in lower case) as a concept's name spells it, when one is
/// named so: "3d printing" is "3D printing".
fn as_named(term: &str) -> &str {
    GLOSSARY
        .concepts
        .iter()
        .flat_map(|concept| [concept.en.as_str(), concept.fr.as_str()])
        .find(|name| name.to_lowercase() == term)
        .unwrap_or(term)
}

#[cfg(test)]
mod tests {
    use super::as_said;

    #[test]
    fn a_hashtag_is_its_words_and_a_posts_marks_go() {
        for (typed, said) in [
            (
                "#drones spotted over the port at night, not ours lol → smugglers",
                "drones spotted over the port at night, not ours → smugglers",
            ),
            (
                "#vr training for new recruits, way better than powerpoint +1",
                "VR training for new recruits, way better than powerpoint",
            ),
            (
                "#3dprinting → counterfeit parts + printed guns",
                "3D printing → counterfeit parts + printed guns",
            ),
            (
                "let young officers lead #ai pilots :)",
                "let young officers lead AI pilots",
            ),
            (
                "In-house innovation lab (#ai #iot)",
                "In-house innovation lab (AI IoT)",
            ),
            (
                "Future #blockchain: customs as a node #iot",
                "Future blockchain: customs as a node IoT",
            ),
        ] {
            assert_eq!(as_said(typed).as_deref(), Some(said), "{typed}");
        }
    }

    #[test]
    fn a_sign_that_is_no_hashtag_stays() {
        for typed in [
            "Programs written in C# for the risk engine",
            "Gate #5 has the e-gates",
            "Drones at the border",
            "Colis e-commerce : +1 % en un an",
            "+1",
        ] {
            assert_eq!(as_said(typed), None, "{typed}");
        }
    }
}
