//! The packed model: what `tests/tools/pack_encoder.py` wrote, read back.

use crate::network::{Branch, Dense, Network, Table};
use crate::tokenizer::Tokenizer;

/// The packed model, zlib-compressed, as the build embeds it.
const PACKED: &[u8] = include_bytes!("../model/use-m3.bin.z");

/// Its size unpacked, which bounds the inflation.
const UNPACKED: usize = 81_229_031;

/// Reads the embedded model. It is part of the program, so a model that
/// does not read is a broken build, not bad input: this panics.
pub(crate) fn load() -> (Tokenizer, Network) {
    let bytes = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(PACKED, UNPACKED)
        .expect("the embedded model inflates");
    let mut reader = Reader {
        bytes: &bytes,
        at: 0,
    };
    assert_eq!(reader.take(6), b"PLENC1", "the embedded model's header");
    let pieces = reader.u32();
    let vocabulary = (0..pieces)
        .map(|_| {
            let length = usize::from(reader.u16());
            let piece = std::str::from_utf8(reader.take(length))
                .expect("a piece in UTF-8")
                .to_owned();
            (piece, reader.f32())
        })
        .collect();
    let length = reader.u32();
    let charsmap = reader.take(length).to_vec();
    let tokenizer = Tokenizer::new(vocabulary, &charsmap);

    let (rows, columns, chunks) = (reader.u32(), reader.u32(), reader.u32());
    let scale = reader.floats(chunks);
    let low = reader.floats(chunks);
    let table = Table {
        codes: reader.take(rows * columns).to_vec(),
        columns,
        scale,
        low,
    };
    // Each branch's input projection, bias and layer norm, then its two
    // layers; the network runs the three projections as one.
    let mut parts: [Vec<Dense>; 4] = Default::default();
    let mut branch = || {
        for part in &mut parts {
            part.push(reader.dense());
        }
        Branch {
            first: reader.dense(),
            first_bias: reader.dense(),
            second: reader.dense(),
            second_bias: reader.dense(),
        }
    };
    let branches = [branch(), branch(), branch()];
    let [
        projection,
        projection_bias,
        projection_gain,
        projection_shift,
    ] = parts.map(|part| side_by_side(&part));
    let network = Network {
        table,
        projection,
        projection_bias,
        projection_gain,
        projection_shift,
        branches,
        norm_gain: reader.dense(),
        norm_shift: reader.dense(),
        pool: reader.dense(),
        pool_bias: reader.dense(),
        d0: reader.dense(),
        d1: reader.dense(),
        p1: reader.dense(),
        d2: reader.dense(),
        p3: reader.dense(),
        d3: reader.dense(),
    };
    assert_eq!(reader.at, bytes.len(), "the embedded model read to its end");
    (tokenizer, network)
}

/// Matrices of as many rows, their columns side by side.
fn side_by_side(parts: &[Dense]) -> Dense {
    let rows = parts[0].weights.len() / parts[0].columns;
    let mut weights = Vec::new();
    for row in 0..rows {
        for part in parts {
            weights.extend_from_slice(&part.weights[row * part.columns..(row + 1) * part.columns]);
        }
    }
    Dense {
        weights,
        columns: parts.iter().map(|part| part.columns).sum(),
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, count: usize) -> &'a [u8] {
        let taken = &self.bytes[self.at..self.at + count];
        self.at += count;
        taken
    }

    fn u16(&mut self) -> u16 {
        u16::from_le_bytes(self.take(2).try_into().expect("two bytes"))
    }

    fn u32(&mut self) -> usize {
        let value = u32::from_le_bytes(self.take(4).try_into().expect("four bytes"));
        usize::try_from(value).expect("a size fits")
    }

    fn f32(&mut self) -> f32 {
        f32::from_le_bytes(self.take(4).try_into().expect("four bytes"))
    }

    fn floats(&mut self, count: usize) -> Vec<f32> {
        self.take(count * 4)
            .chunks_exact(4)
            .map(|bytes| f32::from_le_bytes(bytes.try_into().expect("four bytes")))
            .collect()
    }

    /// A tensor: rows, columns, then its floats row by row. A vector is
    /// one row.
    fn dense(&mut self) -> Dense {
        let (rows, columns) = (self.u32(), self.u32());
        Dense {
            weights: self.floats(rows * columns),
            columns,
        }
    }
}
