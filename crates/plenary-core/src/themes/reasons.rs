//! Why a suggestion's answers were grouped, in words a person reads: the
//! concepts, words and topics two or more of them share, each idea once,
//! in the session's language, and none that says nothing.

use std::collections::HashSet;

use rustc_hash::FxHashMap;

use super::glossary::GLOSSARY;
use super::{Analysis, text, wording};
use crate::session::Language;

impl Analysis {
    /// Whether `wide` says no more than `narrow`: both name a concept, as a
    /// concept or as a topic or word whose label names just one, and `wide`'s is `narrow`'s
    /// ("Biométrie" and the topic "Biometrics") or one it implies ("Facial
    /// recognition" and "Biometrics"). After `narrow`, `wide` says nothing
    /// new; the other way round, `narrow` says which kind.
    pub(super) fn says_no_more(&self, narrow: u32, wide: u32) -> bool {
        let concept = |feature: u32| {
            self.concepts.get(&feature).or_else(|| {
                match self.label_concepts.get(&feature).map(Vec::as_slice) {
                    Some([one]) => Some(one),
                    _ => None,
                }
            })
        };
        match (concept(narrow), concept(wide)) {
            (Some(&narrow), Some(&wide)) => narrow == wide || GLOSSARY.implies(narrow, wide),
            _ => false,
        }
    }
}

/// Each way each word feature was typed: how often in an answer in the
/// session's language, and how often in all.
#[derive(Default)]
pub(super) struct Typed(pub(super) FxHashMap<u32, FxHashMap<String, (u32, u32)>>);

impl Typed {
    pub(super) fn add(&mut self, word: u32, surface: String, in_language: bool) {
        let counts = self.0.entry(word).or_default().entry(surface).or_default();
        counts.0 += u32::from(in_language);
        counts.1 += 1;
    }

    /// Names each word in `labels` the way most answers in the session's
    /// language typed it ("origin", not "origine", in an English session),
    /// and returns the words no such answer typed.
    pub(super) fn name_words(self, labels: &mut FxHashMap<u32, String>) -> HashSet<u32> {
        let mut foreign = HashSet::new();
        for (word, counts) in self.0 {
            if counts.values().all(|(in_language, _)| *in_language == 0) {
                foreign.insert(word);
            }
            let surface = counts
                .into_iter()
                .max_by(|x, y| x.1.cmp(&y.1).then_with(|| y.0.cmp(&x.0)))
                .map(|(surface, _)| surface)
                .unwrap_or_default();
            labels.insert(word, surface);
        }
        foreign
    }
}

/// A label as compared with the others of a theme's name.
#[derive(Clone, Debug)]
pub(super) struct LabelForm {
    /// Lower case, without accents.
    pub(super) folded: String,
    /// Its words' stems, in English and in French.
    pub(super) stems: [Vec<String>; 2],
}

impl LabelForm {
    pub(super) fn of(label: &str) -> LabelForm {
        let folded = text::fold(&label.to_lowercase());
        let words = text::words(&folded);
        let stems = [Language::English, Language::French].map(|language| {
            words
                .iter()
                .map(|word| text::stem(word, language))
                .collect()
        });
        LabelForm { folded, stems }
    }

    /// Whether `other` says again what this says: one holds the other, or
    /// their words have the same stems ("Biométrie" and "biométriques",
    /// "Drones" and "drone"), in English or in French.
    pub(super) fn says_again(&self, other: &LabelForm) -> bool {
        // A label with no words (only emoji or signs) says nothing again.
        if self.stems[0].is_empty() || other.stems[0].is_empty() {
            return false;
        }
        self.folded.contains(&other.folded)
            || other.folded.contains(&self.folded)
            || self.stems[0] == other.stems[0]
            || self.stems[1] == other.stems[1]
    }
}

/// Words of size, number and degree, in English and in French, that the
/// stop word lists leave out: two answers that share "small", "less" or
/// "élevé" (typed "eleve" too) share no idea by it.
pub(super) const VAGUE: [&str; 39] = [
    "small",
    "big",
    "large",
    "high",
    "low",
    "less",
    "many",
    "much",
    "one",
    "new",
    "petit",
    "petite",
    "petits",
    "petites",
    "grand",
    "grande",
    "grands",
    "grandes",
    "peu",
    "beaucoup",
    "moins",
    "nouveau",
    "nouvelle",
    "nouveaux",
    "nouvelles",
    "certain",
    "certains",
    "certaine",
    "certaines",
    "seul",
    "seule",
    "seuls",
    "seules",
    "élevé",
    "élevée",
    "élevés",
    "élevées",
    "faible",
    "faibles",
];

/// Verbs any answer may use and words of time, in English and in French,
/// that the stop word lists leave out: two answers that "use"
/// something, start "à partir de" a thing or speak of "aujourd'hui"
/// (read as "aujourd" and "hui") share no idea by it.
pub(super) const LIGHT: &str = "use uses used using take takes taken taking took make makes made making \
    get gets got getting go goes going gone come comes coming put puts give gives given keep \
    keeps let lets seem seems become becomes allow allows allowed allowing need needs needed \
    want wants try today now currently nowadays partir passer passe passent passé arriver \
    arrive arrivent faire mettre met mettent permettre permet permettent permettant prendre \
    prend prennent aller va vont venir vient viennent donner donne donnent devenir devient \
    rester reste restent utiliser utilise utilisent utilisé utilisée utilisés utilisées \
    utilisation usage aujourd hui actuellement déjà";

/// A topic's name as a reason for a theme: the facilitator's, or, when it
/// is a glossary concept's name, that concept's in the session's
/// `language` ("Biometrics" is "Biométrie" in a French session whose topics
/// came from the English template).
pub(super) fn topic_label(name: &str, language: Language) -> String {
    GLOSSARY.named(name).map_or_else(
        || name.to_owned(),
        |concept| GLOSSARY.concepts[concept].name(language).to_owned(),
    )
}

/// Whether every word of `label` is a stop word in English or in French,
/// a word such as "could" that says nothing alone, a vague one such as
/// "small" or a light one such as "use".
pub(super) fn says_nothing(label: &str) -> bool {
    let words = text::words(label);
    !words.is_empty()
        && words.iter().all(|word| {
            text::is_stop_word(word, Language::English)
                || text::is_stop_word(word, Language::French)
                || wording::is_hanging(word)
                || text::is_one_of(word, VAGUE)
                || text::is_one_of(word, LIGHT.split_whitespace())
        })
}
