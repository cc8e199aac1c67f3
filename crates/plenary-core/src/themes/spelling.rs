//! A word a group slipped on, read as the other groups type it: "Faster
//! clearence" is named "Faster clearance", "automaticaly" "automatically",
//! "anomalys" "anomalies", when the answers in the same language type the
//! word so more often, or the glossary's terms spell it so. Only the slips a typist makes and a word in its own
//! right rarely is one of are mended (a letter doubled or not, two letters
//! swapped, a vowel left out between consonants, "-ence" for "-ance", "-ys"
//! for "-ies"), never in a word's first letter or its ending ("trades" is
//! no slip of "traders", "tracing" none of "tracking"), so no dictionary is
//! needed and a word typed as often as any other stays as typed.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::glossary::GLOSSARY;
use crate::session::Language;

/// The fewest letters of a word mended: shorter ones are as often other
/// words one letter away ("form", "from").
const SHORTEST: usize = 6;

/// How many times more the answers must type the form a slip is mended to
/// than the slip, which they type once.
const MORE_OFTEN: u32 = 2;

/// How often the answers in each language type each word, in lower case.
#[derive(Clone, Debug, Default)]
pub(super) struct Spellings(FxHashMap<Language, FxHashMap<String, u32>>);

impl Spellings {
    /// Counts `word`, in lower case, typed in an answer in `language`.
    pub(super) fn add(&mut self, language: Language, word: &str) {
        *self
            .0
            .entry(language)
            .or_default()
            .entry(word.to_owned())
            .or_default() += 1;
    }

    /// `text`, read in `language`, with each word the answers type once,
    /// and no word of the glossary, a slip away from a form they type at
    /// least twice or the glossary's terms spell, as that form, with its
    /// first capital; a word in capitals, or with an accent or a digit, as
    /// typed.
    pub(super) fn mended<'a>(&self, text: &'a str, language: Language) -> Cow<'a, str> {
        let Some(counts) = self.0.get(&language) else {
            return Cow::Borrowed(text);
        };
        let mut mended = String::new();
        let mut from = 0;
        for (at, word) in ascii_words(text) {
            let Some(form) = mend(word, counts, language) else {
                continue;
            };
            mended.push_str(&text[from..at]);
            if word.starts_with(char::is_uppercase) {
                let mut letters = form.chars();
                mended.extend(letters.next().map(|c| c.to_ascii_uppercase()));
                mended.extend(letters);
            } else {
                mended.push_str(&form);
            }
            from = at + word.len();
        }
        if from == 0 {
            return Cow::Borrowed(text);
        }
        mended.push_str(&text[from..]);
        Cow::Owned(mended)
    }
}

/// The words of `text` made of ASCII letters only, with where each starts:
/// a word joined to an accented letter or a digit is none.
fn ascii_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_alphabetic()))
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

/// The form `word` slipped from, if the answers in `language` type `word`
/// once, in lower case or with a first capital, it is no word of the
/// glossary, and a form a slip away is typed at least [`MORE_OFTEN`] times
/// or spelled so by the glossary: the one typed most, then the glossary's,
/// then the first in the alphabet.
fn mend(word: &str, counts: &FxHashMap<String, u32>, language: Language) -> Option<String> {
    if word.len() < SHORTEST || word.chars().skip(1).any(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    let known = |form: &str| GLOSSARY.has_word(form, language);
    if counts.get(&lower).copied() != Some(1) || known(&lower) {
        return None;
    }
    slips_of(&lower, language)
        .into_iter()
        .map(|form| {
            let typed = counts.get(&form).copied().unwrap_or(0);
            let known = known(&form);
            (form, typed, known)
        })
        .filter(|&(_, typed, known)| typed >= MORE_OFTEN || known)
        .max_by(|x, y| (x.1, x.2).cmp(&(y.1, y.2)).then_with(|| y.0.cmp(&x.0)))
        .map(|(form, _, _)| form)
}

/// Whether `c` is a vowel, in English and in French, unaccented.
fn is_a_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// The forms `word` (ASCII letters in lower case) typed in `language` may
/// have been meant as, each a slip away, none changing its first letter or
/// its last two but to double the consonant before the last: a consonant
/// doubled or not ("proccess", "automaticaly"), two letters swapped but
/// two vowels ("adminsitration"; "fiable" is no slip of "faible"), a vowel
/// left out between consonants ("managment"); in English, "-ence" for
/// "-ance" or "-ent" for "-ant" and back ("clearence"), which in French
/// tell other words ("utilisant", "utilisent"), and "-ys" for "-ies" after
/// a consonant ("anomalys").
fn slips_of(word: &str, language: Language) -> Vec<String> {
    let bytes = word.as_bytes();
    let len = bytes.len();
    let mut forms = Vec::new();
    let form = |bytes: &[u8]| String::from_utf8(bytes.to_vec()).unwrap_or_default();
    for at in 1..len - 2 {
        if bytes[at] == bytes[at - 1] && !is_a_vowel(bytes[at]) {
            forms.push(form(&[&bytes[..at], &bytes[at + 1..]].concat()));
        }
        let (this, next) = (bytes[at], bytes[at + 1]);
        if at + 1 < len - 2 && this != next && !(is_a_vowel(this) && is_a_vowel(next)) {
            let mut swapped = bytes.to_vec();
            swapped.swap(at, at + 1);
            forms.push(form(&swapped));
        }
    }
    for at in 1..len {
        if !is_a_vowel(bytes[at - 1]) {
            forms.push(form(
                &[&bytes[..at], &[bytes[at - 1]], &bytes[at..]].concat(),
            ));
        }
        if at <= len - 2 && !is_a_vowel(bytes[at - 1]) && !is_a_vowel(bytes[at]) {
            for vowel in [b'a', b'e', b'i', b'o', b'u'] {
                forms.push(form(&[&bytes[..at], &[vowel], &bytes[at..]].concat()));
            }
        }
    }
    if language == Language::English {
        for (slip, meant) in [
            ("ence", "ance"),
            ("ance", "ence"),
            ("ent", "ant"),
            ("ant", "ent"),
        ] {
            if let Some(stem) = word.strip_suffix(slip) {
                forms.push(format!("{stem}{meant}"));
            }
        }
        if let Some(stem) = word.strip_suffix("ys")
            && stem.bytes().last().is_some_and(|c| !is_a_vowel(c))
        {
            forms.push(format!("{stem}ies"));
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spellings(english: &[(&str, u32)]) -> Spellings {
        let mut spellings = Spellings::default();
        for &(word, times) in english {
            for _ in 0..times {
                spellings.add(Language::English, word);
            }
        }
        spellings
    }

    #[test]
    fn a_slip_reads_as_the_groups_type_the_word() {
        let spellings = spellings(&[
            ("clearence", 1),
            ("clearance", 4),
            ("automaticaly", 1),
            ("automatically", 2),
            ("anomalys", 1),
            ("anomalies", 3),
            ("managment", 1),
            ("management", 5),
            ("adminsitration", 1),
            ("administration", 2),
            ("proccess", 1),
            ("process", 2),
        ]);
        for (typed, read) in [
            ("Faster clearence", "Faster clearance"),
            (
                "AI will do tariff classification automaticaly",
                "AI will do tariff classification automatically",
            ),
            (
                "Automatic detection of anomalys",
                "Automatic detection of anomalies",
            ),
            ("Risk managment engine", "Risk management engine"),
            (
                "The adminsitration and the proccess",
                "The administration and the process",
            ),
            ("Clearence first", "Clearance first"),
        ] {
            assert_eq!(spellings.mended(typed, Language::English), read);
        }
    }

    /// A form no answer types but the glossary's terms spell.
    #[test]
    fn a_slip_reads_as_the_glossary_spells_the_word() {
        let spellings = spellings(&[("automaticaly", 1), ("clearence", 1)]);
        assert_eq!(
            spellings.mended(
                "Classification automaticaly, faster clearence",
                Language::English
            ),
            "Classification automatically, faster clearance"
        );
    }

    /// A word in its own right a slip away from another stays: the slip
    /// would change its first letter or its ending, or a letter no typist
    /// drops.
    #[test]
    fn a_word_in_its_own_right_stays() {
        let spellings = spellings(&[
            ("tracing", 1),
            ("tracking", 5),
            ("trades", 1),
            ("traders", 5),
            ("sending", 1),
            ("spending", 5),
            ("experts", 1),
            ("exports", 5),
            ("affect", 1),
            ("effect", 5),
            ("officer", 1),
            ("officers", 5),
            ("clearence", 2),
            ("clearance", 3),
            ("relevent", 1),
            ("relevant", 1),
        ]);
        for typed in [
            "Tracing of goods",
            "Trades in goods",
            "Sending data",
            "Experts in data",
            "Affect the trade",
            "One officer",
            "Faster clearence",
            // Typed as often either way: no telling which is the slip.
            "A relevent point",
            "A relevant point",
            "CLEARENCE",
        ] {
            assert_eq!(spellings.mended(typed, Language::English), typed);
        }
        assert_eq!(
            spellings.mended("Faster clearence", Language::French),
            "Faster clearence",
            "counted in English only"
        );
        let mut french = Spellings::default();
        for (word, times) in [
            ("fiable", 1),
            ("faible", 3),
            ("utilisant", 1),
            ("utilisent", 3),
            ("eloignes", 1),
            ("eloignees", 3),
            ("personel", 1),
            ("personnel", 3),
        ] {
            for _ in 0..times {
                french.add(Language::French, word);
            }
        }
        assert_eq!(
            french.mended(
                "Une connexion fiable, en utilisant les bureaux eloignes et le personel",
                Language::French
            ),
            "Une connexion fiable, en utilisant les bureaux eloignes et le personnel"
        );
    }
}
