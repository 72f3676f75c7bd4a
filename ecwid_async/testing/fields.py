"""``responseFields``: the documented way to trim an answer, such as
``total,items(id,name,price)``; parsed once, applied to any JSON-like value."""

from __future__ import annotations

from typing import Any

from .errors import bad_request

__all__ = ["Fields", "parse_fields", "project"]

#: Field name -> the fields kept inside it (``None``: all of it).
Fields = dict[str, "Fields | None"]


def parse_fields(spec: str) -> Fields:
    """``total,items(id,name)`` -> ``{"total": None, "items": {"id": None, "name": None}}``;
    a 400 naming the parameter for unbalanced parentheses or an empty name."""
    fields, rest = _parse(spec.replace(" ", ""), 0)
    if rest != len(spec.replace(" ", "")):
        raise bad_request(f"Wrong parameter 'responseFields' value: '{spec}'")
    return fields


def _parse(text: str, at: int) -> tuple[Fields, int]:
    fields: Fields = {}
    while at < len(text) and text[at] != ")":
        end = at
        while end < len(text) and text[end] not in ",()":
            end += 1
        name = text[at:end]
        if not name:
            raise bad_request(f"Wrong parameter 'responseFields' value: '{text}'")
        inner: Fields | None = None
        if end < len(text) and text[end] == "(":
            inner, end = _parse(text, end + 1)
            if end >= len(text) or text[end] != ")":
                raise bad_request(f"Wrong parameter 'responseFields' value: '{text}'")
            end += 1
        fields[name] = inner
        at = end + 1 if end < len(text) and text[end] == "," else end
    return fields, at


def project(value: Any, fields: Fields) -> Any:
    """``value`` with only ``fields`` kept: in an object, its named keys (nested fields
    applied to what they hold); in a list, in each element."""
    if isinstance(value, list):
        return [project(item, fields) for item in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for name, inner in fields.items():
        if name in value:
            out[name] = value[name] if inner is None else project(value[name], inner)
    return out
