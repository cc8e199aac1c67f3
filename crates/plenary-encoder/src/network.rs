//! The model's network: each piece's embedding, three convolutions over
//! the pieces (windows of 2, 3 and 5), a layer norm, the sum over the
//! sentence, and four dense layers to a unit vector of 512 dimensions.
//!
//! Every product is a plain loop in one fixed order, with no fused
//! multiply-add, and `tanh` comes from `libm` (Rust, not the system's maths
//! library), so every machine computes the same vector to the bit.

/// How far the layer norms keep from dividing by zero.
const EPSILON: f32 = 1e-12;

/// A matrix, row by row; a vector is one row.
pub(crate) struct Dense {
    pub(crate) weights: Vec<f32>,
    pub(crate) columns: usize,
}

impl Dense {
    fn rows(&self) -> usize {
        self.weights.len() / self.columns
    }

    /// `inputs` (`count` rows of `self.rows()`) times this matrix, added to
    /// `out` (`count` rows of `self.columns`).
    fn apply(&self, inputs: &[f32], count: usize, out: &mut [f32]) {
        let (rows, columns) = (self.rows(), self.columns);
        for (r, weights) in self.weights.chunks_exact(columns).enumerate() {
            for item in 0..count {
                let input = inputs[item * rows + r];
                if input != 0.0 {
                    let out = &mut out[item * columns..(item + 1) * columns];
                    for (o, w) in out.iter_mut().zip(weights) {
                        *o += input * w;
                    }
                }
            }
        }
    }

    /// `count` rows of this one-row matrix, to start a product from.
    fn repeated(&self, count: usize) -> Vec<f32> {
        self.weights.repeat(count)
    }
}

/// The pieces' embeddings, 6-bit codes dequantised by the chunk a piece's
/// id falls in.
pub(crate) struct Table {
    pub(crate) codes: Vec<u8>,
    pub(crate) columns: usize,
    pub(crate) scale: Vec<f32>,
    pub(crate) low: Vec<f32>,
}

impl Table {
    fn embedding(&self, id: u32, out: &mut [f32]) {
        let id = id as usize;
        let chunk = id % self.scale.len();
        let codes = &self.codes[id * self.columns..(id + 1) * self.columns];
        for (o, &code) in out.iter_mut().zip(codes) {
            *o = f32::from(code) * self.scale[chunk] + self.low[chunk];
        }
    }
}

/// One convolution over windows of pieces: two layers, each with a
/// residual.
pub(crate) struct Branch {
    pub(crate) first: Dense,
    pub(crate) first_bias: Dense,
    pub(crate) second: Dense,
    pub(crate) second_bias: Dense,
}

/// The pieces each branch's window takes, and how many before the piece.
const WINDOWS: [(usize, usize); 3] = [(2, 0), (3, 1), (5, 2)];

pub(crate) struct Network {
    pub(crate) table: Table,
    /// The three branches' input projections side by side, their bias and
    /// one layer norm over all three.
    pub(crate) projection: Dense,
    pub(crate) projection_bias: Dense,
    pub(crate) projection_gain: Dense,
    pub(crate) projection_shift: Dense,
    pub(crate) branches: [Branch; 3],
    pub(crate) norm_gain: Dense,
    pub(crate) norm_shift: Dense,
    pub(crate) pool: Dense,
    pub(crate) pool_bias: Dense,
    pub(crate) d0: Dense,
    pub(crate) d1: Dense,
    pub(crate) p1: Dense,
    pub(crate) d2: Dense,
    pub(crate) p3: Dense,
    pub(crate) d3: Dense,
}

impl Network {
    /// The unit vector of a sentence's piece ids.
    pub(crate) fn vector(&self, ids: &[u32]) -> Vec<f32> {
        let count = ids.len();
        let width = self.table.columns;
        let branch_width = self.branches[0].first.columns;
        let features = width + WINDOWS.len() * branch_width;
        let mut embedded = vec![0.0; count * width];
        for (id, out) in ids.iter().zip(embedded.chunks_exact_mut(width)) {
            self.table.embedding(*id, out);
        }
        let mut projected = self.projection_bias.repeated(count);
        self.projection.apply(&embedded, count, &mut projected);
        let all = self.projection.columns;
        for row in projected.chunks_exact_mut(all) {
            layer_norm(row, &self.projection_gain, &self.projection_shift);
        }

        let mut joined = vec![0.0; count * features];
        for (row, out) in embedded
            .chunks_exact(width)
            .zip(joined.chunks_exact_mut(features))
        {
            out[..width].copy_from_slice(row);
        }
        for (index, (branch, window)) in self.branches.iter().zip(WINDOWS).enumerate() {
            let columns = index * branch_width..(index + 1) * branch_width;
            let input: Vec<f32> = projected
                .chunks_exact(all)
                .flat_map(|row| row[columns.clone()].iter().copied())
                .collect();
            let hidden = convolve(&input, count, window, &branch.first, &branch.first_bias);
            let output = convolve(&hidden, count, window, &branch.second, &branch.second_bias);
            let at = width + index * branch_width;
            for (row, out) in output
                .chunks_exact(branch_width)
                .zip(joined.chunks_exact_mut(features))
            {
                out[at..at + branch_width].copy_from_slice(row);
            }
        }

        let mut summed = vec![0.0; features];
        for row in joined.chunks_exact_mut(features) {
            layer_norm(row, &self.norm_gain, &self.norm_shift);
            for (s, x) in summed.iter_mut().zip(row.iter()) {
                *s += x;
            }
        }
        #[expect(clippy::cast_precision_loss, reason = "a sentence's pieces")]
        let pieces = count as f32;
        let mut pooled: Vec<f32> = self.pool_bias.weights.iter().map(|b| b * pieces).collect();
        self.pool.apply(&summed, 1, &mut pooled);
        let root = pieces.sqrt();
        for x in &mut pooled {
            *x /= root;
        }

        let y0 = relu(product(&self.d0, &pooled, None));
        let y1 = relu(product(
            &self.d1,
            &y0,
            Some(product(&self.p1, &pooled, None)),
        ));
        let y2 = relu(product(&self.d2, &y1, None));
        let mut z = product(&self.d3, &y2, Some(product(&self.p3, &y1, None)));
        for x in &mut z {
            *x = libm::tanhf(*x);
        }
        let length = z.iter().map(|x| x * x).sum::<f32>().max(EPSILON).sqrt();
        for x in &mut z {
            *x /= length;
        }
        z
    }
}

/// One layer of a branch: each piece's window of `input` (zeros beyond the
/// sentence) times `weights` plus `bias`, kept positive, plus the piece's
/// own input.
fn convolve(
    input: &[f32],
    count: usize,
    (size, before): (usize, usize),
    weights: &Dense,
    bias: &Dense,
) -> Vec<f32> {
    let width = weights.columns;
    let mut windows = vec![0.0; count * size * width];
    for piece in 0..count {
        for offset in 0..size {
            let Some(source) = (piece + offset).checked_sub(before).filter(|&s| s < count) else {
                continue;
            };
            let at = (piece * size + offset) * width;
            windows[at..at + width].copy_from_slice(&input[source * width..(source + 1) * width]);
        }
    }
    let mut out = bias.repeated(count);
    weights.apply(&windows, count, &mut out);
    for (o, x) in out.iter_mut().zip(input) {
        *o = o.max(0.0) + x;
    }
    out
}

/// `input` times `weights`, added to `start` (zeros if none).
fn product(weights: &Dense, input: &[f32], start: Option<Vec<f32>>) -> Vec<f32> {
    let mut out = start.unwrap_or_else(|| vec![0.0; weights.columns]);
    weights.apply(input, 1, &mut out);
    out
}

fn relu(mut values: Vec<f32>) -> Vec<f32> {
    for x in &mut values {
        *x = x.max(0.0);
    }
    values
}

fn layer_norm(row: &mut [f32], gain: &Dense, shift: &Dense) {
    #[expect(clippy::cast_precision_loss, reason = "a row's width")]
    let width = row.len() as f32;
    let mean = row.iter().sum::<f32>() / width;
    for x in row.iter_mut() {
        *x -= mean;
    }
    let variance = row.iter().map(|x| x * x).sum::<f32>() / width;
    let scale = 1.0 / (variance + EPSILON).sqrt();
    for ((x, g), s) in row.iter_mut().zip(&gain.weights).zip(&shift.weights) {
        *x = *x * scale * g + s;
    }
}
