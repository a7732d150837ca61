"""Detection quality against a labelled folder: precision, recall and extraction accuracy, with every miss."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import Analysis, analyze
from .errors import InvalidInput, UnreadableEmail
from .mime import parse_bytes

FIELDS = ("company", "role", "recruiter_name", "reply_to", "language")


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class Report:
    messages: int = 0
    unreadable: list[str] = field(default_factory=list)
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def lines(self) -> list[str]:
        out = [
            f"messages        {self.messages} ({len(self.unreadable)} unreadable)",
            f"rejections      {self.tp + self.fn} labelled, {self.tp + self.fp} detected",
            f"precision       {self.precision:.3f}  ({self.tp}/{self.tp + self.fp})",
            f"recall          {self.recall:.3f}  ({self.tp}/{self.tp + self.fn})",
            f"f1              {self.f1:.3f}",
            "extraction accuracy on labelled rejections:",
        ]
        for name, score in self.fields.items():
            out.append(f"  {name:<16}{score.accuracy:.3f}  ({score.correct}/{score.total})")
        if self.misses:
            out.append("misses:")
            out.extend(f"  {m}" for m in self.misses)
        return out


def normalize_value(value: object) -> str | None:
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).casefold().strip()
    text = re.sub(r"\s+", " ", text)
    return text or None


def evaluate(folder: Path, *, progress: Callable[[], None] | None = None) -> Report:
    labels_path = folder / "labels.jsonl"
    if not labels_path.is_file():
        raise InvalidInput(f"{labels_path} not found: eval needs a labels.jsonl beside the messages")
    report = Report()
    for line_no, line in enumerate(labels_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            label = json.loads(line)
            name = str(label["file"])
            expected = bool(label["rejection"])
        except (ValueError, KeyError, TypeError) as exc:
            raise InvalidInput(f"{labels_path}:{line_no}: not a valid label line ({exc})") from exc
        report.messages += 1
        try:
            result = analyze(parse_bytes((folder / name).read_bytes()))
        except (OSError, UnreadableEmail) as exc:
            report.unreadable.append(name)
            report.misses.append(f"UNREADABLE {name}: {exc}")
            if expected:
                report.fn += 1
            continue
        finally:
            if progress:
                progress()
        _score(report, name, label, expected, result)
    return report


def _score(report: Report, name: str, label: dict[str, object], expected: bool, result: Analysis) -> None:
    if expected and result.is_rejection:
        report.tp += 1
    elif expected:
        report.fn += 1
        report.misses.append(f"MISSED {name} ({label.get('category')}; got {result.category} {result.confidence})")
    elif result.is_rejection:
        report.fp += 1
        evidence = " | ".join(result.evidence)[:200]
        report.misses.append(f"FALSE POSITIVE {name} ({label.get('category')}): {evidence}")
    else:
        report.tn += 1
    if not expected:
        return
    for field_name in FIELDS:
        want = normalize_value(label.get(field_name))
        got = normalize_value(getattr(result, field_name))
        score = report.fields[field_name]
        score.total += 1
        if want == got:
            score.correct += 1
        else:
            report.misses.append(
                f"{field_name} {name}: expected {label.get(field_name)!r}, got {getattr(result, field_name)!r}"
            )
