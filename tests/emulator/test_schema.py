"""Every endpoint's responses checked against the response schemas of the shipped discovery document."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from googleapiclient.errors import HttpError

from second_chance.emulator.discovery import document

from .conftest import ROBIN, Served, b64, make_raw

_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "uint32": (0, 2**32 - 1)}
_STRING_FORMATS = {
    "int64": re.compile(r"^-?\d+$"),
    "uint64": re.compile(r"^\d+$"),
    "byte": re.compile(r"^[A-Za-z0-9_+/-]*={0,2}$"),
}


class SchemaError(AssertionError):
    pass


def check(value: Any, schema: dict[str, Any], where: str = "$") -> None:
    """A validator for the discovery document's JSON-schema dialect: $ref, type, properties (no others
    allowed), additionalProperties, items, enum, and the formats it uses for numbers in strings."""
    schemas = document()["schemas"]
    if "$ref" in schema:
        schema = schemas[schema["$ref"]]
    kind = schema.get("type")
    if kind == "object":
        if not isinstance(value, dict):
            raise SchemaError(f"{where}: expected an object, got {value!r}")
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            if key in properties:
                check(item, properties[key], f"{where}.{key}")
            elif extra is not None:
                check(item, extra, f"{where}.{key}")
            else:
                raise SchemaError(f"{where}: unknown property {key!r}")
    elif kind == "array":
        if not isinstance(value, list):
            raise SchemaError(f"{where}: expected an array")
        for i, item in enumerate(value):
            check(item, schema["items"], f"{where}[{i}]")
    elif kind == "string":
        if not isinstance(value, str):
            raise SchemaError(f"{where}: expected a string, got {value!r}")
        pattern = _STRING_FORMATS.get(schema.get("format", ""))
        if pattern is not None and not pattern.match(value):
            raise SchemaError(f"{where}: {value!r} is not a {schema['format']}")
        if "enum" in schema and value not in schema["enum"]:
            raise SchemaError(f"{where}: {value!r} not in {schema['enum']}")
    elif kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            raise SchemaError(f"{where}: expected an integer, got {value!r}")
        low, high = _INT_RANGES.get(schema.get("format", ""), (-(2**63), 2**63 - 1))
        if not low <= value <= high:
            raise SchemaError(f"{where}: {value} out of range for {schema.get('format')}")
    elif kind == "boolean":
        if not isinstance(value, bool):
            raise SchemaError(f"{where}: expected a boolean")
    elif kind == "number":
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise SchemaError(f"{where}: expected a number")
    elif kind == "any" or kind is None:
        return
    else:
        raise SchemaError(f"{where}: unknown schema type {kind!r}")


def test_the_validator_rejects_what_it_should() -> None:
    message = {"$ref": "Message"}
    check({"id": "1", "historyId": "12", "sizeEstimate": 3}, message)
    for bad in ({"id": "1", "surprise": True}, {"historyId": 12}, {"sizeEstimate": "3"}, {"internalDate": "x1"}):
        with pytest.raises(SchemaError):
            check(bad, message)
    with pytest.raises(SchemaError):
        check({"labels": [{"id": "x", "type": "neither"}]}, {"$ref": "ListLabelsResponse"})


def _response_schema(method_id: str) -> dict[str, Any]:
    def walk(resource: dict[str, Any]) -> dict[str, Any] | None:
        for method in resource.get("methods", {}).values():
            if method["id"] == method_id:
                result: dict[str, Any] = method["response"]
                return result
        for sub in resource.get("resources", {}).values():
            found = walk(sub)
            if found is not None:
                return found
        return None

    found = walk({"resources": document()["resources"]})
    assert found is not None
    return found


def test_every_endpoint_matches_its_schema(served: Served) -> None:
    multipart = (
        b"From: Acme <jobs@acme.example>\r\nTo: robin@example.com\r\nSubject: =?utf-8?q?Caf=C3=A9?=\r\n"
        b"Date: Tue, 05 Mar 2024 10:00:00 +0100\r\nMessage-ID: <mp@x>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="B1"\r\n\r\n'
        b'--B1\r\nContent-Type: multipart/alternative; boundary="B2"\r\n\r\n'
        b"--B2\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"Caf=E9 ok\r\n--B2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Caf\xc3\xa9</p>\r\n--B2--\r\n"
        b'--B1\r\nContent-Type: application/pdf; name="cv.pdf"\r\n'
        b'Content-Disposition: attachment; filename="cv.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--B1--\r\n"
    )
    emu = served.emu
    first = emu.add_message(ROBIN, multipart, labels=("INBOX", "UNREAD", "CATEGORY_UPDATES", "Jobs"))
    emu.add_message(ROBIN, make_raw(message_id="<plain@x>"))
    gmail = served.gmail()
    users = gmail.users()
    draft = users.drafts().create(userId="me", body={"message": {"raw": b64(make_raw()), "threadId": first}})
    created = draft.execute()
    calls: list[tuple[str, Any]] = [
        ("gmail.users.drafts.create", created),
        ("gmail.users.getProfile", users.getProfile(userId="me").execute()),
        ("gmail.users.labels.list", users.labels().list(userId="me").execute()),
        ("gmail.users.messages.list", users.messages().list(userId="me", maxResults=1).execute()),
        ("gmail.users.messages.list", users.messages().list(userId="me", q="zzz").execute()),
        ("gmail.users.threads.get", users.threads().get(userId="me", id=first).execute()),
        ("gmail.users.threads.get", users.threads().get(userId="me", id=first, format="metadata").execute()),
        ("gmail.users.threads.get", users.threads().get(userId="me", id=first, format="minimal").execute()),
        ("gmail.users.drafts.list", users.drafts().list(userId="me").execute()),
        ("gmail.users.drafts.list", users.drafts().list(userId="me", q="nothing").execute()),
    ]
    for fmt in ("minimal", "metadata", "full", "raw"):
        calls.append(("gmail.users.messages.get", users.messages().get(userId="me", id=first, format=fmt).execute()))
        calls.append(
            ("gmail.users.drafts.get", users.drafts().get(userId="me", id=created["id"], format=fmt).execute())
        )
    for method_id, response in calls:
        check(response, _response_schema(method_id), method_id)
    with pytest.raises(HttpError) as caught:
        users.messages().get(userId="me", id="ffffffffffffffff").execute()
    error = caught.value
    assert set(json.loads(error.content)["error"]) == {"code", "message", "errors", "status"}
