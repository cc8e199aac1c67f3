//! A word one group slipped on, read as the other groups type it: "Faster
//! clearence" is named "Faster clearance", "automaticaly" "automatically",
//! when answers of two groups or more in the same language type the word
//! so, or the glossary's terms spell it so and one group types it so or
//! the slip left a letter out. Only
//! the slips a typist makes that rarely make another word are mended (a
//! consonant doubled or not, two letters swapped but two vowels, a vowel
//! left out between consonants; in English, "-ence" for "-ance" and "-ys"
//! for "-ies"), never in a word's first letter nor, but for those English
//! endings and a consonant doubled before the last letter, in its last two
//! ("trades" is no slip of "traders", "fiable" none of "faible"), so no
//! dictionary is needed and a word one group types as another does stays
//! as typed. A few English words typed for others that sound like them
//! are mended whatever the groups type, before the word that tells them
//! ("loosing there jobs", "role out", "cant"): dictation and haste make
//! them, and no group types the word meant to tell it; so is the prefix
//! of "e-gates" typed apart ("e gates", "E commerce").

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::glossary::GLOSSARY;
use super::wording::offset_in;
use crate::session::{GroupId, Language};

/// The fewest letters of a word mended: shorter ones are as often other
/// words one letter away ("form", "from").
const SHORTEST: usize = 6;

/// The fewest groups whose answers type the form a slip is mended to, when
/// the glossary does not spell it: more than the one that slipped.
const FEWEST_GROUPS: usize = 2;

/// Which groups' answers in each language type each word, in lower case.
#[derive(Clone, Debug, Default)]
pub(super) struct Spellings(FxHashMap<Language, FxHashMap<String, Vec<GroupId>>>);

impl Spellings {
    /// Counts `word`, in lower case, typed by `group` in an answer in
    /// `language`.
    pub(super) fn add(&mut self, language: Language, word: &str, group: GroupId) {
        let groups = self
            .0
            .entry(language)
            .or_default()
            .entry(word.to_owned())
            .or_default();
        if !groups.contains(&group) {
            groups.push(group);
        }
    }

    /// `text`, read in `language`, with each word [`mend`] reads as another
    /// form, or an English word typed for another ([`MISHEARD`]), as that
    /// form, with its first capital when it opens the text, and the prefix
    /// of "e-gates" typed apart ("e gates") joined to its word. A word with
    /// a capital inside the text (a name: "Blaise"), in capitals, or with an
    /// accent or a digit stays as typed.
    pub(super) fn mended<'a>(&self, text: &'a str, language: Language) -> Cow<'a, str> {
        let typed = self.0.get(&language);
        let groups = |form: &str| typed.and_then(|typed| typed.get(form)).map_or(0, Vec::len);
        let mut mended = String::new();
        let mut from = 0;
        let words: Vec<(usize, &str)> = ascii_words(text).collect();
        for (index, &(at, word)) in words.iter().enumerate() {
            let opens = !text[..at].contains(char::is_alphanumeric);
            let capitals = word
                .chars()
                .skip(usize::from(opens))
                .any(|c| c.is_ascii_uppercase());
            if capitals {
                continue;
            }
            // The word that tells a misheard one follows it after a space
            // ("role out", not "the role. Out of scope").
            let next = words.get(index + 1).and_then(|&(next_at, next)| {
                text[at + word.len()..next_at]
                    .chars()
                    .all(char::is_whitespace)
                    .then_some(next)
            });
            // "e gates", "E commerce": the prefix of "e-gates" typed apart,
            // as dictation and haste type it.
            let prefixed = word.eq_ignore_ascii_case("e")
                && next.is_some_and(|next| {
                    next.len() >= 3 && next.chars().all(|c| c.is_ascii_lowercase())
                });
            if prefixed {
                mended.push_str(&text[from..at]);
                mended.push_str(word);
                mended.push('-');
                from = words[index + 1].0;
                continue;
            }
            let after = index
                .checked_sub(1)
                .and_then(|before| words.get(before))
                .map(|&(_, before)| before);
            let misheard = (language == Language::English)
                .then(|| misheard(word, next, after))
                .flatten();
            let Some(form) = misheard.or_else(|| mend(word, &groups, language)) else {
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

/// English words typed for others, as a secretary mends them whatever
/// the groups type: misspelt ("loosing" for "losing"), typed without
/// their apostrophe ("cant", "dont"; only in English, where "dont" is no
/// French word), or typed for a
/// word they sound like before the word that tells it ("role out" for
/// "roll out", "there jobs" for "their jobs", "the only weigh to" for
/// "way to"): the word, the next word that tells it (any when none),
/// and the word meant.
const MISHEARD: [(&str, Option<&str>, &str); 20] = [
    ("loosing", None, "losing"),
    ("cant", None, "can't"),
    ("dont", None, "don't"),
    ("doesnt", None, "doesn't"),
    ("isnt", None, "isn't"),
    ("arent", None, "aren't"),
    ("didnt", None, "didn't"),
    ("wasnt", None, "wasn't"),
    ("couldnt", None, "couldn't"),
    ("shouldnt", None, "shouldn't"),
    ("wouldnt", None, "wouldn't"),
    ("thier", None, "their"),
    ("goverment", None, "government"),
    ("enviroment", None, "environment"),
    ("role", Some("out"), "roll"),
    ("weigh", Some("to"), "way"),
    ("there", Some("jobs"), "their"),
    ("there", Some("own"), "their"),
    ("there", Some("attention"), "their"),
    ("there", Some("work"), "their"),
];

/// Verbs before which "there" is the adverb, whatever follows it: "Are
/// there jobs at risk?", "Is there work on AI?".
const BEFORE_THERE: [&str; 6] = ["is", "are", "was", "were", "be", "been"];

/// The word meant by `word` (in any case) after the word `before` and
/// before `next`, if it is one of [`MISHEARD`].
fn misheard(word: &str, next: Option<&str>, before: Option<&str>) -> Option<String> {
    let asked = word.eq_ignore_ascii_case("there")
        && before.is_some_and(|before| {
            BEFORE_THERE
                .iter()
                .any(|verb| before.eq_ignore_ascii_case(verb))
        });
    if asked {
        return None;
    }
    MISHEARD
        .iter()
        .find(|(typed, telling, _)| {
            word.eq_ignore_ascii_case(typed)
                && telling.is_none_or(|telling| {
                    next.is_some_and(|next| next.eq_ignore_ascii_case(telling))
                })
        })
        .map(|(_, _, meant)| (*meant).to_owned())
}

/// The words of `text` made of ASCII letters only, with where each starts:
/// a word joined to an accented letter or a digit is none.
fn ascii_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_alphabetic()))
        .map(move |word| (offset_in(text, word), word))
}

/// The form `word` slipped from, if one group types it (`groups` tells how
/// many type a word in lower case) and it is no word of the glossary: of
/// the forms a slip away ([`slips_of`]) that [`FEWEST_GROUPS`] type, or
/// that the glossary spells and a group types or that have a letter it
/// left out ("trainning" and "training", "automaticaly"; not "filling"
/// and "filing", which no group typed), the one most groups type, then
/// the glossary's, then the first in the alphabet.
fn mend(word: &str, groups: &dyn Fn(&str) -> usize, language: Language) -> Option<String> {
    if word.len() < SHORTEST {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    let in_the_glossary = |form: &str| GLOSSARY.has_word(form, language);
    if groups(&lower) != 1 || in_the_glossary(&lower) {
        return None;
    }
    slips_of(&lower, language)
        .into_iter()
        .map(|(form, left_out)| {
            let typed = groups(&form);
            let spelled = (left_out || typed > 0) && in_the_glossary(&form);
            (form, typed, spelled)
        })
        .filter(|&(_, typed, spelled)| typed >= FEWEST_GROUPS || spelled)
        .max_by(|x, y| (x.1, x.2).cmp(&(y.1, y.2)).then_with(|| y.0.cmp(&x.0)))
        .map(|(form, _, _)| form)
}

/// Whether `c` is a vowel, in English and in French, unaccented.
fn is_a_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// The forms `word` (ASCII letters in lower case) typed in `language` may
/// have been meant as, each a slip away and with whether the slip left a
/// letter out: a consonant doubled ("proccess") or left single
/// ("automaticaly", "occured"; up to the one before the last), two letters
/// swapped but two vowels ("adminsitration"; "fiable" is no slip of
/// "faible"), a vowel left out between consonants ("managment"); in
/// English, "-ence" for "-ance" or "-ent" for "-ant" and back
/// ("clearence"), which in French tell other words ("utilisant",
/// "utilisent"), and "-ys" for "-ies" after a consonant ("anomalys"). None
/// changes its first letter, nor, but for those endings and the consonant
/// before the last, its last two.
fn slips_of(word: &str, language: Language) -> Vec<(String, bool)> {
    let bytes = word.as_bytes();
    let len = bytes.len();
    let mut forms = Vec::new();
    if len < 3 {
        return forms;
    }
    let form = |bytes: &[u8]| String::from_utf8(bytes.to_vec()).unwrap_or_default();
    for at in 1..len - 2 {
        if bytes[at] == bytes[at - 1] && !is_a_vowel(bytes[at]) {
            forms.push((form(&[&bytes[..at], &bytes[at + 1..]].concat()), false));
        }
        let (this, next) = (bytes[at], bytes[at + 1]);
        if at + 1 < len - 2 && this != next && !(is_a_vowel(this) && is_a_vowel(next)) {
            let mut swapped = bytes.to_vec();
            swapped.swap(at, at + 1);
            forms.push((form(&swapped), false));
        }
    }
    for at in 1..len {
        if !is_a_vowel(bytes[at - 1]) {
            let doubled = [&bytes[..at], &[bytes[at - 1]], &bytes[at..]].concat();
            forms.push((form(&doubled), true));
        }
        if at <= len - 2 && !is_a_vowel(bytes[at - 1]) && !is_a_vowel(bytes[at]) {
            for vowel in [b'a', b'e', b'i', b'o', b'u'] {
                forms.push((form(&[&bytes[..at], &[vowel], &bytes[at..]].concat()), true));
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
                forms.push((format!("{stem}{meant}"), false));
            }
        }
        if let Some(stem) = word.strip_suffix("ys")
            && stem.bytes().last().is_some_and(|c| !is_a_vowel(c))
        {
            forms.push((format!("{stem}ies"), false));
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spellings of `words` in `language`, each typed by as many groups as
    /// it says.
    fn spellings(language: Language, words: &[(&str, usize)]) -> Spellings {
        let groups: Vec<GroupId> = (0..5).map(|_| GroupId::new()).collect();
        let mut spellings = Spellings::default();
        for &(word, typed_by) in words {
            for &group in &groups[..typed_by] {
                spellings.add(language, word, group);
            }
        }
        spellings
    }

    #[test]
    fn a_slip_reads_as_the_other_groups_type_the_word() {
        let spellings = spellings(
            Language::English,
            &[
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
            ],
        );
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

    /// A slip reads as the glossary's terms spell the word when a group
    /// types it so, or the slip left a letter out, though no other group
    /// types it; no other slip does, as the glossary holds words one swap
    /// or one letter fewer away from others ("filling" and "filing").
    #[test]
    fn a_slip_reads_as_the_glossary_spells_the_word() {
        let spellings = spellings(
            Language::English,
            &[
                ("automaticaly", 1),
                ("clearence", 1),
                ("filling", 1),
                ("trainning", 1),
                ("training", 1),
            ],
        );
        assert_eq!(
            spellings.mended(
                "Classification automaticaly, faster clearence, form filling, trainning",
                Language::English
            ),
            "Classification automatically, faster clearence, form filling, training"
        );
    }

    /// A word in its own right a slip away from another stays: the slip
    /// would change its ending ("agents", "agentes"), swap two vowels
    /// ("fiable", "faible"), double a vowel ("eloignes", "eloignees") or
    /// change a French verb's ending ("utilisant", "utilisent"); or one
    /// group types each form, whatever how often; or it is a name inside
    /// the text ("Blaise", "balise").
    #[test]
    fn a_word_in_its_own_right_stays() {
        let english = spellings(
            Language::English,
            &[
                ("agents", 1),
                ("agentes", 3),
                ("relevent", 1),
                ("relevant", 1),
                ("already", 1),
            ],
        );
        let mut english = english;
        let other = GroupId::new();
        english.add(Language::English, "allready", other);
        for typed in [
            "Agents at the border",
            "A relevent point",
            "A relevant point",
            "Already in use",
            "CLEARENCE",
        ] {
            assert_eq!(english.mended(typed, Language::English), typed);
        }
        assert_eq!(
            english.mended("Agents at the border", Language::French),
            "Agents at the border",
            "counted in English only"
        );
        let french = spellings(
            Language::French,
            &[
                ("fiable", 1),
                ("faible", 3),
                ("utilisant", 1),
                ("utilisent", 3),
                ("eloignes", 1),
                ("eloignees", 3),
                ("personel", 1),
                ("personnel", 3),
                ("blaise", 1),
            ],
        );
        assert_eq!(
            french.mended(
                "Une connexion fiable, en utilisant les bureaux eloignes et le personel",
                Language::French
            ),
            "Une connexion fiable, en utilisant les bureaux eloignes et le personnel"
        );
        assert_eq!(
            french.mended("E-gates à l'aéroport Blaise-Diagne", Language::French),
            "E-gates à l'aéroport Blaise-Diagne"
        );
    }

    /// The twenty-eighth set's dictated and hurried English: words typed
    /// for others are mended whatever the groups type, and only before the
    /// word that tells them ("there" stays before "is"); French keeps its
    /// words.
    #[test]
    fn a_word_typed_for_one_it_sounds_like_is_mended() {
        let none = Spellings::default();
        for (typed, meant) in [
            (
                "Staff are worried about loosing there jobs",
                "Staff are worried about losing their jobs",
            ),
            (
                "Start small, then role out nationally",
                "Start small, then roll out nationally",
            ),
            (
                "Technology is the only weigh to keep up",
                "Technology is the only way to keep up",
            ),
            ("There is no budget", "There is no budget"),
            ("Weigh the costs first", "Weigh the costs first"),
            ("Are there jobs at risk?", "Are there jobs at risk?"),
            (
                "Biometric e gates at the airport, we cant check them all",
                "Biometric e-gates at the airport, we can't check them all",
            ),
            ("E commerce is exploding", "E-commerce is exploding"),
            ("e-seals on trucks", "e-seals on trucks"),
            (
                "Define the role. Out of scope: drones",
                "Define the role. Out of scope: drones",
            ),
        ] {
            assert_eq!(none.mended(typed, Language::English), meant);
        }
        assert_eq!(
            none.mended("Le rôle des agents", Language::French),
            "Le rôle des agents"
        );
        assert_eq!(
            none.mended("Les outils dont nous disposons", Language::French),
            "Les outils dont nous disposons"
        );
    }
}
