"""second_chance.compose: templates, the threaded reply message, and drafting from an analysis."""

from __future__ import annotations

import email
import email.header
import email.policy
import re
from dataclasses import replace
from email.headerregistry import AddressHeader
from email.message import EmailMessage

import pytest

from second_chance.analysis import Analysis
from second_chance.compose.drafting import Overrides, ReplyOptions, write_reply
from second_chance.compose.reply import (
    MAX_REFERENCES,
    ReplyDraft,
    make_draft,
    reply_subject,
    threading_ids,
    to_message,
)
from second_chance.compose.templates import (
    DEFAULT_TEMPLATES,
    PLACEHOLDERS,
    default_template_for,
    get_template,
    render,
    validate,
)
from second_chance.email_model import Address, Email
from second_chance.errors import InvalidInput, TemplateError
from second_chance.mime import parse_bytes

ALL_VALUES: dict[str, str | None] = {
    "company": "Acme",
    "role": "Data Engineer",
    "recruiter_name": "Maria",
    "sender_name": "Sam Lee",
    "signature": "Sam Lee\n+1 555 0100",
}
NO_VALUES: dict[str, str | None] = dict.fromkeys(PLACEHOLDERS)

ORIGINAL = Email(
    subject="Your application for Data Engineer",
    from_=Address("Maria Lopez", "maria@acme.example"),
    to=(Address("Sam Lee", "sam.lee@example.org"),),
    message_id="<rej-1@acme.example>",
    references=("<app-0@example.org>",),
)


def _analysis(**changes: object) -> Analysis:
    base = Analysis(
        message_id=ORIGINAL.message_id,
        is_rejection=True,
        confidence=0.95,
        category="rejection",
        company="Acme",
        role="Data Engineer",
        recruiter_name="Maria",
        reply_to="maria@acme.example",
        reply_to_reason="sender",
        language="en",
        evidence=("we have decided to move forward with other candidates",),
        subject=ORIGINAL.subject,
        sender="Maria Lopez <maria@acme.example>",
        date_header=None,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _header_block(data: bytes) -> bytes:
    head, sep, _ = data.partition(b"\r\n\r\n")
    assert sep, "headers must end with CRLF CRLF"
    return head


def _assert_clean_headers(data: bytes) -> None:
    """Every header line ends in CRLF, no bare CR or LF, continuation lines start with white space."""
    head = _header_block(data)
    assert b"\r" not in head.replace(b"\r\n", b"")
    assert b"\n" not in head.replace(b"\r\n", b"")
    for line in head.split(b"\r\n"):
        assert line[:1] in (b" ", b"\t") or re.match(rb"^[A-Za-z-]+: ", line), line


# --- templates ------------------------------------------------------------------------------------------


def test_placeholders_are_replaced() -> None:
    text = render("Dear {recruiter_name}, about {role} at {company}. {sender_name}", ALL_VALUES)
    assert text == "Dear Maria, about Data Engineer at Acme. Sam Lee\n"


def test_optional_part_dropped_when_a_placeholder_inside_is_empty() -> None:
    template = "Thanks[ for the {role} role at {company}]."
    assert render(template, ALL_VALUES) == "Thanks for the Data Engineer role at Acme.\n"
    assert render(template, {**ALL_VALUES, "company": ""}) == "Thanks.\n"
    assert render(template, {**ALL_VALUES, "role": None}) == "Thanks.\n"
    assert render(template, {**ALL_VALUES, "role": "   "}) == "Thanks.\n"
    assert render(template, {}) == "Thanks.\n"


def test_alternatives_pick_the_first_complete_one() -> None:
    template = "[Hi {recruiter_name},|Hello,]"
    assert render(template, {"recruiter_name": "Maria"}) == "Hi Maria,\n"
    assert render(template, {"recruiter_name": None}) == "Hello,\n"
    assert render("[a {role}|b {company}]x", {"company": "Acme"}) == "b Acmex\n"
    assert render("[a {role}|b {company}]x", {}) == "x\n"


def test_escapes() -> None:
    text = render("{{literal}} [[note]] [a||b {role}]", {"role": "R"})
    assert text == "{literal} [note] a|b R\n"


def test_values_are_not_template_syntax() -> None:
    text = render("At {company}.", {"company": "{role} [x|y] {{z}}"})
    assert text == "At {role} [x|y] {{z}}.\n"


def test_unknown_placeholder_is_named() -> None:
    with pytest.raises(TemplateError) as info:
        validate("Hi {recruiter},\n\nThanks [for the {position}]")
    assert "{recruiter}" in info.value.message
    assert info.value.code == "invalid_template"
    with pytest.raises(TemplateError, match=r"\{position\}"):
        render("Hi [{position}|there]", {})


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("Hello [world", "unclosed '['"),
        ("Hello world]", "unbalanced ']'"),
        ("[a [b] c]", "nested '['"),
        ("Hi {role", "unbalanced '{'"),
        ("Hi role}", "unbalanced '{' or '}'"),
        ("x" * 10_001, "too long"),
    ],
)
def test_malformed_templates(template: str, message: str) -> None:
    with pytest.raises(TemplateError, match=re.escape(message)):
        validate(template)


@pytest.mark.parametrize("template_id", sorted(DEFAULT_TEMPLATES))
@pytest.mark.parametrize("values", [ALL_VALUES, NO_VALUES, {}], ids=["all", "none", "empty"])
def test_default_templates_render_cleanly(template_id: str, values: dict[str, str | None]) -> None:
    template = DEFAULT_TEMPLATES[template_id]
    validate(template.body)
    text = render(template.body, values)
    assert text.endswith("\n")
    assert not text.endswith("\n\n")
    for bad in ("{", "}", "[", "]", "  ", " .", " ,", "..", ",.", "\n\n\n", "\x00", "\x01", "\x02", "\x03"):
        assert bad not in text, (bad, text)
    for line in text.splitlines():
        assert line == line.strip()
        assert not re.fullmatch(r"[\s.,:;–-]+", line), f"empty sentence in {line!r}"
    if values.get("company"):
        assert "Acme" in text
        assert "Maria" in text
        assert "Data Engineer" in text
        assert "+1 555 0100" in text
    else:
        assert "None" not in text


def test_default_template_without_fields_has_no_dangling_phrases() -> None:
    text = render(DEFAULT_TEMPLATES["classic-en"].body, NO_VALUES)
    assert text.startswith("Hello,\n\nThank you for letting me know. ")
    assert "working with you someday" in text
    assert text.endswith("Best regards\n")


def test_default_template_for_language() -> None:
    for language in ("en", "de", "fr", "es", "nl", "pt"):
        template = default_template_for(language)
        assert template.language == language
        assert template.id == f"classic-{language}"
    assert default_template_for("ja").id == "classic-en"
    assert default_template_for("").id == "classic-en"
    assert get_template("brief-en").language == "en"
    with pytest.raises(TemplateError, match="brief-en"):
        get_template("nope")


# --- subjects and threading -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Your application", "Re: Your application"),
        ("Re: Your application", "Re: Your application"),
        ("Re: Re: Your application", "Re: Your application"),
        ("RE: Your application", "Re: Your application"),
        ("AW: Ihre Bewerbung", "Re: Ihre Bewerbung"),
        ("Re[2]: Your application", "Re: Your application"),
        ("Re:Re:Your application", "Re: Your application"),
        ("Review of your application", "Re: Review of your application"),
        ("Fwd: Your application", "Re: Fwd: Your application"),
        ("", "Re:"),
        ("  ", "Re:"),
        ("Your\r\napplication", "Re: Your application"),
    ],
)
def test_reply_subject(original: str, expected: str) -> None:
    assert reply_subject(original) == expected


def test_reply_subject_is_bounded() -> None:
    assert len(reply_subject("x" * 5000)) <= 260


def test_threading_ids() -> None:
    in_reply_to, references = threading_ids(ORIGINAL)
    assert in_reply_to == "<rej-1@acme.example>"
    assert references == ("<app-0@example.org>", "<rej-1@acme.example>")


def test_threading_ids_parent_not_duplicated() -> None:
    original = replace(ORIGINAL, references=("<app-0@example.org>", "<rej-1@acme.example>"))
    assert threading_ids(original)[1] == ("<app-0@example.org>", "<rej-1@acme.example>")


def test_threading_ids_fall_back_to_in_reply_to() -> None:
    original = replace(ORIGINAL, references=(), in_reply_to="<app-0@example.org>")
    assert threading_ids(original) == ("<rej-1@acme.example>", ("<app-0@example.org>", "<rej-1@acme.example>"))


def test_threading_ids_drop_invalid_ids() -> None:
    original = replace(
        ORIGINAL,
        message_id="<no-at-sign>",
        references=("<ok@example.org>", "<has space@x>", "bare@x", '<q"uote@x>', "<also-ok@acme.example>"),
    )
    in_reply_to, references = threading_ids(original)
    assert in_reply_to is None
    assert references == ("<ok@example.org>", "<also-ok@acme.example>")
    assert threading_ids(Email()) == (None, ())


def test_threading_ids_are_bounded_and_keep_root_and_parent() -> None:
    refs = tuple(f"<r{i}@example.org>" for i in range(100))
    in_reply_to, references = threading_ids(replace(ORIGINAL, references=refs))
    assert in_reply_to == "<rej-1@acme.example>"
    assert len(references) == MAX_REFERENCES
    assert references[0] == "<r0@example.org>"
    assert references[-1] == "<rej-1@acme.example>"
    assert references[-2] == "<r99@example.org>"


def test_threading_ids_have_no_duplicates() -> None:
    original = replace(ORIGINAL, references=("<a@example.org>", "<b@example.org>", "<a@example.org>"))
    references = threading_ids(original)[1]
    assert len(references) == len(set(references))


def test_long_thread_keeps_its_root_end_to_end() -> None:
    refs = " ".join(f"<r{i}@ex.org>" for i in range(60))  # ~800 characters: under every header limit
    original = parse_bytes(
        f"From: maria@acme.example\nSubject: x\nMessage-ID: <p@acme.example>\nReferences: {refs}\n\nb\n".encode()
    )
    references = make_draft(original, to=None, body="x").references
    assert references[0] == "<r0@ex.org>"
    assert references[-1] == "<p@acme.example>"


# --- the message: header injection, encoding, addresses -------------------------------------------------

INJECTION = "\r\nBcc: evil@example.com"


def test_header_injection_in_subject_and_to_is_neutralised() -> None:
    original = replace(ORIGINAL, subject="Your application" + INJECTION)
    draft = make_draft(original, to="maria@acme.example" + INJECTION, body="Thanks!")
    assert draft.to is None
    data = to_message(draft).as_bytes()
    _assert_clean_headers(data)
    parsed = _parse(data)
    assert parsed["Bcc"] is None
    assert parsed["To"] is None
    assert parsed["Subject"] == "Re: Your application Bcc: evil@example.com"
    assert b"\r\nBcc:" not in _header_block(data)


def test_header_injection_in_company_and_sender_name() -> None:
    analysis = _analysis(company="Acme" + INJECTION, recruiter_name="Maria" + INJECTION)
    draft = write_reply(ORIGINAL, analysis, ReplyOptions(sender_name="Sam" + INJECTION))
    data = to_message(draft, sender=Address("Sam" + INJECTION, "sam.lee@example.org")).as_bytes()
    _assert_clean_headers(data)
    parsed = _parse(data)
    assert parsed["Bcc"] is None
    assert parsed["To"] == "maria@acme.example"
    from_header = parsed["From"]
    assert isinstance(from_header, AddressHeader)
    sender = from_header.addresses[0]
    assert (sender.display_name, sender.addr_spec) == ("Sam Bcc: evil@example.com", "sam.lee@example.org")
    body = parsed.get_body(("plain",))
    assert body is not None
    content = body.get_content()
    assert "Hi Maria Bcc: evil@example.com," in content
    assert "at Acme Bcc: evil@example.com someday" in content
    assert not any(line.startswith("Bcc:") for line in content.splitlines())


def test_hostile_message_id_is_not_written() -> None:
    original = replace(ORIGINAL, message_id="<x@y>\r\nBcc: evil@example.com", references=("<a@b>\nBcc: e@x",))
    data = to_message(make_draft(original, to=None, body="b")).as_bytes()
    _assert_clean_headers(data)
    assert _parse(data)["Bcc"] is None
    assert _parse(data)["In-Reply-To"] is None


def test_non_ascii_subject_is_encoded_and_round_trips() -> None:
    original = replace(ORIGINAL, subject="Ihre Bewerbung für München – Absage")
    draft = make_draft(original, to="maria@acme.example", body="Viele Grüße\nSam")
    data = to_message(draft, unsent=True).as_bytes()
    head = _header_block(data)
    assert head.isascii()
    assert b"=?utf-8?" in head
    _assert_clean_headers(data)
    parsed = _parse(data)
    assert parsed["Subject"] == "Re: Ihre Bewerbung für München – Absage"
    assert parsed["X-Unsent"] == "1"
    body = parsed.get_body(("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n") == "Viele Grüße\nSam\n"
    legacy = email.message_from_bytes(data)
    assert str(email.header.make_header(email.header.decode_header(legacy["Subject"]))) == draft.subject


def test_threading_headers_in_the_message() -> None:
    draft = make_draft(ORIGINAL, to="maria@acme.example", body="Thanks")
    parsed = _parse(to_message(draft, sender=Address("Sam Lee", "sam.lee@example.org")).as_bytes())
    assert parsed["In-Reply-To"] == "<rej-1@acme.example>"
    assert parsed["References"] == "<app-0@example.org> <rej-1@acme.example>"
    assert parsed["Subject"] == "Re: Your application for Data Engineer"
    assert parsed["From"] == "Sam Lee <sam.lee@example.org>"
    assert parsed["X-Unsent"] is None


@pytest.mark.parametrize(
    "address",
    ["not-an-address", "a@b@acme.example", "Maria <maria@acme.example>", "a@x.org, b@y.org", "a b@x.org", "", None],
)
def test_invalid_to_is_dropped(address: str | None) -> None:
    assert make_draft(ORIGINAL, to=address, body="x").to is None


@pytest.mark.parametrize("address", ["@acme.example", "maria@acme..example"])
def test_unparseable_to_is_dropped_not_raised(address: str) -> None:
    assert make_draft(ORIGINAL, to=address, body="x").to is None


def test_idn_recipient_is_not_mangled() -> None:
    draft = make_draft(ORIGINAL, to="maria@müller.example", body="x")
    head = _header_block(to_message(draft).as_bytes())
    assert b"=?" not in head


def test_invalid_sender_address_is_refused() -> None:
    draft = make_draft(ORIGINAL, to="maria@acme.example", body="x")
    with pytest.raises(InvalidInput):
        to_message(draft, sender=Address("Sam", "not an address"))


# --- drafting -------------------------------------------------------------------------------------------


def test_write_reply_uses_the_originals_to_name_as_sender_name() -> None:
    draft = write_reply(ORIGINAL, _analysis())
    assert draft == ReplyDraft(
        to="maria@acme.example",
        subject="Re: Your application for Data Engineer",
        body=draft.body,
        in_reply_to="<rej-1@acme.example>",
        references=("<app-0@example.org>", "<rej-1@acme.example>"),
    )
    assert draft.body.startswith("Hi Maria,\n\nThank you for letting me know about the Data Engineer role.")
    assert "working at Acme someday" in draft.body
    assert draft.body.endswith("Best regards,\nSam Lee\n")


def test_write_reply_skips_a_to_name_that_is_an_address() -> None:
    original = replace(ORIGINAL, to=(Address("sam.lee@example.org", "sam.lee@example.org"),))
    assert write_reply(original, _analysis()).body.endswith("Best regards\n")


def test_write_reply_without_fields() -> None:
    analysis = _analysis(company=None, role=None, recruiter_name=None, reply_to=None)
    draft = write_reply(replace(ORIGINAL, to=()), analysis)
    assert draft.to is None
    assert draft.body == render(DEFAULT_TEMPLATES["classic-en"].body, {})


def test_options_and_overrides_take_precedence() -> None:
    options = ReplyOptions(sender_name="Samantha", signature="linkedin.com/in/sam")
    overrides = Overrides(company="Acme Labs", role="Platform Engineer", recruiter_name="Mrs. Lopez")
    body = write_reply(ORIGINAL, _analysis(), options, overrides).body
    assert body.startswith("Hi Mrs. Lopez,\n\nThank you for letting me know about the Platform Engineer role.")
    assert "working at Acme Labs someday" in body
    assert body.endswith("Best regards,\nSamantha\nlinkedin.com/in/sam\n")
    assert "Sam Lee" not in body


def test_body_override_is_used_as_is() -> None:
    body = write_reply(ORIGINAL, _analysis(), overrides=Overrides(body="  My own words.\r\nSam  ")).body
    assert body == "My own words.\nSam\n"


def test_template_choice_order() -> None:
    analysis = _analysis(language="de")
    assert write_reply(ORIGINAL, analysis).body.startswith("Hallo Maria,")
    by_language = ReplyOptions(templates_by_language={"de": "Servus {recruiter_name}!"})
    assert write_reply(ORIGINAL, analysis, by_language).body == "Servus Maria!\n"
    built_in = replace(by_language, template_id="brief-en")
    assert write_reply(ORIGINAL, analysis, built_in).body.startswith("Hi Maria,\n\nThanks for letting me know")
    own = replace(built_in, template_body="Dear {recruiter_name} at {company}")
    assert write_reply(ORIGINAL, analysis, own).body == "Dear Maria at Acme\n"
    assert write_reply(ORIGINAL, _analysis(language="ja")).body.startswith("Hi Maria,\n\nThank you")


def test_user_template_errors_surface() -> None:
    with pytest.raises(TemplateError, match=r"\{position\}"):
        write_reply(ORIGINAL, _analysis(), ReplyOptions(template_body="About {position}"))
    with pytest.raises(TemplateError, match="unknown template"):
        write_reply(ORIGINAL, _analysis(), ReplyOptions(template_id="fancy"))


def test_overlong_fields_are_bounded() -> None:
    body = write_reply(ORIGINAL, _analysis(company="A" * 1000), ReplyOptions(template_body="{company}")).body
    assert body == "A" * 200 + "\n"
