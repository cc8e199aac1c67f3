//! Versions that merge: every item a laptop edits (an answer, a theme, a
//! group, a question, the session's header) carries a version clock, and two
//! copies of it join into the versions that nothing supersedes.
//!
//! A [`Clock`] counts the edits each laptop made to the item. Version `a`
//! supersedes `b` when `a` has seen every edit `b` has seen, and more; when
//! neither has, the two were made concurrently, and both are kept: the one
//! shown first, and the others in its `conflicts`, until a person chooses.
//! Joining is commutative, associative and idempotent, so copies merge to
//! the same item whatever order they come in and however often.

use std::cmp::Ordering;

use crate::session::{Clock, ReplicaId};

/// An item whose copies merge by their version clocks.
pub trait Versioned: Clone + PartialEq {
    fn clock(&self) -> &Clock;
    fn clock_mut(&mut self) -> &mut Clock;
    /// The other versions, edited concurrently, that a person has not yet
    /// chosen between.
    fn conflicts(&self) -> &[Self];
    fn conflicts_mut(&mut self) -> &mut Vec<Self>;
    /// Which of two current versions is shown first: a fixed order of their
    /// content, so every laptop picks the same one.
    fn precedence(&self, other: &Self) -> Ordering;

    /// Whether two versions with the same clock are one version seen twice
    /// (copies of the set-up made before it had clocks, placed differently),
    /// of which the first by precedence is kept. For answers they stay two:
    /// a different text under one clock is a hand-edited file, and is shown.
    fn one_version_per_clock() -> bool {
        false
    }
}

/// True when `a` has seen every edit `b` has seen.
pub fn covers(a: &Clock, b: &Clock) -> bool {
    b.iter()
        .all(|(replica, count)| a.get(replica).is_some_and(|mine| mine >= count))
}

/// True when `a` has seen every edit `b` has, and more.
pub fn supersedes(a: &Clock, b: &Clock) -> bool {
    covers(a, b) && a != b
}

/// Every edit either clock has seen.
pub fn merged(a: &Clock, b: &Clock) -> Clock {
    let mut all = a.clone();
    for (replica, count) in b {
        let mine = all.entry(*replica).or_insert(0);
        *mine = (*mine).max(*count);
    }
    all
}

/// `clock` after one more edit on `replica`.
pub fn ticked(clock: &Clock, replica: ReplicaId) -> Clock {
    let mut clock = clock.clone();
    let count = clock.entry(replica).or_insert(0);
    *count = count.saturating_add(1);
    clock
}

/// How many edits the clock counts in all: a version more edited shows
/// before a less edited one it is concurrent with.
pub fn total(clock: &Clock) -> u64 {
    clock.values().map(|count| u64::from(*count)).sum()
}

/// Every version of an item: the item itself and the ones in conflict with
/// it, each without conflicts of its own.
pub fn versions<T: Versioned>(item: &T) -> Vec<T> {
    let mut all = Vec::with_capacity(1 + item.conflicts().len());
    let mut primary = item.clone();
    let conflicts = std::mem::take(primary.conflicts_mut());
    all.push(primary);
    all.extend(conflicts.into_iter().map(|mut version| {
        version.conflicts_mut().clear();
        version
    }));
    all
}

/// The versions of both that nothing supersedes: one item, or one with the
/// others in conflict. Commutative, associative and idempotent.
pub fn join<T: Versioned>(ours: &T, theirs: &T) -> T {
    let mut all = versions(ours);
    all.extend(versions(theirs));
    current(all)
}

/// One item of the versions that nothing among them supersedes, the first
/// by [`Versioned::precedence`] shown and the others its conflicts.
///
/// # Panics
///
/// Never: of a non-empty list of versions, one at least is not superseded.
pub fn current<T: Versioned>(mut all: Vec<T>) -> T {
    all.sort_by(T::precedence);
    all.dedup();
    let kept = not_superseded(&all);
    let mut current: Vec<T> = all
        .into_iter()
        .zip(kept)
        .filter_map(|(version, kept)| kept.then_some(version))
        .collect();
    if T::one_version_per_clock() {
        let mut clocks = std::collections::BTreeSet::new();
        current.retain(|version| clocks.insert(version.clock().clone()));
    }
    let mut primary = current.remove(0);
    *primary.conflicts_mut() = current;
    primary
}

/// For each version, whether no other supersedes it. A version can only be
/// superseded by one that has seen every laptop it has seen, and at least
/// as many edits: so only the versions holding its least shared laptop, and
/// edited as often or more, are compared with it. Thousands of versions
/// made apart (a forged file) are sorted out in a pass, not in pairs.
fn not_superseded<T: Versioned>(all: &[T]) -> Vec<bool> {
    let totals: Vec<u64> = all.iter().map(|version| total(version.clock())).collect();
    let mut holders: std::collections::HashMap<ReplicaId, Vec<usize>> =
        std::collections::HashMap::new();
    for (index, version) in all.iter().enumerate() {
        for replica in version.clock().keys() {
            holders.entry(*replica).or_default().push(index);
        }
    }
    let any_clock = all.iter().any(|version| !version.clock().is_empty());
    all.iter()
        .enumerate()
        .map(|(index, version)| {
            let clock = version.clock();
            let Some(rarest) = clock.keys().min_by_key(|replica| holders[*replica].len()) else {
                // Nothing seen: superseded by any version that has seen an edit.
                return !any_clock;
            };
            !holders[rarest].iter().any(|&other| {
                other != index
                    && totals[other] >= totals[index]
                    && supersedes(all[other].clock(), clock)
            })
        })
        .collect()
}

/// The item once a person kept version `keep` of it (0 is the one shown
/// first): that content, with a clock that has seen every version and one
/// edit more, so the choice wins wherever it is merged.
pub fn resolved<T: Versioned>(item: &T, keep: usize, replica: ReplicaId) -> Option<T> {
    let all = versions(item);
    let mut kept = all.get(keep)?.clone();
    let seen = all
        .iter()
        .fold(Clock::new(), |seen, version| merged(&seen, version.clock()));
    *kept.clock_mut() = ticked(&seen, replica);
    kept.conflicts_mut().clear();
    Some(kept)
}

/// Compares two versions by how much they were edited (more first), then by
/// their content, for [`Versioned::precedence`] of the set-up's items.
pub fn by_edits_then_content<T: Ord>(a: &T, b: &T, clock_a: &Clock, clock_b: &Clock) -> Ordering {
    total(clock_b).cmp(&total(clock_a)).then_with(|| a.cmp(b))
}

/// The set-up's items, the header and themes: shown first, of two
/// concurrent versions, is the more edited, then the one first by content.
macro_rules! versioned_by_content {
    ($($item:ty),*) => {
        $(
            impl Versioned for $item {
                fn clock(&self) -> &Clock {
                    &self.clock
                }
                fn clock_mut(&mut self) -> &mut Clock {
                    &mut self.clock
                }
                fn conflicts(&self) -> &[Self] {
                    &self.conflicts
                }
                fn conflicts_mut(&mut self) -> &mut Vec<Self> {
                    &mut self.conflicts
                }
                fn precedence(&self, other: &Self) -> Ordering {
                    by_edits_then_content(self, other, &self.clock, &other.clock)
                }
                fn one_version_per_clock() -> bool {
                    true
                }
            }
        )*
    };
}

versioned_by_content!(
    crate::session::Question,
    crate::session::Topic,
    crate::session::Group,
    crate::session::Phase,
    crate::session::Speaker,
    crate::session::Theme,
    crate::session::Header
);

impl Versioned for crate::session::Answer {
    fn clock(&self) -> &Clock {
        &self.clock
    }
    fn clock_mut(&mut self) -> &mut Clock {
        &mut self.clock
    }
    fn conflicts(&self) -> &[Self] {
        &self.conflicts
    }
    fn conflicts_mut(&mut self) -> &mut Vec<Self> {
        &mut self.conflicts
    }
    /// A live version before a deletion (so an edit made while another
    /// laptop deleted the answer is not hidden), then the latest edit, then
    /// a fixed order of the content.
    fn precedence(&self, b: &Self) -> Ordering {
        let a = self;
        a.deleted
            .cmp(&b.deleted)
            .then_with(|| b.modified.cmp(&a.modified))
            .then_with(|| b.revision.cmp(&a.revision))
            .then_with(|| a.text.cmp(&b.text))
            .then_with(|| a.kind.cmp(&b.kind))
            .then_with(|| a.topics.cmp(&b.topics))
            .then_with(|| a.position.cmp(&b.position))
            .then_with(|| a.question.cmp(&b.question))
            .then_with(|| a.group.cmp(&b.group))
            .then_with(|| a.clock.cmp(&b.clock))
            .then_with(|| a.created.cmp(&b.created))
    }
}
