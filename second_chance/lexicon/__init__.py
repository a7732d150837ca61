"""Phrase patterns, per language, for the cues the detector weighs.

Each compiled pattern carries ``keys``: literal strings one of which must occur in any text it matches,
derived from the regex itself. The detector only tries a pattern on text containing a key, which keeps
analysis cheap (most patterns never run) without anyone having to keep hand-written keys in step.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from enum import StrEnum
from types import ModuleType


def _stdlib_module(name: str) -> ModuleType | None:
    # The standard library's regex parser is private: a Python without it only loses the prefilter.
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover
        return None


_sre_parser = _stdlib_module("re._parser")
_sre_constants = _stdlib_module("re._constants")


class Cue(StrEnum):
    REJECT = "reject"  # a decision against the candidate
    HINT = "hint"  # wording that often comes with one: regret, keep your CV on file, good luck
    FILLED = "filled"  # the position has been filled
    ON_HOLD = "on_hold"  # the position is on hold, cancelled or frozen
    INTERVIEWED = "interviewed"  # the candidate had interviews or met the team
    POSITIVE = "positive"  # next step, invitation, shortlist
    OFFER = "offer"
    ACK = "ack"  # application received
    RESCHEDULE = "reschedule"
    ASSESSMENT = "assessment"
    ALERT = "alert"  # job board alerts and notices
    NEWSLETTER = "newsletter"
    SURVEY = "survey"
    OUTREACH = "outreach"
    WITHDRAWN = "withdrawn"
    PERSONAL = "personal"  # a friend writing, or someone describing their own rejection
    HEDGE = "hedge"  # a conditional or denial that empties a rejection phrase: "if you are not selected"
    JOB = "job"  # words of the job context
    NONJOB = "nonjob"  # words of loans, flats, papers, grants, vendors, admissions ...


@dataclass(frozen=True, slots=True)
class Pattern:
    cue: Cue
    weight: float
    keys: tuple[str, ...]  # empty: no literal is required, always try the pattern
    regex: re.Pattern[str]


# cue, weight, regex over lower-cased text with straight apostrophes and single spaces
Entry = tuple[Cue, float, str]
_MIN_KEY = 2


def compile_entries(entries: list[Entry], macros: dict[str, str] | None = None) -> tuple[Pattern, ...]:
    """Compile a language's entries; ``<<NAME>>`` in a regex expands to ``macros[NAME]``."""
    macros = macros or {}
    compiled: list[Pattern] = []
    for cue, weight, source in entries:
        for name, value in macros.items():
            source = source.replace(f"<<{name}>>", value)
        if "<<" in source:
            raise ValueError(f"unknown macro in pattern: {source}")
        compiled.append(Pattern(cue, weight, required_literals(source), re.compile(source)))
    return tuple(compiled)


def required_literals(source: str) -> tuple[str, ...]:
    """Strings one of which every match of ``source`` contains; () when that cannot be shown."""
    if _sre_parser is None or _sre_constants is None:
        return ()
    try:
        tree = _sre_parser.parse(source)
    except re.error:
        return ()
    found = _sequence(list(tree))
    if not found or min(len(s) for s in found) < _MIN_KEY:
        return ()
    return tuple(sorted(set(found)))


def _sequence(items: list[tuple[object, object]]) -> list[str] | None:
    assert _sre_constants is not None
    """Best requirement of a sequence: the alternative set whose shortest member is longest."""
    candidates: list[list[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is _sre_constants.LITERAL:
            assert isinstance(arg, int)
            run.append(chr(arg))
            continue
        if run:
            candidates.append(["".join(run)])
            run = []
        sub = _item(op, arg)
        if sub:
            candidates.append(sub)
    if run:
        candidates.append(["".join(run)])
    if not candidates:
        return None
    return max(candidates, key=lambda alts: (min(len(a) for a in alts), -len(alts)))


def _item(op: object, arg: object) -> list[str] | None:
    c = _sre_constants
    assert c is not None
    if op is c.SUBPATTERN:
        assert isinstance(arg, tuple)
        return _sequence(list(arg[-1]))
    if op is c.BRANCH:
        assert isinstance(arg, tuple)
        union: list[str] = []
        for alternative in arg[1]:
            sub = _sequence(list(alternative))
            if not sub:
                return None  # one way to match needs no literal: nothing is required
            union.extend(sub)
        return union
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        assert isinstance(arg, tuple)
        low, _high, body = arg
        return _sequence(list(body)) if low >= 1 else None
    return None
