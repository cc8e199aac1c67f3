//! Grouping sparse vectors by cosine similarity, fast enough for 20,000
//! answers: an inverted index finds each vector's nearest neighbours (no loop
//! over all pairs), average-linkage clustering over those neighbours builds a
//! dendrogram once, and cutting it at any similarity is a linear pass, so the
//! similarity slider previews at once.

use std::collections::BinaryHeap;

use rustc_hash::FxHashMap as HashMap;

/// A sparse vector: (feature, weight) pairs sorted by feature, of length 1.
pub type Vector = Vec<(u32, f32)>;

/// Scales `vector` to length 1 (an empty vector stays empty).
pub fn normalise(vector: &mut Vector) {
    let norm = vector.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, weight) in vector.iter_mut() {
            *weight /= norm;
        }
    }
}

/// The cosine of two normalised vectors.
pub fn cosine(a: &Vector, b: &Vector) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// One similarity between two vectors, by index.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Edge {
    pub a: usize,
    pub b: usize,
    pub similarity: f32,
}

/// For each vector, its `k` most similar others (above `floor`), found
/// through an inverted index rather than by comparing all pairs.
///
/// Each vector is indexed under its `indexed` features of most weight (a
/// feature most vectors share finds no useful neighbours, so `indexed`
/// leaves it out), and looks up all of its own; the candidates with the most
/// weight in common are then compared in full. Each pair appears once, with
/// `a < b`. The index numbers vectors as `u32`s, to keep it small: past
/// four billion of them, the rest find no neighbours.
pub fn neighbours(
    vectors: &[Vector],
    indexed: impl Fn(u32) -> bool,
    k: usize,
    floor: f32,
) -> Vec<Edge> {
    /// How many of its heaviest features index a vector.
    const INDEXED_PER_VECTOR: usize = 10;
    let features = vectors
        .iter()
        .flat_map(|v| v.iter().map(|(f, _)| *f as usize + 1))
        .max()
        .unwrap_or(0);
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); features];
    for (index, vector) in (0..=u32::MAX).zip(vectors) {
        let mut heaviest: Vec<(u32, f32)> = vector
            .iter()
            .copied()
            .filter(|(feature, _)| indexed(*feature))
            .collect();
        heaviest.sort_unstable_by(|x, y| y.1.total_cmp(&x.1));
        for (feature, weight) in heaviest.into_iter().take(INDEXED_PER_VECTOR) {
            postings[feature as usize].push((index, weight));
        }
    }
    // Each core looks up a share of the vectors; the index is shared.
    let found = super::cores::on_every_core(vectors, |first, share| {
        nearest(
            vectors,
            &postings,
            features,
            first..first + share.len(),
            k,
            floor,
        )
    });
    // A pair found from both ends has the same cosine from each.
    let mut edges: Vec<Edge> = found
        .into_iter()
        .map(|(a, b, similarity)| Edge {
            a: a.min(b),
            b: a.max(b),
            similarity,
        })
        .collect();
    edges.sort_unstable_by_key(|edge| (edge.a, edge.b));
    edges.dedup_by_key(|edge| (edge.a, edge.b));
    edges
}

/// The `k` nearest neighbours of the vectors in `range`, as (vector,
/// neighbour, similarity). `features` is one more than the highest
/// feature.
fn nearest(
    vectors: &[Vector],
    postings: &[Vec<(u32, f32)>],
    features: usize,
    range: std::ops::Range<usize>,
    k: usize,
    floor: f32,
) -> Vec<(usize, usize, f32)> {
    let mut found = Vec::new();
    let mut score = vec![0.0f32; vectors.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut candidates: Vec<(usize, f32)> = Vec::new();
    // The vector looked up, spread out by feature, so that its cosine
    // with a candidate is one pass over the candidate's features. The sum
    // takes the same products in the same order as [`cosine`], so it is
    // the same number.
    let mut spread = vec![0.0f32; features];
    for index in range {
        let vector = &vectors[index];
        for &(feature, weight) in vector {
            spread[feature as usize] = weight;
            for &(other, their_weight) in &postings[feature as usize] {
                let other = other as usize;
                if other != index {
                    if score[other] == 0.0 {
                        touched.push(other);
                    }
                    score[other] += weight * their_weight;
                }
            }
        }
        // The most promising candidates are compared in full.
        let promising = (k * 2).min(touched.len());
        if promising < touched.len() {
            touched.select_nth_unstable_by(promising, |x, y| {
                score[*y].total_cmp(&score[*x]).then(x.cmp(y))
            });
        }
        candidates.clear();
        candidates.extend(
            touched[..promising]
                .iter()
                .map(|&other| (other, spread_cosine(&spread, &vectors[other])))
                .filter(|&(_, similarity)| similarity > floor),
        );
        for other in touched.drain(..) {
            score[other] = 0.0;
        }
        for &(feature, _) in vector {
            spread[feature as usize] = 0.0;
        }
        candidates.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        found.extend(
            candidates
                .iter()
                .take(k)
                .map(|&(other, similarity)| (index, other, similarity)),
        );
    }
    found
}

/// The cosine of a normalised vector spread out by feature and another.
fn spread_cosine(spread: &[f32], other: &Vector) -> f32 {
    other
        .iter()
        .map(|&(feature, weight)| spread[feature as usize] * weight)
        .sum()
}

/// Two clusters joined at a similarity, each named by one of its members.
/// The similarity is the clusters' own, or the join's before it where
/// that was lower ([`Dendrogram::build`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Join {
    pub a: usize,
    pub b: usize,
    pub similarity: f32,
}

/// How `n` items join into clusters, most similar first (average linkage over
/// the given edges: a pair of items with no edge counts as similarity 0 in
/// an average, and two clusters with no edge between them never join; two
/// clusters about different parties keep a share of it, [`Apart`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dendrogram {
    pub items: usize,
    /// In the order they happen, with non-increasing similarity.
    pub joins: Vec<Join>,
}

/// A cluster's most similar neighbour, queued.
#[derive(PartialEq)]
struct Candidate {
    similarity: f32,
    /// The cluster whose best neighbour this was.
    owner: usize,
    neighbour: usize,
}

impl Candidate {
    fn of(owner: usize, (similarity, neighbour): (f32, usize)) -> Candidate {
        Candidate {
            similarity,
            owner,
            neighbour,
        }
    }

    /// The pair, lower index first.
    fn pair(&self) -> (usize, usize) {
        (
            self.owner.min(self.neighbour),
            self.owner.max(self.neighbour),
        )
    }
}

impl Eq for Candidate {}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.similarity
            .total_cmp(&other.similarity)
            // Ties go to the lower indices, so the result never depends on
            // the heap's inner order.
            .then_with(|| other.pair().cmp(&self.pair()))
            .then_with(|| other.owner.cmp(&self.owner))
    }
}

/// The parties each item is about (travellers, officers, traders, cargo: any
/// numbers), and how much of their average similarity two clusters keep
/// when each is about a party and they share none.
///
/// A cluster is about every party one of its members names, so a member
/// that names none does not make travellers' e-gates and staff access one
/// cluster by being like both.
#[derive(Clone, Copy, Debug)]
pub struct Apart<'a> {
    pub parties: &'a [Vec<usize>],
    pub keep: f32,
}

impl Apart<'_> {
    /// No item about a party: plain average linkage.
    pub const NONE: Apart<'static> = Apart {
        parties: &[],
        keep: 1.0,
    };
}

/// Whether two answers or clusters naming parties `a` and `b` are about
/// different ones: each names one, and they name none in common.
pub fn about_other_parties(a: &[usize], b: &[usize]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|party| b.contains(party))
}

/// The clusters being joined: for each, the summed similarities to its
/// neighbours, its size and the parties its members name.
struct Clusters {
    /// `links[c][d]`: the sum of the similarities between the members of
    /// clusters c and d.
    links: Vec<HashMap<usize, f32>>,
    size: Vec<usize>,
    /// Sorted, without repeats.
    parties: Vec<Vec<usize>>,
    keep_apart: f32,
    floor: f32,
}

impl Clusters {
    /// The average similarity of clusters `c` and `d`'s members, less if
    /// they are about different parties.
    fn similarity(&self, c: usize, d: usize, sum: f32) -> f32 {
        #[expect(
            clippy::cast_precision_loss,
            reason = "cluster sizes stay far below 2^24"
        )]
        let pairs = (self.size[c] * self.size[d]) as f32;
        if about_other_parties(&self.parties[c], &self.parties[d]) {
            sum / pairs * self.keep_apart
        } else {
            sum / pairs
        }
    }

    /// `c`'s most similar neighbour at the floor or above, the lowest
    /// index among equals: (similarity, neighbour).
    fn best(&self, c: usize) -> Option<(f32, usize)> {
        self.links[c]
            .iter()
            .map(|(&d, &sum)| (self.similarity(c, d, sum), d))
            .filter(|&(similarity, _)| similarity >= self.floor)
            .reduce(|x, y| if closer(y, x) { y } else { x })
    }
}

/// Whether neighbour `x` is more similar than `y`, or as similar and of a
/// lower index: (similarity, neighbour) each.
fn closer(x: (f32, usize), y: (f32, usize)) -> bool {
    x.0.total_cmp(&y.0).then(y.1.cmp(&x.1)).is_gt()
}

impl Dendrogram {
    /// Average-linkage clustering of `items` items over `edges`, stopping
    /// below `floor`, with clusters about different parties kept `apart`.
    ///
    /// Each cluster keeps its most similar neighbour, and only those are
    /// queued: after a join, only the joined cluster and the clusters whose
    /// best neighbour it took or may now be look again. The joins are
    /// those of joining the most similar pair each time (the lowest indices
    /// among equals), as if every pair were compared anew.
    ///
    /// Two clusters may be more alike after a join than the join was, when
    /// it gave one of them a party the other is about: such a join is
    /// recorded at the similarity of the one before, so the joins stay in
    /// order and a cut takes a prefix of them.
    pub fn build(items: usize, edges: &[Edge], floor: f32, apart: Apart<'_>) -> Dendrogram {
        let mut clusters = Clusters {
            links: vec![HashMap::default(); items],
            size: vec![1usize; items],
            parties: (0..items)
                .map(|item| {
                    let mut parties = apart.parties.get(item).cloned().unwrap_or_default();
                    parties.sort_unstable();
                    parties.dedup();
                    parties
                })
                .collect(),
            keep_apart: apart.keep,
            floor,
        };
        for edge in edges {
            *clusters.links[edge.a].entry(edge.b).or_default() += edge.similarity;
            *clusters.links[edge.b].entry(edge.a).or_default() += edge.similarity;
        }
        // A cluster joined into another has no best neighbour.
        let mut best: Vec<Option<(f32, usize)>> = (0..items).map(|c| clusters.best(c)).collect();
        let mut heap: BinaryHeap<Candidate> = best
            .iter()
            .enumerate()
            .filter_map(|(c, found)| found.map(|found| Candidate::of(c, found)))
            .collect();
        let mut joins = Vec::new();
        while let Some(candidate) = heap.pop() {
            // A candidate is stale once its owner has another best
            // neighbour, or the same one at another similarity.
            if best[candidate.owner].is_none_or(|(similarity, neighbour)| {
                similarity.to_bits() != candidate.similarity.to_bits()
                    || neighbour != candidate.neighbour
            }) {
                continue;
            }
            let similarity = joins.last().map_or(candidate.similarity, |last: &Join| {
                candidate.similarity.min(last.similarity)
            });
            let (a, b) = candidate.pair();
            let size = &mut clusters.size;
            let (keep, gone) = if size[a] >= size[b] { (a, b) } else { (b, a) };
            joins.push(Join {
                a: keep,
                b: gone,
                similarity,
            });
            best[gone] = None;
            size[keep] += size[gone];
            let parties = std::mem::take(&mut clusters.parties[gone]);
            clusters.parties[keep].extend(parties);
            clusters.parties[keep].sort_unstable();
            clusters.parties[keep].dedup();
            let links = &mut clusters.links;
            let moved = std::mem::take(&mut links[gone]);
            links[keep].remove(&gone);
            for (other, sum) in moved {
                if other == keep {
                    continue;
                }
                links[other].remove(&gone);
                *links[other].entry(keep).or_default() += sum;
                *links[keep].entry(other).or_default() += sum;
            }
            best[keep] = clusters.best(keep);
            if let Some(found) = best[keep] {
                heap.push(Candidate::of(keep, found));
            }
            for (&other, &sum) in &clusters.links[keep] {
                let now = (clusters.similarity(keep, other, sum), keep);
                let changed = match best[other] {
                    // Its best neighbour was one of the two: it may be
                    // less similar now, and another may be the best.
                    Some((_, was)) if was == keep || was == gone => clusters.best(other),
                    Some(was) if now.0 >= floor && closer(now, was) => Some(now),
                    None if now.0 >= floor => Some(now),
                    _ => continue,
                };
                best[other] = changed;
                if let Some(found) = changed {
                    heap.push(Candidate::of(other, found));
                }
            }
        }
        Dendrogram { items, joins }
    }

    /// The clusters left when only joins at `similarity` or above are made,
    /// as lists of item indices: each sorted, and the clusters in the order
    /// of their first item.
    pub fn cut(&self, similarity: f32) -> Vec<Vec<usize>> {
        let mut parent: Vec<usize> = (0..self.items).collect();
        for join in self.joins.iter().take_while(|j| j.similarity >= similarity) {
            let (a, b) = (root(&mut parent, join.a), root(&mut parent, join.b));
            parent[b] = a;
        }
        let mut clusters: Vec<Vec<usize>> = Vec::new();
        let mut slot: HashMap<usize, usize> = HashMap::default();
        for item in 0..self.items {
            let top = root(&mut parent, item);
            let index = *slot.entry(top).or_insert_with(|| {
                clusters.push(Vec::new());
                clusters.len() - 1
            });
            clusters[index].push(item);
        }
        clusters
    }
}

/// The representative of `item`'s set in a union-find forest.
fn root(parent: &mut [usize], mut item: usize) -> usize {
    while parent[item] != item {
        parent[item] = parent[parent[item]];
        item = parent[item];
    }
    item
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vector(pairs: &[(u32, f32)]) -> Vector {
        let mut v = pairs.to_vec();
        normalise(&mut v);
        v
    }

    #[test]
    fn cosine_of_normalised_vectors() {
        let a = vector(&[(1, 1.0), (2, 1.0)]);
        let b = vector(&[(2, 1.0), (3, 1.0)]);
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-6);
        assert!((cosine(&a, &b) - 0.5).abs() < 1e-6);
        assert!(cosine(&a, &vector(&[(9, 1.0)])).abs() < 1e-6);
    }

    #[test]
    fn close_vectors_join_first_and_the_cut_follows_the_threshold() {
        let vectors = vec![
            vector(&[(1, 1.0), (2, 1.0)]),
            vector(&[(1, 1.0), (2, 0.9)]),
            vector(&[(1, 1.0), (3, 1.0)]),
            vector(&[(7, 1.0)]),
        ];
        let edges = neighbours(&vectors, |_| true, 5, 0.0);
        assert!(edges.iter().all(|e| e.a < e.b && e.b != 3));
        let tree = Dendrogram::build(vectors.len(), &edges, 0.0, Apart::NONE);
        let heights: Vec<f32> = tree.joins.iter().map(|j| j.similarity).collect();
        assert!(heights.windows(2).all(|w| w[0] >= w[1]), "{heights:?}");
        assert_eq!(tree.cut(0.99), [vec![0, 1], vec![2], vec![3]]);
        assert_eq!(tree.cut(0.3), [vec![0, 1, 2], vec![3]]);
        assert_eq!(tree.cut(1.5), [vec![0], vec![1], vec![2], vec![3]]);
    }

    fn edge(a: usize, b: usize, similarity: f32) -> Edge {
        Edge { a, b, similarity }
    }

    #[test]
    fn an_item_about_no_party_does_not_bridge_clusters_about_two() {
        // 0 and 1 are about travellers (party 7), 3 about staff (8); 2,
        // about neither, is like all three.
        let parties = [vec![7], vec![7], vec![], vec![8]];
        let edges = [
            edge(0, 1, 0.8),
            edge(0, 2, 0.7),
            edge(1, 2, 0.7),
            edge(0, 3, 0.1),
            edge(1, 3, 0.1),
            edge(2, 3, 0.6),
        ];
        let plain = Dendrogram::build(4, &edges, 0.0, Apart::NONE);
        assert_eq!(plain.cut(0.25), [vec![0, 1, 2, 3]]);
        let apart = Apart {
            parties: &parties,
            keep: 0.9,
        };
        let kept = Dendrogram::build(4, &edges, 0.0, apart);
        // {0, 1, 2} is about travellers: 0.8 / 3 of it with 3, times 0.9.
        assert_eq!(kept.cut(0.25), [vec![0, 1, 2], vec![3]]);
        assert_eq!(kept.cut(0.2), [vec![0, 1, 2, 3]]);
    }

    #[test]
    fn a_join_that_brings_two_parties_together_keeps_the_joins_in_order() {
        // 0 is about party 1, 1 about party 2: kept apart, 0.9 is 0.45.
        // Once 1 joins 2, about both, 0 meets them at (0.9 + 0.4) / 2,
        // more than the join before: it is recorded at that join's 0.5.
        let parties = [vec![1], vec![2], vec![2, 1]];
        let edges = [edge(0, 1, 0.9), edge(1, 2, 0.5), edge(0, 2, 0.4)];
        let apart = Apart {
            parties: &parties,
            keep: 0.5,
        };
        let tree = Dendrogram::build(3, &edges, 0.0, apart);
        let heights: Vec<f32> = tree.joins.iter().map(|j| j.similarity).collect();
        assert_eq!(heights, [0.5, 0.5]);
        assert_eq!(tree.cut(0.5), [vec![0, 1, 2]]);
        assert_eq!(tree.cut(0.51), [vec![0], vec![1], vec![2]]);
    }

    /// Average linkage done the plain way: every pair of clusters compared
    /// anew before each join, clusters about different parties kept
    /// `apart`, each join recorded at no more than the one before.
    fn plain_average_linkage(
        items: usize,
        edges: &[Edge],
        floor: f32,
        apart: Apart<'_>,
    ) -> Vec<Join> {
        let parties_of = |members: &[usize]| {
            let mut parties: Vec<usize> = members
                .iter()
                .flat_map(|&item| apart.parties.get(item).cloned().unwrap_or_default())
                .collect();
            parties.sort_unstable();
            parties.dedup();
            parties
        };
        let mut members: Vec<Vec<usize>> = (0..items).map(|item| vec![item]).collect();
        let mut alive = vec![true; items];
        let mut joins = Vec::new();
        loop {
            let mut next: Option<(f32, usize, usize)> = None;
            for a in (0..items).filter(|&a| alive[a]) {
                for b in (a + 1..items).filter(|&b| alive[b]) {
                    let linked: Vec<f32> = edges
                        .iter()
                        .filter(|e| {
                            (members[a].contains(&e.a) && members[b].contains(&e.b))
                                || (members[a].contains(&e.b) && members[b].contains(&e.a))
                        })
                        .map(|e| e.similarity)
                        .collect();
                    if linked.is_empty() {
                        continue;
                    }
                    #[expect(clippy::cast_precision_loss, reason = "a dozen items")]
                    let mut similarity =
                        linked.iter().sum::<f32>() / (members[a].len() * members[b].len()) as f32;
                    if about_other_parties(&parties_of(&members[a]), &parties_of(&members[b])) {
                        similarity *= apart.keep;
                    }
                    if similarity >= floor && next.is_none_or(|(best, ..)| similarity > best) {
                        next = Some((similarity, a, b));
                    }
                }
            }
            let Some((similarity, a, b)) = next else {
                return joins;
            };
            let (keep, gone) = if members[a].len() >= members[b].len() {
                (a, b)
            } else {
                (b, a)
            };
            let moved = std::mem::take(&mut members[gone]);
            members[keep].extend(moved);
            alive[gone] = false;
            let similarity = joins
                .last()
                .map_or(similarity, |last: &Join| similarity.min(last.similarity));
            joins.push(Join {
                a: keep,
                b: gone,
                similarity,
            });
        }
    }

    proptest::proptest! {
        /// The dendrogram makes the joins of plain average linkage, in the
        /// same order, ties included (similarities in eighths add up
        /// exactly, and halving them too, so ties are real ties), with
        /// clusters about different parties kept apart or not.
        #[test]
        fn the_joins_are_plain_average_linkage(
            items in 1usize..12,
            raw in proptest::collection::vec((0usize..12, 0usize..12, 1u8..8), 0..40),
            floor in 0u8..4,
            parties in proptest::collection::vec(proptest::collection::vec(0usize..3, 0..2), 12),
            apart in proptest::bool::ANY,
        ) {
            let mut seen = std::collections::HashSet::new();
            let edges: Vec<Edge> = raw
                .into_iter()
                .map(|(a, b, eighths)| (a % items, b % items, eighths))
                .filter(|&(a, b, _)| a != b && seen.insert((a.min(b), a.max(b))))
                .map(|(a, b, eighths)| Edge {
                    a: a.min(b),
                    b: a.max(b),
                    similarity: f32::from(eighths) / 8.0,
                })
                .collect();
            let floor = f32::from(floor) / 8.0;
            let apart = if apart {
                Apart { parties: &parties[..items], keep: 0.5 }
            } else {
                Apart::NONE
            };
            let tree = Dendrogram::build(items, &edges, floor, apart);
            proptest::prop_assert_eq!(tree.joins, plain_average_linkage(items, &edges, floor, apart));
        }

        /// With room for every neighbour, the index finds each pair that
        /// shares a feature and is similar enough, once, at exactly its
        /// [`cosine`].
        #[test]
        fn the_index_finds_every_similar_pair_at_its_cosine(
            raw in proptest::collection::vec(
                proptest::collection::btree_map(0u32..30, 1u8..20, 1..8),
                0..14,
            ),
            floor in 0u8..4,
        ) {
            let vectors: Vec<Vector> = raw
                .iter()
                .map(|features| {
                    let pairs: Vec<(u32, f32)> = features
                        .iter()
                        .map(|(&feature, &weight)| (feature, f32::from(weight) / 7.0))
                        .collect();
                    vector(&pairs)
                })
                .collect();
            let floor = f32::from(floor) / 8.0;
            let mut expected = Vec::new();
            for a in 0..vectors.len() {
                for b in a + 1..vectors.len() {
                    let shares = vectors[a]
                        .iter()
                        .any(|(feature, _)| vectors[b].iter().any(|(other, _)| other == feature));
                    let similarity = cosine(&vectors[a], &vectors[b]);
                    if shares && similarity > floor {
                        expected.push(Edge { a, b, similarity });
                    }
                }
            }
            let found = neighbours(&vectors, |_| true, vectors.len(), floor);
            proptest::prop_assert_eq!(found, expected);
        }
    }

    #[test]
    fn nothing_to_group_is_fine() {
        let tree = Dendrogram::build(0, &[], 0.0, Apart::NONE);
        assert!(tree.cut(0.5).is_empty());
        assert!(neighbours(&[], |_| true, 3, 0.0).is_empty());
    }
}
