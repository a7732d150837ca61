"""RFC 822 bytes to Gmail's MessagePart tree, snippet and threading subject."""

from __future__ import annotations

import base64

import pytest

from second_chance.emulator.mime_payload import make_snippet, normalize_subject, parse_message

NESTED = (
    b"From: =?utf-8?q?Jos=C3=A9?= <jose@x.example>\r\nTo: robin@example.com\r\n"
    b"Subject: =?iso-8859-1?q?R=E9sultat?=\r\n  de votre candidature\r\n"
    b"Date: Tue, 05 Mar 2024 10:00:00 +0100\r\nMessage-ID: <n@x>\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="B1"\r\n\r\npreamble\r\n'
    b'--B1\r\nContent-Type: multipart/alternative; boundary="B2"\r\n\r\n'
    b"--B2\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    b"Nous regrettons, l'=E9quipe.\r\n"
    b"--B2\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    + base64.encodebytes("<p>Nous regrettons, l&#39;équipe.</p>".encode())
    + b"--B2--\r\n"
    b'--B1\r\nContent-Type: application/pdf; name="cv.pdf"\r\nContent-Disposition: attachment; filename="cv.pdf"\r\n'
    b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--B1--\r\nepilogue\r\n"
)


def _data(part: dict[str, object]) -> bytes:
    body = part["body"]
    assert isinstance(body, dict)
    return base64.urlsafe_b64decode(body["data"])


def test_nested_tree() -> None:
    parsed = parse_message(NESTED, seed="m1")
    root = parsed.payload
    assert (root["partId"], root["mimeType"], root["filename"], root["body"]) == (
        "",
        "multipart/mixed",
        "",
        {"size": 0},
    )
    assert [h["name"] for h in root["headers"]][:4] == ["From", "To", "Subject", "Date"]
    assert root["headers"][0]["value"] == "José <jose@x.example>"
    assert root["headers"][2]["value"] == "Résultat  de votre candidature"
    alternative, attachment = root["parts"]
    assert alternative["partId"] == "0"
    assert [p["partId"] for p in alternative["parts"]] == ["0.0", "0.1"]
    plain, html = alternative["parts"]
    # The transfer encoding is undone; the charset's bytes are kept as they are.
    assert _data(plain) == b"Nous regrettons, l'\xe9quipe."
    assert plain["body"]["size"] == len(_data(plain))
    assert _data(html).decode() == "<p>Nous regrettons, l&#39;équipe.</p>"
    assert attachment["partId"] == "1"
    assert attachment["filename"] == "cv.pdf"
    assert set(attachment["body"]) == {"attachmentId", "size"}
    assert attachment["body"]["size"] == len(b"%PDF-1.4\n")
    assert parse_message(NESTED, seed="m1").payload == root  # attachment ids are stable
    assert (
        parse_message(NESTED, seed="m2").payload["parts"][1]["body"]["attachmentId"]
        != (attachment["body"]["attachmentId"])
    )
    assert parsed.snippet == "Nous regrettons, l&#39;équipe."
    assert "équipe" in parsed.text
    assert parsed.message_id == "<n@x>"
    assert parsed.date_ms == 1709629200000
    assert [a.filename for a in parsed.attachments] == ["cv.pdf"]


def test_body_data_is_padded_base64url() -> None:
    raw = b"Subject: x\r\nContent-Type: text/plain\r\n\r\n\xff\xfe>?"
    data = parse_message(raw, seed="s").payload["body"]["data"]
    assert data.endswith("=")
    assert "+" not in data
    assert "/" not in data


def test_single_part_and_defaults() -> None:
    parsed = parse_message(b"Subject: hi\n\nplain body, LF only\n", seed="s")
    assert parsed.payload["mimeType"] == "text/plain"
    assert parsed.payload["partId"] == ""
    assert "parts" not in parsed.payload
    assert parsed.date_ms is None
    empty = parse_message(b"Subject: hi\r\n\r\n", seed="s")
    assert empty.payload["body"] == {"size": 0}


def test_attached_message_is_a_leaf() -> None:
    raw = (
        b'Subject: fwd\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\n'
        b"see below\r\n--B\r\nContent-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\ninner body\r\n--B--\r\n"
    )
    parts = parse_message(raw, seed="s").payload["parts"]
    assert parts[1]["mimeType"] == "message/rfc822"
    assert b"inner body" in _data(parts[1])
    assert "parts" not in parts[1]


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Re: Your application", "your application"),
        ("RE: Fwd: AW: WG: TR: Fw:  Your   application", "your application"),
        ("Re[2]: Your application", "your application"),
        ("Your application: next steps", "your application: next steps"),
        ("Regarding your application", "regarding your application"),
    ],
)
def test_normalize_subject(subject: str, expected: str) -> None:
    assert normalize_subject(subject) == expected


def test_snippet_is_short_and_escaped() -> None:
    snippet = make_snippet("word " * 100 + "<tag> & 'quote'")
    assert len(snippet) <= 200
    assert make_snippet("a < b & \"c\" 'd'") == "a &lt; b &amp; &quot;c&quot; &#39;d&#39;"
