//! Themes across groups: suggested on the laptop, shaped by the facilitator,
//! ranked by dot votes.
//!
//! Suggestion ([`Analysis`]) compares the answers to one question through
//! every signal the session holds: the concepts of the bilingual glossary
//! (so a French and an English answer on one subject meet), word stems
//! without stop words, character n-grams (cognates such as
//! biométrie/biometrics), the rapporteurs' topic tags and the answers' kinds.
//! It clusters them once into a dendrogram; the similarity slider only cuts
//! it. Shaping themes is ordinary [`Action`](crate::action::Action)s, so every step is undoable and
//! travels in the session file.

pub mod cluster;
pub mod cores;
pub mod edit;
mod features;
pub mod glossary;
pub mod matrix;
pub mod meaning;
mod naming;
mod pairs;
mod reasons;
#[cfg(test)]
mod shaping_tests;
mod spelling;
pub mod text;
pub mod vote;
pub mod wording;

pub use features::{language_of, points_elsewhere};

use std::collections::HashSet;
use std::sync::OnceLock;

use cluster::{Apart, Dendrogram, Vector};
use features::{Features, Prepared, Signal, Told, kind_key, prepare_all};
use glossary::GLOSSARY;
use meaning::{Meaning, Meanings};
use naming::{Accents, Typing, clipped};
use pairs::{Tags, compare, keep_apart, parties_among};
use reasons::{
    LabelForm, Typed, foreign_topics, forms_of_reasons, topic_label, words_of_the_other_language,
};
use rustc_hash::FxHashMap;
use serde::Serialize;
use spelling::Spellings;

use crate::session::{
    Answer, AnswerId, AnswerKind, GroupId, Language, QuestionId, Session, says_again,
};

/// The lowest similarity the slider goes to: below it, answers hardly
/// share a thing, and the clustering stops there.
pub const MIN_SIMILARITY: f32 = 0.1;

/// The similarity the slider starts at.
pub const DEFAULT_SIMILARITY: f32 = 0.2;

/// How much each signal counts in the similarity of two answers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weights {
    /// A concept of the glossary.
    pub concept: f32,
    /// A word stem.
    pub stem: f32,
    /// A character 4-gram of a word.
    pub gram: f32,
    /// A topic tag, which two answers share only as a hint: where both
    /// answers' words name its concepts, it adds nothing to their
    /// similarity (`pairs::kept_apart`).
    pub topic: f32,
    /// The kind of answer.
    pub kind: f32,
    /// How many nearest neighbours each answer keeps.
    pub neighbours: usize,
    /// How much the answers' meanings count, when they are known, against
    /// all the signals above together: the similarity of two answers is
    /// `meaning` times their meanings' cosine plus `1 - meaning` times
    /// their words'.
    pub meaning: f32,
    /// How many nearest neighbours by meaning each answer keeps, beside
    /// those its words find.
    pub neighbours_by_meaning: usize,
    /// How much of their similarity two answers keep when each names a
    /// party the other does not (travellers, officers, traders, cargo) and they
    /// name none in common: a shared tag or technology does not make one
    /// theme of biometric gates for travellers and biometric access for
    /// staff. Two answers about different parties are also two clusters
    /// about them, so they keep `apart` times [`Weights::themes_apart`].
    pub apart: f32,
    /// How much of their average similarity two would-be themes keep when
    /// the parties their answers name differ (each names one, none in
    /// common): without it, an answer that names no party ("ePassport
    /// gates") bridges them.
    pub themes_apart: f32,
    /// How much of their similarity an answer that warns of a risk and
    /// one that does not (a benefit, a use, a recommendation) keep: groups
    /// that say a technology serves customs and groups that say it serves
    /// smugglers raise two themes, though they share every word of it. In
    /// the twelve labelled sets, 6 % of the pairs in one theme mix them.
    /// A warning of smugglers or criminals using it, beside an answer that
    /// does not warn, keeps `warning_apart` of that again ([`Warns`]).
    pub warning_apart: f32,
}

impl Default for Weights {
    fn default() -> Weights {
        Weights {
            concept: 3.0,
            stem: 1.0,
            gram: 0.3,
            topic: 0.25,
            kind: 0.5,
            neighbours: 12,
            meaning: 0.4,
            neighbours_by_meaning: 12,
            apart: 0.7,
            themes_apart: 0.95,
            warning_apart: 0.7,
        }
    }
}

/// A group of answers the app suggests as one theme.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Suggestion {
    /// The opening phrase of its most representative answer in the
    /// session's language (else its shared concepts, in that language),
    /// with words typed in capitals for emphasis in lower case.
    pub name: String,
    /// One sentence that says the theme: its most representative answer's
    /// first sentence, or that of an answer alike that says more when the
    /// first says no more than the name or opens with it (in a French
    /// session, with the accents its French words were typed without, as
    /// the name gets them; words typed in capitals for emphasis in lower
    /// case). Empty when no answer states the theme in the session's
    /// language: the facilitator writes it.
    pub statement: String,
    pub answers: Vec<AnswerId>,
    /// The groups that raised it, in the session's order.
    pub groups: Vec<GroupId>,
    /// Why these answers were grouped: the concepts, words (typed in the
    /// session's language) and topics that at least two of them share, the
    /// six most telling, most telling first.
    pub shared: Vec<String>,
    /// How alike the answers are, from 0 to 1: their average similarity.
    pub confidence: f32,
}

/// What is known of one answer for comparing it.
#[derive(Clone, Debug)]
struct Profile {
    id: AnswerId,
    group: GroupId,
    vector: Vector,
    /// The part of `vector` its topic tags make, each marked if its words
    /// name the tag's concepts.
    tags: Tags,
    /// Feature ids of the concepts, stems and topics, for naming a theme.
    labelled: Vec<u32>,
    /// The answer as typed, and what it tells of its languages and
    /// warnings.
    text: String,
    /// Its first sentence, as it states a theme ([`wording::statement`]).
    statement: String,
    told: Told,
    /// The kind the group gave it, which a theme named by one concept adds
    /// ("Biométrie : risques").
    kind: AnswerKind,
    /// The parties it names, directly or through a narrower concept (an
    /// e-gate is about travellers), as glossary indices.
    parties: Vec<usize>,
    /// The name its answer gives a theme in the session's language
    /// ([`Analysis::name_of`]), read once: every cut of the slider names
    /// the themes again.
    name: OnceLock<Option<String>>,
}

/// How much of two answers' similarity their words make: all of it, or
/// what their meanings (`by_meaning`, weighing `meaning`) leave.
fn words_share(by_meaning: bool, meaning: f32) -> f32 {
    if by_meaning { 1.0 - meaning } else { 1.0 }
}

/// What was learnt of each answer, in the answers' order.
struct Each {
    row: Vec<Vec<u32>>,
    vector: Vec<Vector>,
    tags: Vec<Tags>,
    told: Vec<Told>,
    statement: Vec<String>,
    parties: Vec<Vec<usize>>,
}

/// The profiles of `answers`, from what was learnt of `each`; `labels`
/// tells which features name a theme.
fn profiles(answers: &[&Answer], each: Each, labels: &FxHashMap<u32, String>) -> Vec<Profile> {
    answers
        .iter()
        .zip(each.row)
        .zip(each.vector)
        .zip(each.tags)
        .zip(each.told)
        .zip(each.statement)
        .zip(each.parties)
        .map(
            |((((((answer, row), vector), tags), told), statement), parties)| Profile {
                id: answer.id,
                group: answer.group,
                vector,
                tags,
                labelled: row
                    .into_iter()
                    .filter(|feature| labels.contains_key(feature))
                    .collect(),
                text: answer.text.clone(),
                statement,
                told,
                kind: answer.kind,
                parties,
                name: OnceLock::new(),
            },
        )
        .collect()
}

/// What each prepared answer tells, its statement, moved out (what follows
/// reads the rest of each answer's), and whether it says something.
fn told_stated_worded(prepared: &mut [Prepared]) -> (Vec<Told>, Vec<String>, Vec<bool>) {
    let told = prepared.iter().map(|p| p.told).collect();
    let statement = prepared
        .iter_mut()
        .map(|p| std::mem::take(&mut p.statement))
        .collect();
    let worded = prepared.iter().map(|p| p.says_something).collect();
    (told, statement, worded)
}

/// `answers` in the order of their ids, each once.
fn in_id_order<'a>(answers: &[&'a Answer]) -> Vec<&'a Answer> {
    let mut answers = answers.to_vec();
    answers.sort_by_key(|answer| answer.id);
    answers.dedup_by_key(|answer| answer.id);
    answers
}

/// The answers to compare, prepared once; [`Analysis::suggest`] then cuts the
/// clustering at any similarity.
#[derive(Clone, Debug)]
pub struct Analysis {
    profiles: Vec<Profile>,
    tree: Dendrogram,
    /// A name to show for each labelled feature.
    labels: FxHashMap<u32, String>,
    /// Each label's words, to tell when two say the same thing.
    forms: FxHashMap<u32, LabelForm>,
    idf: Vec<f32>,
    group_order: Vec<GroupId>,
    /// The session's language, which names and statements are in.
    language: Language,
    /// The concepts' features, with the index of their concept in the
    /// glossary: a concept's name is in the session's language.
    concepts: FxHashMap<u32, usize>,
    /// The topic tags and words whose labels name glossary concepts, with
    /// those concepts' indices: one for a label named like a concept (the
    /// topic "Virtual reality", the word "blockchain"), the concepts its
    /// name names for another topic ("Artificial intelligence and machine
    /// learning"). To a reader they say those concepts.
    label_concepts: FxHashMap<u32, Vec<usize>>,
    /// The topics named in the other language (the template's English
    /// topics in a French session), which give way to any concept they
    /// name that a theme's answers share, even once their label is put in
    /// the session's language.
    foreign_topics: HashSet<u32>,
    /// Each answer's meaning, in the profiles' order, when all are known.
    meant: Option<Vec<Meaning>>,
    /// The words the answers typed with accents, which a French name
    /// typed without them gets back.
    accents: Accents,
    /// How often the answers in each language type each word, so a name
    /// or a statement reads a word one group slipped on as the others type
    /// it.
    spellings: Spellings,
    /// How the answers typed their words, read when a name or a statement
    /// first holds a word in capitals ([`Analysis::calmed`]).
    typing: OnceLock<Typing>,
    /// The labels of the parties' features, in lower case, read when a
    /// theme is first named by concepts: a name that is one of them names
    /// one party alone ([`Analysis::is_a_partys_name`]).
    party_names: OnceLock<HashSet<String>>,
    /// How much meaning counts: [`Weights::meaning`].
    meaning: f32,
    /// How much similarity answers about different parties keep:
    /// [`Weights::apart`].
    apart: f32,
    /// How much similarity a warning and an answer that is none keep:
    /// [`Weights::warning_apart`].
    warning_apart: f32,
}

impl Analysis {
    /// Suggestions for the answers to `question` that no accepted theme
    /// holds, by their meanings too if `meanings` has all of theirs.
    pub fn of_question(session: &Session, question: QuestionId, meanings: &Meanings) -> Analysis {
        let answers = to_suggest(session, question);
        Analysis::of_answers(session, &answers, Weights::default(), meanings)
    }

    /// Prepares `answers` of `session` for comparison. They are taken in
    /// the order of their ids, so the same answers give the same themes,
    /// names and order whatever order they arrived in. Their meanings
    /// count only if `meanings` has every one: a similarity half of words
    /// alone and half with meanings would compare unlike with unlike.
    pub fn of_answers(
        session: &Session,
        answers: &[&Answer],
        weights: Weights,
        meanings: &Meanings,
    ) -> Analysis {
        let answers = &in_id_order(answers)[..];
        let mut features = Features::default();
        let mut labels: FxHashMap<u32, String> = FxHashMap::default();
        let mut typed = Typed::default();
        let mut accents = Accents::default();
        let mut spellings = Spellings::default();
        let mut prepared = prepare_all(session, answers);
        let (told, statement, worded) = told_stated_worded(&mut prepared);
        let mut concepts = FxHashMap::default();
        let (rows, parties): (Vec<Vec<u32>>, Vec<Vec<usize>>) = answers
            .iter()
            .zip(prepared)
            .map(|(answer, prepared)| {
                let parties = parties_among(&prepared.concepts);
                let mut row = Vec::new();
                for concept in prepared.concepts {
                    let id = features.add(Signal::Concept, &concept.to_string(), &mut row);
                    concepts.insert(id, concept);
                    labels.entry(id).or_insert_with(|| {
                        GLOSSARY.concepts[concept].name(session.language).to_owned()
                    });
                }
                let in_language = prepared.language == session.language;
                // As a name and a statement read it (`Analysis::suggestion`).
                let typed_in = prepared.told.language.unwrap_or(session.language);
                for (stem, surface, as_answer) in prepared.stems {
                    accents.add(&surface);
                    spellings.add(typed_in, &surface, answer.group);
                    let id = features.add(Signal::Stem, &stem, &mut row);
                    // A word typed in a clause of the other language is
                    // in the session's when its answer is not.
                    typed.add(id, surface, as_answer == in_language);
                }
                for gram in prepared.grams {
                    features.add_hashed(Signal::Gram, gram, &mut row);
                }
                for topic in &answer.topics {
                    let id = features.add(Signal::Topic, &topic.0.to_string(), &mut row);
                    if let Some(topic) = session.topic(*topic) {
                        labels
                            .entry(id)
                            .or_insert_with(|| topic_label(&topic.name, session.language));
                    }
                }
                features.add(Signal::Kind, kind_key(answer.kind), &mut row);
                features.count(&mut row);
                (row, parties)
            })
            .unzip();
        let mut foreign = typed.name_words(&mut labels);
        foreign.extend(words_of_the_other_language(&labels, session.language));
        let label_concepts = features.concepts_of_labels(&labels, session.language);
        let foreign_topics = foreign_topics(session, &features);
        let idf = features.idf(answers.len());
        let vectors: Vec<Vector> = cores::on_every_core(&rows, |_, share| {
            share
                .iter()
                .map(|row| features.vector(row, &idf, weights))
                .collect()
        });
        let (mut edges, meant) = compare(&vectors, &features, answers, &worded, weights, meanings);
        let tags: Vec<Tags> = rows
            .iter()
            .zip(&vectors)
            .map(|(row, vector)| features.tags(row, vector, &concepts, &label_concepts))
            .collect();
        let words_share = words_share(meant.is_some(), weights.meaning);
        keep_apart(&mut edges, &parties, &tags, words_share, &told, weights);
        let apart = Apart {
            parties: &parties,
            keep: weights.themes_apart,
        };
        let tree = Dendrogram::build(vectors.len(), &edges, MIN_SIMILARITY, apart);
        let each = Each {
            row: rows,
            vector: vectors,
            tags,
            told,
            statement,
            parties,
        };
        let profiles = profiles(answers, each, &labels);
        let forms = forms_of_reasons(&labels, &features.df, &foreign);
        Analysis {
            profiles,
            tree,
            labels,
            forms,
            idf,
            group_order: session.groups.iter().map(|group| group.id).collect(),
            language: session.language,
            concepts,
            label_concepts,
            foreign_topics,
            meant,
            accents,
            spellings,
            typing: OnceLock::new(),
            party_names: OnceLock::new(),
            meaning: weights.meaning,
            apart: weights.apart,
            warning_apart: weights.warning_apart,
        }
    }

    /// Whether the answers were compared by their meanings too.
    pub fn by_meaning(&self) -> bool {
        self.meant.is_some()
    }

    /// How much of two answers' similarity their words make.
    fn words_share(&self) -> f32 {
        words_share(self.meant.is_some(), self.meaning)
    }

    /// How many answers were compared.
    pub fn len(&self) -> usize {
        self.profiles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.profiles.is_empty()
    }

    /// The answers as grouped at `similarity`: every group of two or more
    /// answers is a suggestion, most groups first; the answers left alone are
    /// returned apart.
    pub fn suggest(&self, similarity: f32) -> (Vec<Suggestion>, Vec<AnswerId>) {
        let (themes, alone): (Vec<Vec<usize>>, Vec<Vec<usize>>) = self
            .tree
            .cut(similarity)
            .into_iter()
            .partition(|members| members.len() >= 2);
        let alone = alone
            .into_iter()
            .flatten()
            .map(|only| self.profiles[only].id)
            .collect();
        // Each theme is named on its own, so they are named on every core.
        let mut suggestions = cores::on_every_core(&themes, |_, share| {
            share
                .iter()
                .map(|members| self.suggestion(members))
                .collect()
        });
        suggestions.sort_by(|x, y| {
            y.groups
                .len()
                .cmp(&x.groups.len())
                .then(y.answers.len().cmp(&x.answers.len()))
                .then_with(|| x.answers.cmp(&y.answers))
        });
        (suggestions, alone)
    }

    /// Each compared answer with its vector, for measuring another signal
    /// against these (`tests/themes_quality.rs`).
    pub fn vectors(&self) -> impl Iterator<Item = (AnswerId, &Vector)> {
        self.profiles
            .iter()
            .map(|profile| (profile.id, &profile.vector))
    }

    /// Just the grouping at `similarity`, as answer ids, for measuring it.
    pub fn clusters(&self, similarity: f32) -> Vec<Vec<AnswerId>> {
        self.tree
            .cut(similarity)
            .into_iter()
            .map(|members| members.iter().map(|&m| self.profiles[m].id).collect())
            .collect()
    }

    fn suggestion(&self, members: &[usize]) -> Suggestion {
        let telling = self.telling(members);
        // A word typed without its accents shows with them, as a name.
        let names: Vec<String> = telling
            .iter()
            .take(MOST_REASONS)
            .map(|feature| match self.language {
                Language::French => self.accents.restored(&self.labels[feature]),
                Language::English => self.labels[feature].clone(),
            })
            .collect();
        let (ranked, stating, nearly) = self.standing_and_stating(members);
        let (mut representative, phrase) = self.named_by(&ranked, stating, nearly);
        let stating = self.stating_as_named(&ranked, stating, representative);
        let by_an_answer = phrase.is_some();
        let mut name = phrase.or_else(|| {
            let naming = self.widened_past_a_lone_party(&telling, &self.profiles[representative]);
            self.concept_phrase(&naming, members)
        });
        // "Passengers and travellers", a party alone, names no theme of
        // e-gates when another answer does ("Biometrics - e-gates, 2
        // airports" names nothing).
        if !by_an_answer
            && name
                .as_deref()
                .is_some_and(|name| self.is_a_partys_name(name))
            && let Some((next, by_next)) = self.named_by_the_next(&ranked)
        {
            (representative, name) = (next, Some(by_next));
        }
        let representative = &self.profiles[representative];
        let stated = self.statement_of(&self.profiles[stating]);
        let name = name
            // Answers that share no concept, none in the session's
            // language, are named by the concepts of the one that stands
            // for them, in that language; when it names none, by what they
            // are ("Answers in French: recommendations"), as their own
            // words would name them in the other language.
            .or_else(|| self.concept_phrase(&self.own_concepts(representative), members))
            .or_else(|| {
                let language = representative.told.language.unwrap_or(self.language);
                let in_session = |m: &&usize| {
                    self.profiles[**m]
                        .told
                        .language
                        .is_none_or(|told| told == self.language)
                };
                if language == self.language {
                    self.name_of(representative)
                } else if let Some(&other) = ranked.iter().find(in_session) {
                    self.name_of(&self.profiles[other])
                } else {
                    let kinds = self.kinds_of(members);
                    Some(wording::answers_in_the_other_language(
                        &kinds,
                        self.language,
                    ))
                }
            })
            .unwrap_or_else(|| stated.trim_end_matches('.').to_owned());
        let typed_in = representative.told.language.unwrap_or(self.language);
        let name = self.spellings.mended(&name, typed_in).into_owned();
        // French typed in haste gets its accents back in a French session,
        // and English keeps its words ("regional", "video").
        let name = if self.language == Language::French && typed_in == Language::French {
            clipped(self.accents.restored_from(&name, &representative.text))
        } else {
            clipped(name)
        };
        let name = self.without_a_place(name);
        // A statement says more than the name above it, and goes on from
        // it rather than reading it again, when another answer does. When
        // it is the name again and none does ("Zero-touch clearance."
        // under "Zero-touch clearance"), or no answer states the theme in the
        // session's language, the facilitator writes its statement (the
        // field asks for one), and a slide and the report open the theme
        // with its name meanwhile, rather than with the name again or a
        // sentence in the other language.
        let stated_in = self.profiles[stating].told.stated_in;
        let statement = if stated_in.is_some_and(|language| language != self.language) {
            String::new()
        } else {
            let says_more = wording::says_more_than(&stated, &name, self.language);
            let opens = wording::opens_with(&stated, &name, self.language);
            match (says_more, opens) {
                (true, false) => stated,
                _ => match self.stating_beyond(&ranked, stating, &name, says_more) {
                    beyond if beyond == stating && says_again(&stated, &name) => self
                        .stating_loosely(&ranked, stating, &name)
                        .map_or_else(String::new, |loose| {
                            self.statement_of(&self.profiles[loose])
                        }),
                    beyond if beyond == stating => stated,
                    beyond => self.statement_of(&self.profiles[beyond]),
                },
            }
        };
        let (name, statement) = (self.calmed(name), self.calmed(statement));
        let groups: HashSet<GroupId> = members.iter().map(|&m| self.profiles[m].group).collect();
        let mut ordered: Vec<GroupId> = self
            .group_order
            .iter()
            .copied()
            .filter(|group| groups.contains(group))
            .collect();
        let unknown: Vec<GroupId> = groups
            .into_iter()
            .filter(|group| !ordered.contains(group))
            .collect();
        ordered.extend(unknown);
        Suggestion {
            name,
            answers: members.iter().map(|&m| self.profiles[m].id).collect(),
            groups: ordered,
            shared: names,
            statement,
            confidence: self.cohesion(members),
        }
    }
}

/// The answers to `question` that suggestions group: those no accepted
/// theme holds.
pub fn to_suggest(session: &Session, question: QuestionId) -> Vec<&Answer> {
    edit::outside(session, question, |theme| !theme.suggested)
}

/// How many of its most telling shared labels explain a theme: past these,
/// "grouped for" reads as a list of every word two answers happen to share.
pub const MOST_REASONS: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    /// A French session holding `texts` as answers to its first question.
    fn french_session(texts: &[&str]) -> Session {
        use crate::capture::{EditStamp, Entry, new_answer};
        let mut session = Session::template();
        session.language = Language::French;
        let (question, group) = (session.questions[0].id, session.groups[0].id);
        let edit = EditStamp {
            replica: crate::session::ReplicaId::new(),
            at: jiff::Timestamp::UNIX_EPOCH,
        };
        for text in texts {
            let entry = Entry {
                text: (*text).to_owned(),
                topics: Vec::new(),
            };
            let answer = new_answer(entry, group, question, AnswerKind::UseToday, edit);
            session.answers.push(answer);
        }
        session
    }

    /// The feature of the concept `id` that `analysis` met.
    fn concept_feature(analysis: &Analysis, id: &str) -> u32 {
        analysis
            .concepts
            .iter()
            .find_map(|(feature, concept)| {
                (GLOSSARY.concepts[*concept].id == id).then_some(*feature)
            })
            .unwrap_or_else(|| panic!("the answers name {id}"))
    }

    /// The one theme the answers `texts` of a French session make at the
    /// default similarity.
    fn one_theme(texts: &[&str]) -> Suggestion {
        let session = french_session(texts);
        let analysis =
            Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
        let (suggestions, _) = analysis.suggest(DEFAULT_SIMILARITY);
        let [theme] = &suggestions[..] else {
            panic!("the answers make one theme: {suggestions:?}");
        };
        theme.clone()
    }

    /// A French theme is named and stated by an answer in French, not by
    /// one that mixes in Kreyòl, even beside one airport's case (the
    /// thirtieth set's "Nou wè e-gates ak reconnaissance faciale pou
    /// passagers").
    #[test]
    fn a_french_theme_is_not_named_in_kreyol() {
        let theme = one_theme(&[
            "Nou wè e-gates ak reconnaissance faciale pou passagers à Miami, ça va vite, pa gen file.",
            "Aéroport Tân Sơn Nhất : portique automatique de contrôle des passeports avec reconnaissance faciale, projet pilote.",
        ]);
        assert_eq!(
            theme.name,
            "Portique automatique de contrôle des passeports"
        );
        assert!(
            theme.statement.starts_with("Portique automatique"),
            "{}",
            theme.statement
        );
    }

    /// English answers in a French session that share only a party are
    /// named by it and what the answer that stands for them says of it,
    /// not by the party alone ("Agents des douanes", the twentieth set's
    /// judge: generic).
    #[test]
    fn a_party_alone_does_not_name_a_theme() {
        let session = french_session(&[
            "AI helps focus scarce officers on the highest risk consignments",
            "automate the boring stuff -> staff redeployed to enforcement",
        ]);
        let analysis =
            Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
        let staff = concept_feature(&analysis, "staff");
        assert_eq!(
            analysis.concept_phrase(&[staff], &[0, 1]).as_deref(),
            Some("Agents des douanes")
        );
        let representative = &analysis.profiles[0];
        let naming = analysis.widened_past_a_lone_party(&[staff], representative);
        assert_eq!(
            analysis.concept_phrase(&naming, &[0, 1]).as_deref(),
            Some("Agents des douanes et intelligence artificielle"),
            "{naming:?}"
        );
    }

    /// Answers in the other language that name nothing the glossary knows
    /// are named by what they are, in the session's language, not by
    /// their own words: the twenty-seventh set's "Partir des besoins
    /// métier" headed a theme of an English session (and an English name
    /// in a French session once got French accents, "Régional lottery for
    /// the vidéo archive", as a review found).
    #[test]
    fn answers_in_the_other_language_naming_nothing_are_named_by_what_they_are() {
        let theme = one_theme(&[
            "Go slowly and do not rush it",
            "Do not rush, go slowly, one step after the other",
        ]);
        assert_eq!(theme.name, "Réponses en anglais : usage actuel");
        assert_eq!(theme.statement, "");
    }

    /// A statement that would say no more than its theme's name gives way
    /// to one that says more and what the name says: under "Former les
    /// agents : formation continue à l'analyse des données", the slide and
    /// the report do not read the same words again.
    #[test]
    fn a_statement_says_more_than_its_name() {
        let theme = one_theme(&[
            "Former les agents",
            "Former les agents à l'analyse des données et aux nouvelles technologies",
            "Former les agents : formation continue à l'analyse des données",
        ]);
        assert_eq!(
            theme.name, "Former les agents : formation continue à l'analyse des données",
            "{theme:?}"
        );
        assert_eq!(
            theme.statement,
            "Former les agents à l'analyse des données et aux nouvelles technologies.",
        );
    }

    /// A name leaves out the place one answer's case is set in (the
    /// twenty-second set's judge: "too narrow"), not a word the groups
    /// type in lower case, nor a place before more words.
    #[test]
    fn a_name_leaves_out_one_answers_place() {
        let session = french_session(&[
            "Scanners à rayons X au port de Tanger Med, avec un logiciel d'aide",
            "Guidelines on using AI in Customs: the customs of each member decide",
            // One group types its port twice.
            "Scanners in the main ports (Santos, Paranaguá)",
            "Increase of the seizures of cocaine in containers in Santos",
        ]);
        let analysis =
            Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
        let placed = |name: &str| analysis.without_a_place(name.to_owned());
        assert_eq!(
            placed("Scanners à rayons X au port de Tanger Med"),
            "Scanners à rayons X"
        );
        assert_eq!(
            placed("Electronic cargo tracking of transit trucks on the Northern Corridor"),
            "Electronic cargo tracking of transit trucks"
        );
        assert_eq!(
            placed("Les portiques biométriques à Zaventem et à Genève-Cointrin"),
            "Les portiques biométriques"
        );
        // Proper names no group types but one, after "in" or "at" and no
        // more than "the", are a place too, and may end a name whose
        // first proper name is no place.
        assert_eq!(
            placed("Increase of the seizures of cocaine in containers in Santos"),
            "Increase of the seizures of cocaine in containers"
        );
        assert_eq!(
            placed("ASYCUDA World is operational at Chittagong Custom House"),
            "ASYCUDA World is operational"
        );
        // A place's nouns may follow its proper names.
        assert_eq!(
            placed("Mobile X-ray scanners in Zamyn-Uud border point"),
            "Mobile X-ray scanners"
        );
        assert_eq!(
            placed("Electronic cargo tracking of transit trucks on the Tema-Paga corridor"),
            "Electronic cargo tracking of transit trucks"
        );
        for kept in [
            "Guidelines on using AI in Customs",
            "Drones in Kenya for border patrols",
            "Roll-out in Kenya",
            "Pilot in the EU",
            "Legacy systems are there in many Commissionerates",
            "Launch of the pilot project in January",
            // "Robot guide" alone reads as French.
            "Robot guide in Incheon airport",
            // A website and a language are no places; the first of two
            // places stays when the second goes.
            "Counterfeits sold on Amazon",
            "Chatbot answering traders in Arabic",
            "X-ray scanners at Tema and drones at Aflao",
            "AI assistant answering enquiries in Arabic and English",
        ] {
            assert_eq!(placed(kept), kept);
        }
    }

    /// A theme is named and stated by an answer typed without a
    /// learner's slip of grammar when it has one, though the answer with
    /// the slip stands closer to the others (the twenty-second set's
    /// judge: "The machine learning for to select the containers for
    /// control", eleven names of forty).
    #[test]
    fn a_learners_slip_neither_names_nor_states_a_theme() {
        let texts = [
            "The customs must to invest in the training of staff for the new technologies",
            "Training of staff in the new technologies is needed",
            "Invest in the training of customs staff",
        ];
        let mut session = french_session(&texts);
        session.language = Language::English;
        let analysis =
            Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
        let (suggestions, _) = analysis.suggest(DEFAULT_SIMILARITY);
        let [theme] = &suggestions[..] else {
            panic!("the answers make one theme: {suggestions:?}");
        };
        assert!(!theme.name.contains("must to"), "{theme:?}");
        assert!(!theme.statement.contains("must to"), "{theme:?}");
        assert_eq!(theme.name, "Invest in the training of customs staff");
        // Without the slip, that answer names the theme.
        let mut session = french_session(&[
            "The customs must invest in the training of staff for the new technologies",
            texts[1],
            texts[2],
        ]);
        session.language = Language::English;
        let analysis =
            Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
        let (suggestions, _) = analysis.suggest(DEFAULT_SIMILARITY);
        assert!(
            suggestions[0].name.contains("must invest"),
            "{suggestions:?}"
        );
    }

    /// A statement that opens with its theme's name gives way to another
    /// answer that says the theme in other words, when one alike says more
    /// (the twenty-first set's judge: "repeats the title"): a slide and
    /// the report's heading read the name, and the paragraph under it goes
    /// on.
    #[test]
    fn a_statement_does_not_open_with_its_name() {
        let theme = one_theme(&[
            "Les contrebandiers utilisent des drones pour faire passer de la drogue au-dessus du fleuve, près de la frontière",
            "Les contrebandiers utilisent des drones pour la drogue",
            "Drones des contrebandiers pour faire passer la drogue : il faudra des moyens de détection",
        ]);
        assert!(
            !wording::opens_with(&theme.statement, &theme.name, Language::French),
            "{theme:?}"
        );
        assert_eq!(
            theme.statement,
            "Drones des contrebandiers pour faire passer la drogue : il faudra des moyens de détection.",
        );
    }

    /// A statement that would be the name again, with no answer alike to
    /// say more, is left for the facilitator to write: a slide and the
    /// report lead with the name either way, and the Themes view asks for
    /// one rather than show the name twice (the twenty-first set's judge:
    /// "Zero-touch clearance." under "Zero-touch clearance").
    #[test]
    fn a_statement_that_is_the_name_again_is_left_to_write() {
        let theme = one_theme(&[
            "Dédouanement sans aucune intervention humaine",
            "Customs clearance without any human intervention for low-risk consignments",
        ]);
        assert_eq!(
            theme.name, "Dédouanement sans aucune intervention humaine",
            "{theme:?}"
        );
        assert_eq!(theme.statement, "", "{theme:?}");
    }

    /// A statement that would be the name again gives way to an answer
    /// of the theme that says more and names one of the name's concepts,
    /// though less alike than [`Analysis::stating_beyond`] asks (the
    /// twenty-fifth set: "Train officers in data literacy" had no
    /// statement beside "Invest in people: train our own staff in data
    /// skills").
    #[test]
    fn a_statement_that_would_be_the_name_again_gives_way_to_one_less_alike() {
        let mut session = french_session(&[
            "train officers in data literacy",
            "Train the officers in data literacy",
            "Invest in people: train our own staff in data skills, don't just outsource to consultants",
        ]);
        session.language = Language::English;
        let analysis =
            Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
        let (suggestions, _) = analysis.suggest(DEFAULT_SIMILARITY);
        let [theme] = &suggestions[..] else {
            panic!("the answers make one theme: {suggestions:?}");
        };
        assert_eq!(theme.name, "Train officers in data literacy", "{theme:?}");
        assert!(
            theme
                .statement
                .starts_with("Invest in people: train our own staff"),
            "{theme:?}"
        );
    }

    /// A theme no answer states in the session's language has no
    /// statement for the facilitator to read in the other language: the
    /// field asks for one, and its name, in the session's language, opens
    /// it meanwhile (the twenty-first set's judge: "wrong language").
    #[test]
    fn a_theme_stated_only_in_the_other_language_leaves_its_statement_to_write() {
        let theme = one_theme(&[
            "Fingerprint login for officers on the clearance system, no more shared passwords",
            "Officers log in to the clearance system with their fingerprint",
        ]);
        assert_eq!(theme.statement, "", "{theme:?}");
        assert!(!theme.name.is_empty(), "{theme:?}");
        assert!(
            !theme.name.contains("clearance") && !theme.name.contains("login"),
            "{theme:?}"
        );
        // One answer in French states it.
        let theme = one_theme(&[
            "Fingerprint login for officers on the clearance system, no more shared passwords",
            "Les agents se connectent au système de dédouanement par empreinte digitale",
        ]);
        assert_eq!(
            theme.statement,
            "Les agents se connectent au système de dédouanement par empreinte digitale.",
        );
    }

    /// A statement that opens with its name but says much more stays
    /// rather than give way to one that says half as much: "Robots for
    /// hazardous inspection." does not state the robots that enter
    /// containers full of gas (the seventeenth set); when the first says
    /// no more than the name, the shorter one does.
    #[test]
    fn a_statement_gives_way_to_none_that_says_half_as_much() {
        let session = french_session(&[
            "Les robots entrent dans les conteneurs remplis de gaz dangereux où l'agent ne peut pas aller sans équipement spécial",
            "Robots, conteneurs remplis de gaz dangereux : agents protégés",
        ]);
        let analysis =
            Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
        let name = "Les robots entrent dans les conteneurs remplis de gaz dangereux";
        assert_eq!(analysis.stating_beyond(&[0, 1], 0, name, true), 0);
        assert_eq!(analysis.stating_beyond(&[0, 1], 0, name, false), 1);
    }

    /// A word typed in capitals for emphasis is in lower case in a name
    /// and a statement, as a secretary files them, when it is a stop word
    /// or the meeting typed it (or its plural) in lower case elsewhere and
    /// in capitals once; an acronym never typed in lower case stays, and
    /// one typed in capitals by two answers too, though a link spells it
    /// in lower case.
    #[test]
    fn a_word_in_capitals_for_emphasis_is_filed_in_lower_case() {
        let theme = one_theme(&[
            "FORMATION des agents aux nouveaux outils d'analyse du système SYDONIA, PAS une option",
            "formations des agents aux nouveaux outils",
        ]);
        assert_eq!(
            theme.statement,
            "Formation des agents aux nouveaux outils d'analyse du système SYDONIA, pas une option.",
            "{theme:?}"
        );
        let theme = one_theme(&[
            "Le système ECTS suit les camions en transit, voir https://ects.org/suivi : fini les escortes",
            "Le système ECTS relie les bureaux de douane du corridor",
        ]);
        assert!(theme.name.contains("ECTS"), "{theme:?}");
        assert!(!theme.statement.contains("ects"), "{theme:?}");
        // A long word of the glossary's terms heading an answer in
        // capitals is emphasis though no answer types it in lower case
        // (the thirty-fourth set's "PROCUREMENT: govt tender cycles …");
        // an acronym as long as "SYDONIA" stays.
        let theme = one_theme(&[
            "SÉCURITÉ : les scellés électroniques du système SYDONIA protègent le transit des camions",
            "scellés électroniques pour le transit des camions",
        ]);
        assert!(
            theme.statement.starts_with("Sécurité : les scellés"),
            "{theme:?}"
        );
        assert!(theme.statement.contains("SYDONIA"), "{theme:?}");
    }

    /// Answers that only point elsewhere in the same words make no theme
    /// (the twenty-fifth set's "Idem groupe 5"): each is left alone for
    /// the facilitator to place where it points.
    #[test]
    fn answers_that_point_elsewhere_make_no_theme() {
        let session = french_session(&[
            "Idem groupe 5",
            "idem groupe 2",
            "N/A",
            "n/a",
            "Scellés électroniques pour suivre le transit",
            "suivi électronique du transit par scellés GPS",
        ]);
        let analysis =
            Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
        let (suggestions, alone) = analysis.suggest(DEFAULT_SIMILARITY);
        let [theme] = &suggestions[..] else {
            panic!("the scellés make the one theme: {suggestions:?}");
        };
        assert_eq!(theme.answers.len(), 2, "{theme:?}");
        assert_eq!(alone.len(), 4, "{suggestions:?}");
    }

    /// A party alone ("Passengers and travellers") names no theme when the
    /// answer that stands for it names nothing and the next does: the
    /// twenty-sixth set's e-gates.
    #[test]
    fn a_partys_name_gives_way_to_the_next_answers() {
        let mut session = french_session(&[
            "Passengers - e-gates, 2 airports",
            "Passengers - e-gates, 3 airports",
            "Faster e-gates for passengers and travellers at main airports",
            "e-gates for travellers at airports",
        ]);
        session.language = Language::English;
        let analysis =
            Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
        let (suggestions, _) = analysis.suggest(DEFAULT_SIMILARITY);
        let [theme] = &suggestions[..] else {
            panic!("the e-gates make one theme: {suggestions:?}");
        };
        assert!(!analysis.is_a_partys_name(&theme.name), "{theme:?}");
        assert!(theme.name.to_lowercase().contains("e-gates"), "{theme:?}");
    }

    /// A short acronym stays in capitals though a stop word or a short
    /// word it ends like is typed in lower case ("ATS" and "at", "SES" and
    /// the French "ses"), the twenty-fifth set's "Ats — rules and
    /// predictive models" and "Ses - Smart Entry Service".
    #[test]
    fn an_acronym_is_not_a_short_words_plural_nor_a_stop_word() {
        let answers = [
            "SES - Smart Entry Service : les voyageurs enregistrent leurs empreintes",
            "ses agents contrôlent les passeports",
            "ATS - rules + predictive models for targeting",
            "predictive models at the border pick the containers, VERY fast",
            "Smart Entry Service – SES pour les voyageurs",
            "la priorité reste la formation",
        ];
        for language in [Language::French, Language::English] {
            let mut session = french_session(&answers);
            session.language = language;
            let analysis =
                Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
            for text in [answers[0], answers[2], answers[4]] {
                assert_eq!(analysis.calmed(text.to_owned()), text, "{language:?}");
            }
            // A capital after a "!" opens a sentence, and names nothing.
            assert_eq!(
                analysis.calmed("Formation : PRIORITÉ ! Les agents d'abord".to_owned()),
                "Formation : priorité ! Les agents d'abord"
            );
            assert_eq!(
                analysis.calmed(answers[3].to_owned()),
                "predictive models at the border pick the containers, very fast"
            );
        }
    }

    /// A web address's words are no words of the group's: the path of a
    /// link names no trade facilitation, foresight or software.
    #[test]
    fn a_links_words_name_no_concept() {
        let session = french_session(&[
            "Partager les expériences – cf. https://www.wcoomd.org/fr/topics/facilitation/activities-and-programmes/future-of-customs.aspx",
            "Partage des bonnes pratiques entre membres",
        ]);
        let analysis =
            Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
        let found: Vec<&str> = analysis
            .concepts
            .values()
            .map(|&concept| GLOSSARY.concepts[concept].id.as_str())
            .collect();
        assert!(found.contains(&"best-practices"), "{found:?}");
        for id in ["trade-facilitation", "foresight", "software-development"] {
            assert!(!found.contains(&id), "{id} in {found:?}");
        }
    }

    /// A theme is stated by an answer whose sentence says enough to state
    /// it, when one does: not by "Financement !!", the closest to all the
    /// others because it says only what they share (the fourteenth set).
    #[test]
    fn a_theme_is_not_stated_by_an_answer_that_says_too_little() {
        let theme = one_theme(&[
            "Financement !!",
            "Appui des bailleurs de fonds indispensable pour le financement des équipements.",
            "Mobiliser les bailleurs de fonds pour le financement des scanners.",
        ]);
        assert_ne!(theme.statement, "Financement !!");
        assert!(theme.statement.contains("bailleurs de fonds"), "{theme:?}");
    }

    /// A theme is stated by an answer that says, when one does, not by a
    /// question put back to the panel (the fifteenth set's "Do you run the
    /// PNR algorithms yourselves?"); one that opens with what it asks about
    /// still may.
    #[test]
    fn a_theme_is_not_stated_by_a_question_when_an_answer_says_it() {
        let theme = one_theme(&[
            "Comment mobiliser les bailleurs de fonds pour financer les scanners et leur maintenance ?",
            "Mobiliser les bailleurs de fonds pour les scanners.",
            "Financer la maintenance des scanners avec les bailleurs de fonds.",
        ]);
        assert!(!theme.statement.ends_with('?'), "{theme:?}");
        assert!(features::asks(
            "Les sas acceptent-ils les passeports ?",
            None
        ));
        assert!(!features::asks(
            "Parcels delivered by drone across borders, how do we clear them?",
            Some(Language::English)
        ));
        assert!(!features::asks(
            "Colis livrés par drone : peut-on les dédouaner ?",
            Some(Language::French)
        ));
    }

    /// A theme is stated by an answer written out, not noted in shorthand,
    /// when one says the same (the fifteenth set's "E-seals on transit
    /// trucks → GPS track in real time, fewer escorts"), and in French by
    /// one typed with its accents; its name may still come from the note.
    #[test]
    fn a_theme_is_stated_by_an_answer_written_out() {
        let theme = one_theme(&[
            "Scellés électroniques sur les camions en transit → suivi GPS en temps réel, moins d'escortes",
            "Les scellés électroniques sur les camions en transit permettent un suivi GPS en temps réel.",
            "Scelles electroniques et suivi GPS des camions en transit, moins d'escortes",
        ]);
        assert_eq!(
            theme.statement,
            "Les scellés électroniques sur les camions en transit permettent un suivi GPS en temps réel."
        );
    }

    /// A name noted in shorthand gives way to the answer written out that
    /// states the theme (the fifteenth set's "UAVs w/ thermal cam for
    /// green border", renamed by both judges).
    #[test]
    fn a_name_noted_in_shorthand_gives_way_to_one_written_out() {
        let theme = one_theme(&[
            "Drones w/ caméra thermique pour la frontière verte, patrouilles de nuit",
            "Des drones avec caméra thermique surveillent la frontière verte la nuit.",
            "Drones à caméra thermique pour les patrouilles de nuit à la frontière",
        ]);
        assert!(!theme.name.contains("w/"), "{theme:?}");
        assert!(!theme.statement.contains("w/"), "{theme:?}");
    }

    /// The eighteenth set's "<b>Recommendation:</b> …" and "=HYPERLINK(…)":
    /// an answer is compared by the words a group wrote, not by the tags
    /// or the formula pasted around them.
    #[test]
    fn markup_and_a_formula_are_no_words_of_an_answer() {
        for (pasted, written) in [
            (
                "<b>Recommandation :</b> l'OMD doit faciliter l'accès aux technologies",
                "Recommandation : l'OMD doit faciliter l'accès aux technologies",
            ),
            (
                "=HYPERLINK(\"http://www.wcoomd.org/en/media/newsroom.aspx\",\"robot des douanes chinoises\")",
                "robot des douanes chinoises",
            ),
        ] {
            let session = french_session(&[pasted, written]);
            let analysis =
                Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
            let vectors: Vec<&Vector> = analysis.vectors().map(|(_, vector)| vector).collect();
            assert_eq!(vectors[0], vectors[1], "{pasted}");
        }
    }

    /// An answer pasted as a formula names no theme a typed answer says (the eighteenth set's "=HYPERLINK(…, \"robot
    /// China Customs airport\")").
    #[test]
    fn a_pasted_answer_names_no_theme_a_typed_one_says() {
        let theme = one_theme(&[
            "=HYPERLINK(\"http://www.wcoomd.org/\",\"robots pour la fouille des conteneurs\")",
            "Robots pour la fouille des conteneurs dangereux",
            "Des robots fouillent les conteneurs à la place des agents",
        ]);
        assert!(!theme.name.contains("HYPERLINK"), "{theme:?}");
        assert_ne!(
            theme.name, "Robots pour la fouille des conteneurs",
            "{theme:?}"
        );
        assert!(!theme.statement.contains("http"), "{theme:?}");
    }

    /// A word one group slipped on reads in the theme's name and statement
    /// as the other groups type it (the fourteenth set's "Crypto monaie
    /// pour le blanchiment").
    #[test]
    fn a_slip_reads_in_a_name_as_the_other_groups_type_the_word() {
        // The one answer in the session's language names the theme, and
        // the glossary spells the word ("monnaie virtuelle").
        let theme = one_theme(&[
            "Crypto monaie pour le blanchiment d'argent des trafiquants.",
            "Cryptocurrencies used for money laundering by traffickers.",
            "Traffickers launder money with cryptocurrencies.",
        ]);
        assert!(theme.name.contains("monnaie"), "{theme:?}");
        assert!(!theme.statement.contains("monaie"), "{theme:?}");
    }

    /// What one administration presented names no theme another answer in
    /// the session's language says, even one that names a party the others
    /// do not (the twenty-third set's "Netherlands Customs told us they are
    /// training", chosen over "automated threat recognition on x-ray scans
    /// -> officer only reviews the flagged ones").
    #[test]
    fn what_one_administration_presented_names_no_theme_others_say() {
        let theme = one_theme(&[
            "La douane néerlandaise nous a présenté un algorithme qui signale les anomalies sur les images radioscopiques.",
            "Analyse automatique des images radioscopiques : l'agent ne revoit que les anomalies signalées.",
            "Un algorithme signale les anomalies sur les images radioscopiques des bagages des voyageurs.",
        ]);
        assert!(!theme.name.contains("néerlandaise"), "{theme:?}");
        assert!(!theme.statement.contains("néerlandaise"), "{theme:?}");
    }

    /// One country's case does not name a theme another answer says (the
    /// fifteenth set's "Au Sénégal il a fallu modifier la loi").
    #[test]
    fn one_countrys_case_does_not_name_a_theme_others_say() {
        let theme = one_theme(&[
            "Au Sénégal il a fallu modifier la loi pour reconnaître la signature électronique des déclarations.",
            "Modifier la loi sur les déclarations.",
            "Reconnaître la signature électronique.",
        ]);
        assert!(!theme.statement.contains("Sénégal"), "{theme:?}");
        assert_eq!(theme.name, "Reconnaître la signature électronique");
        assert!(wording::opens_with_a_country(
            "In the Netherlands we feed the model"
        ));
        assert!(wording::opens_with_a_country(
            "Haïti : bande passante très faible"
        ));
        assert!(!wording::opens_with_a_country(
            "In the ports, drones patrol"
        ));
        // One administration by its name, or what one presented.
        for case in [
            "Netherlands Customs told us they are training an algorithm on scanner images",
            "Korea (KCS) presented use of AI in the selectivity",
            "China Customs presented its robots at the airport",
            "La douane chinoise a présenté ses robots d'accueil",
            "Le collègue cite un cas à huitante mille francs",
            "China Customs uses robots at the airport",
            "Douane suisse : essai d'un outil qui pré-analyse les images",
            "Port of Rotterdam - customs flies a UAV to check ships",
            "Port d'Anvers : capteurs et caméras de lecture de plaques",
            "A Tanger Med les scanners produisent des milliers d'images par jour",
            "At Schiphol we use e-gates for EU passport holders",
            "Ukraine - automated risk management system works, we want more",
        ] {
            assert!(wording::opens_with_a_country(case), "{case}");
        }
        for said in [
            "Most of the technologies presented are expensive",
            "A virtual assistant of the 'Jarvis' type mentioned by a delegate",
            "Pilot mentioned between some chambers of commerce and customs",
            "Customs officers told us nothing new",
            "Smart Customs: every border post connected",
            "Port community system - one window for all",
            "Douane électronique : moins de papier",
            "In Customs the officers fear for their jobs",
            "A Blockchain pilot for certificates of origin",
            "À l'aéroport les voyageurs passent par des sas",
            "Customs and AI: who is liable?",
            "Douane et IA : quelles limites ?",
            "Customs Risk Management: scoring of declarations",
            "Port Community System – one window for all",
            "EU Customs Data Hub will replace national systems",
            "Use of AI showed a 30% rise in seizures",
            "L'IA a montré son intérêt pour le ciblage",
            "Our Director General explained the strategy",
            "La douane a expliqué les nouvelles règles aux opérateurs",
            "In January we launched the drone pilot",
            "At Christmas the parcel volumes triple",
            "A European customs data space would help",
            "Drones - Kenya uses them on the border",
        ] {
            assert!(!wording::opens_with_a_country(said), "{said}");
        }
        assert!(!features::in_shorthand("Customs law/regulation must adapt"));
        assert!(features::in_shorthand("UAVs w/ thermal cam"));
        assert!(features::in_shorthand("Bitcoin pmts on darknet"));
        assert!(features::in_shorthand("Legal fwk lagging"));
        assert!(features::in_shorthand(
            "AI tool proposes HS code from goods descr."
        ));
        assert!(features::in_shorthand("Auto threat recognition on xray"));
        assert!(features::in_shorthand("Budget - $$$ for scanners"));
        assert!(
            !features::in_shorthand("INFO DESK FOR TRAVELLERS"),
            "a heading in capitals"
        );
        assert!(!features::in_shorthand("Smart port: IoT sensors and PCS"));
        assert!(!features::in_shorthand("Rhythm of the strengths"));
    }

    /// An answer odd in its theme (a risk among benefits) does not state it
    /// for saying more than the others: terse answers that say what most
    /// say come first. (A risk of fraudsters would be a theme of its own:
    /// it warns of criminals.)
    #[test]
    fn a_theme_is_stated_by_what_most_say_before_what_says_more() {
        let mut session = french_session(&[
            "Dédouanement rapide",
            "Dédouanement rapide !!",
            "Le dédouanement rapide laisse passer la drogue plus facilement sans contrôle.",
        ]);
        session.answers[2].kind = AnswerKind::Risk;
        let analysis =
            Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
        let (suggestions, _) = analysis.suggest(DEFAULT_SIMILARITY);
        let theme = suggestions
            .iter()
            .find(|s| s.answers.len() == 3)
            .unwrap_or_else(|| panic!("the three answers make one theme: {suggestions:?}"));
        assert!(!theme.statement.contains("drogue"), "{theme:?}");
    }

    /// A concept phrase says a word once, and keeps the concept that says
    /// more: "Automatisation" gives way to "Automatisation robotisée des
    /// processus", whichever of the two is the more telling.
    #[test]
    fn a_longer_concept_replaces_a_one_word_concept_sharing_its_word() {
        let session = french_session(&["Robotic process automation and automation of manifests"]);
        let analysis =
            Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
        let (one_word, longer) = (
            concept_feature(&analysis, "automation"),
            concept_feature(&analysis, "robotic-process-automation"),
        );
        for telling in [[one_word, longer], [longer, one_word]] {
            assert_eq!(
                analysis.concept_phrase(&telling, &[]).as_deref(),
                Some("Automatisation robotisée des processus"),
            );
        }
    }

    /// A kind of a one-word concept says more than it: English answers
    /// about working with tech companies and universities, in a French
    /// session, are named "Recherche et milieu universitaire", not left to
    /// an English name because "Innovation" alone is too bare. A kind of a
    /// concept of two words or more, or one named beside a second concept,
    /// still does not name it again.
    #[test]
    fn a_kind_of_a_lone_one_word_concept_names_the_theme() {
        let session = french_session(&[
            "Work with tech companies and universities",
            "Partnerships with start-ups and universities",
            "Money is short: donors fund the investment",
        ]);
        let analysis =
            Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
        let (suggestions, _) = analysis.suggest(DEFAULT_SIMILARITY);
        let partners = [session.answers[0].id, session.answers[1].id];
        let theme = suggestions
            .iter()
            .find(|s| partners.iter().all(|id| s.answers.contains(id)))
            .expect("the two answers on partners make a theme");
        assert_eq!(theme.name, "Recherche et milieu universitaire");
        let (innovation, research, finances, funding) = (
            concept_feature(&analysis, "innovation"),
            concept_feature(&analysis, "research"),
            concept_feature(&analysis, "finances"),
            concept_feature(&analysis, "funding"),
        );
        assert!(
            GLOSSARY.implies(analysis.concepts[&funding], analysis.concepts[&finances]),
            "funding is a kind of costs and funding",
        );
        assert_eq!(
            analysis
                .concept_phrase(&[finances, funding], &[])
                .as_deref(),
            Some("Coûts et financement"),
        );
        assert_eq!(
            analysis
                .concept_phrase(&[innovation, finances, research], &[])
                .as_deref(),
            // The concept that says "and" is the heading's subject.
            Some("Innovation : coûts et financement"),
        );
    }

    /// English answers in a French session that share one concept of one
    /// word are named by it and by what the groups said of it, not by an
    /// English answer: "Biométrie : risques". Answers of no kind leave the
    /// concept too bare to name them, and their concepts do.
    #[test]
    fn a_lone_one_word_concept_is_named_with_the_kinds_of_its_answers() {
        use AnswerKind::{FutureUse, Other, Risk};
        let name_with = |kinds: [AnswerKind; 2]| {
            let mut session = french_session(&[
                "Who keeps the biometric records, and for how long?",
                "Biometric records could leak and people lose trust",
            ]);
            for (answer, kind) in session.answers.iter_mut().zip(kinds) {
                answer.kind = kind;
            }
            let analysis =
                Analysis::of_question(&session, session.questions[0].id, &Meanings::default());
            let (suggestions, _) = analysis.suggest(DEFAULT_SIMILARITY);
            let [theme] = &suggestions[..] else {
                panic!("the two answers make one theme: {suggestions:?}");
            };
            theme.name.clone()
        };
        assert_eq!(name_with([Risk, Risk]), "Biométrie : risques");
        assert_eq!(
            name_with([Risk, FutureUse]),
            "Biométrie : usage futur et risques"
        );
        // The question does not stand for the theme, and the answer that
        // does is in English: its concepts name it.
        assert_eq!(
            name_with([Other, Other]),
            "Biométrie : confiance et acceptation"
        );
    }

    /// An answer with no stop word and no accent tells its language by the
    /// glossary terms of one language it uses; a term both languages share
    /// ("drones") tells nothing.
    #[test]
    fn glossary_terms_tell_a_short_answers_language() {
        let language = |typed: &str| language_of(&text::words(typed));
        assert_eq!(text::told_language(&text::words("Faster clearance")), None);
        assert_eq!(language("Faster clearance"), Some(Language::English));
        assert_eq!(language("Dedouanement rapide"), Some(Language::French));
        assert_eq!(language("Drones"), None);
        assert_eq!(
            language("Blockchain pilots"),
            None,
            "words of terms in both"
        );
        assert_eq!(
            language("Clearance de la marchandise"),
            Some(Language::French),
            "stop words tell first"
        );
    }
}
