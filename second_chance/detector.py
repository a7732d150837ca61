"""Is this message a job rejection? Cues are found sentence by sentence, then weighed as a whole.

A rejection needs a decision against the candidate ("we will not be moving forward with your application",
"the position has been filled", "wir haben uns für eine andere Kandidatin entschieden") that is not inside a
condition or denial ("if you are not selected ...", "this does not mean your application was declined"),
in a message about a job rather than a loan, a flat, a paper or a vendor bid, and not outweighed by what
the message is really about (an offer, a next step, a survey, a friend's news).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import importlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import ahocorasick

from .language import SUPPORTED_LANGUAGES
from .lexicon import Cue, Pattern


@functools.cache
def language_patterns(language: str) -> tuple[Pattern, ...]:
    """One language's own patterns, compiled on first use (a mailbox rarely needs all six)."""
    module = importlib.import_module(f"{__package__}.lexicon.{language}")
    patterns: tuple[Pattern, ...] = module.PATTERNS
    return patterns


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
    # A decision was worded but every instance stood under a condition or concerned someone else: the rules
    # understood it, so nothing should overrule them on the words alone.
    hedged: bool = False


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


# Patterns only run on sentences holding one of their keys; tests turn this off to prove the keys lose nothing.
PREFILTER = True


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """A language's patterns (plus English ones) and one automaton finding all their keys in one pass."""

    cues: tuple[Pattern, ...]
    hedges: tuple[Pattern, ...]
    context: tuple[Pattern, ...]
    automaton: ahocorasick.Automaton
    unkeyed: tuple[int, ...]  # positions in ``cues`` of patterns without keys: always tried
    by_key: dict[str, tuple[int, ...]]  # key -> positions in ``cues`` of the patterns it opens


@functools.cache
def _lexicon(language: str) -> _Lexicon:
    patterns = patterns_for(language)
    automaton = ahocorasick.Automaton()
    for key in {key for pattern in patterns for key in pattern.keys}:
        automaton.add_word(key, key)
    automaton.make_automaton()
    cues = tuple(p for p in patterns if p.cue not in _CONTEXT_CUES and p.cue is not Cue.HEDGE)
    by_key: dict[str, list[int]] = {}
    for position, pattern in enumerate(cues):
        for key in pattern.keys:
            by_key.setdefault(key, []).append(position)
    return _Lexicon(
        cues=cues,
        hedges=tuple(p for p in patterns if p.cue is Cue.HEDGE),
        context=tuple(p for p in patterns if p.cue in _CONTEXT_CUES),
        automaton=automaton,
        unkeyed=tuple(i for i, p in enumerate(cues) if not p.keys),
        by_key={key: tuple(positions) for key, positions in by_key.items()},
    )


class _KeyIndex:
    """Which sentences hold which keys, found with one automaton pass over the whole text."""

    def __init__(self, lexicon: _Lexicon, sentences: Sequence[str]) -> None:
        self.count = len(sentences)
        self.doc = "\n".join(sentences)
        starts: list[int] = []
        offset = 0
        for sentence in sentences:
            starts.append(offset)
            offset += len(sentence) + 1
        self.where: dict[str, set[int]] = {}
        for end, key in lexicon.automaton.iter(self.doc):
            index = bisect.bisect_right(starts, end - len(key) + 1) - 1
            self.where.setdefault(key, set()).add(index)

    def candidates(self, lexicon: _Lexicon) -> dict[int, set[int]]:
        """Pattern position in ``lexicon.cues`` -> the sentences worth trying it on."""
        everywhere = set(range(self.count))
        if not PREFILTER:
            return {position: everywhere for position in range(len(lexicon.cues))}
        found: dict[int, set[int]] = {position: everywhere for position in lexicon.unkeyed}
        for key, sentences in self.where.items():
            for position in lexicon.by_key.get(key, ()):
                found.setdefault(position, set()).update(sentences)
        return found

    def in_doc(self, pattern: Pattern) -> bool:
        return not (PREFILTER and pattern.keys) or any(key in self.where for key in pattern.keys)


def patterns_for(language: str) -> tuple[Pattern, ...]:
    if language == "en" or language not in SUPPORTED_LANGUAGES:
        return language_patterns("en")
    return language_patterns(language) + language_patterns("en")


def detect(sentences: Sequence[str], language: str, context: Context, *, has_subject: bool = True) -> Verdict:
    """Weigh the cues in ``sentences`` (the subject first when ``has_subject``)."""
    lowered = [s.lower() for s in sentences]
    lexicon = _lexicon(language if language in SUPPORTED_LANGUAGES else "en")
    index = _KeyIndex(lexicon, lowered)
    scores = _Scores()
    job, nonjob = _context_scores(index, lexicon, context)
    hedges: dict[int, list[tuple[int, int]]] = {}
    hedged = False
    for position, sentence_indexes in sorted(index.candidates(lexicon).items()):
        pattern = lexicon.cues[position]
        for i in sorted(sentence_indexes):
            sentence = lowered[i]
            if pattern.cue in _DECISION_CUES:
                if i not in hedges:
                    hedges[i] = _hedge_spans(sentence, index, lexicon, i)
                if _unhedged_match(pattern, sentence, hedges[i]) is None:
                    hedged = hedged or (hedges[i] != [] and pattern.regex.search(sentence) is not None)
                    continue
            elif pattern.regex.search(sentence) is None:
                continue
            scores.add(pattern.cue, pattern.weight, i)
            if i == 0 and has_subject:
                scores.subject_cues.add(pattern.cue)
    _resolve_sentence_conflicts(scores)
    if scores.get(Cue.INTERVIEWED):
        job += 1.0  # interviews, trial shifts and presentations happen for jobs
    verdict = _decide(scores, sentences, job, nonjob, context)
    return verdict if verdict.is_rejection or not hedged else dataclasses.replace(verdict, hedged=True)


# A statement with a tag question on the end is still a statement: "A vaga já foi preenchida, tá?"
_TAG_QUESTION = re.compile(
    r",\s*(?:ok|okay|right|yeah|alright|ja|oder|nicht wahr|gell|ne|hein|d'accord|n'est-ce pas|vale|sí|no|tá|né|"
    r"certo|ok\?)\s*\?\s*$",
    re.IGNORECASE,
)


def _unhedged_match(pattern: Pattern, sentence: str, hedges: list[tuple[int, int]]) -> re.Match[str] | None:
    if sentence.rstrip().endswith("?") and not _TAG_QUESTION.search(sentence):
        return None  # a question ("why was I not selected?") decides nothing
    for match in pattern.regex.finditer(sentence):
        if not any(start <= match.start() < end for start, end in hedges):
            return match
    return None


def _hedge_spans(sentence: str, index: _KeyIndex, lexicon: _Lexicon, i: int) -> list[tuple[int, int]]:
    """Stretches of a sentence under a condition or denial: "if you are not selected", "this does not mean"."""
    spans: list[tuple[int, int]] = []
    for pattern in lexicon.hedges:
        if PREFILTER and pattern.keys and not any(i in index.where.get(key, ()) for key in pattern.keys):
            continue
        for match in pattern.regex.finditer(sentence):
            # A denial covers the rest of the sentence; a condition its own clause.
            end = len(sentence) if pattern.weight >= 2.0 else _clause_end(sentence, match.end())
            spans.append((match.start(), end))
    return spans


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


def _context_scores(index: _KeyIndex, lexicon: _Lexicon, context: Context) -> tuple[float, float]:
    doc = index.doc
    for term in context.mask:
        if len(term) >= 3:
            doc = doc.replace(term.lower(), " ")
    job = (3.0 if context.from_ats else 0.0) + (1.0 if context.has_role else 0.0)
    nonjob = 0.0
    for pattern in lexicon.context:
        if not index.in_doc(pattern):
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


_FIRST_PERSON = re.compile(r"\b(?:we|we've|we're|we'll|i|i've|i'm|i'll|our|us)\b")
_THIRD_PERSON = re.compile(r"\b(?:they|they've|they're|them|he|she)\b")


def _told_about_others(scores: _Scores, sentences: Sequence[str]) -> bool:
    """A friend passing on news ("they picked someone else lol"): the deciders are "they", never "we"."""
    deciding = [sentences[i].lower() for _, i in scores.sentences.get(Cue.REJECT, [])]
    return bool(deciding) and all(_THIRD_PERSON.search(s) and not _FIRST_PERSON.search(s) for s in deciding)


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
    if (
        scores.get(Cue.PERSONAL)
        and context.from_freemail
        and not context.from_ats
        and (reject < 1.0 or _told_about_others(scores, sentences))
    ):
        return no("personal", min(lean, 0.2), Cue.PERSONAL)
    bulk_cues = scores.get(Cue.ALERT) or scores.get(Cue.NEWSLETTER)
    if context.is_bulk and not context.from_ats and bulk_cues and (reject < 1.0 or scores.get(Cue.ALERT) >= 0.8):
        return no("bulk", min(lean, 0.2), Cue.ALERT, Cue.NEWSLETTER)
    if likely and not context.from_ats and job < (0.0 if reject >= 1.0 and not nonjob else 1.0):
        likely = False  # nothing says this is about a job
    rejecting = {i for cue in (Cue.REJECT, Cue.FILLED) for _, i in scores.sentences.get(cue, [])}
    recalled = rejecting and rejecting <= {i for _, i in scores.sentences.get(Cue.OUTREACH, [])}
    if (scores.sum(Cue.OUTREACH) >= 1.6 and (reject == 0 or _recalls_the_past(scores))) or recalled:
        return no("recruiter_outreach", min(lean, 0.3), Cue.OUTREACH)
    offer = scores.get(Cue.OFFER)
    positive = scores.get(Cue.POSITIVE)
    if likely and reject < 0.9 and (offer >= 0.9 or positive >= 0.9):
        likely = False
    if likely and Cue.OFFER in scores.subject_cues and offer >= 0.9 and positive >= 0.9:
        likely = False  # an offer that turns down one wish (a higher salary) is still an offer
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
