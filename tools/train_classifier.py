"""Train the second-opinion rejection classifier and write its weights for pure-Python inference.

    pip install -e '.[train]' && python tools/train_classifier.py

Trains on every labelled corpus under tests/corpora (never on ../shared/corpus, which is a yardstick) and writes
second_chance/data/classifier.json.gz. The file holds, per feature, its idf and its coefficient; inference in
second_chance/classifier.py rebuilds the same features without scikit-learn. A handful of reference texts and
their scikit-learn probabilities go into the file so a test can prove both sides agree.
"""

from __future__ import annotations

import array
import base64
import gzip
import json
import pathlib
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from second_chance.classifier import document  # noqa: E402
from second_chance.mime import parse_bytes  # noqa: E402

CORPORA = ROOT / "tests" / "corpora"
OUT = ROOT / "second_chance" / "data" / "classifier.json.gz"
THRESHOLD = 0.8  # chosen on leave-one-corpus-out runs: it adds recall without costing precision


def load() -> tuple[list[str], list[int]]:
    docs, labels = [], []
    for labels_file in sorted(CORPORA.glob("*/labels.jsonl")):
        for line in labels_file.read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                email = parse_bytes((labels_file.parent / row["file"]).read_bytes())
                docs.append(document(email.subject, email.text))
                labels.append(int(bool(row["rejection"])))
    return docs, labels


def _floats(values: object) -> str:
    """float32, little-endian, base64: loads in milliseconds, unlike tens of thousands of JSON numbers."""
    return base64.b64encode(array.array("f", values).tobytes()).decode()  # type: ignore[call-overload]


def main() -> None:
    docs, labels = load()
    word = TfidfVectorizer(analyzer="word", ngram_range=(1, 3), sublinear_tf=True, min_df=2)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2)
    model = make_pipeline(make_union(word, char), LogisticRegression(C=10, class_weight="balanced", max_iter=5000))
    model.fit(docs, labels)
    coef = model[-1].coef_[0]
    offset = 0
    payload: dict[str, object] = {"threshold": THRESHOLD, "intercept": float(model[-1].intercept_[0])}
    for name, vectorizer in (("word", word), ("char", char)):
        terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
        assert not any("\n" in term for term in terms)
        payload[f"{name}_terms"] = "\n".join(terms)
        payload[f"{name}_idf"] = _floats(vectorizer.idf_)
        payload[f"{name}_coef"] = _floats(coef[offset : offset + len(terms)])
        offset += len(terms)
    sample = docs[::40]
    payload["checks"] = [[doc, float(p)] for doc, p in zip(sample, model.predict_proba(sample)[:, 1], strict=True)]
    payload["trained_on"] = len(docs)
    OUT.parent.mkdir(exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as out:  # mtime=0: the same weights give the same bytes
        out.write(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode())
    print(f"{len(docs)} messages, {sum(labels)} rejections, {offset} features -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
