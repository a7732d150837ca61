"""Partial responses: Google's ``fields`` selector (``a,b/c,d(e,f),*``), checked against the response schema."""

from __future__ import annotations

from typing import Any

from .discovery import schemas
from .errors import ApiError

# A selection maps a property name (or "*") to its sub-selection; None selects the whole value.
Selection = dict[str, "Selection | None"]


def invalid_selection(fields: str) -> ApiError:
    return ApiError(
        400,
        f"Invalid field selection {fields}",
        "invalidParameter",
        location="fields",
        location_type="parameter",
    )


def parse_fields(text: str) -> Selection:
    parser = _Parser(text)
    selection = parser.fields(top=True)
    if parser.pos != len(text):
        raise invalid_selection(text)
    return selection


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def _name(self) -> str:
        start = self.pos
        while self.pos < len(self.text) and (self.text[self.pos].isalnum() or self.text[self.pos] in "_*"):
            self.pos += 1
        name = self.text[start : self.pos].strip()
        if not name or ("*" in name and name != "*"):
            raise invalid_selection(self.text)
        return name

    def _skip_spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1

    def fields(self, *, top: bool) -> Selection:
        result: Selection = {}
        while True:
            self._skip_spaces()
            path = [self._name()]
            while self.pos < len(self.text) and self.text[self.pos] == "/":
                self.pos += 1
                path.append(self._name())
            sub: Selection | None = None
            if self.pos < len(self.text) and self.text[self.pos] == "(":
                self.pos += 1
                sub = self.fields(top=False)
                if self.pos >= len(self.text) or self.text[self.pos] != ")":
                    raise invalid_selection(self.text)
                self.pos += 1
            for name in reversed(path[1:]):
                sub = {name: sub}
            _merge(result, path[0], sub)
            self._skip_spaces()
            if self.pos < len(self.text) and self.text[self.pos] == ",":
                self.pos += 1
                continue
            if top and self.pos < len(self.text):
                raise invalid_selection(self.text)
            return result


def _merge(target: Selection, name: str, sub: Selection | None) -> None:
    if name not in target:
        target[name] = sub
        return
    existing = target[name]
    if existing is None or sub is None:
        target[name] = None  # selecting the whole value wins over a sub-selection
        return
    for key, value in sub.items():
        _merge(existing, key, value)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = schemas()[schema["$ref"]]
    while schema.get("type") == "array":
        schema = schema.get("items", {})
        while "$ref" in schema:
            schema = schemas()[schema["$ref"]]
    return schema


def validate(selection: Selection, schema_name: str, text: str) -> None:
    """Raise 400 when the selection names a property the response schema does not have."""
    _validate(selection, _resolve({"$ref": schema_name}), text)


def _validate(selection: Selection, schema: dict[str, Any], text: str) -> None:
    properties: dict[str, Any] = schema.get("properties", {})
    if not properties and schema.get("type") != "object":
        raise invalid_selection(text)  # a sub-selection of a scalar
    for name, sub in selection.items():
        if name == "*":
            if sub is not None:
                for prop in properties.values():
                    target = _resolve(prop)
                    if target.get("properties"):
                        _validate(sub, target, text)
            continue
        if name not in properties:
            raise invalid_selection(text)
        if sub is not None:
            _validate(sub, _resolve(properties[name]), text)


def apply(value: Any, selection: Selection | None) -> Any:
    if selection is None:
        return value
    if isinstance(value, list):
        return [apply(item, selection) for item in value]
    if not isinstance(value, dict):
        return value
    result: dict[str, Any] = {}
    wildcard = selection.get("*", ...)
    for key, item in value.items():
        if key in selection:
            result[key] = apply(item, selection[key])
        elif wildcard is not ...:
            result[key] = apply(item, wildcard)
    return result
