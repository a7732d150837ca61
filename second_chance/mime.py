"""RFC 822 / MIME bytes turned into an ``Email``.

The standard library parses the structure (``compat32`` policy: lenient and fast); this module decodes what
the engine needs — a handful of headers, the readable text — and refuses, with a clear message, what cannot
be read: binary files, truncated MIME, unknown charsets and oversized messages.
"""

from __future__ import annotations

import codecs
import contextlib
import email.errors
import email.header
import email.parser
import email.policy
import email.utils
import itertools
import re
from collections.abc import Iterable
from email.message import Message
from typing import Any

import fast_mail_parser

from .email_model import Address, Email
from .errors import UnreadableEmail
from .html_text import html_to_text

MAX_MESSAGE_BYTES = 25 * 1024 * 1024
# Rejections are short; a longer body is cut before analysis so one hostile message cannot stall a run.
MAX_TEXT_CHARS = 200_000
MAX_HEADER_CHARS = 4_000
MAX_ADDRESSES = 100
MAX_PARTS = 200
MAX_REFERENCES = 40
MAX_REFERENCES_CHARS = 100_000

_PARSER = email.parser.BytesParser(policy=email.policy.compat32)
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,76}:")
_BOUNDARY = re.compile(r'boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;"]{1,200}))', re.IGNORECASE)
_KNOWN_HEADERS = frozenset(
    {
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "received",
        "mime-version",
        "content-type",
        "return-path",
        "delivered-to",
        "reply-to",
        "x-gmail-labels",
        "sender",
        "cc",
    }
)
_MSG_ID = re.compile(r"<[^<>\s]{1,900}>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATES = re.compile("[\udc80-\udcff]")
# A lone surrogate (UTF-7 or UTF-16 text cut in half) cannot be encoded as UTF-8, so JSON, a database or a
# terminal would fail on it far from here.
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")
_WS = re.compile(r"\s+")


def parse_bytes(data: bytes, *, max_bytes: int = MAX_MESSAGE_BYTES) -> Email:
    """Parse one message; raise ``UnreadableEmail`` saying why when it cannot be read.

    The MIME structure is parsed by fast-mail-parser (Rust, several times faster than the standard
    library, which matters on a multi-gigabyte mbox); a message whose charset it had to guess is parsed
    again by the standard library so our own charset policy (``decode_text``) decides.
    """
    _check_envelope(data, max_bytes)
    try:
        mail = fast_mail_parser.parse_email(data, mode="lazy")
    except fast_mail_parser.ParseError:
        return parse_with_stdlib(data)  # e.g. base64 without its final padding: the stdlib is lenient
    headers = {name.lower(): values for name, values in mail.headers.items()}
    if _KNOWN_HEADERS.isdisjoint(headers):
        raise UnreadableEmail("not an email message: no RFC 822 headers found", code="not_email")
    if any(a.mimetype == "message/rfc822" for a in mail.attachments):
        return parse_with_stdlib(data)  # a mail forwarded as an attachment: read with the one that can open it
    _check_multipart_closed(headers.get("content-type", [""])[0], data)
    plain = mail.text_plain[0] if mail.text_plain else None
    html = mail.text_html[0] if mail.text_html else None
    if _needs_charset_policy(mail, headers, data, plain, html):
        return parse_with_stdlib(data)
    plain_body, html_body = choose_bodies(
        _finish(plain) if plain is not None else None, _finish(html) if html is not None else None
    )

    def one(name: str) -> str | None:
        values = headers.get(name)
        return values[0] if values else None

    def addresses(name: str, parsed: Iterable[Any]) -> tuple[Address, ...]:
        raw = headers.get(name, [])
        if any("(" in value for value in raw):
            return parse_addresses(raw)  # old comment-style names, "ana@acme.example (Ana Ruiz)"
        found = tuple(
            Address(name=header_text(a.display_name or ""), email=header_text(a.address or ""))
            for a in itertools.islice(parsed, MAX_ADDRESSES)
            if a.address
        )
        # Headers the fast parser could not read ("Company <>") get the lenient standard reading.
        return found or parse_addresses(raw)

    sender = mail.from_
    return Email(
        subject=header_text(mail.subject or one("subject"), decode=mail.subject is None),
        from_=_first(addresses("from", [sender] if sender is not None else [])),
        reply_to=addresses("reply-to", mail.reply_to or []),
        to=addresses("to", mail.to or []),
        cc=addresses("cc", mail.cc or []),
        date_header=header_text(one("date")) or None,
        message_id=parse_message_id(one("message-id")),
        in_reply_to=parse_message_id(one("in-reply-to")),
        references=parse_references(one("references")),
        plain=plain_body,
        html=html_body,
        list_unsubscribe=_optional_header(one("list-unsubscribe")),
        list_id=_optional_header(one("list-id")),
        precedence=_optional_header(one("precedence")),
        auto_submitted=_optional_header(one("auto-submitted")),
        label_ids=tuple(label.strip() for label in (one("x-gmail-labels") or "").split(",") if label.strip()),
    )


# UTF-8 read as Latin-1: "CafÃ©". Seen when a part declares no charset or us-ascii.
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]")
_DECLARED_CHARSET = re.compile(rb"charset\s*=\s*[\"']?(?!us-ascii|ascii)[\w.:-]+", re.IGNORECASE)


def _needs_charset_policy(
    mail: Any, headers: dict[str, list[str]], data: bytes, plain: str | None, html: str | None
) -> bool:
    """Cases where the fast parser's guess differs from our charset policy (``decode_text``): a charset it
    did not know, bytes invalid in the declared charset, 8-bit text with no charset declared, no text at all."""
    if any(warning.kind == "charset-fallback" for warning in mail.warnings):
        return True
    for text in (plain, html, mail.subject):
        if text and ("\ufffd" in text or _MOJIBAKE.search(text)):
            return True
    if plain is None and html is None and not mail.attachments:
        return True
    if not data.isascii() and any("\ufffd" in value for values in headers.values() for value in values):
        return True  # raw 8-bit header bytes
    body = data.partition(b"\n\n")[2] or data.partition(b"\r\n\r\n")[2]
    return not body.isascii() and not _DECLARED_CHARSET.search(data)


def parse_with_stdlib(data: bytes, *, max_bytes: int = MAX_MESSAGE_BYTES) -> Email:
    """The standard library's reading of a message, with our charset policy on every text part."""
    _check_envelope(data, max_bytes)
    try:
        msg = _PARSER.parsebytes(data)
    except (RecursionError, ValueError, LookupError, email.errors.MessageError) as exc:
        raise UnreadableEmail(f"malformed MIME structure: {exc.__class__.__name__}") from exc
    if not any(key.lower() in _KNOWN_HEADERS for key in msg):
        raise UnreadableEmail("not an email message: no RFC 822 headers found", code="not_email")
    return _email_from_message(msg)


def _email_from_message(msg: Message, *, open_attached: bool = True) -> Email:
    plain, html = _bodies(msg)
    plain_body, html_body = choose_bodies(plain, html)
    forwarded = _attached_messages(msg) if open_attached else ""
    if forwarded:
        # Outlook's "forward as attachment": the attached mail is what the forward is about. It joins the body
        # the way an inline forward would, under an "Original Message" line that marks it as quoted.
        body = plain_body or (html_to_text(html_body) if html_body else "")
        plain_body, html_body = (body + forwarded)[: MAX_TEXT_CHARS * 2], None
    return Email(
        subject=header_text(msg.get("Subject")),
        from_=_first(parse_addresses(msg.get_all("From", []))),
        reply_to=parse_addresses(msg.get_all("Reply-To", [])),
        to=parse_addresses(msg.get_all("To", [])),
        cc=parse_addresses(msg.get_all("Cc", [])),
        date_header=header_text(msg.get("Date")) or None,
        message_id=parse_message_id(msg.get("Message-ID")),
        in_reply_to=parse_message_id(msg.get("In-Reply-To")),
        references=parse_references(msg.get("References")),
        plain=plain_body,
        html=html_body,
        list_unsubscribe=_optional_header(msg.get("List-Unsubscribe")),
        list_id=_optional_header(msg.get("List-Id")),
        precedence=_optional_header(msg.get("Precedence")),
        auto_submitted=_optional_header(msg.get("Auto-Submitted")),
        label_ids=tuple(x.strip() for x in header_text(msg.get("X-Gmail-Labels")).split(",") if x.strip()),
    )


_MAX_ATTACHED = 2


def _attached_messages(msg: Message) -> str:
    blocks: list[str] = []
    for part in msg.walk():
        if len(blocks) >= _MAX_ATTACHED:
            break
        if part is msg or part.get_content_type() != "message/rfc822":
            continue
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        if not isinstance(inner, Message):
            continue
        try:
            attached = _email_from_message(inner, open_attached=False)
        except UnreadableEmail:
            continue  # an unreadable attachment takes nothing from the mail around it
        to = ", ".join(str(a) for a in attached.to)
        blocks.append(
            f"\n\n-----Original Message-----\nFrom: {attached.from_ or ''}\nSent: {attached.date_header or ''}\n"
            f"To: {to}\nSubject: {attached.subject}\n\n{attached.text}"
        )
    return "".join(blocks)


def _check_envelope(data: bytes, max_bytes: int) -> None:
    if len(data) > max_bytes:
        raise UnreadableEmail(
            f"message too large: {len(data):,} bytes (limit {max_bytes:,}); skipped", code="message_too_large"
        )
    head, sep, _ = data.partition(b"\n\n")
    if not sep:
        head, sep, _ = data.partition(b"\r\n\r\n")
    if b"\x00" in head[:65536]:
        raise UnreadableEmail("not an email message: binary data", code="binary")
    if not sep:
        if not _HEADER_LINE.match(data):
            raise UnreadableEmail("not an email message: no RFC 822 headers found", code="not_email")
        raise UnreadableEmail("truncated: the message ends inside its headers", code="truncated")


def _check_multipart_closed(content_type: str, data: bytes) -> None:
    match = _BOUNDARY.search(content_type)
    if match and content_type.lower().lstrip().startswith("multipart/"):
        boundary = (match.group(1) or match.group(2) or "").encode("utf-8", "replace")
        if boundary and b"--" + boundary + b"--" not in data:
            raise UnreadableEmail("truncated: the multipart body has no closing boundary", code="truncated")


# --- headers -------------------------------------------------------------------------------------------


def header_text(value: object, *, decode: bool = True) -> str:
    """Decode a header (RFC 2047 words, raw 8-bit bytes) to one clean line of text.

    ``decode=False`` for text already decoded (a literal "=?" in it stays as it is)."""
    if value is None:
        return ""
    raw = _header_str(value)
    if raw.isprintable() and ("=?" not in raw or not decode) and len(raw) <= MAX_HEADER_CHARS:
        return " ".join(raw.split())  # the common case: nothing to decode or clean
    if _SURROGATES.search(raw):
        # 8-bit header bytes smuggled through the parser as surrogates: most are UTF-8, the rest Latin-1.
        try:
            as_bytes = raw.encode("ascii", "surrogateescape")
        except UnicodeEncodeError:
            pass  # not smuggled bytes after all: the lone surrogates are replaced below
        else:
            try:
                raw = as_bytes.decode("utf-8")
            except UnicodeDecodeError:
                raw = as_bytes.decode("cp1252", "replace")
    if "=?" in raw and decode:
        # Undecodable words stay as they are: readable enough, and never a crash.
        with contextlib.suppress(email.errors.HeaderParseError, LookupError, UnicodeError, ValueError):
            raw = str(email.header.make_header(email.header.decode_header(raw)))
    raw = _LONE_SURROGATES.sub("\ufffd", _CONTROL.sub("", raw))
    return _WS.sub(" ", raw).strip()[:MAX_HEADER_CHARS]


def _header_str(value: object) -> str:
    """compat32 hands raw 8-bit header bytes over as a Header of "unknown-8bit" chunks: read them as UTF-8,
    or Windows-1252 when they are not."""
    if not isinstance(value, email.header.Header):
        return str(value)
    parts: list[str] = []
    for chunk, charset in email.header.decode_header(value):
        if isinstance(chunk, str):
            parts.append(chunk)
            continue
        if charset in (None, "unknown-8bit"):
            try:
                parts.append(chunk.decode("utf-8"))
            except UnicodeDecodeError:
                parts.append(chunk.decode("cp1252", "replace"))
        else:
            parts.append(decode_text(chunk, charset))
    return "".join(parts)


def _optional_header(value: object) -> str | None:
    text = header_text(value)
    return text or None


def parse_addresses(values: Iterable[object]) -> tuple[Address, ...]:
    decoded = [header_text(v) for v in values if v is not None]
    if not decoded:
        return ()
    result: list[Address] = []
    for name, addr in email.utils.getaddresses(decoded):
        addr = addr.strip().strip("<>").strip()
        if "@" not in addr or any(ch.isspace() for ch in addr):
            if not name:
                continue
            addr = ""
        result.append(Address(name=name.strip().strip('"').strip(), email=addr))
        if len(result) >= MAX_ADDRESSES:
            break
    return tuple(result)


def _first(addresses: tuple[Address, ...]) -> Address | None:
    return addresses[0] if addresses else None


def parse_message_id(value: object) -> str | None:
    text = header_text(value)
    match = _MSG_ID.search(text)
    return match.group(0) if match else None


def parse_references(value: object) -> tuple[str, ...]:
    """Message ids of a References header: the thread's root and the most recent ones, no duplicates."""
    if value is None:
        return ()
    ids = list(dict.fromkeys(_MSG_ID.findall(str(value)[:MAX_REFERENCES_CHARS])))
    if len(ids) > MAX_REFERENCES:
        ids = [ids[0], *ids[-(MAX_REFERENCES - 1) :]]
    return tuple(ids)


# --- bodies --------------------------------------------------------------------------------------------


def _bodies(msg: Message) -> tuple[str | None, str | None]:
    plain: str | None = None
    html: str | None = None
    for count, part in enumerate(_leaf_parts(msg)):
        if count >= MAX_PARTS:
            break
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            continue
        if (part.get("Content-Disposition") or "").strip().lower().startswith("attachment"):
            continue
        if ctype == "text/plain" and plain is None:
            plain = decode_part(part)
        elif ctype == "text/html" and html is None:
            html = decode_part(part)
        if plain is not None and html is not None:
            break
    _check_structure(msg)
    return plain, html


def _leaf_parts(msg: Message) -> Iterable[Message]:
    """Leaf parts in order, not descending into attached messages (a forwarded mail is not this mail)."""
    stack = [msg]
    while stack:
        part = stack.pop()
        if part.get_content_maintype() == "message" and part is not msg:
            continue
        if part.is_multipart():
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend(child for child in reversed(children) if isinstance(child, Message))
            continue
        yield part


def _check_structure(msg: Message) -> None:
    for part in msg.walk():
        for defect in part.defects:
            if isinstance(defect, email.errors.StartBoundaryNotFoundDefect | email.errors.CloseBoundaryNotFoundDefect):
                raise UnreadableEmail("truncated or malformed MIME: a multipart boundary is missing", code="truncated")


def decode_part(part: Message) -> str:
    """Decode one leaf part's payload with its transfer encoding and charset."""
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    return decode_text(data, charset)


def decode_text(data: bytes, charset: str) -> str:
    """Decode body bytes. A known charset that does not fit is read leniently (mislabelled mail is common);
    an unknown charset is an error unless the bytes are valid UTF-8."""
    charset = charset.strip().strip('"').lower() or "utf-8"
    if charset in {"us-ascii", "ascii", "ansi_x3.4-1968"}:
        charset = "utf-8"  # 8-bit bytes under an ASCII label are nearly always UTF-8
    try:
        info = codecs.lookup(charset)
        # Codecs such as rot13, base64 or zlib are not character sets: a label naming one is unknown.
        codec = info.name if getattr(info, "_is_text_encoding", True) else None
    except LookupError:
        codec = None
    if codec is None:
        try:
            return _finish(data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise UnreadableEmail(f"unknown charset {charset!r}", code="unknown_charset") from exc
    try:
        return _finish(data.decode(codec))
    except UnicodeError:
        if codec == "utf-8":
            return _finish(data.decode("cp1252", "replace"))
        try:
            return _finish(data.decode(codec, "replace"))
        except UnicodeError as exc:
            raise UnreadableEmail(f"cannot decode text as {charset!r}", code="unknown_charset") from exc


def _finish(text: str) -> str:
    if text.count("\x00") > 16:
        raise UnreadableEmail("binary data in a text part", code="binary")
    text = _LONE_SURROGATES.sub("\ufffd", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def choose_bodies(plain: str | None, html: str | None) -> tuple[str, str | None]:
    """The plain body, and the HTML body when it is needed: no plain part, or one that says little."""
    plain_text = plain.strip()[:MAX_TEXT_CHARS] if plain else ""
    if html is None:
        return plain_text, None
    # Some senders put only "view this mail in a browser" in the plain part.
    if len(plain_text) >= 200 or (plain_text and len(html) < 4 * len(plain_text)):
        return plain_text, None
    return plain_text, html[: MAX_TEXT_CHARS * 4]
