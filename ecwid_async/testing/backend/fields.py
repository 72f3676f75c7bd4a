"""``responseFields``: trim an answer to the fields a request names.

``total,items(id,email,total)`` keeps ``total`` and, in every item of ``items``, ``id``,
``email`` and ``total``; a field absent from the answer is simply not there.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import bad_request

__all__ = ["parse_fields", "trim", "trimmed"]

#: A parsed ``responseFields``: field name -> its own sub-selection (None: the whole value).
Fields = dict[str, "Fields | None"]


def parse_fields(spec: str) -> Fields:
    """Parse ``a,b(c,d(e))`` into ``{"a": None, "b": {"c": None, "d": {"e": None}}}``."""
    fields, rest = _parse(spec.replace(" ", ""), 0)
    if rest != len(spec.replace(" ", "")):
        raise bad_request(f"Wrong parameter 'responseFields' value: '{spec}'")
    return fields


def _parse(text: str, at: int) -> tuple[Fields, int]:
    fields: Fields = {}
    name = ""
    while at < len(text):
        char = text[at]
        if char == "(":
            if not name:
                raise bad_request(f"Wrong parameter 'responseFields' value: '{text}'")
            fields[name], at = _parse(text, at + 1)
            if at >= len(text) or text[at] != ")":
                raise bad_request(f"Wrong parameter 'responseFields' value: '{text}'")
            name, at = "", at + 1
            continue
        if char == ")":
            break
        if char == ",":
            if name:
                fields[name] = None
            name = ""
        else:
            name += char
        at += 1
    if name:
        fields[name] = None
    return fields, at


def trim(value: Any, fields: Fields | None) -> Any:
    """``value`` keeping only ``fields`` (lists trimmed item by item)."""
    if fields is None:
        return value
    if isinstance(value, list):
        return [trim(item, fields) for item in value]
    if not isinstance(value, dict):
        return value
    return {key: trim(value[key], sub) for key, sub in fields.items() if key in value}


def trimmed(query: Mapping[str, str], value: Any) -> Any:
    """``value`` trimmed by the request's ``responseFields`` (as it is when there is none)."""
    spec = query.get("responseFields")
    return trim(value, parse_fields(spec)) if spec else value
