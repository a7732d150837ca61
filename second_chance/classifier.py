"""A second opinion on rejections: a linear model over word and character n-grams.

The rules decide first and explain themselves; this model only gets a say when they found no rejection. It was
trained with scikit-learn (tools/train_classifier.py) and ships as plain weights, so inference needs nothing beyond
the standard library. On corpora the rules had not been tuned on, "rules, or the model at >= 0.8" raised F1 with
no loss of precision (see README, "Quality").
"""

from __future__ import annotations

import array
import base64
import gzip
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from .text_prep import prepare

_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern, which the weights were trained with
_WEIGHTS = "data/classifier.json.gz"


@dataclass(frozen=True, slots=True)
class _Features:
    index: dict[str, int]
    idf: array.array[float]
    coefficient: array.array[float]


@dataclass(frozen=True, slots=True)
class _Model:
    threshold: float
    intercept: float
    word: _Features
    char: _Features


def document(subject: str, text: str) -> str:
    """The text the model reads: the prepared sentences, as they were when it was trained."""
    return "\n".join(prepare(subject, text).sentences)


def rejection_probability(sentences: Sequence[str]) -> float:
    model = _model()
    doc = "\n".join(sentences).lower()
    word = model.word.index
    word_features = [i for i in map(word.get, _word_ngrams(doc)) if i is not None]
    char_features = [i for w in doc.split() for i in _char_features(w)]
    score = model.intercept + _part(word_features, model.word) + _part(char_features, model.char)
    return 1.0 / (1.0 + math.exp(-score))


def threshold() -> float:
    return _model().threshold


def strongest(sentences: Sequence[str], limit: int = 2) -> tuple[str, ...]:
    """The sentences the model finds most rejection-like on their own: evidence a person can check."""
    ranked = sorted(range(len(sentences)), key=lambda i: -rejection_probability([sentences[i]]))
    return tuple(sentences[i] for i in sorted(ranked[:limit]))


def _part(features: Iterable[int], weights: _Features) -> float:
    """One vectorizer's contribution: sublinear tf-idf, L2-normalised, dotted with the coefficients."""
    idf, coefficient = weights.idf, weights.coefficient
    dot = 0.0
    norm = 0.0
    for i, count in Counter(features).items():
        value = (1.0 + math.log(count)) * idf[i]
        dot += value * coefficient[i]
        norm += value * value
    return dot / math.sqrt(norm) if norm else 0.0


def _word_ngrams(doc: str) -> list[str]:
    tokens = _TOKEN.findall(doc)
    grams = list(tokens)
    for n in (2, 3):
        grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


@lru_cache(maxsize=65536)
def _char_features(word: str) -> tuple[int, ...]:
    """The known character 3- to 5-grams of one space-padded word, as scikit-learn's ``char_wb`` makes them.
    Cached: mail reuses its words, and this is most of the model's work."""
    index = _model().char.index
    padded = f" {word} "
    length = len(padded)
    found: list[int] = []
    for n in (3, 4, 5):
        for start in range(max(1, length - n + 1)):
            i = index.get(padded[start : start + n])
            if i is not None:
                found.append(i)
        if length <= n:
            break  # a short word is counted once, whole
    return tuple(found)


def _payload() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(gzip.decompress(resources.files("second_chance").joinpath(_WEIGHTS).read_bytes()))
    return data


@cache
def _model() -> _Model:
    data = _payload()

    def features(name: str) -> _Features:
        terms = data[f"{name}_terms"].split("\n")
        return _Features(
            index={term: i for i, term in enumerate(terms)},
            idf=_floats(data[f"{name}_idf"]),
            coefficient=_floats(data[f"{name}_coef"]),
        )

    return _Model(
        threshold=float(data["threshold"]),
        intercept=float(data["intercept"]),
        word=features("word"),
        char=features("char"),
    )


def _floats(encoded: str) -> array.array[float]:
    values = array.array("f")
    values.frombytes(base64.b64decode(encoded))
    if sys.byteorder != "little":
        values.byteswap()
    return values


def reference_checks() -> list[tuple[str, float]]:
    """Texts and the probabilities scikit-learn gave them at training time."""
    return [(doc, float(p)) for doc, p in _payload()["checks"]]
