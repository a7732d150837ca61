"""Request and response bodies: the JSON contract of /v1."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from second_chance.compose.templates import MAX_TEMPLATE_CHARS, get_template, validate
from second_chance.errors import TemplateError
from second_chance.service import Found

SUPPORTED_LANGUAGES = ("en", "de", "fr", "es", "nl", "pt")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _one_line(value: str | None) -> str | None:
    # A name ends up in a header (From) or mid-sentence: a line break or control character has no place there.
    if value is not None and (_CONTROL.search(value) or "\n" in value or "\r" in value):
        raise ValueError("must be one line of text, without control characters")
    return value


def _text(value: str | None) -> str | None:
    if value is not None and _CONTROL.search(value):
        raise ValueError("must be text without control characters")
    return value


Name = Annotated[str | None, Field(max_length=200), AfterValidator(_one_line)]
Signature = Annotated[str | None, Field(max_length=2_000), AfterValidator(_text)]


def _known_template(value: str | None) -> str | None:
    if value is not None:
        get_template(value)
    return value


def _valid_template(value: str | None) -> str | None:
    if value is not None:
        _check_template(value)
    return value


def _check_template(body: str) -> None:
    if not body.strip():
        raise TemplateError("a template cannot be empty")
    if _CONTROL.search(body):
        raise TemplateError("a template must be text without control characters")
    validate(body)


TemplateId = Annotated[str | None, Field(max_length=64), AfterValidator(_known_template)]
TemplateText = Annotated[str | None, Field(max_length=MAX_TEMPLATE_CHARS), AfterValidator(_valid_template)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RejectionItem(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    message_id: str
    thread_id: str | None
    subject: str
    from_: str | None = Field(alias="from")
    date: datetime | None
    company: str | None
    role: str | None
    recruiter_name: str | None
    reply_to: str | None = Field(description="The human address the reply goes to; null when there is none")
    language: str
    confidence: float
    evidence: list[str]
    draft_id: str | None = Field(description="The Gmail draft made for this message, null until drafted")
    replied: bool = Field(description="The user has already sent a reply in this thread")

    @classmethod
    def of(cls, found: Found) -> RejectionItem:
        return cls.model_validate(item_fields(found))


class MessageAnalysis(RejectionItem):
    is_rejection: bool
    category: str

    @classmethod
    def of(cls, found: Found) -> MessageAnalysis:
        a = found.analysis
        return cls.model_validate({**item_fields(found), "is_rejection": a.is_rejection, "category": a.category})


def item_fields(found: Found) -> dict[str, object]:
    a = found.analysis
    # Gmail's own receipt time first: the Date header is the sender's claim, sometimes without a zone.
    if found.internal_date:
        received: datetime | None = datetime.fromtimestamp(found.internal_date / 1000, UTC)
    elif a.date is not None and a.date.tzinfo is None:
        received = a.date.replace(tzinfo=UTC)
    else:
        received = a.date
    return {
        "message_id": a.id or "",
        "thread_id": a.thread_id,
        "subject": a.subject,
        "from": a.sender,
        "date": received,
        "company": a.company,
        "role": a.role,
        "recruiter_name": a.recruiter_name,
        "reply_to": a.reply_to,
        "language": a.language,
        "confidence": a.confidence,
        "evidence": list(a.evidence),
        "draft_id": found.draft_id,
        "replied": found.replied,
    }


class RejectionList(BaseModel):
    items: list[RejectionItem]
    scanned: int = Field(description="Messages that Gmail's search let through and that were analysed")


class DraftOverrides(Strict):
    """Corrections for this one draft. A field left out keeps what was found; "" clears it."""

    company: Name = None
    role: Name = None
    recruiter_name: Name = None
    template_id: TemplateId = None
    body: Annotated[str | None, AfterValidator(_text)] = Field(
        default=None, max_length=20_000, description="The whole reply text, used as is"
    )


class UserSettingsBody(Strict):
    sender_name: Name = None
    signature: Signature = None
    default_template: TemplateId = None
    templates: dict[str, str] = Field(
        default_factory=dict, description="Your own template per language code (en, de, fr, es, nl, pt)"
    )

    @field_validator("templates")
    @classmethod
    def _valid_templates(cls, value: dict[str, str]) -> dict[str, str]:
        for language, body in value.items():
            if language not in SUPPORTED_LANGUAGES:
                raise ValueError(f"unsupported language {language!r}; one of {', '.join(SUPPORTED_LANGUAGES)}")
            if len(body) > MAX_TEMPLATE_CHARS:
                raise ValueError(f"the {language} template is over {MAX_TEMPLATE_CHARS} characters")
            _check_template(body)
        return value


class TemplateOut(BaseModel):
    id: str
    language: str
    name: str
    body: str


class TemplateList(BaseModel):
    items: list[TemplateOut]


class PreviewIn(Strict):
    template_id: TemplateId = None
    template: TemplateText = Field(default=None, description="A template of your own")
    language: str = Field(default="en", pattern="^(en|de|fr|es|nl|pt)$")
    company: Name = None
    role: Name = None
    recruiter_name: Name = None
    sender_name: Name = None
    signature: Signature = None


class PreviewOut(BaseModel):
    body: str


class Status(BaseModel):
    status: str
