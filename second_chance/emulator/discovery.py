"""The Gmail v1 discovery document shipped with google-api-python-client: the source of truth for paths,
parameters, scopes and response schemas. Read lazily, once."""

from __future__ import annotations

import functools
import json
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import googleapiclient

EMULATED_METHODS: dict[str, int] = {
    # Quota units per call, from Gmail's "usage limits" page.
    "gmail.users.getProfile": 1,
    "gmail.users.labels.list": 1,
    "gmail.users.messages.list": 5,
    "gmail.users.messages.get": 5,
    "gmail.users.threads.get": 10,
    "gmail.users.drafts.create": 10,
    "gmail.users.drafts.get": 5,
    "gmail.users.drafts.list": 5,
    "gmail.users.drafts.delete": 10,
}
MUTATING_METHODS = frozenset({"gmail.users.drafts.create", "gmail.users.drafts.delete"})


@dataclass(frozen=True, slots=True)
class Method:
    id: str
    http_method: str
    path: str
    pattern: re.Pattern[str]
    parameters: dict[str, dict[str, Any]]
    scopes: tuple[str, ...]
    response: str | None  # schema name
    upload: bool = False


def discovery_path() -> Path:
    return Path(googleapiclient.__file__).parent / "discovery_cache" / "documents" / "gmail.v1.json"


@functools.cache
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(discovery_path().read_text(encoding="utf-8"))
    return loaded


def schemas() -> dict[str, Any]:
    result: dict[str, Any] = document()["schemas"]
    return result


def global_parameters() -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = document()["parameters"]
    return result


def _all_methods(resource: dict[str, Any]) -> list[dict[str, Any]]:
    found = list(resource.get("methods", {}).values())
    for sub in resource.get("resources", {}).values():
        found.extend(_all_methods(sub))
    return found


def _pattern(path: str) -> re.Pattern[str]:
    regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path.lstrip("/")))
    return re.compile(f"^/{regex}$")


@functools.cache
def methods() -> tuple[Method, ...]:
    """Every method of the document (the emulated ones and the rest, so that the rest can answer 404 with
    the right method id in the stats)."""
    result: list[Method] = []
    for desc in _all_methods({"resources": document()["resources"]}):
        response = desc.get("response", {}).get("$ref")
        common = {
            "id": desc["id"],
            "http_method": desc["httpMethod"],
            "parameters": desc.get("parameters", {}),
            "scopes": tuple(desc.get("scopes", ())),
            "response": response,
        }
        result.append(Method(path=desc["path"], pattern=_pattern(desc["path"]), **common))
        simple = desc.get("mediaUpload", {}).get("protocols", {}).get("simple", {}).get("path")
        if simple:
            result.append(Method(path=simple, pattern=_pattern(simple), upload=True, **common))
    return tuple(result)


def resolve(http_method: str, path: str) -> tuple[Method, dict[str, str]] | None:
    """The method for a request path relative to the API root (e.g. ``/gmail/v1/users/me/messages``)."""
    for method in methods():
        if method.http_method != http_method:
            continue
        match = method.pattern.match(path)
        if match:
            return method, {k: urllib.parse.unquote(v) for k, v in match.groupdict().items()}
    return None
