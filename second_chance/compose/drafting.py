"""From an analysed rejection to the reply draft: choose the template, fill it, thread it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..analysis import Analysis
from ..email_model import Email
from .reply import ReplyDraft, make_draft, single_line
from .templates import default_template_for, get_template, render, validate

MAX_FIELD_CHARS = 200
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class ReplyOptions:
    """The user's choices. Every field is optional; defaults make a good reply on their own."""

    sender_name: str | None = None
    signature: str | None = None
    template_id: str | None = None  # a built-in template
    template_body: str | None = None  # the user's own template text, preferred over template_id
    templates_by_language: Mapping[str, str] = field(default_factory=dict)  # user templates per language


@dataclass(frozen=True, slots=True)
class Overrides:
    """Corrections for one draft (the user knows better than the extractor)."""

    company: str | None = None
    role: str | None = None
    recruiter_name: str | None = None
    body: str | None = None  # the whole reply text, used as is


def template_text(language: str, options: ReplyOptions) -> str:
    if options.template_body:
        return options.template_body
    if options.template_id:
        return get_template(options.template_id).body
    if language in options.templates_by_language:
        return options.templates_by_language[language]
    return default_template_for(language).body


def reply_body(analysis: Analysis, original: Email, options: ReplyOptions, overrides: Overrides) -> str:
    if overrides.body:
        return overrides.body.replace("\r\n", "\n").strip() + "\n"
    template = template_text(analysis.language, options)
    validate(template)
    values = {
        "company": _field(_pick(overrides.company, analysis.company)),
        "role": _field(_pick(overrides.role, analysis.role)),
        "recruiter_name": _field(_pick(overrides.recruiter_name, analysis.recruiter_name)),
        "sender_name": _field(options.sender_name or _candidate_name(original)),
        "signature": _CONTROL.sub("", options.signature or "").strip()[:2000] or None,
    }
    return render(template, values)


def write_reply(
    original: Email,
    analysis: Analysis,
    options: ReplyOptions | None = None,
    overrides: Overrides | None = None,
) -> ReplyDraft:
    options = options or ReplyOptions()
    overrides = overrides or Overrides()
    body = reply_body(analysis, original, options, overrides)
    return make_draft(original, to=analysis.reply_to, body=body)


def _pick(override: str | None, found: str | None) -> str | None:
    """An override wins when given, even empty: "" clears a wrong company or role."""
    return found if override is None else override


def _field(value: str | None) -> str | None:
    return single_line(value, MAX_FIELD_CHARS) or None if value else None


def _candidate_name(original: Email) -> str | None:
    """The job seeker's own name, as the rejection addressed them."""
    for addr in original.to:
        if addr.name and "@" not in addr.name:
            return addr.name
    return None
