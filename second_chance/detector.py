"""Is this message a job rejection? Cues are found sentence by sentence, then weighed as a whole.

A rejection needs a decision against the candidate ("we will not be moving forward with your application",
"the position has been filled", "wir haben uns für eine andere Kandidatin entschieden") that is not inside a
condition or denial ("if you are not selected ...", "this does not mean your application was declined"),
in a message about a job rather than a loan, a flat, a paper or a vendor bid, and not outweighed by what
the message is really about (an offer, a next step, a survey, a friend's news).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .lexicon import Cue, Pattern, de, en, es, fr, nl, pt

PATTERNS_BY_LANGUAGE: dict[str, tuple[Pattern, ...]] = {
    "en": en.PATTERNS,
    "de": de.PATTERNS,
    "fr": fr.PATTERNS,
    "es": es.PATTERNS,
    "nl": nl.PATTERNS,
    "pt": pt.PATTERNS,
}

_DECISION_CUES = frozenset({Cue.REJECT, Cue.FILLED, Cue.ON_HOLD})
_CONTEXT_CUES = frozenset({Cue.JOB, Cue.NONJOB})
_CLAUSE_END = re.compile(r"[,;:]")
_HEDGE_WORDS = 10
_CONTEXT_CAP = 3  # occurrences of one context pattern that count


@dataclass(frozen=True, slots=True)
class Verdict:
    is_rejection: bool
    confidence: float
    category: str
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Context:
    """What the rest of the analysis knows about the message, as far as the verdict needs it."""

    from_ats: bool = False
    from_freemail: bool = False
    from_survey_sender: bool = False
    is_bulk: bool = False
    is_own_message: bool = False
    mask: tuple[str, ...] = ()  # extracted company and role: their words are not context evidence
    has_role: bool = False  # a job title was found: the message is about a job


@dataclass
class _Scores:
    best: dict[Cue, float] = field(default_factory=dict)  # strongest single hit per cue
    total: dict[Cue, float] = field(default_factory=dict)  # sum over sentences of each sentence's best
    sentences: dict[Cue, list[tuple[float, int]]] = field(default_factory=dict)
    subject_cues: set[Cue] = field(default_factory=set)

    def add(self, cue: Cue, weight: float, index: int) -> None:
        self.best[cue] = max(self.best.get(cue, 0.0), weight)
        self.total[cue] = self.total.get(cue, 0.0) + weight
        self.sentences.setdefault(cue, []).append((weight, index))

    def get(self, cue: Cue) -> float:
        return self.best.get(cue, 0.0)

    def sum(self, cue: Cue) -> float:
        return self.total.get(cue, 0.0)


# Patterns only run where one of their keys occurs; tests turn this off to prove the keys lose nothing.
PREFILTER = True


def _may_match(pattern: Pattern, text: str) -> bool:
    return not (PREFILTER and pattern.keys) or any(key in text for key in pattern.keys)


def patterns_for(language: str) -> tuple[Pattern, ...]:
    if language == "en" or language not in PATTERNS_BY_LANGUAGE:
        return PATTERNS_BY_LANGUAGE["en"]
    return PATTERNS_BY_LANGUAGE[language] + PATTERNS_BY_LANGUAGE["en"]


def detect(sentences: Sequence[str], language: str, context: Context, *, has_subject: bool = True) -> Verdict:
    """Weigh the cues in ``sentences`` (the subject first when ``has_subject``)."""
    lowered = [s.lower() for s in sentences]
    doc = "\n".join(lowered)
    scores = _Scores()
    job, nonjob = _context_scores(doc, language, context)
    for pattern in patterns_for(language):
        if pattern.cue in _CONTEXT_CUES or not _may_match(pattern, doc):
            continue
        for index, sentence in enumerate(lowered):
            if pattern.cue in _DECISION_CUES:
                if _unhedged_match(pattern, sentence, language) is None:
                    continue
            elif pattern.regex.search(sentence) is None:
                continue
            scores.add(pattern.cue, pattern.weight, index)
            if index == 0 and has_subject:
                scores.subject_cues.add(pattern.cue)
    _resolve_sentence_conflicts(scores)
    if scores.get(Cue.INTERVIEWED):
        job += 1.0  # interviews, trial shifts and presentations happen for jobs
    return _decide(scores, sentences, job, nonjob, context)


def _unhedged_match(pattern: Pattern, sentence: str, language: str) -> re.Match[str] | None:
    if sentence.rstrip().endswith("?"):
        return None  # a question ("why was I not selected?") decides nothing
    for match in pattern.regex.finditer(sentence):
        if not _is_hedged(sentence, match.start(), language):
            return match
    return None


def _is_hedged(sentence: str, position: int, language: str) -> bool:
    for pattern in patterns_for(language):
        if pattern.cue is not Cue.HEDGE:
            continue
        if not _may_match(pattern, sentence):
            continue
        for match in pattern.regex.finditer(sentence):
            if match.start() > position:
                break
            if pattern.weight >= 2.0:
                return True  # "does not mean ...": everything after it is denied
            end = _clause_end(sentence, match.end())
            if position < end:
                return True
    return False


def _clause_end(sentence: str, start: int) -> int:
    punct = _CLAUSE_END.search(sentence, start)
    limit = start
    for _ in range(_HEDGE_WORDS):
        nxt = sentence.find(" ", limit + 1)
        if nxt < 0:
            limit = len(sentence)
            break
        limit = nxt
    return min(punct.start() if punct else len(sentence), limit)


def _resolve_sentence_conflicts(scores: _Scores) -> None:
    """A sentence that turns the candidate down is not also an offer or a next step ("we decided not to
    extend an offer", "we moved forward with another candidate")."""
    rejecting = {i for _, i in scores.sentences.get(Cue.REJECT, [])}
    if not rejecting:
        return
    for cue in (Cue.POSITIVE, Cue.OFFER):
        kept = [(w, i) for w, i in scores.sentences.get(cue, []) if i not in rejecting]
        scores.sentences[cue] = kept
        scores.best[cue] = max((w for w, _ in kept), default=0.0)
        scores.total[cue] = sum(w for w, _ in kept)


def _context_scores(doc: str, language: str, context: Context) -> tuple[float, float]:
    for term in context.mask:
        if len(term) >= 3:
            doc = doc.replace(term.lower(), " ")
    job = (3.0 if context.from_ats else 0.0) + (1.0 if context.has_role else 0.0)
    nonjob = 0.0
    for pattern in patterns_for(language):
        if pattern.cue not in _CONTEXT_CUES:
            continue
        if not _may_match(pattern, doc):
            continue
        count = 0
        for _ in pattern.regex.finditer(doc):
            count += 1
            if count >= _CONTEXT_CAP:
                break
        if pattern.cue is Cue.JOB:
            job += pattern.weight * count
        else:
            nonjob += pattern.weight * count
    return job, nonjob


def _recalls_the_past(scores: _Scores) -> bool:
    """An outreach mail recalling an earlier rejection ("you may remember ... you weren't selected")."""
    return len(scores.sentences.get(Cue.OUTREACH, [])) >= 2


def _decide(scores: _Scores, sentences: Sequence[str], job: float, nonjob: float, context: Context) -> Verdict:
    def evidence(*cues: Cue) -> tuple[str, ...]:
        ranked = sorted(
            {(w, i) for cue in cues for w, i in scores.sentences.get(cue, [])}, key=lambda wi: (-wi[0], wi[1])
        )
        seen: list[int] = []
        for _, i in ranked:
            if i not in seen:
                seen.append(i)
        return tuple(sentences[i] for i in sorted(seen[:3]))

    reject = max(scores.get(Cue.REJECT), scores.get(Cue.FILLED))
    decision_sentences = {i for cue in (Cue.REJECT, Cue.FILLED) for _, i in scores.sentences.get(cue, [])}
    hint = min(1.0, scores.sum(Cue.HINT))
    on_hold = scores.get(Cue.ON_HOLD)
    strength = reject + 0.35 * hint + min(0.3, 0.15 * max(0, len(decision_sentences) - 1))
    if reject:
        strength += 0.3 * on_hold
    hint_only = hint >= 0.9 and scores.sum(Cue.HINT) >= 1.4 and job >= 2 and reject == 0
    likely = (reject >= 0.6 and strength >= 0.85) or hint_only
    rejection_evidence = evidence(Cue.REJECT, Cue.FILLED, Cue.ON_HOLD) or evidence(Cue.HINT)

    def no(category: str, confidence: float, *cues: Cue) -> Verdict:
        return Verdict(False, round(confidence, 2), category, evidence(*cues) if cues else rejection_evidence)

    lean = min(0.45, 0.3 * strength)  # how close a non-rejection came
    if context.is_own_message:
        return no("own_reply", 0.02)
    if scores.sum(Cue.WITHDRAWN) >= 0.9:
        return no("withdrawn", 0.05, Cue.WITHDRAWN)
    survey = scores.sum(Cue.SURVEY)
    if survey and (
        Cue.SURVEY in scores.subject_cues or context.from_survey_sender or (survey >= 1.8 and context.is_bulk)
    ):
        return no("survey", min(lean, 0.2), Cue.SURVEY)
    if nonjob >= 2.0 and nonjob >= job:
        if likely or reject or hint:
            return no("non_job_rejection", min(lean, 0.3))
        return no("other", 0.02)
    if scores.get(Cue.PERSONAL) and context.from_freemail and not context.from_ats and reject < 1.0:
        return no("personal", min(lean, 0.2), Cue.PERSONAL)
    bulk_cues = scores.get(Cue.ALERT) or scores.get(Cue.NEWSLETTER)
    if context.is_bulk and not context.from_ats and bulk_cues and (reject < 1.0 or scores.get(Cue.ALERT) >= 0.8):
        return no("bulk", min(lean, 0.2), Cue.ALERT, Cue.NEWSLETTER)
    if likely and job < 1.0 and not context.from_ats:
        likely = False  # nothing says this is about a job
    if scores.sum(Cue.OUTREACH) >= 1.6 and (reject < 1.0 or scores.get(Cue.POSITIVE) or _recalls_the_past(scores)):
        return no("recruiter_outreach", min(lean, 0.3), Cue.OUTREACH)
    offer = scores.get(Cue.OFFER)
    positive = scores.get(Cue.POSITIVE)
    if likely and reject < 0.9 and (offer >= 0.9 or positive >= 0.9):
        likely = False
    if likely:
        penalty = 0.0
        penalty += 0.1 if positive or offer else 0.0
        penalty += 0.1 if scores.get(Cue.ACK) >= 0.7 else 0.0
        penalty += 0.1 if hint_only else 0.0
        penalty += 0.05 if job < 2.0 else 0.0
        confidence = max(0.5, min(0.99, 0.55 + 0.3 * min(1.0, strength / 1.2) + 0.15 * min(1.0, job / 4) - penalty))
        if scores.get(Cue.FILLED) >= 0.9 and scores.get(Cue.FILLED) >= scores.get(Cue.REJECT) - 0.1:
            category = "position_filled"
        elif on_hold:
            category = "on_hold"
        elif scores.get(Cue.INTERVIEWED):
            category = "rejection_after_interview"
        else:
            category = "rejection"
        return Verdict(True, round(confidence, 2), category, rejection_evidence)
    if scores.get(Cue.RESCHEDULE) >= 0.8:
        return no("reschedule", lean, Cue.RESCHEDULE)
    if offer >= 0.8:
        return no("offer", lean, Cue.OFFER)
    if positive >= 0.6:
        return no("next_step", lean, Cue.POSITIVE)
    if scores.get(Cue.ASSESSMENT) >= 0.6 and not scores.get(Cue.ACK):
        return no("next_step", lean, Cue.ASSESSMENT)
    if scores.get(Cue.ACK) >= 0.7:
        return no("acknowledgement", lean, Cue.ACK)
    if scores.get(Cue.OUTREACH) >= 0.8:
        return no("recruiter_outreach", lean, Cue.OUTREACH)
    if scores.get(Cue.ALERT) >= 0.8 or (context.is_bulk and scores.get(Cue.NEWSLETTER)):
        return no("bulk", lean, Cue.ALERT, Cue.NEWSLETTER)
    if scores.get(Cue.PERSONAL):
        return no("personal", lean, Cue.PERSONAL)
    return no("other", lean)
