"""``responseFields``: trimming an answer to the fields asked for, as Ecwid does.

``"total,items(id,name)"`` keeps ``total`` and, of each item, ``id`` and ``name``.
"""

from __future__ import annotations

from typing import Any

from ..errors import bad_request

__all__ = ["parse_fields", "trim"]

Spec = dict[str, "Spec | None"]


def parse_fields(text: str) -> Spec:
    """``"total,items(id,name)"`` -> ``{"total": None, "items": {"id": None, "name": None}}``."""
    spec, rest = _parse(text.replace(" ", ""), 0)
    if rest != len(text.replace(" ", "")):
        raise bad_request(f"Wrong parameter 'responseFields' value: '{text}'")
    return spec


def _parse(text: str, at: int) -> tuple[Spec, int]:
    spec: Spec = {}
    name = ""
    while at < len(text):
        char = text[at]
        if char == "(":
            if not name:
                raise bad_request(f"Wrong parameter 'responseFields' value: '{text}'")
            spec[name], at = _parse(text, at + 1)
            name = ""
            if at >= len(text) or text[at] != ")":
                raise bad_request(f"Wrong parameter 'responseFields' value: '{text}'")
        elif char == ")":
            break
        elif char == ",":
            if name:
                spec[name] = None
            name = ""
        else:
            name += char
        at += 1
    if name:
        spec[name] = None
    return spec, at


def trim(value: Any, spec: Spec | None) -> Any:
    """``value`` with only the fields of ``spec`` (lists trimmed item by item)."""
    if spec is None:
        return value
    if isinstance(value, list):
        return [trim(item, spec) for item in value]
    if isinstance(value, dict):
        return {k: trim(value[k], sub) for k, sub in spec.items() if k in value}
    return value
