//! What the answers mean, as a sentence encoder reads them (the app's
//! `plenary-encoder`): one unit vector for each answer's text, read on the
//! laptop and kept beside the session, never in it, so the merged record
//! stays the same byte for byte. With them, two answers that say one thing
//! in other words, or one in English and one in French, count as alike
//! even when no word of theirs matches.

use std::sync::Arc;

use rustc_hash::FxHashMap;

/// An answer's meaning: a unit vector, shared by the texts read and each
/// analysis that weighs it, never copied.
pub(super) type Meaning = Arc<[f32]>;

/// Each answer text's meaning. Empty, suggestions go by words alone.
#[derive(Clone, Debug, Default)]
pub struct Meanings {
    by_text: FxHashMap<Box<str>, Meaning>,
}

impl Meanings {
    /// Keeps `meaning`, a unit vector, as what `text` means.
    pub fn insert(&mut self, text: &str, meaning: Vec<f32>) {
        self.by_text.insert(text.into(), meaning.into());
    }

    /// What `text` means, if it was read.
    pub fn get(&self, text: &str) -> Option<&[f32]> {
        self.by_text.get(text).map(AsRef::as_ref)
    }

    /// What `text` means, to keep.
    pub(super) fn shared(&self, text: &str) -> Option<Meaning> {
        self.by_text.get(text).cloned()
    }

    /// Whether `text` was read.
    pub fn contains(&self, text: &str) -> bool {
        self.by_text.contains_key(text)
    }
}

/// Up to how many answers to one question each answer's nearest by meaning
/// are sought among all the others. Beyond that (no meeting's break-out
/// comes near it), meaning only weighs in on the pairs the words find.
pub const EVERY_ANSWER_UP_TO: usize = 2_000;

/// The cosine of two unit vectors, summed in one fixed order (eight
/// running sums side by side, which the processor adds at once, then
/// those), so every machine gets the same number.
pub(super) fn cosine(a: &[f32], b: &[f32]) -> f32 {
    const LANES: usize = 8;
    let (a, b) = (a.chunks_exact(LANES), b.chunks_exact(LANES));
    let tail: f32 = a
        .remainder()
        .iter()
        .zip(b.remainder())
        .map(|(x, y)| x * y)
        .sum();
    let mut sums = [0.0f32; LANES];
    for (x, y) in a.zip(b) {
        for ((sum, x), y) in sums.iter_mut().zip(x).zip(y) {
            *sum += x * y;
        }
    }
    sums.iter().sum::<f32>() + tail
}

/// Each meaning's `k` nearest others, as pairs lower index first.
pub(super) fn nearest(meant: &[&[f32]], k: usize) -> Vec<(usize, usize)> {
    let later = cosines_with_later(meant);
    // The cosine of `index` and `other`, from the row of the lower.
    let cosine_of = |index: usize, other: usize| {
        let (low, high) = (index.min(other), index.max(other));
        later[low][high - low - 1]
    };
    let indices: Vec<usize> = (0..meant.len()).collect();
    let found = super::cores::on_every_core(&indices, |_, share| {
        let mut pairs = Vec::new();
        let mut near: Vec<(f32, usize)> = Vec::with_capacity(meant.len());
        for &index in share {
            near.clear();
            near.extend(
                (0..meant.len())
                    .filter(|&other| other != index)
                    .map(|other| (cosine_of(index, other), other)),
            );
            let kept = k.min(near.len());
            if kept < near.len() {
                near.select_nth_unstable_by(kept, |x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
            }
            pairs.extend(
                near[..kept]
                    .iter()
                    .map(|&(_, other)| (index.min(other), index.max(other))),
            );
        }
        pairs
    });
    let mut pairs = found;
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Each pair's cosine, computed once: row `i` holds meaning `i`'s cosines
/// with the meanings after it. The rows go to the cores from both ends at
/// once (the longest with the shortest), so each core gets about as many
/// pairs.
fn cosines_with_later(meant: &[&[f32]]) -> Vec<Vec<f32>> {
    let count = meant.len();
    let from_both_ends: Vec<usize> = (0..count.div_ceil(2))
        .flat_map(|low| [low, count - 1 - low])
        .take(count)
        .collect();
    let rows = super::cores::on_every_core(&from_both_ends, |_, share| {
        share
            .iter()
            .map(|&index| {
                let row: Vec<f32> = meant[index + 1..]
                    .iter()
                    .map(|theirs| cosine(meant[index], theirs))
                    .collect();
                (index, row)
            })
            .collect()
    });
    let mut later = vec![Vec::new(); count];
    for (index, row) in rows {
        later[index] = row;
    }
    later
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_meaning_finds_its_nearest_and_each_pair_comes_once() {
        let meant: Vec<Vec<f32>> = vec![
            vec![1.0, 0.0],
            vec![0.8, 0.6],
            vec![0.0, 1.0],
            vec![-1.0, 0.0],
        ];
        let meant: Vec<&[f32]> = meant.iter().map(Vec::as_slice).collect();
        assert_eq!(nearest(&meant, 1), vec![(0, 1), (1, 2), (2, 3)]);
        assert_eq!(nearest(&meant, 3).len(), 6);
    }

    /// Each pair computed once gives the same pairs as every cosine taken
    /// from both sides, for an odd count the cores share unevenly.
    #[test]
    fn each_pair_once_finds_what_every_pair_finds() {
        let meant: Vec<Vec<f32>> = (0u16..37)
            .map(|n| {
                let v: Vec<f32> = (0u16..16)
                    .map(|d| f32::from((n * 31 + d * 17) % 23) - 11.0)
                    .collect();
                let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
                v.iter().map(|x| x / norm).collect()
            })
            .collect();
        let meant: Vec<&[f32]> = meant.iter().map(Vec::as_slice).collect();
        let k = 3;
        let mut every: Vec<(usize, usize)> = Vec::new();
        for (index, meaning) in meant.iter().enumerate() {
            let mut near: Vec<(f32, usize)> = meant
                .iter()
                .enumerate()
                .filter(|&(other, _)| other != index)
                .map(|(other, theirs)| (cosine(meaning, theirs), other))
                .collect();
            near.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
            every.extend(near[..k].iter().map(|&(_, o)| (index.min(o), index.max(o))));
        }
        every.sort_unstable();
        every.dedup();
        assert_eq!(nearest(&meant, k), every);
    }
}
