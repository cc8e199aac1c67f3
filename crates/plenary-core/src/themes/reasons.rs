//! Why a suggestion's answers were grouped, in words a person reads: the
//! concepts, words and topics two or more of them share, each idea once,
//! in the session's language, and none that says nothing.

use std::collections::{BTreeMap, HashSet};

use rustc_hash::FxHashMap;

use super::features::{Features, Signal};
use super::glossary::GLOSSARY;
use super::naming::listed;
use super::{Analysis, language_of, text, wording};
use crate::session::{Language, Session};

impl Analysis {
    /// The labels two or more of `members` share that say something new,
    /// most telling first (the most answers, the rarest): each idea once,
    /// a wider concept not after a narrower one, and a topic or word not
    /// when a concept says it.
    pub(super) fn telling(&self, members: &[usize]) -> Vec<u32> {
        let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
        for &member in members {
            for &feature in &self.profiles[member].labelled {
                *counts.entry(feature).or_default() += 1;
            }
        }
        let mut shared: Vec<(u32, f32)> = counts
            .into_iter()
            .filter(|&(_, count)| count >= 2)
            .map(|(feature, count)| {
                #[expect(clippy::cast_precision_loss, reason = "small counts")]
                let score = count as f32 * self.idf[feature as usize];
                (feature, score)
            })
            .collect();
        shared.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        // A topic or word whose label names only concepts the answers
        // share says them again, in the facilitator's or a group's words
        // rather than the session's language ("Biometrics" or "blockchain"
        // beside "Biométrie" or "Chaîne de blocs"); so does one in the
        // other language that names any of them ("Artificial intelligence
        // and machine learning" beside "Intelligence artificielle").
        let shared_concepts: HashSet<usize> = shared
            .iter()
            .filter_map(|(feature, _)| self.concepts.get(feature).copied())
            .collect();
        // The labels that say something new, most telling first.
        let mut telling: Vec<u32> = Vec::new();
        for (feature, _) in &shared {
            // Every feature two answers share has its form.
            let Some(form) = self.forms.get(feature) else {
                continue;
            };
            if self.label_concepts.get(feature).is_some_and(|concepts| {
                let is_shared = |concept: &usize| shared_concepts.contains(concept);
                // A concept the label names, not one wider than another it
                // names.
                let named_shared = || {
                    concepts.iter().any(|&concept| {
                        is_shared(&concept)
                            && !concepts
                                .iter()
                                .any(|&other| other != concept && GLOSSARY.implies(other, concept))
                    })
                };
                let foreign = self.foreign_topics.contains(feature);
                !concepts.is_empty()
                    && (concepts.iter().all(is_shared) || (foreign && named_shared()))
            }) {
                continue;
            }
            let said = |other: &u32| {
                self.forms.get(other).is_some_and(|o| o.says_again(form))
                    || self.says_no_more(*other, *feature)
            };
            if !telling.iter().any(said) {
                telling.push(*feature);
            }
        }
        telling
    }

    /// Whether `wide` says no more than `narrow`: both name a concept, as a
    /// concept or as a topic or word whose label names just one, and `wide`'s is `narrow`'s
    /// ("Biométrie" and the topic "Biometrics") or one it implies ("Facial
    /// recognition" and "Biometrics"). After `narrow`, `wide` says nothing
    /// new; the other way round, `narrow` says which kind.
    pub(super) fn says_no_more(&self, narrow: u32, wide: u32) -> bool {
        match (self.concept_of(narrow), self.concept_of(wide)) {
            (Some(narrow), Some(wide)) => narrow == wide || GLOSSARY.implies(narrow, wide),
            _ => false,
        }
    }

    /// The glossary concept `feature` names: its own, or the one a topic's
    /// or word's label names alone (the topic "Robotics").
    pub(super) fn concept_of(&self, feature: u32) -> Option<usize> {
        self.concepts.get(&feature).copied().or_else(|| {
            match self.label_concepts.get(&feature).map(Vec::as_slice) {
                Some(&[one]) => Some(one),
                _ => None,
            }
        })
    }
}

/// The forms of the labels that may explain a theme, by feature. A theme
/// is explained by what two or more of its answers share: a label only one
/// answer has (by `df`, how many answers have each feature), words that
/// say nothing in either language ("sans", "the", "could"), or a word only
/// typed in the other language (`foreign`: "chaîne" in an English session,
/// where the concept Blockchain says it), never explain one.
pub(super) fn forms_of_reasons(
    labels: &FxHashMap<u32, String>,
    df: &[u32],
    foreign: &HashSet<u32>,
) -> FxHashMap<u32, LabelForm> {
    labels
        .iter()
        .filter(|(id, label)| {
            df[**id as usize] >= 2 && !says_nothing(label) && !foreign.contains(id)
        })
        .map(|(id, label)| (*id, LabelForm::of(label)))
        .collect()
}

/// The word features among `labels` that are words of the glossary's terms
/// in the language other than `language` only: "risk" in a French
/// session, though a group typed it in an answer told French ("Risk
/// profiling avec machine learning"), explains nothing there.
pub(super) fn words_of_the_other_language(
    labels: &FxHashMap<u32, String>,
    language: Language,
) -> impl Iterator<Item = u32> {
    labels
        .iter()
        .filter(move |(_, label)| {
            !label.contains(' ')
                && GLOSSARY.words_only_in(&[label.to_lowercase()], language.other()) > 0
        })
        .map(|(&id, _)| id)
}

/// The features of the `session`'s topics whose names are in the language
/// other than its own, by their words.
pub(super) fn foreign_topics(session: &Session, features: &Features) -> HashSet<u32> {
    session
        .topics
        .iter()
        .filter(|topic| {
            language_of(&text::words(&topic.name)).is_some_and(|told| told != session.language)
        })
        .filter_map(|topic| features.id(Signal::Topic, &topic.id.0.to_string()))
        .collect()
}

/// Each way each word feature was typed: how often in an answer in the
/// session's language, and how often in all.
#[derive(Default)]
pub(super) struct Typed(FxHashMap<u32, FxHashMap<String, (u32, u32)>>);

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
    folded: String,
    /// Its words' stems, in English and in French.
    stems: [Vec<String>; 2],
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
const VAGUE: [&str; 39] = [
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

/// Verbs any answer may use, words of time and the words of the meeting
/// itself, in English and in French, that the stop word lists leave out:
/// two answers that "use" something, start "à partir de" a thing, speak
/// of "aujourd'hui" (read as "aujourd" and "hui"), of "technologies" (the
/// meeting's subject), of "our group" or of a "system", a "tool" or a
/// "solution" (what any technology is) share no idea by it.
const LIGHT: &str = "use uses used using take takes taken taking took make makes made making \
    get gets got getting go goes going gone went come comes coming came put puts putting \
    give gives given giving gave keep keeps kept keeping let lets seem seems seemed become \
    becomes became becoming allow allows allowed allowing need needs needed want wants \
    wanted wanting try tries tried trying today now currently nowadays partir passer passe \
    passent passé arriver arrive arrivent faire mettre met mettent permettre permet \
    permettent permettant prendre prend prennent aller va vont venir vient viennent donner \
    donne donnent devenir devient rester reste restent utiliser utilise utilisent utilisé \
    utilisée utilisés utilisées utilisation usage aujourd hui actuellement déjà technology \
    technologies technologie tech techs group groups groupe groupes system systems système \
    systèmes tool tools outil outils solution solutions";

/// A topic's name as a reason for a theme: the facilitator's, or, when it
/// is a glossary concept's name, that concept's in the session's
/// `language` ("Biometrics" is "Biométrie" in a French session whose topics
/// came from the English template), and when it is made of concepts in the
/// other language, theirs ("Artificial intelligence and machine learning"
/// is "Intelligence artificielle et apprentissage automatique").
pub(super) fn topic_label(name: &str, language: Language) -> String {
    if let Some(concept) = GLOSSARY.named(name) {
        return GLOSSARY.concepts[concept].name(language).to_owned();
    }
    match GLOSSARY.spelled_out(name) {
        Some((told, concepts)) if told != language => {
            let names: Vec<&str> = concepts
                .iter()
                .map(|&concept| GLOSSARY.concepts[concept].name(language))
                .collect();
            listed(&names, language)
        }
        _ => name.to_owned(),
    }
}

/// Whether every word of `label` is a stop word in English or in French,
/// a word such as "could" that says nothing alone, an English conjunction
/// the stop words leave out ("since"), a vague one such as
/// "small", a light one such as "use", or a number ("24" of "24/7", "30"
/// of "30 %").
fn says_nothing(label: &str) -> bool {
    let words = text::words(label);
    !words.is_empty()
        && words.iter().all(|word| {
            text::is_stop_word(word, Language::English)
                || text::is_stop_word(word, Language::French)
                || wording::is_hanging(word)
                || wording::awaits_a_noun(word)
                || wording::is_an_english_conjunction(word)
                || text::is_one_of(word, VAGUE)
                || text::is_one_of(word, LIGHT.split_whitespace())
                || word.chars().all(char::is_numeric)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_say_nothing_alone_never_explain_a_theme() {
        for label in [
            "sans",
            "the",
            "could",
            "must",
            "Encore",
            "il doit",
            "small",
            "less",
            "certains",
            "instead",
            "every",
            "entre",
            "use",
            "partir",
            "aujourd'hui",
            "utilisés",
            "élevé",
            "eleve",
            "plutot",
            "technologies",
            "groupe",
            "24",
            "2030",
            "since",
            "unless",
            "went",
            "came",
            "gave",
            "kept",
            "became",
            "tried",
            "wanted",
            "system",
            "systèmes",
            "outils",
        ] {
            assert!(says_nothing(label), "{label}");
        }
        for label in [
            "Drones",
            "douane",
            "Customs officers and staff",
            "🛃",
            "3D",
            "arrivals",
            "utilisateurs",
            "élèves",
        ] {
            assert!(!says_nothing(label), "{label}");
        }
    }

    #[test]
    fn a_topic_named_by_concepts_is_named_in_the_sessions_language() {
        assert_eq!(topic_label("Biometrics", Language::French), "Biométrie");
        assert_eq!(topic_label("Biométrie", Language::English), "Biometrics");
        let ai = "Artificial intelligence and machine learning";
        assert_eq!(
            topic_label(ai, Language::French),
            "Intelligence artificielle et apprentissage automatique"
        );
        assert_eq!(topic_label(ai, Language::English), ai);
        assert_eq!(
            topic_label("Drones, biometrics and blockchain", Language::French),
            "Drones, biométrie et chaîne de blocs"
        );
        // Words of no concept: the facilitator's own.
        assert_eq!(
            topic_label("Drones over the lake", Language::French),
            "Drones over the lake"
        );
        assert_eq!(
            topic_label("Douane verte", Language::French),
            "Douane verte"
        );
    }

    #[test]
    fn a_label_says_again_what_another_says_in_other_words() {
        let says_again = |a: &str, b: &str| LabelForm::of(a).says_again(&LabelForm::of(b));
        assert!(says_again("Biométrie", "biométriques"));
        assert!(says_again("Drones", "drone"));
        assert!(says_again("Blockchain", "blockchain pilots"));
        assert!(!says_again("Biométrie", "portiques"));
        assert!(
            !says_again("🛃", "📦"),
            "labels with no words say nothing again"
        );
    }
}
