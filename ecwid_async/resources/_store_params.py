"""Checks shared by the store-wide resources (app storage, staff, options, dictionaries,
storefront, reports). Private: the shared ``_params`` helpers for ``responseFields`` arrive
with the catalog work; until then these resources use :func:`response_fields` here."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

__all__ = ["check_key", "check_text", "response_fields"]


def response_fields(value: str | Sequence[str] | None) -> str | None:
    """``responseFields``: a string as given (``"staffList(name,email)"``) or a list of
    field names joined with commas; None passes."""
    if value is None:
        return None
    parts = [value] if isinstance(value, str) else list(value)
    if not parts or not all(isinstance(p, str) and p.strip() for p in parts):
        raise ValueError(f"response_fields must be non-empty field names, got {value!r}")
    return ",".join(p.strip() for p in parts)


def check_text(name: str, value: str) -> str:
    """A required, non-blank string (a body or query value)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def check_key(name: str, value: str) -> str:
    """A string path segment (an app storage key, a staff or option id), percent-encoded so
    that a ``/`` or ``?`` in it stays inside its segment."""
    return quote(check_text(name, value), safe="")
