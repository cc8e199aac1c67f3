//! Themes across groups: suggested on the laptop, shaped by the facilitator,
//! ranked by dot votes.
//!
//! Suggestion ([`Analysis`]) compares the answers to one question through
//! every signal the session holds: the concepts of the bilingual glossary
//! (so a French and an English answer on one subject meet), word stems
//! without stop words, character n-grams (cognates such as
//! biométrie/biometrics), the rapporteurs' topic tags and the answers' kinds.
//! It clusters them once into a dendrogram; the similarity slider only cuts
//! it. Shaping themes is ordinary [`Action`]s, so every step is undoable and
//! travels in the session file.

pub mod cluster;
pub mod cores;
pub mod edit;
pub mod glossary;
pub mod matrix;
pub mod meaning;
#[cfg(test)]
mod shaping_tests;
pub mod text;
pub mod vote;
pub mod wording;

use std::collections::{BTreeMap, HashSet};

use cluster::{Dendrogram, Edge, Vector};
use glossary::GLOSSARY;
use meaning::{Meaning, Meanings};
use rustc_hash::FxHashMap;
use serde::Serialize;
use wording::LONGEST_NAME;

use crate::session::{Answer, AnswerId, AnswerKind, GroupId, Language, QuestionId, Session};

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
    /// A topic tag.
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
    /// party the other does not (travellers, officers, traders) and they
    /// name none in common: a shared tag or technology does not make one
    /// theme of biometric gates for travellers and biometric access for
    /// staff.
    pub apart: f32,
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
        }
    }
}

impl Weights {
    fn of(&self, kind: Signal) -> f32 {
        match kind {
            Signal::Concept => self.concept,
            Signal::Stem => self.stem,
            Signal::Gram => self.gram,
            Signal::Topic => self.topic,
            Signal::Kind => self.kind,
        }
    }
}

/// A group of answers the app suggests as one theme.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Suggestion {
    /// The opening phrase of its most representative answer in the
    /// session's language (else its shared concepts, in that language).
    pub name: String,
    /// One sentence that says the theme: its most representative answer's
    /// first sentence.
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
    /// Feature ids of the concepts, stems and topics, for naming a theme.
    labelled: Vec<u32>,
    /// The answer as typed, and the language its words tell, if they do.
    text: String,
    language: Option<Language>,
    /// The kind the group gave it, which a theme named by one concept adds
    /// ("Biométrie : risques").
    kind: AnswerKind,
    /// The parties it names, directly or through a narrower concept (an
    /// e-gate is about travellers), as glossary indices.
    parties: Vec<usize>,
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
    /// Each answer's meaning, in the profiles' order, when all are known.
    meant: Option<Vec<Meaning>>,
    /// How much meaning counts: [`Weights::meaning`].
    meaning: f32,
    /// How much similarity answers about different parties keep:
    /// [`Weights::apart`].
    apart: f32,
}

/// The signals an answer's features come from, so that a stem and a
/// concept of the same spelling differ.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Signal {
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
        let mut answers = answers.to_vec();
        answers.sort_by_key(|answer| answer.id);
        answers.dedup_by_key(|answer| answer.id);
        let answers = &answers[..];
        let mut features = Features::default();
        let mut labels: FxHashMap<u32, String> = FxHashMap::default();
        let mut typed = Typed::default();
        let prepared = prepare_all(session, answers);
        let languages: Vec<Option<Language>> = prepared.iter().map(|p| p.told).collect();
        let worded: Vec<bool> = prepared.iter().map(|p| p.says_something).collect();
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
                for (stem, surface) in prepared.stems {
                    let id = features.add(Signal::Stem, &stem, &mut row);
                    typed.add(id, surface, prepared.language == session.language);
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
        let foreign = typed.name_words(&mut labels);
        let label_concepts = features.concepts_of_labels(&labels, session.language);
        let idf = features.idf(answers.len());
        let vectors: Vec<Vector> = cores::on_every_core(&rows, |_, share| {
            share
                .iter()
                .map(|row| features.vector(row, &idf, weights))
                .collect()
        });
        let (mut edges, meant) = compare(&vectors, &features, answers, &worded, weights, meanings);
        keep_apart(&mut edges, &parties, weights.apart);
        let tree = Dendrogram::build(vectors.len(), &edges, MIN_SIMILARITY);
        let profiles: Vec<Profile> = answers
            .iter()
            .zip(rows)
            .zip(vectors)
            .zip(languages)
            .zip(parties)
            .map(|((((answer, row), vector), language), parties)| Profile {
                id: answer.id,
                group: answer.group,
                vector,
                labelled: row
                    .into_iter()
                    .filter(|feature| labels.contains_key(feature))
                    .collect(),
                text: answer.text.clone(),
                language,
                kind: answer.kind,
                parties,
            })
            .collect();
        // A theme is explained by what two or more of its answers share: a
        // label only one answer has, words that say nothing in either
        // language ("sans", "the", "could"), or a word only typed in the
        // other language ("chaîne" in an English session, where the concept
        // Blockchain says it), never explain one.
        let forms = labels
            .iter()
            .filter(|(id, label)| {
                features.df[**id as usize] >= 2 && !says_nothing(label) && !foreign.contains(id)
            })
            .map(|(id, label)| (*id, LabelForm::of(label)))
            .collect();
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
            meant,
            meaning: weights.meaning,
            apart: weights.apart,
        }
    }

    /// Whether the answers were compared by their meanings too.
    pub fn by_meaning(&self) -> bool {
        self.meant.is_some()
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
                let in_other_language = || {
                    language_of(&text::words(&self.labels[feature]))
                        .is_some_and(|language| language != self.language)
                };
                !concepts.is_empty()
                    && (concepts.iter().all(is_shared) || (in_other_language() && named_shared()))
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
        let names: Vec<String> = telling
            .iter()
            .take(MOST_REASONS)
            .map(|feature| self.labels[feature].clone())
            .collect();
        let representative = self.representative(members);
        let statement = wording::statement(&representative.text);
        let in_language = representative.language.is_none_or(|l| l == self.language);
        let name = wording::name(&representative.text, self.language)
            .filter(|_| in_language)
            .or_else(|| self.concept_phrase(&telling, members))
            .or_else(|| {
                let language = representative.language.unwrap_or(self.language);
                wording::name(&representative.text, language)
            })
            .unwrap_or_else(|| statement.trim_end_matches('.').to_owned());
        let name = clipped(name);
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

    /// The answer that stands for `members`: the one closest to all the
    /// others (by words and meaning, as they were grouped), among those
    /// most surely in the session's language. Its summed similarity to the
    /// others is its dot product with the sum of all the members' vectors,
    /// less its own length (1), so one pass over the members finds it,
    /// however big the theme.
    fn representative(&self, members: &[usize]) -> &Profile {
        let mut sum: FxHashMap<u32, f32> = FxHashMap::default();
        for &member in members {
            for &(feature, weight) in &self.profiles[member].vector {
                *sum.entry(feature).or_default() += weight;
            }
        }
        // With meanings, closeness is theirs and the words' together, as
        // the clustering weighed them.
        let meant: Option<(&Vec<Meaning>, Vec<f32>)> = self.meant.as_ref().map(|meant| {
            let mut sum = vec![0.0; meant.first().map_or(0, |m| m.len())];
            for &member in members {
                for (total, x) in sum.iter_mut().zip(meant[member].iter()) {
                    *total += x;
                }
            }
            (meant, sum)
        });
        let closeness = |member: usize| -> f32 {
            let words = self.profiles[member]
                .vector
                .iter()
                .map(|(feature, weight)| weight * sum.get(feature).copied().unwrap_or(0.0))
                .sum();
            match &meant {
                Some((meant, sum)) => {
                    alike(words, meaning::cosine(&meant[member], sum), self.meaning)
                }
                None => words,
            }
        };
        // Answers in the session's language first, then those whose words
        // do not tell ("Reskill people whose tasks get automated" may be
        // English), then the others.
        let fit = |member: usize| match self.profiles[member].language {
            Some(language) if language == self.language => 2,
            None => 1,
            Some(_) => 0,
        };
        let best_fit = members.iter().map(|&member| fit(member)).max();
        let best = members
            .iter()
            .copied()
            .filter(|&member| Some(fit(member)) == best_fit)
            .map(|member| (member, closeness(member)))
            // The earlier member wins a tie, so the choice never depends on
            // the order of a float sum's ties.
            .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)))
            .map_or(members[0], |(member, _)| member);
        &self.profiles[best]
    }

    /// Whether `wide` says no more than `narrow`: both name a concept, as a
    /// concept or as a topic or word whose label names just one, and `wide`'s is `narrow`'s
    /// ("Biométrie" and the topic "Biometrics") or one it implies ("Facial
    /// recognition" and "Biometrics"). After `narrow`, `wide` says nothing
    /// new; the other way round, `narrow` says which kind.
    fn says_no_more(&self, narrow: u32, wide: u32) -> bool {
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

    /// A name from the concepts the members share (named in the session's
    /// language), for a theme none of whose answers is in that language, or
    /// whose answer in it names nothing ("Plus on connecte, plus on est
    /// vulnérable"): "Drones and border surveillance". A single one-word
    /// concept is too bare alone and is named with the kinds of the members
    /// ("Biométrie : risques"). None when they share no concept, or a single
    /// one-word concept and no one or two kinds.
    fn concept_phrase(&self, telling: &[u32], members: &[usize]) -> Option<String> {
        let mut named: Vec<u32> = Vec::new();
        // Whether a concept's name is one word, as "Drones" is.
        let one_word = |feature: u32| text::words(&self.labels[&feature]).len() < 2;
        // The first kind of a one-word concept named, left out.
        let mut kind_of_one_word = None;
        for &feature in telling {
            // "Costs and funding" is not named again by a kind of it,
            // "Funding and investment" (`telling` has no wider concept
            // after a narrower one).
            let said = |&other: &u32| self.says_no_more(feature, other);
            if !self.concepts.contains_key(&feature) {
                continue;
            }
            if let Some(at) = named.iter().position(said) {
                if one_word(named[at]) {
                    kind_of_one_word = kind_of_one_word.or(Some(feature));
                }
                continue;
            }
            // "Rapidité du dédouanement", not "…, dédouanement et
            // mainlevée": a name says a word once.
            let stems = self.content_stems_of(feature);
            let shares_a_word = |&other: &u32| {
                let theirs = self.content_stems_of(other);
                stems.iter().any(|stem| theirs.contains(stem))
            };
            match named.iter().position(shares_a_word) {
                None => named.push(feature),
                // "Rapidité du dédouanement" says more than "Dédouanement".
                Some(at) if self.content_stems_of(named[at]).len() < 2 => named[at] = feature,
                Some(_) => {}
            }
            if named.len() == 2 {
                break;
            }
        }
        // A lone one-word concept is too bare to name a theme, but a kind of
        // it says more: "Recherche et milieu universitaire", not
        // "Innovation".
        if let ([only], Some(kind)) = (&mut named[..], kind_of_one_word)
            && one_word(*only)
        {
            *only = kind;
        }
        let concepts: Vec<&str> = named.iter().map(|f| self.labels[f].as_str()).collect();
        match concepts.as_slice() {
            [] => None,
            // A concept of one word ("Drones") is too bare to name a theme
            // alone; what the groups said of it makes it a heading.
            [one] if text::words(one).len() < 2 => {
                let kinds: Vec<AnswerKind> =
                    members.iter().map(|&m| self.profiles[m].kind).collect();
                wording::with_kinds(one, &kinds, self.language)
            }
            [one] => Some(wording::capitalise(one)),
            [one, two, ..] => {
                let and = match self.language {
                    Language::English => "and",
                    Language::French => "et",
                };
                // "Integrity and anti-corruption, customs officers", not
                // "… and anti-corruption and customs officers".
                let has_and = |concept: &str| text::words(concept).iter().any(|w| w == and);
                // "Speed and dwell time", not "Speed and dwell time,
                // clearance and release": a name says "and" once.
                if has_and(one) && has_and(two) {
                    return Some(wording::capitalise(one));
                }
                let joint = if has_and(one) || has_and(two) {
                    ",".to_owned()
                } else {
                    format!(" {and}")
                };
                Some(format!(
                    "{}{joint} {}",
                    wording::capitalise(one),
                    lower_first(two)
                ))
            }
        }
    }

    /// The stems of the words that carry meaning in `feature`'s label, in
    /// the session's language.
    fn content_stems_of(&self, feature: u32) -> Vec<String> {
        text::stems_of_content(&text::words(&self.labels[&feature]), self.language)
    }

    /// How alike answers `a` and `b` are, as the clustering saw them.
    fn similarity(&self, a: usize, b: usize) -> f32 {
        let words = cluster::cosine(&self.profiles[a].vector, &self.profiles[b].vector);
        let similarity = match &self.meant {
            Some(meant) => alike(words, meaning::cosine(&meant[a], &meant[b]), self.meaning),
            None => words,
        };
        if about_other_parties(&self.profiles[a].parties, &self.profiles[b].parties) {
            similarity * self.apart
        } else {
            similarity
        }
    }

    /// The average similarity of the members' pairs (of the first 12 members
    /// of a big theme).
    fn cohesion(&self, members: &[usize]) -> f32 {
        let sample = &members[..members.len().min(12)];
        let mut sum = 0.0;
        let mut pairs = 0u32;
        for (index, &a) in sample.iter().enumerate() {
            for &b in &sample[index + 1..] {
                sum += self.similarity(a, b);
                pairs += 1;
            }
        }
        #[expect(clippy::cast_precision_loss, reason = "at most 66 pairs")]
        let pairs = pairs.max(1) as f32;
        sum / pairs
    }
}

/// The answers to `question` that suggestions group: those no accepted
/// theme holds.
pub fn to_suggest(session: &Session, question: QuestionId) -> Vec<&Answer> {
    edit::outside(session, question, |theme| !theme.suggested)
}

/// The pairs of `answers` (of word `vectors`) to weigh in the clustering,
/// with each answer's meaning if `meanings` has every one.
fn compare(
    vectors: &[Vector],
    features: &Features,
    answers: &[&Answer],
    says_something: &[bool],
    weights: Weights,
    meanings: &Meanings,
) -> (Vec<Edge>, Option<Vec<Meaning>>) {
    // A feature this many answers share finds too many candidates.
    let common = (answers.len() / 5).clamp(25, 400);
    let by_words = cluster::neighbours(
        vectors,
        |feature| features.finds_neighbours(feature, common),
        weights.neighbours,
        MIN_SIMILARITY,
    );
    let meant: Option<Vec<Meaning>> = answers
        .iter()
        .map(|answer| meanings.shared(&answer.text))
        .collect();
    match meant {
        Some(meant) if weights.meaning > 0.0 => {
            let edges = with_meanings(vectors, &meant, says_something, by_words, weights);
            (edges, Some(meant))
        }
        _ => (by_words, None),
    }
}

/// The parties among an answer's `concepts` (glossary indices).
fn parties_among(concepts: &[usize]) -> Vec<usize> {
    concepts
        .iter()
        .copied()
        .filter(|&concept| GLOSSARY.concepts[concept].party)
        .collect()
}

/// Weakens to `keep` of it the similarity of each pair of answers about
/// different parties ([`about_other_parties`]).
fn keep_apart(edges: &mut [Edge], parties: &[Vec<usize>], keep: f32) {
    for edge in edges {
        if about_other_parties(&parties[edge.a], &parties[edge.b]) {
            edge.similarity *= keep;
        }
    }
}

/// Whether two answers naming parties `a` and `b` are about different
/// ones: each names one, and they name none in common.
fn about_other_parties(a: &[usize], b: &[usize]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|party| b.contains(party))
}

/// The similarity of two answers whose words' cosine is `words` and whose
/// meanings' is `meaning`.
fn alike(words: f32, meaning: f32, weight: f32) -> f32 {
    (1.0 - weight) * words + weight * meaning
}

/// The edges of answers compared by their words and meanings both: the
/// pairs `by_words` found (at their words' similarity), with each answer's
/// nearest by meaning (among all the others, up to
/// [`meaning::EVERY_ANSWER_UP_TO`] answers), each at its words' and
/// meaning's similarity together.
///
/// An answer with no word that says something ("👍", "🚀", "???", "x")
/// has no nearest by meaning: the encoder reads every such text as nearly
/// the same thing, so "👍" and "😡" would make a theme.
fn with_meanings(
    vectors: &[Vector],
    meant: &[Meaning],
    says_something: &[bool],
    by_words: Vec<Edge>,
    weights: Weights,
) -> Vec<Edge> {
    let mut by_meaning = Vec::new();
    // Only answers that say something are sought and found, so none
    // loses its nearest to "👍".
    let speaking: Vec<usize> = (0..meant.len()).filter(|&at| says_something[at]).collect();
    if speaking.len() <= meaning::EVERY_ANSWER_UP_TO {
        let theirs: Vec<&[f32]> = speaking.iter().map(|&at| &*meant[at]).collect();
        // `speaking` rises, so the pairs keep their order.
        by_meaning = meaning::nearest(&theirs, weights.neighbours_by_meaning)
            .into_iter()
            .map(|(a, b)| (speaking[a], speaking[b]))
            .collect();
    }
    // Both lists are in the order of their pairs: walk them together, so
    // a pair the words found keeps its words' similarity.
    let mut words = by_words.into_iter().peekable();
    let mut meaning_only = by_meaning.into_iter().peekable();
    // (a, b, their words' similarity)
    let mut pairs: Vec<(usize, usize, f32)> = Vec::new();
    loop {
        let next_words = words.peek().map(|edge| (edge.a, edge.b));
        let next_meaning = meaning_only.peek().copied();
        let from_words = match (next_words, next_meaning) {
            (None, None) => break,
            (Some(pair), Some(other)) => pair <= other,
            (Some(_), None) => true,
            (None, Some(_)) => false,
        };
        pairs.push(if from_words {
            if next_meaning == next_words {
                meaning_only.next();
            }
            let edge = words.next().expect("a pair the words found, peeked");
            (edge.a, edge.b, edge.similarity)
        } else {
            let (a, b) = meaning_only.next().expect("a pair by meaning, peeked");
            (a, b, cluster::cosine(&vectors[a], &vectors[b]))
        });
    }
    // Weighing the meanings of 20,000 answers' pairs is worth the cores.
    cores::on_every_core(&pairs, |_, share| {
        share
            .iter()
            .map(|&(a, b, words)| Edge {
                a,
                b,
                similarity: alike(
                    words,
                    meaning::cosine(&meant[a], &meant[b]),
                    weights.meaning,
                ),
            })
            .filter(|edge| edge.similarity >= MIN_SIMILARITY)
            .collect()
    })
}

/// Each way each word feature was typed: how often in an answer in the
/// session's language, and how often in all.
#[derive(Default)]
struct Typed(FxHashMap<u32, FxHashMap<String, (u32, u32)>>);

impl Typed {
    fn add(&mut self, word: u32, surface: String, in_language: bool) {
        let counts = self.0.entry(word).or_default().entry(surface).or_default();
        counts.0 += u32::from(in_language);
        counts.1 += 1;
    }

    /// Names each word in `labels` the way most answers in the session's
    /// language typed it ("origin", not "origine", in an English session),
    /// and returns the words no such answer typed.
    fn name_words(self, labels: &mut FxHashMap<u32, String>) -> HashSet<u32> {
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
struct LabelForm {
    /// Lower case, without accents.
    folded: String,
    /// Its words' stems, in English and in French.
    stems: [Vec<String>; 2],
}

impl LabelForm {
    fn of(label: &str) -> LabelForm {
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
    fn says_again(&self, other: &LabelForm) -> bool {
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

/// `text` with a lower-case first letter, unless it is an acronym ("`IoT`",
/// "AEO") whose second letter is a capital too.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return text.to_owned();
    };
    if second.is_some_and(char::is_uppercase) {
        return text.to_owned();
    }
    first.to_lowercase().chain(second).chain(chars).collect()
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

/// Verbs any answer may use and words of time, in English and in French,
/// that the stop word lists leave out: two answers that "use"
/// something, start "à partir de" a thing or speak of "aujourd'hui"
/// (read as "aujourd" and "hui") share no idea by it.
const LIGHT: &str = "use uses used using take takes taken taking took make makes made making \
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
fn topic_label(name: &str, language: Language) -> String {
    GLOSSARY.named(name).map_or_else(
        || name.to_owned(),
        |concept| GLOSSARY.concepts[concept].name(language).to_owned(),
    )
}

/// Whether every word of `label` is a stop word in English or in French,
/// a word such as "could" that says nothing alone, a vague one such as
/// "small" or a light one such as "use".
fn says_nothing(label: &str) -> bool {
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

/// How many of its most telling shared labels explain a theme: past these,
/// "grouped for" reads as a list of every word two answers happen to share.
pub const MOST_REASONS: usize = 6;

/// A suggested name cut to [`LONGEST_NAME`] characters. A name from the
/// groups' words is cut already, but a statement standing in for one is
/// not: it ends where a phrase of it does ("Plus on connecte, plus on est
/// vulnérable | : la sécurité informatique doit suivre"), else between
/// words with a "…". A word typed without spaces (a pasted address, a
/// keyboard held down) can be a feature and name a theme, and is cut where
/// it must be.
fn clipped(name: String) -> String {
    let Some((end, _)) = name.char_indices().nth(LONGEST_NAME) else {
        return name;
    };
    let within = &name[..end];
    let phrase = [": ", "; ", " — ", " – "]
        .iter()
        .filter_map(|mark| within.rfind(mark))
        .max()
        .map(|at| within[..at].trim_end())
        .filter(|phrase| phrase.split_whitespace().count() >= 2);
    if let Some(phrase) = phrase {
        phrase.to_owned()
    } else {
        let between_words = within.rfind(' ').map_or(within, |space| &within[..space]);
        format!("{}…", between_words.trim_end())
    }
}

fn kind_key(kind: AnswerKind) -> &'static str {
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
fn prepare_all(session: &Session, answers: &[&Answer]) -> Vec<Prepared> {
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
struct Features {
    /// By signal and the [`hash`] of the feature's text.
    ids: FxHashMap<(Signal, u64), u32>,
    signal: Vec<Signal>,
    df: Vec<u32>,
}

impl Features {
    /// Adds a feature to an answer's `row` and returns its number.
    fn add(&mut self, signal: Signal, key: &str, row: &mut Vec<u32>) -> u32 {
        self.add_hashed(signal, hash(key), row)
    }

    /// Adds a feature known by the hash of its text.
    fn add_hashed(&mut self, signal: Signal, hash: u64, row: &mut Vec<u32>) -> u32 {
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
    fn count(&mut self, row: &mut Vec<u32>) {
        row.sort_unstable();
        row.dedup();
        for &id in row.iter() {
            self.df[id as usize] += 1;
        }
    }

    /// Inverse document frequency of each feature among `answers` answers.
    fn idf(&self, answers: usize) -> Vec<f32> {
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
    fn vector(&self, row: &[u32], idf: &[f32], weights: Weights) -> Vector {
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
    fn concepts_of_labels(
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

    /// Whether sharing `feature` makes two answers candidate neighbours: a
    /// word, concept or n-gram that at most `common` answers have.
    fn finds_neighbours(&self, feature: u32, common: usize) -> bool {
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

/// The words of one answer, prepared for comparison.
struct Prepared {
    /// The language the answer is in: the one its words tell, else its
    /// group's.
    language: Language,
    /// The language its words tell, if they do.
    told: Option<Language>,
    /// Whether it has a word that says something ([`says_something`]).
    says_something: bool,
    concepts: Vec<usize>,
    /// (stem, the word as typed, in lower case).
    stems: Vec<(String, String)>,
    /// Its words' character 4-grams, by the hash of their text.
    grams: Vec<u64>,
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
/// ([`glossary::Glossary::language_of`]): "Faster clearance" is English.
pub fn language_of(words: &[String]) -> Option<Language> {
    GLOSSARY.language_of(words)
}

/// Each word's forms, kept because a meeting's answers repeat their words.
type WordCache = FxHashMap<String, WordForms>;

fn prepare(answer: &Answer, fallback: Language, cache: &mut WordCache) -> Prepared {
    let words = text::words(&answer.text);
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
    let mut stems = Vec::new();
    let mut grams = Vec::new();
    for ((word, stem), form) in words.iter().zip(own).zip(&forms) {
        if !text::is_content_word(word, language) {
            continue;
        }
        stems.push((stem.clone(), word.clone()));
        grams.extend_from_slice(&form.grams);
    }
    Prepared {
        language,
        told,
        says_something: says_something(&answer.text, &words, language),
        concepts,
        stems,
        grams,
    }
}

/// Whether an answer, `typed` and read as `words` in `language`, says
/// something: a word that is no stop word and has two letters or more; a
/// letter of a script without capitals ("境", "ド", "โ"), whose text splits
/// into single letters; or a word in capitals, which may be an acronym that
/// spells a stop word ("AI" in a French session, "IT"). Emoji, marks and a
/// lone letter ("👍", "???", "x") say nothing.
fn says_something(typed: &str, words: &[String], language: Language) -> bool {
    let caseless = |c: char| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase();
    words
        .iter()
        .any(|word| text::is_content_word(word, language) || word.chars().all(caseless))
        || typed
            .split_whitespace()
            .any(|token| token.chars().filter(|c| c.is_uppercase()).nth(1).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_does_not_say_a_word_twice() {
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
            Some("Innovation, coûts et financement"),
        );
    }

    /// English answers in a French session that share one concept of one
    /// word are named by it and by what the groups said of it, not by an
    /// English answer: "Biométrie : risques". Answers of no kind leave the
    /// concept too bare to name them.
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
        assert_eq!(name_with([Other, Other]), "Who keeps the biometric records");
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

    #[test]
    fn a_topic_named_like_a_concept_is_named_in_the_sessions_language() {
        assert_eq!(topic_label("Biometrics", Language::French), "Biométrie");
        assert_eq!(topic_label("Biométrie", Language::English), "Biometrics");
        assert_eq!(
            topic_label(
                "Artificial intelligence and machine learning",
                Language::French
            ),
            "Artificial intelligence and machine learning",
            "no one concept's name: the facilitator's"
        );
        assert_eq!(
            topic_label("Douane verte", Language::French),
            "Douane verte"
        );
    }

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
            "use",
            "partir",
            "aujourd'hui",
            "utilisés",
            "élevé",
            "eleve",
            "plutot",
        ] {
            assert!(says_nothing(label), "{label}");
        }
        for label in [
            "Drones",
            "douane",
            "Customs officers and staff",
            "🛃",
            "arrivals",
            "utilisateurs",
            "élèves",
        ] {
            assert!(!says_nothing(label), "{label}");
        }
    }

    #[test]
    fn a_suggested_name_is_cut_to_its_longest() {
        let held_down = "a".repeat(700);
        let name = clipped(held_down);
        assert_eq!(name.chars().count(), LONGEST_NAME + 1);
        assert!(name.ends_with('…'));
        let name = "Scellés électroniques · Transit";
        assert_eq!(clipped(name.to_owned()), name);
        let statement =
            "Selon les délégations présentes, la sécurité informatique doit suivre partout";
        assert_eq!(
            clipped(statement.to_owned()),
            "Selon les délégations présentes, la sécurité informatique doit…",
            "a name with spaces is cut between words"
        );
        let statement =
            "Plus on connecte, plus on est vulnérable : la sécurité informatique doit suivre";
        assert_eq!(
            clipped(statement.to_owned()),
            "Plus on connecte, plus on est vulnérable",
            "a name ends where a phrase of it does"
        );
    }
}
