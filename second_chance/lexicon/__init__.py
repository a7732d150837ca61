"""Phrase patterns, per language, for the cues the detector weighs.

Each pattern carries literal ``keys``: it is only tried on a sentence containing one of them. That keeps
analysis cheap (most patterns never run) and documents what the pattern is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


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
    keys: tuple[str, ...]
    regex: re.Pattern[str]


Entry = tuple[Cue, float, str, str]  # cue, weight, keys separated by '|', regex


def compile_entries(entries: list[Entry], macros: dict[str, str] | None = None) -> tuple[Pattern, ...]:
    """Compile a language's entries; ``<<NAME>>`` in a regex expands to ``macros[NAME]``."""
    macros = macros or {}
    compiled: list[Pattern] = []
    for cue, weight, keys, source in entries:
        for name, value in macros.items():
            source = source.replace(f"<<{name}>>", value)
        if "<<" in source:
            raise ValueError(f"unknown macro in pattern: {source}")
        key_tuple = tuple(k for k in keys.split("|") if k)
        compiled.append(Pattern(cue, weight, key_tuple, re.compile(source)))
    return tuple(compiled)
