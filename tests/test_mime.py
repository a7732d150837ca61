"""second_chance.mime.parse_bytes: headers, bodies, charsets, HTML, hostile input and refusals."""

from __future__ import annotations

import base64
import time
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from second_chance.email_model import Address, Email
from second_chance.errors import UnreadableEmail
from second_chance.mime import MAX_ADDRESSES, MAX_HEADER_CHARS, MAX_MESSAGE_BYTES, parse_bytes, parse_with_stdlib
from second_chance.text_prep import prepare

HEAD = (
    b"From: Ana Ruiz <ana.ruiz@acme.example>\n"
    b"To: Sam Lee <sam.lee@example.org>\n"
    b"Subject: Your application\n"
    b"Message-ID: <m1@acme.example>\n"
)
REJECTION = "Thank you for applying. We have decided to move forward with other candidates."


def _plain(body: bytes, *extra_headers: bytes) -> bytes:
    return HEAD + b"".join(h + b"\n" for h in extra_headers) + b"\n" + body


def _unreadable(data: bytes, **kwargs: int) -> UnreadableEmail:
    with pytest.raises(UnreadableEmail) as info:
        parse_bytes(data, **kwargs)
    return info.value


def _no_control_chars(text: str) -> bool:
    return all(ch >= " " and ch != "\x7f" for ch in text)


# --- bodies and transfer encodings ----------------------------------------------------------------------


def test_plain_text_message_headers_and_body() -> None:
    data = _plain(
        b"Hi Sam,\n\n" + REJECTION.encode() + b"\n",
        b"Date: Mon, 04 Mar 2024 10:00:00 +0100",
        b"Reply-To: Talent Team <talent@acme.example>",
        b"Cc: Bo <bo@acme.example>, carl@acme.example",
    )
    parsed = parse_bytes(data)
    assert parsed.subject == "Your application"
    assert parsed.from_ == Address("Ana Ruiz", "ana.ruiz@acme.example")
    assert parsed.to == (Address("Sam Lee", "sam.lee@example.org"),)
    assert parsed.reply_to == (Address("Talent Team", "talent@acme.example"),)
    assert parsed.cc == (Address("Bo", "bo@acme.example"), Address("", "carl@acme.example"))
    assert parsed.message_id == "<m1@acme.example>"
    assert parsed.date is not None
    assert (parsed.date.year, parsed.date.month, parsed.date.day, parsed.date.hour) == (2024, 3, 4, 10)
    offset = parsed.date.utcoffset()
    assert offset is not None
    assert offset.total_seconds() == 3600
    assert parsed.text == "Hi Sam,\n\n" + REJECTION
    assert parsed.text_from_html is False


def test_crlf_line_endings_are_normalised() -> None:
    data = HEAD.replace(b"\n", b"\r\n") + b"\r\nLine one\r\nLine two\r\n"
    parsed = parse_bytes(data)
    assert parsed.subject == "Your application"
    assert parsed.text == "Line one\nLine two"


def test_invalid_date_is_none() -> None:
    assert parse_bytes(_plain(b"x", b"Date: the day after tomorrow")).date is None


def test_quoted_printable_body() -> None:
    body = b"Caf=C3=A9 meeting: we have decided to move =\nforward with other candidates. 1 =3D 1\n"
    parsed = parse_bytes(
        _plain(body, b"Content-Type: text/plain; charset=utf-8", b"Content-Transfer-Encoding: quoted-printable")
    )
    assert parsed.text == "Café meeting: we have decided to move forward with other candidates. 1 = 1"


def test_base64_body() -> None:
    encoded = base64.encodebytes("Grüße aus München.\n".encode())
    parsed = parse_bytes(
        _plain(encoded, b"Content-Type: text/plain; charset=utf-8", b"Content-Transfer-Encoding: base64")
    )
    assert parsed.text == "Grüße aus München."


def test_multipart_alternative_prefers_plain() -> None:
    msg = MIMEMultipart("alternative")
    msg["From"] = "ana@acme.example"
    msg["Subject"] = "Update"
    msg.attach(MIMEText("Plain version of the letter.", "plain", "utf-8"))
    msg.attach(MIMEText("<p>HTML version of the letter.</p>", "html", "utf-8"))
    parsed = parse_bytes(msg.as_bytes())
    assert parsed.text == "Plain version of the letter."
    assert parsed.text_from_html is False


def test_placeholder_plain_part_loses_to_a_much_richer_html_part() -> None:
    msg = MIMEMultipart("alternative")
    msg["From"] = "ana@acme.example"
    msg["Subject"] = "Update"
    msg.attach(MIMEText("View this email in your browser.", "plain", "utf-8"))
    html = "<p>Dear Sam,</p>" + f"<p>{REJECTION}</p>" * 3 + "<p>Kind regards, Ana</p>"
    msg.attach(MIMEText(html, "html", "utf-8"))
    parsed = parse_bytes(msg.as_bytes())
    assert parsed.text_from_html is True
    assert parsed.text.startswith("Dear Sam,\n\n" + REJECTION)
    assert "View this email" not in parsed.text


# --- HTML-only mail -------------------------------------------------------------------------------------

HTML_MAIL = """<html><head><title>Hidden title</title>
<style>.note { color: red; }</style><script>var tracking = "pixel";</script></head>
<body>
<p>Dear&nbsp;Sam,</p>
<p>Thank you for applying &amp; for your patience &mdash; we have decided to move forward with other candidates.</p>
<p>Line one<br>Line two<br/>Line three</p>
<table><tr><td>Role</td><td>Data Engineer</td></tr><tr><th>Team</th><td>Platform</td></tr></table>
<div>Kind regards,<br>Ana</div>
<div class="gmail_quote">On Mon, 4 Mar 2024, Sam wrote:<blockquote>My earlier question about timing.</blockquote></div>
</body></html>"""


def test_html_only_mail_becomes_readable_text() -> None:
    parsed = parse_bytes(_plain(HTML_MAIL.encode(), b"Content-Type: text/html; charset=utf-8"))
    text = parsed.text
    assert parsed.text_from_html is True
    # Paragraphs are separated by a blank line; entities are decoded; &nbsp; is a plain space.
    assert text.startswith("Dear Sam,\n\nThank you for applying & for your patience — we have decided")
    lines = [line for line in text.splitlines() if line]
    # <br> breaks a line; each piece stays whole and in order.
    assert lines[2:5] == ["Line one", "Line two", "Line three"]
    # Table cells keep reading order and never run together.
    table = " ".join(lines[5:-2]).split()
    assert table == ["Role", "Data", "Engineer", "Team", "Platform"]
    assert lines[-2:] == ["Kind regards,", "Ana"]
    assert "<" not in text
    assert "&" not in text.replace("applying & for", "")
    for hidden in ("color", "tracking", "pixel", "Hidden title", "earlier question", "Sam wrote"):
        assert hidden not in text
    assert "\n\n\n" not in text
    assert "  " not in text


def test_html_text_after_a_block_is_not_glued_to_it() -> None:
    html = b"<div>Dear Sam,</div>We have decided to move forward with other candidates.<p>Thanks</p>for applying."
    text = parse_bytes(_plain(html, b"Content-Type: text/html")).text
    assert "Sam,We" not in text
    assert "Thanksfor" not in text
    expected = "Dear Sam, We have decided to move forward with other candidates. Thanks for applying."
    assert " ".join(text.split()) == expected


def test_html_inline_markup_keeps_a_sentence_together() -> None:
    html = b'<p>We <b>regret</b> to tell you that the <span style="x">Data Engineer</span> role is '
    html += b'<a href="/jobs">filled</a>.</p>'
    text = parse_bytes(_plain(html, b"Content-Type: text/html")).text
    assert text == "We regret to tell you that the Data Engineer role is filled."


def test_html_comment_does_not_split_a_sentence() -> None:
    html = b"<p>After careful review, we have decided <!-- tracking --> to move forward with other candidates.</p>"
    text = parse_bytes(_plain(html, b"Content-Type: text/html")).text
    assert text == "After careful review, we have decided to move forward with other candidates."


def test_html_attribute_with_greater_than_does_not_leak() -> None:
    html = b'<p>Thanks for applying to <a href="https://jobs.acme.example/?next=>apply">Acme</a>.</p>'
    text = parse_bytes(_plain(html, b"Content-Type: text/html")).text
    assert text == "Thanks for applying to Acme."


# --- headers --------------------------------------------------------------------------------------------


def test_rfc2047_encoded_from_and_subject() -> None:
    data = (
        b"From: =?utf-8?q?Jos=C3=A9_N=C3=BA=C3=B1ez?= <jose@acme.example>\n"
        b"Subject: =?utf-8?b?SWhyZSBCZXdlcmJ1bmcgYmVpIE3DvG5jaGVu?= =?iso-8859-1?q?_=FCber?=\n"
        b"\nbody\n"
    )
    parsed = parse_bytes(data)
    assert parsed.from_ == Address("José Núñez", "jose@acme.example")
    assert parsed.subject == "Ihre Bewerbung bei München über"


def test_encoded_comma_in_display_name_stays_one_address() -> None:
    parsed = parse_bytes(b"From: =?utf-8?q?M=C3=BCller=2C_Hans?= <hans@acme.example>\nSubject: x\n\nbody\n")
    assert parsed.from_ == Address("Müller, Hans", "hans@acme.example")


def test_raw_utf8_headers() -> None:
    data = "From: José Núñez <jose@acme.example>\nSubject: Café über alles\n\nbody\n".encode()
    parsed = parse_bytes(data)
    assert parsed.subject == "Café über alles"
    assert parsed.from_ == Address("José Núñez", "jose@acme.example")


def test_raw_latin1_headers() -> None:
    parsed = parse_bytes(b"From: Jos\xe9 <jose@acme.example>\nSubject: Caf\xe9 \xfcber\n\nbody\n")
    assert parsed.from_ == Address("José", "jose@acme.example")
    assert parsed.subject == "Café über"
    assert not any("\udc80" <= ch <= "\udcff" or ch == "\ufffd" for ch in parsed.subject)


def test_quoted_display_name_with_comma_and_address_lists() -> None:
    data = (
        b'From: "Ruiz, Ana" <ana.ruiz@acme.example>\n'
        b"To: Team: x@acme.example, Sam <sam.lee@example.org>;\n"
        b"Cc: undisclosed-recipients:;\n"
        b"Subject: x\n\nbody\n"
    )
    parsed = parse_bytes(data)
    assert parsed.from_ == Address("Ruiz, Ana", "ana.ruiz@acme.example")
    assert parsed.to == (Address("", "x@acme.example"), Address("Sam", "sam.lee@example.org"))
    assert parsed.cc == ()


def test_empty_address_keeps_the_display_name() -> None:
    parsed = parse_bytes(b"From: Acme Careers <>\nSubject: x\n\nbody\n")
    assert parsed.from_ == Address("Acme Careers", "")


def test_comment_style_display_name() -> None:
    parsed = parse_bytes(b"From: ana.ruiz@acme.example (Ana Ruiz)\nSubject: x\n\nbody\n")
    assert parsed.from_ == Address("Ana Ruiz", "ana.ruiz@acme.example")


def test_folded_message_id_and_threading_headers() -> None:
    data = (
        b"From: ana@acme.example\n"
        b"Subject: x\n"
        b"Message-ID:\n <folded.id.123@mail.acme.example>\n"
        b"In-Reply-To: <parent@example.org> (Sam's message)\n"
        b"References: <root@example.org>\n\t<middle@acme.example>\n  <parent@example.org>\n"
        b"\nbody\n"
    )
    parsed = parse_bytes(data)
    assert parsed.message_id == "<folded.id.123@mail.acme.example>"
    assert parsed.in_reply_to == "<parent@example.org>"
    assert parsed.references == ("<root@example.org>", "<middle@acme.example>", "<parent@example.org>")


def test_missing_or_garbage_ids_are_none() -> None:
    parsed = parse_bytes(b"From: ana@acme.example\nSubject: x\nMessage-ID: no brackets here\n\nbody\n")
    assert parsed.message_id is None
    assert parsed.in_reply_to is None
    assert parsed.references == ()


def test_long_references_keep_the_most_recent_ids() -> None:
    ids = [f"<msg{i:03d}.abcdefghijklmnopqrstuvwxyz0123456789@mail.acme.example>" for i in range(100)]
    data = b"From: ana@acme.example\nSubject: x\nReferences: " + "\n ".join(ids).encode() + b"\n\nbody\n"
    parsed = parse_bytes(data)
    assert parsed.references
    assert parsed.references[-1] == ids[-1]


# --- charsets -------------------------------------------------------------------------------------------


def test_iso_8859_1_body() -> None:
    body = "Café, über, niño.\n".encode("iso-8859-1")
    parsed = parse_bytes(_plain(body, b"Content-Type: text/plain; charset=iso-8859-1"))
    assert parsed.text == "Café, über, niño."


def test_windows_1252_body() -> None:
    body = "“Thank you” – we wish you all the best… €5\n".encode("windows-1252")
    parsed = parse_bytes(_plain(body, b'Content-Type: text/plain; charset="windows-1252"'))
    assert parsed.text == "“Thank you” – we wish you all the best… €5"


def test_utf8_label_on_cp1252_bytes_is_decoded_leniently() -> None:
    body = "Café “soon”\n".encode("cp1252")
    parsed = parse_bytes(_plain(body, b"Content-Type: text/plain; charset=utf-8"))
    assert parsed.text == "Café “soon”"


@pytest.mark.parametrize(
    "headers",
    [
        (b"Content-Type: text/plain; charset=us-ascii",),
        (b"Content-Type: text/plain", b"Content-Transfer-Encoding: quoted-printable"),
    ],
)
def test_ascii_label_on_utf8_bytes_is_read_as_utf8(headers: tuple[bytes, ...]) -> None:
    body = b"Caf=C3=A9\n" if b"Content-Transfer-Encoding: quoted-printable" in headers else "Café\n".encode()
    parsed = parse_bytes(_plain(body, *headers))
    assert parsed.text == "Café"


def test_known_charset_with_an_undefined_byte_is_read_leniently() -> None:
    # 0x81 has no meaning in windows-1252: the rest of the text must still come through, with no error.
    body = b"We \x81 regret \x93to\x94 say\n"
    text = parse_bytes(_plain(body, b"Content-Type: text/plain; charset=windows-1252")).text
    assert text.startswith("We ")
    assert text.endswith(" regret “to” say")
    assert len(text) == len("We ? regret “to” say")


def test_iso_8859_1_label_is_trusted() -> None:
    parsed = parse_bytes(_plain("Café\n".encode(), b"Content-Type: text/plain; charset=iso-8859-1"))
    assert parsed.text == "CafÃ©"  # a label that fits every byte is believed: documented, if unlucky


@pytest.mark.parametrize(
    ("charset", "text"),
    [(b"koi8-r", "Спасибо за интерес"), (b"shift_jis", "ご応募ありがとうございました"), (b"gb2312", "感谢您的申请")],
)
def test_other_known_charsets(charset: bytes, text: str) -> None:
    body = text.encode(charset.decode()) + b"\n"
    assert parse_bytes(_plain(body, b"Content-Type: text/plain; charset=" + charset)).text == text


def test_base64_without_padding_is_still_read() -> None:
    body = b"V2UgaGF2ZSBkZWNpZGVk\nIHRvIG1vdmUgZm9yd2FyZC4\n"
    parsed = parse_bytes(_plain(body, b"Content-Type: text/plain; charset=utf-8", b"Content-Transfer-Encoding: base64"))
    assert parsed.text == "We have decided to move forward."


def test_unknown_charset_that_is_not_utf8_is_refused() -> None:
    error = _unreadable(_plain(b"Caf\xe9\n", b"Content-Type: text/plain; charset=x-made-up"))
    assert error.code == "unknown_charset"
    assert "x-made-up" in error.message


def test_unknown_charset_with_valid_utf8_bytes_is_decoded() -> None:
    parsed = parse_bytes(_plain("Café ü\n".encode(), b"Content-Type: text/plain; charset=x-made-up"))
    assert parsed.text == "Café ü"


@pytest.mark.parametrize("charset", [b"rot13", b"base64", b"zlib", b"hex"])
def test_non_text_codec_as_charset_is_handled(charset: bytes) -> None:
    data = _plain(b"hello world\n", b"Content-Type: text/plain; charset=" + charset)
    try:
        parsed = parse_bytes(data)
    except UnreadableEmail:
        return
    assert parsed.text == "hello world"


# --- refusals -------------------------------------------------------------------------------------------


def test_binary_garbage_is_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
    error = _unreadable(png + bytes(range(256)))
    assert error.code == "binary"


def test_bytes_without_headers_are_refused() -> None:
    error = _unreadable(b"Dear Sam,\nthis is just some text\n\nwith no headers at all.\n")
    assert error.code == "not_email"


def test_message_ending_inside_its_headers_is_truncated() -> None:
    error = _unreadable(b"From: ana@acme.example\nTo: sam.lee@example.org\nSubject: Your applica")
    assert error.code == "truncated"
    error = _unreadable(b"From: ana@acme.example\r\nSubject: Your application\r\n")
    assert error.code == "truncated"


def test_multipart_without_closing_boundary_is_truncated() -> None:
    data = (
        b"From: ana@acme.example\nSubject: x\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/alternative; boundary="BOUND"\n\n'
        b"--BOUND\nContent-Type: text/plain\n\nHello there.\n"
        b"--BOUND\nContent-Type: text/html\n\n<p>Hello th"
    )
    assert _unreadable(data).code == "truncated"


def test_message_over_max_bytes_is_refused() -> None:
    data = _plain(b"a" * 500)
    error = _unreadable(data, max_bytes=400)
    assert error.code == "message_too_large"
    assert "400" in error.message
    # Exactly at the limit is still fine.
    assert parse_bytes(data, max_bytes=len(data)).text == "a" * 500


def test_default_size_limit_is_enforced_quickly() -> None:
    data = _plain(b"a" * (26 * 1024 * 1024))
    assert len(data) > MAX_MESSAGE_BYTES
    started = time.perf_counter()
    error = _unreadable(data)
    assert time.perf_counter() - started < 1.0
    assert error.code == "message_too_large"


# --- hostile headers ------------------------------------------------------------------------------------


def test_control_characters_in_encoded_subject_are_removed() -> None:
    hostile = "Hello\r\nBcc: evil@example.com\x07\x00\x1b[31m\x7fend\u2028x"
    encoded = base64.b64encode(hostile.encode()).decode()
    parsed = parse_bytes(f"From: ana@acme.example\nSubject: =?utf-8?b?{encoded}?=\n\nbody\n".encode())
    assert _no_control_chars(parsed.subject)
    assert "\u2028" not in parsed.subject
    assert parsed.subject == "Hello Bcc: evil@example.com[31mend x"


def test_quoted_printable_encoded_word_with_crlf() -> None:
    parsed = parse_bytes(b"From: a@acme.example\nSubject: =?utf-8?q?Hi=0D=0ATo=3A_x=40example=2Ecom?=\n\nb\n")
    assert parsed.subject == "Hi To: x@example.com"


def test_huge_header_is_cut_to_a_bounded_length() -> None:
    started = time.perf_counter()
    parsed = parse_bytes(b"From: ana@acme.example\nSubject: " + b"word " * 20_000 + b"\n\nbody\n")
    assert time.perf_counter() - started < 1.0
    assert 0 < len(parsed.subject) <= MAX_HEADER_CHARS
    assert parsed.subject.startswith("word word")


def test_thousands_of_recipients_are_capped() -> None:
    to = ", ".join(f"u{i}@example.org" for i in range(5000)).encode()
    parsed = parse_bytes(b"From: ana@acme.example\nTo: " + to + b"\nSubject: s\n\nbody\n")
    assert 0 < len(parsed.to) <= MAX_ADDRESSES
    assert parsed.to[0] == Address("", "u0@example.org")
    assert all(a.email == f"u{i}@example.org" for i, a in enumerate(parsed.to))


def test_long_recipient_list_yields_only_real_addresses() -> None:
    addresses = [f"u{i:04d}@dept{'x' * 18}.example.com" for i in range(500)]
    parsed = parse_bytes(b"From: ana@acme.example\nTo: " + ", ".join(addresses).encode() + b"\nSubject: s\n\nb\n")
    assert parsed.to
    assert {a.email for a in parsed.to} <= set(addresses)


# --- what is not the body -------------------------------------------------------------------------------


def test_text_attachment_is_not_the_body() -> None:
    msg = MIMEMultipart("mixed")
    msg["From"] = "ana@acme.example"
    msg["Subject"] = "Documents"
    attachment = MIMEText("Attached notes: we have decided to move forward with other candidates.", "plain")
    attachment.add_header("Content-Disposition", "attachment", filename="notes.txt")
    msg.attach(attachment)
    msg.attach(MIMEText("Please find the documents attached.", "plain"))
    parsed = parse_bytes(msg.as_bytes())
    assert parsed.text == "Please find the documents attached."


def test_only_an_attachment_gives_empty_text() -> None:
    msg = MIMEMultipart("mixed")
    msg["From"] = "ana@acme.example"
    msg["Subject"] = "Documents"
    attachment = MIMEText("Attached notes.", "plain")
    attachment.add_header("Content-Disposition", "attachment", filename="notes.txt")
    msg.attach(attachment)
    msg.attach(MIMEApplication(b"%PDF-1.4 fake", "pdf"))
    assert parse_bytes(msg.as_bytes()).text == ""


def test_a_mail_forwarded_as_an_attachment_reads_like_an_inline_forward() -> None:
    inner = EmailMessage()
    inner["From"] = "someone@other.example"
    inner["Subject"] = "Old news"
    inner.set_content("We have decided to move forward with other candidates.")
    outer = MIMEMultipart("mixed")
    outer["From"] = "friend@example.net"
    outer["Subject"] = "Fwd: Old news"
    outer.attach(MIMEText("FYI, see below.", "plain"))
    outer.attach(MIMEMessage(inner))
    parsed = parse_bytes(outer.as_bytes())
    # The attached mail follows the forward's own words, marked as quoted, as Outlook writes an inline forward:
    # what the message itself says stays apart from what it passes on.
    prepared = prepare(parsed.subject, parsed.text)
    assert prepared.new_part.strip() == "FYI, see below."
    assert "From: someone@other.example" in prepared.quoted_part
    assert "move forward with other candidates" in prepared.quoted_part
    assert parse_with_stdlib(outer.as_bytes()).text == parsed.text


# --- list and automation headers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "bulk", "auto"),
    [
        ((), False, False),
        ((b"Precedence: bulk",), True, False),
        ((b"Precedence: List",), True, False),
        ((b"Precedence: junk",), True, False),
        ((b"Precedence: first-class",), False, False),
        ((b"List-Id: Jobs <jobs.acme.example>",), True, False),
        ((b"Auto-Submitted: auto-generated",), False, True),
        ((b"Auto-Submitted: auto-replied",), False, True),
        ((b"Auto-Submitted: No",), False, False),
    ],
)
def test_bulk_and_auto_generated(headers: tuple[bytes, ...], bulk: bool, auto: bool) -> None:
    parsed = parse_bytes(_plain(b"body\n", *headers))
    assert parsed.is_bulk is bulk
    assert parsed.is_auto_generated is auto


def test_email_value_defaults() -> None:
    empty = Email()
    assert empty.is_bulk is False
    assert empty.is_auto_generated is False
    assert Address("Ana", "Ana.Ruiz@ACME.example").domain == "acme.example"
    assert Address("Ana", "Ana.Ruiz@ACME.example").local_part == "ana.ruiz"
    assert str(Address("Ana", "ana@acme.example")) == "Ana <ana@acme.example>"
    assert str(Address("", "ana@acme.example")) == "ana@acme.example"


def test_half_a_utf7_surrogate_pair_becomes_a_replacement_character() -> None:
    # Lone surrogates cannot be written as UTF-8: left in, they break JSON responses and the database.
    data = (
        b"From: =?utf-7?q?Ana+2D0-?= <ana@acme.example>\nSubject: =?utf-7?q?Hi +2D0- there?=\n"
        b"Content-Type: text/plain; charset=utf-7\n\nbody +2D0- x\n"
    )
    parsed = parse_bytes(data)
    assert parsed.subject == "Hi \ufffd there"
    assert parsed.plain == "body \ufffd x"
    assert parsed.from_ == Address(name="Ana\ufffd", email="ana@acme.example")
    parsed.subject.encode("utf-8")
