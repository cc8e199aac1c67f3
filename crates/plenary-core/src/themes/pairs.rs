//! Which pairs of answers the clustering weighs and how alike they are:
//! nearest neighbours by words and by meaning, a pair's words and meaning
//! together, and less for answers about different parties.

use super::cluster::{self, Edge, Vector, about_other_parties};
use super::features::{Features, Told};
use super::glossary::GLOSSARY;
use super::meaning::{self, Meaning, Meanings};
use super::{Analysis, MIN_SIMILARITY, Weights, cores};
use crate::session::{Answer, AnswerKind};

impl Analysis {
    /// How alike answers `a` and `b` are, as the clustering saw them.
    pub(super) fn similarity(&self, a: usize, b: usize) -> f32 {
        let words = cluster::cosine(&self.profiles[a].vector, &self.profiles[b].vector);
        let similarity = match &self.meant {
            Some(meant) => alike(words, meaning::cosine(&meant[a], &meant[b]), self.meaning),
            None => words,
        };
        let (a, b) = (&self.profiles[a], &self.profiles[b]);
        kept_apart(
            similarity,
            self.words_share() * said_twice(&a.tags, &b.tags),
            [&a.parties, &b.parties],
            [a.told.warns, b.told.warns],
            self.apart,
            self.warning_apart,
        )
    }

    /// The average similarity of the members' pairs (of the first 12 members
    /// of a big theme).
    pub(super) fn cohesion(&self, members: &[usize]) -> f32 {
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

/// The pairs of `answers` (of word `vectors`) to weigh in the clustering,
/// with each answer's meaning if `meanings` has every one. An answer that
/// says nothing (`says_something`: "idem groupe 5", "N/A", "👍") is in no
/// pair: two groups that point elsewhere in the same words are no theme,
/// and the facilitator places each where it points.
pub(super) fn compare(
    vectors: &[Vector],
    features: &Features,
    answers: &[&Answer],
    says_something: &[bool],
    weights: Weights,
    meanings: &Meanings,
) -> (Vec<Edge>, Option<Vec<Meaning>>) {
    // A feature this many answers share finds too many candidates.
    let common = (answers.len() / 5).clamp(25, 400);
    // Only answers that say something are sought and found (an empty
    // vector is neither), so none loses a neighbour to "idem groupe 5".
    let speaking: Vec<Vector> = vectors
        .iter()
        .zip(says_something)
        .map(|(vector, &says)| if says { vector.clone() } else { Vector::new() })
        .collect();
    let by_words = cluster::neighbours(
        &speaking,
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

/// What an answer warns of, as answers are kept apart by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Warns {
    Nothing,
    /// A risk: a cost, a privacy concern, jobs lost.
    OfARisk,
    /// Smugglers, fraudsters or criminals who use a technology, or the
    /// counter-drone means against them, where an answer that does not
    /// warn says customs uses it.
    OfCriminals,
}

impl Warns {
    /// What an answer of `kind` that names `concepts` (glossary indices)
    /// warns of.
    pub(super) fn of(kind: AnswerKind, concepts: &[usize]) -> Warns {
        let criminal = || {
            concepts.iter().any(|&concept| {
                matches!(
                    GLOSSARY.concepts[concept].id.as_str(),
                    "smuggling"
                        | "criminal-use-of-technology"
                        | "counter-drone"
                        | "enforcement"
                        | "customs-fraud"
                )
            })
        };
        match (kind.is_warning(), criminal()) {
            (false, _) => Warns::Nothing,
            (true, false) => Warns::OfARisk,
            (true, true) => Warns::OfCriminals,
        }
    }

    pub(super) fn is_warning(self) -> bool {
        self != Warns::Nothing
    }
}

/// The parties among an answer's `concepts` (glossary indices).
pub(super) fn parties_among(concepts: &[usize]) -> Vec<usize> {
    concepts
        .iter()
        .copied()
        .filter(|&concept| GLOSSARY.concepts[concept].party)
        .collect()
}

/// Weakens the similarity of each pair of answers, which name `parties`,
/// are tagged as `tags` say (the topic part of their vectors, which makes
/// `words_share` of their similarity) and warn as `told` says, as
/// [`kept_apart`] says.
pub(super) fn keep_apart(
    edges: &mut [Edge],
    parties: &[Vec<usize>],
    tags: &[Tags],
    words_share: f32,
    told: &[Told],
    weights: Weights,
) {
    for edge in edges {
        let (a, b) = (edge.a, edge.b);
        edge.similarity = kept_apart(
            edge.similarity,
            words_share * said_twice(&tags[a], &tags[b]),
            [&parties[a], &parties[b]],
            [told[a].warns, told[b].warns],
            weights.apart,
            weights.warning_apart,
        );
    }
}

/// An answer's topic tags: (feature, weight in its vector, whether its
/// words name the tag's concepts).
pub(super) type Tags = Vec<(u32, f32, bool)>;

/// The part of two answers' cosine that tags both share and both say in
/// words give.
fn said_twice(a: &Tags, b: &Tags) -> f32 {
    a.iter()
        .filter(|(_, _, said)| *said)
        .filter_map(|&(feature, weight, _)| {
            b.iter()
                .find(|&&(theirs, _, said)| theirs == feature && said)
                .map(|&(_, their_weight, _)| weight * their_weight)
        })
        .sum()
}

/// The `similarity` of two answers that name `parties` and warn of a risk
/// or not (`warns`), as they are compared. First without the part of it
/// (`tagged`) that the tags they share give when both answers' words
/// already name the tags' concepts: a rapporteur's tag is a hint, and
/// counts only where the words do not say it ("Biometrics" on gates for
/// travellers and on access for staff would count biometrics twice and
/// join them). Then `apart` of that when they are about different parties
/// ([`about_other_parties`]), and `warning_apart` of that when one warns
/// and the other does not, twice over when the warning is of criminals
/// ("Smugglers already use drones" beside "Drones for border
/// surveillance").
pub(super) fn kept_apart(
    similarity: f32,
    tagged: f32,
    parties: [&[usize]; 2],
    warns: [Warns; 2],
    apart: f32,
    warning_apart: f32,
) -> f32 {
    let parties = if about_other_parties(parties[0], parties[1]) {
        apart
    } else {
        1.0
    };
    let warnings = match warns {
        [a, b] if a.is_warning() == b.is_warning() => 1.0,
        [Warns::OfCriminals, _] | [_, Warns::OfCriminals] => warning_apart * warning_apart,
        _ => warning_apart,
    };
    (similarity - tagged).max(0.0) * parties * warnings
}

/// The similarity of two answers whose words' cosine is `words` and whose
/// meanings' is `meaning`.
pub(super) fn alike(words: f32, meaning: f32, weight: f32) -> f32 {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A warning beside a use keeps 0.7 of their similarity, a warning of
    /// criminals 0.7 twice over; two warnings keep all of it, whatever
    /// they warn of.
    #[test]
    fn a_warning_keeps_apart_from_a_use_and_one_of_criminals_more() {
        let kept = |warns| kept_apart(1.0, 0.0, [&[], &[]], warns, 0.7, 0.7);
        assert!((kept([Warns::OfARisk, Warns::Nothing]) - 0.7).abs() < 1e-6);
        assert!((kept([Warns::Nothing, Warns::OfCriminals]) - 0.49).abs() < 1e-6);
        assert!((kept([Warns::OfCriminals, Warns::OfARisk]) - 1.0).abs() < 1e-6);
        assert!((kept([Warns::Nothing, Warns::Nothing]) - 1.0).abs() < 1e-6);
    }

    /// The nineteenth set's risks of drones: fraudsters who spot patrols,
    /// goods passed over the border, a threat that needs counter-drone
    /// means. Each warns of criminals, as "Smugglers use drones" does.
    #[test]
    fn a_risk_of_fraudsters_smuggling_or_counter_drones_warns_of_criminals() {
        use crate::session::Language;
        for text in [
            "Les drones sont aussi utilisés par les fraudeurs pour repérer nos patrouilles.",
            "Des drones utilisés pour faire passer des marchandises au-dessus de la frontière",
            "Drones are also a threat: we need counter-drone capability.",
            "Criminals fly drones over the fence.",
        ] {
            let concepts = GLOSSARY.concepts_in_text(text, Language::English);
            assert_eq!(
                Warns::of(AnswerKind::Risk, &concepts),
                Warns::OfCriminals,
                "{text}"
            );
            assert_eq!(Warns::of(AnswerKind::UseToday, &concepts), Warns::Nothing);
        }
    }
}
