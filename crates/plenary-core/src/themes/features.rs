//! What an answer is made of for comparing it: its glossary concepts,
//! word stems, character 4-grams, topic tags and kind, each a numbered
//! feature of one signal, weighed by how rare it is among the answers.

use rustc_hash::FxHashMap;

use super::cluster::{self, Vector};
use super::glossary::GLOSSARY;
use super::pairs::{Tags, Warns};
use super::{Weights, cores, text, wording};
use crate::session::{Answer, AnswerKind, Language, Session};

impl Weights {
    pub(super) fn of(&self, kind: Signal) -> f32 {
        match kind {
            Signal::Concept => self.concept,
            Signal::Stem => self.stem,
            Signal::Gram => self.gram,
            Signal::Topic => self.topic,
            Signal::Kind => self.kind,
        }
    }
}

/// The signals an answer's features come from, so that a stem and a
/// concept of the same spelling differ.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Signal {
    Concept,
    Stem,
    Gram,
    Topic,
    Kind,
}

impl Signal {
    const ALL: [Signal; 5] = [
        Signal::Concept,
        Signal::Stem,
        Signal::Gram,
        Signal::Topic,
        Signal::Kind,
    ];
}

pub(super) fn kind_key(kind: AnswerKind) -> &'static str {
    match kind {
        AnswerKind::Benefit => "benefit",
        AnswerKind::UseToday => "use-today",
        AnswerKind::FutureUse => "future-use",
        AnswerKind::Risk => "risk",
        AnswerKind::Recommendation => "recommendation",
        AnswerKind::Other => "other",
    }
}

/// The answers' words prepared for comparison, on every core.
pub(super) fn prepare_all(session: &Session, answers: &[&Answer]) -> Vec<Prepared> {
    cores::on_every_core(answers, |_, share| {
        let mut cache = WordCache::default();
        share
            .iter()
            .map(|answer| {
                let fallback = session
                    .group(answer.group)
                    .map_or(session.language, |group| group.language);
                prepare(answer, fallback, &mut cache)
            })
            .collect()
    })
}

/// Every feature seen, numbered, with its signal and how many answers have it.
#[derive(Default)]
pub(super) struct Features {
    /// By signal and the [`hash`] of the feature's text.
    ids: FxHashMap<(Signal, u64), u32>,
    signal: Vec<Signal>,
    pub(super) df: Vec<u32>,
}

impl Features {
    /// Adds a feature to an answer's `row` and returns its number.
    pub(super) fn add(&mut self, signal: Signal, key: &str, row: &mut Vec<u32>) -> u32 {
        self.add_hashed(signal, hash(key), row)
    }

    /// The number of a feature of `signal` seen under `key`, if it was.
    pub(super) fn id(&self, signal: Signal, key: &str) -> Option<u32> {
        self.ids.get(&(signal, hash(key))).copied()
    }

    /// Adds a feature known by the hash of its text.
    pub(super) fn add_hashed(&mut self, signal: Signal, hash: u64, row: &mut Vec<u32>) -> u32 {
        let next = u32::try_from(self.df.len()).unwrap_or(u32::MAX);
        let id = *self.ids.entry((signal, hash)).or_insert(next);
        if id == next {
            self.df.push(0);
            self.signal.push(signal);
        }
        row.push(id);
        id
    }

    /// Ends an answer's `row`: each feature once, in order, counted once
    /// among the answers that have it.
    pub(super) fn count(&mut self, row: &mut Vec<u32>) {
        row.sort_unstable();
        row.dedup();
        for &id in row.iter() {
            self.df[id as usize] += 1;
        }
    }

    /// Inverse document frequency of each feature among `answers` answers.
    pub(super) fn idf(&self, answers: usize) -> Vec<f32> {
        #[expect(clippy::cast_precision_loss, reason = "counts stay far below 2^24")]
        let total = answers.max(1) as f32;
        #[expect(clippy::cast_precision_loss, reason = "counts stay far below 2^24")]
        self.df
            .iter()
            .map(|&count| (total / count.max(1) as f32).ln() + 1.0)
            .collect()
    }

    /// The vector of an answer's features. Each signal is a unit vector of
    /// its own, scaled by its weight, so the similarity of two answers is
    /// the weighted average of their similarities in each signal, however
    /// many words or n-grams either has.
    pub(super) fn vector(&self, row: &[u32], idf: &[f32], weights: Weights) -> Vector {
        let total = weights.concept + weights.stem + weights.gram + weights.topic + weights.kind;
        let mut vector: Vector = Vec::with_capacity(row.len());
        for signal in Signal::ALL {
            let mut channel: Vector = row
                .iter()
                .filter(|feature| self.signal[**feature as usize] == signal)
                .map(|&feature| (feature, idf[feature as usize]))
                .collect();
            cluster::normalise(&mut channel);
            let scale = (weights.of(signal) / total).sqrt();
            vector.extend(channel.into_iter().map(|(f, w)| (f, w * scale)));
        }
        vector.sort_unstable_by_key(|(feature, _)| *feature);
        vector
    }

    /// The glossary concepts that topic and word `labels` name, by
    /// feature: a label named like a concept names it ("Virtual reality",
    /// "blockchain"); another topic names the concepts the glossary finds
    /// in its name ("Artificial intelligence and machine learning"), in
    /// `language` unless its words say otherwise.
    pub(super) fn concepts_of_labels(
        &self,
        labels: &FxHashMap<u32, String>,
        language: Language,
    ) -> FxHashMap<u32, Vec<usize>> {
        labels
            .iter()
            // Only a label two answers share can explain a theme.
            .filter(|&(&id, _)| self.df[id as usize] >= 2)
            .filter_map(|(&id, label)| {
                let named = || GLOSSARY.named(label).map(|concept| vec![concept]);
                let concepts = match self.signal[id as usize] {
                    Signal::Topic => {
                        named().unwrap_or_else(|| GLOSSARY.concepts_in_text(label, language))
                    }
                    Signal::Stem => named()?,
                    _ => return None,
                };
                Some((id, concepts))
            })
            .collect()
    }

    /// The topic tags of an answer's `row` of features, with their
    /// weights in its `vector`, each marked if the answer names every
    /// concept the tag's label names (`label_concepts`; `concepts` tells
    /// which features are concepts): "Biometrics" on "Biometric gates at
    /// the airport" says again what its words say.
    pub(super) fn tags(
        &self,
        row: &[u32],
        vector: &Vector,
        concepts: &FxHashMap<u32, usize>,
        label_concepts: &FxHashMap<u32, Vec<usize>>,
    ) -> Tags {
        let named: Vec<usize> = row
            .iter()
            .filter_map(|feature| concepts.get(feature).copied())
            .collect();
        vector
            .iter()
            .filter(|(feature, _)| self.signal[*feature as usize] == Signal::Topic)
            .map(|&(feature, weight)| {
                let said = label_concepts
                    .get(&feature)
                    .is_some_and(|its| its.iter().all(|concept| named.contains(concept)));
                (feature, weight, said)
            })
            .collect()
    }

    /// Whether sharing `feature` makes two answers candidate neighbours: a
    /// word, concept or n-gram that at most `common` answers have.
    pub(super) fn finds_neighbours(&self, feature: u32, common: usize) -> bool {
        let index = feature as usize;
        matches!(
            self.signal[index],
            Signal::Concept | Signal::Stem | Signal::Gram
        ) && self.df[index] as usize <= common
    }
}

/// A feature's text as [`Features`] knows it: a 64-bit hash is as good as
/// the text for telling a meeting's words apart, and much cheaper.
fn hash(text: impl std::hash::Hash) -> u64 {
    std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, text)
}

/// Whose case an answer tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Case {
    /// What the groups say.
    Said,
    /// One country's, administration's, port's or town's case opening the
    /// answer ([`wording::opens_with_a_country`]: "Au Sénégal il a fallu
    /// modifier la loi", "Belgique : datamining …", "Port d'Anvers : …").
    Local,
    /// What one administration presented ("Korea presented use of AI in
    /// the selectivity", [`wording::reports_a_case`]), whose name would
    /// tell of that case.
    Reported,
}

impl Case {
    fn of(written: &str) -> Case {
        if wording::reports_a_case(written) {
            Case::Reported
        } else if wording::opens_with_a_country(written) {
            Case::Local
        } else {
            Case::Said
        }
    }
}

/// What an answer tells of itself beside its words: the languages that
/// name and state a theme by it, and what it warns of, which keeps it
/// apart from answers that do not warn.
#[derive(Clone, Copy, Debug)]
pub(super) struct Told {
    /// The language its words tell, if they do.
    pub(super) language: Option<Language>,
    /// The language of the sentence it would state a theme by, when its
    /// words tell, else `language`.
    pub(super) stated_in: Option<Language>,
    /// How that sentence would state a theme.
    pub(super) sentence: Sentence,
    /// Whether it tells one country's case, which names a theme of many
    /// less well than what the groups say of it.
    pub(super) case: Case,
    /// Whether it slips ([`slipped`]): English with a slip of grammar a
    /// learner types ("must to invest", "the informations"), or French
    /// mixing in Kreyòl ("nou pa gen lajan"), which a theme is named by
    /// only when all its answers do.
    pub(super) slipped: bool,
    /// Whether it was pasted as a spreadsheet formula ("=HYPERLINK(…)"),
    /// which a theme is named by only when all its answers were.
    pub(super) formula: bool,
    pub(super) warns: Warns,
}

/// How the sentence an answer would state a theme by states it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Sentence {
    /// Whether it says too little to state a theme: fewer than
    /// [`STATES_A_THEME`] different words that are no stop words
    /// ("Financing !!", "Who pays?", "Training, training, training."),
    /// or a word alone heads it ("Speed. Systems work 24/7").
    pub(super) terse: bool,
    /// Whether it asks a question all through ("Do you run the PNR
    /// algorithms yourselves?"), which a theme is not stated by.
    pub(super) asks: bool,
    /// Whether it reads aloud as a committee's document would say it
    /// ([`reads_aloud`]).
    pub(super) reads_aloud: bool,
}

/// The fewest different words, stop words aside, of a sentence that
/// states a theme: "Data quality." does, "Speed." does not.
const STATES_A_THEME: usize = 2;

/// The words of one answer, prepared for comparison.
pub(super) struct Prepared {
    /// The language the answer is in: the one its words tell, else its
    /// group's.
    pub(super) language: Language,
    /// Its languages and what it warns of.
    pub(super) told: Told,
    /// Whether it has a word that says something ([`says_something`]).
    pub(super) says_something: bool,
    pub(super) concepts: Vec<usize>,
    /// (stem, the word as typed, in lower case, whether it was typed in
    /// the answer's language rather than in a clause of the other).
    pub(super) stems: Vec<(String, String, bool)>,
    /// Its words' character 4-grams, by the hash of their text.
    pub(super) grams: Vec<u64>,
    /// Its first sentence, as a statement ([`wording::statement`]).
    pub(super) statement: String,
}

/// What a word gives in any answer: its stems in English and in French
/// and the hashes of its character 4-grams.
struct WordForms {
    english: String,
    french: String,
    grams: Vec<u64>,
}

impl WordForms {
    fn of(word: &str) -> WordForms {
        let folded: Vec<char> = format!("^{}$", text::fold(word)).chars().collect();
        let grams = if folded.len() >= 6 {
            folded.windows(4).map(hash).collect()
        } else {
            Vec::new()
        };
        WordForms {
            english: text::stem(word, Language::English),
            french: text::stem(word, Language::French),
            grams,
        }
    }
}

/// The language an answer's lower-case `words` tell, if they do
/// ([`Glossary::language_of`](super::glossary::Glossary::language_of)): "Faster clearance" is English.
pub fn language_of(words: &[String]) -> Option<Language> {
    GLOSSARY.language_of(words)
}

/// Each word's forms, kept because a meeting's answers repeat their words.
type WordCache = FxHashMap<String, WordForms>;

fn prepare(answer: &Answer, fallback: Language, cache: &mut WordCache) -> Prepared {
    // "<b>Recommendation:</b> …", "=HYPERLINK(\"http://…\", \"…\")": the
    // tags and the formula are no words of the group's.
    let (written, formula) = wording::as_written_with_formula(&answer.text);
    let written = text::without_web_addresses(&written);
    let words = text::words(&written);
    let told = language_of(&words);
    let language = told.unwrap_or(fallback);
    for word in &words {
        if !cache.contains_key(word) {
            cache.insert(word.clone(), WordForms::of(word));
        }
    }
    let forms: Vec<&WordForms> = words.iter().map(|word| &cache[word]).collect();
    let english: Vec<String> = forms.iter().map(|form| form.english.clone()).collect();
    let french: Vec<String> = forms.iter().map(|form| form.french.clone()).collect();
    let concepts = GLOSSARY.concepts_in(&words, &english, &french, language);
    let own = match language {
        Language::English => &english,
        Language::French => &french,
    };
    let otherwise = text::typed_in_other_language(&written, &words, language);
    let mut stems = Vec::new();
    let mut grams = Vec::new();
    for ((word, stem), form) in words.iter().zip(own).zip(&forms) {
        if !text::is_content_word(word, language) {
            continue;
        }
        let as_answer = otherwise.binary_search(word).is_err();
        stems.push((stem.clone(), word.clone(), as_answer));
        grams.extend_from_slice(&form.grams);
    }
    // Most answers are one sentence, stated whole.
    let (statement, headed) = wording::statement_and_heading(&answer.text);
    let stated = text::words(&text::without_web_addresses(&statement));
    let stated_in = if stated.len() == words.len() {
        told
    } else {
        language_of(&stated).or(told)
    };
    let mut saying: Vec<&String> = stated
        .iter()
        .filter(|word| text::is_content_word(word, language))
        .collect();
    saying.sort_unstable();
    saying.dedup();
    Prepared {
        language,
        told: Told {
            language: told,
            stated_in,
            sentence: Sentence {
                terse: headed || saying.len() < STATES_A_THEME,
                asks: asks(&statement, stated_in),
                reads_aloud: reads_aloud(&statement, stated_in),
            },
            case: Case::of(&written),
            slipped: slipped(&written, told),
            formula,
            warns: Warns::of(answer.kind, &concepts),
        },
        says_something: says_something(&written, &words, language),
        concepts,
        stems,
        grams,
        statement,
    }
}

/// Whether a `statement` asks a question all through, as a name made
/// from it would: it opens with a word that asks ("Do you run the PNR
/// algorithms yourselves?", "Comment contrôler …?", "Et si quelqu'un
/// pirate …?") or a verb and its pronoun turned round ("Les sas
/// acceptent-ils …?"). One that opens with what it asks about ("Parcels
/// delivered by drone across borders, how do we clear them?") names the
/// theme by that.
pub(super) fn asks(statement: &str, language: Option<Language>) -> bool {
    let mut words = statement.split_whitespace().map(text::lowered);
    let opens_asking = words.next().is_some_and(|first| {
        QUESTION_OPENERS.contains(&first.as_str()) || first.starts_with("qu'")
    });
    // Within the opening phrase only: "Colis livrés par drone : peut-on
    // les dédouaner ?" opens with what it asks about. English "carry-on"
    // turns nothing round.
    let turned = || {
        let opening = statement.split([',', ':', '—', '–']).next().unwrap_or("");
        language != Some(Language::English)
            && opening.split_whitespace().any(|word| {
                let word = word.trim_end_matches(['?', ',']).to_lowercase();
                TURNED_PRONOUNS
                    .iter()
                    .any(|pronoun| word.len() > pronoun.len() + 2 && word.ends_with(pronoun))
            })
    };
    statement.ends_with('?') && (opens_asking || turned())
}

/// Whether `text`, in `language` when its words tell, slips: English
/// with a learner's slip of grammar ([`wording::has_a_learners_slip`]:
/// "must to invest"), or French mixing in Kreyòl
/// ([`wording::mixes_in_creole`]: "nou pa gen lajan").
fn slipped(text: &str, language: Option<Language>) -> bool {
    match language {
        Some(Language::English) => wording::has_a_learners_slip(text),
        Some(Language::French) => wording::mixes_in_creole(text),
        None => false,
    }
}

/// Whether a `statement`, in `language` when its words tell, reads aloud
/// as a committee's document would say it: written out, not noted in
/// shorthand ("E-seals on transit trucks → GPS track in real time", "Less
/// paper = faster"), without a slip ([`slipped`]: "Government must to
/// give more budget", "nou pa gen lajan") and, in French, typed with its
/// accents (a sentence of five words or more with none lacks them).
fn reads_aloud(statement: &str, language: Option<Language>) -> bool {
    let shorthand = in_shorthand(statement);
    let slipped = slipped(statement, language);
    let words = statement.split_whitespace().count();
    // An apostrophe, a dash or a euro sign typed is no accent.
    let accented = statement
        .chars()
        .any(|c| c.is_alphabetic() && !c.is_ascii());
    let unaccented = language == Some(Language::French) && words >= 5 && !accented;
    !shorthand && !slipped && !unaccented
}

/// Whether `text` is noted in shorthand: it has one of [`SHORTHAND`]'s
/// marks ("→", "=") or a "w/" for "with", or a word cut short
/// ([`is_cut_short`]: "Bitcoin pmts on darknet", "Legal fwk lagging").
pub(super) fn in_shorthand(text: &str) -> bool {
    // "w/" for "with", not "law/regulation".
    let with = text.starts_with("w/") || text.contains(" w/");
    with || SHORTHAND.iter().any(|mark| text.contains(mark))
        || text.split_whitespace().any(is_cut_short)
}

/// Whether `word`, as typed, is cut short: a word noted cut short
/// ([`wording::is_noted_cut_short`]: "pax", "imgs", "auto") in lower
/// case or capitalised ("Auto threat recognition"), or a
/// word in lower case of three letters or more and no vowel ("pmts",
/// "mgmt", "fwk"). An acronym is typed in capitals ("PCS", "HS").
fn is_cut_short(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    let vowelless = word.chars().count() >= 3
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !word.contains(['a', 'e', 'i', 'o', 'u', 'y']);
    // "Auto threat recognition"; "INFO" in capitals is a heading.
    let mut letters = word.chars();
    let capitalised =
        letters.next().is_some_and(char::is_uppercase) && letters.all(|c| !c.is_uppercase());
    let lower = word.to_lowercase();
    let noted = (capitalised || lower == word) && wording::is_noted_cut_short(&lower);
    vowelless || noted
}

/// Marks of notes taken in shorthand.
const SHORTHAND: [&str; 11] = [
    "→", "->", "=>", "=", "↓", "↑", " @ ", " + ", "!!", "??", "$$",
];

/// Words a question opens with, in English and in French, in lower case.
const QUESTION_OPENERS: [&str; 40] = [
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "can",
    "could",
    "should",
    "would",
    "will",
    "shall",
    "has",
    "have",
    "how",
    "what",
    "why",
    "who",
    "which",
    "where",
    "when",
    "whose",
    "comment",
    "pourquoi",
    "qui",
    "que",
    "quel",
    "quelle",
    "quels",
    "quelles",
    "quand",
    "où",
    "combien",
    "est-ce",
    "et",
    "peut-on",
    "faut-il",
    "doit-on",
    "avez-vous",
];

/// A French verb's pronoun after it, turned round to ask: "acceptent-ils",
/// "marche-t-il".
const TURNED_PRONOUNS: [&str; 7] = ["-il", "-ils", "-elle", "-elles", "-on", "-vous", "-nous"];

/// Whether an answer, `typed` and read as `words` in `language`, says
/// something: a word that is no stop word and has two letters or more; a
/// letter of a script without capitals ("境", "ド", "โ"), whose text splits
/// into single letters; or a word in capitals, which may be an acronym that
/// spells a stop word ("AI" in a French session, "IT"). Emoji, marks and a
/// lone letter ("👍", "???", "x") say nothing, nor does an answer that
/// only points elsewhere or has nothing to add ([`points_elsewhere`]).
pub(super) fn says_something(typed: &str, words: &[String], language: Language) -> bool {
    let caseless = |c: char| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase();
    let worded = words
        .iter()
        .any(|word| text::is_content_word(word, language) || word.chars().all(caseless))
        || typed
            .split_whitespace()
            .any(|token| token.chars().filter(|c| c.is_uppercase()).nth(1).is_some());
    worded && !points_elsewhere(typed)
}

/// What a rapporteur types in a field that has nothing of its own, in
/// lower case: "N/A", "idem", "see above", "RAS" (rien à signaler),
/// "nothing to add", "voir plus haut".
const NOTHING_OF_ITS_OWN: [&[&str]; 18] = [
    &["n", "a"],
    &["na"],
    &["ras"],
    &["tbd"],
    &["none"],
    &["nothing"],
    &["rien"],
    &["néant"],
    &["see", "above"],
    &["voir", "plus", "haut"],
    &["voir", "ci", "dessus"],
    &["nothing", "to", "add"],
    &["rien", "à", "ajouter"],
    &["rien", "à", "signaler"],
    &["rien", "a", "ajouter"],
    &["rien", "a", "signaler"],
    &["no", "comment"],
    &["sans", "objet"],
];

/// The words that open an answer pointing to another: "idem groupe 2",
/// "same as group 3", "cf. question 1", "ditto".
const POINTING: [&[&str]; 5] = [
    &["idem"],
    &["ditto"],
    &["same", "as"],
    &["cf"],
    &["voir", "question"],
];

/// The most words an answer that points to another has after
/// [`POINTING`]'s: "idem question 1", "same as group 3 above".
const POINTED_TO_WORDS: usize = 3;

/// The most words an answer with nothing of its own has: "same as" and
/// [`POINTED_TO_WORDS`] more ("same as group 3 above"), more than any of
/// [`NOTHING_OF_ITS_OWN`].
const MOST_WORDS_OF_NOTHING: usize = 2 + POINTED_TO_WORDS;

/// Whether an answer, as `typed`, only points elsewhere or says there is
/// nothing to add: its words in lower case are all of one of
/// [`NOTHING_OF_ITS_OWN`], or one of [`POINTING`] and up to
/// [`POINTED_TO_WORDS`] words ("idem groupe 2", "same as group 3"). "Same
/// as today, but faster" and "Do more" say something. Read alone, out of
/// its group's list, such an answer says nothing to a committee.
pub fn points_elsewhere(typed: &str) -> bool {
    // One word past the most tells an answer of any length is none.
    let words: Vec<String> = typed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(MOST_WORDS_OF_NOTHING + 1)
        .map(str::to_lowercase)
        .collect();
    let words = words.as_slice();
    let is = |phrase: &[&str], words: &[String]| {
        phrase.len() <= words.len() && phrase.iter().zip(words).all(|(one, word)| one == word)
    };
    NOTHING_OF_ITS_OWN
        .iter()
        .any(|phrase| phrase.len() == words.len() && is(phrase, words))
        || POINTING.iter().any(|phrase| {
            is(phrase, words)
                && words.len() <= phrase.len() + POINTED_TO_WORDS
                && words[phrase.len()..]
                    .iter()
                    .all(|word| POINTED_TO.contains(&word.as_str()) || numbers_one(word))
        })
}

/// Whether a lower-case `word` numbers what an answer points to: "2",
/// "q3", "g4", or a number in words ("same as group three", "idem groupe
/// cinq").
fn numbers_one(word: &str) -> bool {
    let digits = word.trim_start_matches(['q', 'g']);
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
        || NUMBERS_IN_WORDS.contains(&word)
}

/// The numbers of a meeting's groups and questions in words, in English
/// and French.
const NUMBERS_IN_WORDS: [&str; 23] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "un", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "onze",
    "douze",
];

/// What an answer that points elsewhere points to, in lower case.
const POINTED_TO: [&str; 12] = [
    "group",
    "groupe",
    "question",
    "q",
    "above",
    "before",
    "previous",
    "précédent",
    "précédente",
    "the",
    "le",
    "la",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_that_points_elsewhere_says_nothing() {
        let says = |answer: &str| says_something(answer, &text::words(answer), Language::English);
        for nothing in [
            "N/A",
            "idem",
            "Idem groupe 2",
            "idem question 1",
            "same as group 3",
            "see above",
            "RAS",
            "nothing to add",
            "Rien à ajouter.",
            "voir plus haut",
            "Rien a signaler",
            "idem Q3",
            "cf. question précédente",
            "Same as group three",
            "idem groupe cinq",
        ] {
            assert!(!says(nothing), "{nothing}");
        }
        let longest = |phrases: &[&[&str]], more: usize| {
            phrases
                .iter()
                .all(|phrase| phrase.len() + more <= MOST_WORDS_OF_NOTHING)
        };
        assert!(longest(&POINTING, POINTED_TO_WORDS) && longest(&NOTHING_OF_ITS_OWN, 0));
        for something in [
            "Same as today, but faster",
            "NA countries lag behind",
            "Idem for passengers: e-gates",
            "See above: drones at the border",
            "None of the administrations can afford it",
            "Same as group three: drones",
        ] {
            assert!(says(something), "{something}");
        }
    }

    #[test]
    fn emoji_marks_and_a_lone_letter_say_nothing() {
        let says = |answer: &str, language| says_something(answer, &text::words(answer), language);
        for nothing in ["👍", "🚀🚀 !!", "???", "x", "...", "-", "🛃 &", "a 👍"] {
            assert!(!says(nothing, Language::English), "{nothing}");
        }
        for something in [
            "Drones",
            "无人机在边境巡逻",
            "国境でドローン",
            "โดรน",
            "Дроны",
            "OK 👍 drones",
            "IT",
        ] {
            assert!(says(something, Language::English), "{something}");
        }
        assert!(says("AI", Language::French), "an acronym, not 'ai'");
    }
}
