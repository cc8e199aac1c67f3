//! The model's `SentencePiece` tokenizer: the `nmt_nfkc` normaliser over the
//! model's precompiled character map (a darts-clone double-array trie and
//! the replacements it points into), spaces as "▁", and unigram Viterbi
//! segmentation over the vocabulary. It gives the ids the reference
//! implementation gives (the crate's tests), but for the control pieces
//! (unknown, start, end), which no text is read as: "<s>" typed in an
//! answer is letters.

use rustc_hash::FxHashMap;

/// Unknown text, the sentence's start and its end.
const UNKNOWN: u32 = 0;
const START: u32 = 1;
const END: u32 = 2;

/// A space, as the vocabulary writes it.
const SPACE: &str = "\u{2581}";

pub(crate) struct Tokenizer {
    /// Every piece and every prefix of one: the piece's id, or `None` for
    /// a prefix that only leads on to longer pieces.
    prefixes: FxHashMap<Box<str>, Option<u32>>,
    scores: Vec<f32>,
    /// The longest piece, in characters.
    longest: usize,
    /// What an unknown character scores: less than any piece.
    unknown_score: f64,
    normaliser: Normaliser,
}

impl Tokenizer {
    pub(crate) fn new(vocabulary: Vec<(String, f32)>, charsmap: &[u8]) -> Tokenizer {
        let mut prefixes: FxHashMap<Box<str>, Option<u32>> = FxHashMap::default();
        let mut scores = Vec::with_capacity(vocabulary.len());
        let mut longest = 0;
        for (id, (piece, score)) in vocabulary.into_iter().enumerate() {
            let id = u32::try_from(id).expect("fewer pieces than u32");
            scores.push(score);
            if id <= END {
                continue;
            }
            for (end, _) in piece.char_indices().skip(1) {
                prefixes.entry(piece[..end].into()).or_insert(None);
            }
            longest = longest.max(piece.chars().count());
            prefixes.insert(piece.into(), Some(id));
        }
        let lowest = scores.iter().copied().fold(f32::INFINITY, f32::min);
        Tokenizer {
            prefixes,
            scores,
            longest,
            unknown_score: f64::from(lowest) - 10.0,
            normaliser: Normaliser::new(charsmap),
        }
    }

    /// `text`'s piece ids, between the start and the end.
    pub(crate) fn ids(&self, text: &str) -> Vec<u32> {
        let normalised = self.normaliser.normalise(text);
        let mut ids = vec![START];
        if normalised.is_empty() {
            ids.push(UNKNOWN);
        } else {
            ids.extend(self.viterbi(&normalised));
        }
        ids.push(END);
        ids
    }

    /// The segmentation of best score. The pieces starting at one position
    /// all follow the best segmentation of the text before it, so one pass
    /// left to right finds it; on a tie the earlier start wins, as in the
    /// reference. Scores add in f64, as the reference's do.
    fn viterbi(&self, text: &str) -> Vec<u32> {
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(at, _)| at)
            .chain([text.len()])
            .collect();
        let length = bounds.len() - 1;
        let mut best = vec![f64::MIN; length + 1];
        best[0] = 0.0;
        let mut start_of = vec![0; length + 1];
        let mut piece_of = vec![UNKNOWN; length + 1];
        for start in 0..length {
            let base = best[start];
            let mut single = false;
            for end in start + 1..=(start + self.longest).min(length) {
                let Some(found) = self.prefixes.get(&text[bounds[start]..bounds[end]]) else {
                    break;
                };
                if let Some(id) = *found {
                    let score = base + f64::from(self.scores[id as usize]);
                    if score > best[end] {
                        best[end] = score;
                        start_of[end] = start;
                        piece_of[end] = id;
                    }
                    single |= end == start + 1;
                }
            }
            if !single {
                let score = base + self.unknown_score;
                if score > best[start + 1] {
                    best[start + 1] = score;
                    start_of[start + 1] = start;
                    piece_of[start + 1] = UNKNOWN;
                }
            }
        }
        let mut ids = Vec::new();
        let mut at = length;
        while at > 0 {
            ids.push(piece_of[at]);
            at = start_of[at];
        }
        ids.reverse();
        ids
    }
}

/// `nmt_nfkc` normalisation by the model's character map, then spaces
/// made "▁", runs of them one, none at either end but one at the start.
struct Normaliser {
    /// The double array: each unit packs a label, an offset and whether a
    /// key ends there.
    units: Vec<u32>,
    /// The replacements, each ended by a zero byte.
    replacements: Vec<u8>,
}

impl Normaliser {
    fn new(charsmap: &[u8]) -> Normaliser {
        let size = u32::from_le_bytes(charsmap[..4].try_into().expect("four bytes"));
        let size = usize::try_from(size).expect("a size fits");
        let units = charsmap[4..4 + size]
            .chunks_exact(4)
            .map(|bytes| u32::from_le_bytes(bytes.try_into().expect("four bytes")))
            .collect();
        Normaliser {
            units,
            replacements: charsmap[4 + size..].to_vec(),
        }
    }

    fn offset(unit: u32) -> usize {
        ((unit >> 10) << ((unit & 0x200) >> 6)) as usize
    }

    /// What the text at `at` normalises to, and how many of its bytes that
    /// takes: the longest key of the map it starts with, else its first
    /// character as it is.
    fn prefix<'a>(&'a self, text: &'a str, at: usize) -> (&'a [u8], usize) {
        let bytes = text.as_bytes();
        let mut node = Self::offset(self.units[0]);
        let mut longest = None;
        for (taken, &byte) in bytes[at..].iter().enumerate() {
            node ^= usize::from(byte);
            let Some(&unit) = self.units.get(node) else {
                break;
            };
            if unit & 0x8000_00FF != u32::from(byte) {
                break;
            }
            node ^= Self::offset(unit);
            if unit & 0x100 != 0
                && let Some(&leaf) = self.units.get(node)
            {
                longest = Some((taken + 1, (leaf & 0x7FFF_FFFF) as usize));
            }
        }
        match longest {
            Some((length, value)) if value < self.replacements.len() => {
                let end = self.replacements[value..]
                    .iter()
                    .position(|&byte| byte == 0)
                    .map_or(self.replacements.len(), |zero| value + zero);
                (&self.replacements[value..end], length)
            }
            _ => {
                let length = text
                    .get(at..)
                    .and_then(|rest| rest.chars().next())
                    .map_or(1, char::len_utf8);
                (&bytes[at..at + length], length)
            }
        }
    }

    fn normalise(&self, text: &str) -> String {
        let mut at = 0;
        while at < text.len() {
            let (replacement, length) = self.prefix(text, at);
            if replacement != b" " {
                break;
            }
            at += length;
        }
        if at >= text.len() {
            return String::new();
        }
        let mut out: Vec<u8> = SPACE.as_bytes().to_vec();
        let mut after_space = true;
        while at < text.len() {
            let (mut replacement, length) = self.prefix(text, at);
            at += length;
            if after_space {
                while let [b' ', rest @ ..] = replacement {
                    replacement = rest;
                }
            }
            let Some(&last) = replacement.last() else {
                continue;
            };
            for &byte in replacement {
                if byte == b' ' {
                    out.extend_from_slice(SPACE.as_bytes());
                } else {
                    out.push(byte);
                }
            }
            after_space = last == b' ';
        }
        while out.ends_with(SPACE.as_bytes()) {
            out.truncate(out.len() - SPACE.len());
        }
        String::from_utf8(out)
            .unwrap_or_else(|out| String::from_utf8_lossy(out.as_bytes()).into_owned())
    }
}
