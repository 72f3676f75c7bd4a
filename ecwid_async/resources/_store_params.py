"""Checks shared by the store-wide resources (app storage, staff, options, dictionaries,
storefront, reports); ``responseFields`` is ``_params.response_fields``."""

from __future__ import annotations

from urllib.parse import quote

__all__ = ["check_key", "check_text"]


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
