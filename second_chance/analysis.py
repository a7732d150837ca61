"""One message in, one analysis out: is it a rejection, from which company, for which role, and whom to thank."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from . import classifier
from .detector import Context, Verdict, detect
from .email_model import Address, Email, parse_date
from .extract.company import extract_company
from .extract.people import extract_recruiter_name
from .extract.reply_address import ReplyAddress, choose_reply_address
from .extract.role import TITLE_NOUN, find_roles
from .extract.signature import find_sign_off
from .job_gate import may_be_about_a_job
from .language import detect_language
from .platforms import is_ats_address, is_automated_address, is_freemail, is_relay_or_robot
from .text_prep import PreparedText, prepare

_SURVEY_LOCALS = ("survey", "feedback", "nps", "candidate-experience")
_QUOTED_TO = re.compile(r"^>?\s*(?:To|An|À|A|Para|Aan|Til)\s?:\s?(.+)$", re.MULTILINE)
_FORWARDED = re.compile(r"^\s*(?:fwd?|wg|tr|rv|enc|doorst|i)\s?:", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Analysis:
    message_id: str | None
    is_rejection: bool
    confidence: float
    category: str
    company: str | None
    role: str | None
    recruiter_name: str | None
    reply_to: str | None
    reply_to_reason: str
    language: str
    evidence: tuple[str, ...]
    subject: str
    sender: str | None
    date_header: str | None
    id: str | None = None
    thread_id: str | None = None

    @property
    def date(self) -> datetime | None:
        return parse_date(self.date_header)


def analyze(email: Email, *, me: Iterable[str] = ()) -> Analysis:
    """Analyse one message. ``me``: the mailbox owner's addresses, when known (Gmail, ``--me``)."""
    skim = email.skim_text
    if not passes_job_gate(email, skim):
        return _unrelated(email, skim)
    own_addresses = frozenset(a.lower() for a in me)
    prepared = prepare(email.subject, email.text)
    forwarded = (
        _FORWARDED.match(email.subject) is not None
        and email.from_ is not None
        and not is_freemail(email.from_)
        and not (
            _was_addressed_to(prepared.quoted_part, email.from_.email) and not _mentions(prepared.quoted_part, email.to)
        )
    )
    if forwarded:
        # A recruiter forwarding the employer's answer: the forwarded mail is the news.
        prepared = prepare(email.subject, email.text, keep_quoted=True)
    language = detect_language(f"{email.subject}\n{prepared.body}")
    own = _is_own_message(email, prepared, own_addresses)
    if own is None:
        # Only the shape of the thread says so; the words decide. A decision in the sender's own new text
        # ("we've decided to go with the other lad") makes the sender the employer, writing from webmail.
        own = not detect(prepared.sentences, language, Context(), has_subject=bool(email.subject)).is_rejection
    if own:
        fields = _counterpart_fields(email, prepared, language)
    else:
        fields = _fields(
            email.subject,
            f"{prepared.new_part}\n\n{prepared.quoted_part}" if forwarded else prepared.new_part,
            email.from_,
            email.reply_to,
            (*email.to, *email.cc),
            language,
            own_text=prepared.new_part if forwarded else None,
        )
    company, role, recruiter, reply = fields
    sender = email.from_
    job_title = role if role and TITLE_NOUN.search(role) else None
    context = Context(
        from_ats=bool(sender and is_ats_address(sender.email)),
        from_freemail=bool(sender and is_freemail(sender)),
        from_survey_sender=bool(sender and any(s in sender.local_part for s in _SURVEY_LOCALS)),
        is_bulk=email.is_bulk,
        is_own_message=own,
        # Names that happen to hold context words ("Beckworth Credit Union", a "Grants Officer" role) are not
        # context; a one-word name is too likely to be a plain word to blank out.
        mask=tuple(x for x in (company, job_title) if x and " " in x),
        has_role=job_title is not None,
    )
    verdict = _second_opinion(detect(prepared.sentences, language, context, has_subject=bool(email.subject)), prepared)
    return Analysis(
        message_id=email.message_id,
        is_rejection=verdict.is_rejection,
        confidence=verdict.confidence,
        category=verdict.category,
        company=company,
        role=role,
        recruiter_name=recruiter,
        reply_to=reply.address,
        reply_to_reason=reply.reason,
        language=language,
        evidence=verdict.evidence,
        subject=email.subject,
        sender=str(sender) if sender else None,
        date_header=email.date_header,
        id=email.id,
        thread_id=email.thread_id,
    )


def _second_opinion(verdict: Verdict, prepared: PreparedText) -> Verdict:
    """Let the model catch rejections phrased in ways no rule anticipated; whether the owner wrote it is a fact."""
    if verdict.is_rejection or verdict.category == "own_reply" or verdict.hedged:
        return verdict
    probability = classifier.rejection_probability(prepared.sentences)
    if probability < classifier.threshold():
        return verdict
    return Verdict(True, round(probability, 2), "rejection", classifier.strongest(prepared.sentences))


def passes_job_gate(email: Email, skim: str | None = None) -> bool:
    """Could this message be about a job? Messages that cannot skip the rest of the analysis."""
    return may_be_about_a_job(skim or email.skim_text, written_by_a_person=_written_by_a_person(email))


def _written_by_a_person(email: Email) -> bool:
    sender = email.from_
    automated = email.is_bulk or email.is_auto_generated or email.list_unsubscribe is not None
    return not automated and not (sender is not None and is_relay_or_robot(sender.email))


def _unrelated(email: Email, skim: str) -> Analysis:
    """A message that never mentions a job: no extraction, no detection, the same record shape."""
    return Analysis(
        message_id=email.message_id,
        is_rejection=False,
        confidence=0.0,
        category="other",
        company=None,
        role=None,
        recruiter_name=None,
        reply_to=None,
        reply_to_reason="the message is not about a job",
        language=detect_language(skim, sample=600),  # a label for mail nobody replies to: a glance will do
        evidence=(),
        subject=email.subject,
        sender=str(email.from_) if email.from_ else None,
        date_header=email.date_header,
        id=email.id,
        thread_id=email.thread_id,
    )


def _fields(
    subject: str,
    text: str,
    sender: Address | None,
    reply_to: tuple[Address, ...],
    recipients: tuple[Address, ...],
    language: str,
    *,
    own_text: str | None = None,
) -> tuple[str | None, str | None, str | None, ReplyAddress]:
    """``own_text``: the sender's own words when ``text`` also holds a mail they forward."""
    sign_off = find_sign_off(text)
    roles = find_roles(subject, text, language)
    first_guess = roles.best()
    company = extract_company(
        subject=subject,
        body=text,
        sign_off=sign_off,
        sender=sender,
        reply_to=reply_to,
        recipients=recipients,
        language=language,
        exclude=(first_guess,) if first_guess else (),
    )
    role = roles.best(company)
    senders = [a for a in (sender, *reply_to) if a is not None]
    # The reply goes to whoever sent this, so greet them: in a forward, its signer, not the forwarded mail's.
    signer = find_sign_off(own_text) if own_text is not None else sign_off
    recruiter = extract_recruiter_name(sign_off=signer, senders=senders, recipients=recipients, company=company)
    reply = choose_reply_address(sender=sender, reply_to=reply_to, body=text, recipients=recipients)
    return company, role, recruiter, reply


def _is_own_message(email: Email, prepared: PreparedText, me: frozenset[str]) -> bool | None:
    """Did the mailbox owner write this (a sent reply quoting the recruiter)? None: a guess that the words of
    the message must confirm."""
    if {label.upper() for label in email.label_ids} & {"SENT", "DRAFT", "CHAT"}:
        return True
    sender = email.from_
    if sender is None or not sender.email:
        return False
    if me:
        return sender.email.lower() in me  # the owner is known: no guessing
    if (
        _FORWARDED.match(email.subject)
        and _was_addressed_to(prepared.quoted_part, sender.email)
        and not _mentions(prepared.quoted_part, email.to)
    ):
        return True  # forwarding mail that was about them, to someone else: the forwarder is the candidate
    # Without knowing the owner: a webmail address answering a company address it quotes is the candidate.
    if not is_freemail(sender) or not prepared.quoted_part:
        return False
    head = prepared.quoted_part[:600].lower()
    if any(
        not is_freemail(addr) and not is_automated_address(addr.email) and addr.email and addr.email.lower() in head
        for addr in email.to
    ):
        return None
    return False


def _was_addressed_to(quoted: str, address: str) -> bool:
    head = quoted[:3000]
    return any(address.lower() in line.lower() for line in _QUOTED_TO.findall(head))


def _mentions(text: str, people: Iterable[Address]) -> bool:
    names = {token for person in people for token in person.name.split() if len(token) >= 3}
    folded = text.casefold()
    return any(name.casefold() in folded for name in names)


def _counterpart_fields(
    email: Email, prepared: PreparedText, language: str
) -> tuple[str | None, str | None, str | None, ReplyAddress]:
    counterpart = next((a for a in email.to if not is_freemail(a)), email.to[0] if email.to else None)
    quoted = prepared.quoted_part.replace("\n>", "\n").lstrip("> ")
    own = (email.from_,) if email.from_ else ()
    company, role, recruiter, reply = _fields(
        email.subject,
        quoted or prepared.new_part,
        counterpart,
        (),
        own,
        language,
    )
    return company, role, recruiter, reply
