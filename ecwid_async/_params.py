"""Turn Python keyword arguments into Ecwid query parameters, validating them first.

Pure functions: bools become ``true``/``false``, dates UNIX seconds (``date`` objects
``yyyy-MM-dd``), lists comma-joined, enums their value. A value of the wrong type raises
``TypeError`` naming the parameter, before anything is sent.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Collection, Iterable, Mapping
from typing import Any
from urllib.parse import quote

__all__ = ["check_choice", "check_id", "fmt_date", "query"]

DateLike = dt.datetime | dt.date | int | float | str


def fmt_date(name: str, value: DateLike) -> str:
    """A date filter value: UNIX seconds, ``yyyy-MM-dd``, or an Ecwid date string as given."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return str(int(value.timestamp()))
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        raise TypeError(f"{name} must be a datetime, date, UNIX seconds or a string, not bool")
    if isinstance(value, (int, float)):
        return str(int(value))
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise TypeError(
        f"{name} must be a datetime, date, UNIX seconds or a non-empty string, got {value!r}"
    )


def _fmt(name: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (int, str)):
        return str(value)
    if isinstance(value, float):
        return repr(value) if value != int(value) else str(int(value))
    if isinstance(value, (dt.date, dt.datetime)):
        return fmt_date(name, value)
    if isinstance(value, Iterable) and not isinstance(value, (bytes, Mapping)):
        parts = [_fmt(name, v) for v in value]
        if not parts:
            raise ValueError(f"{name} must not be an empty list")
        return ",".join(parts)
    raise TypeError(f"{name}: cannot send a {type(value).__name__} as a query parameter")


def query(params: Mapping[str, Any] | None = None, /, **kwargs: Any) -> tuple[tuple[str, str], ...]:
    """Build a query from wire-named values, dropping the ones that are None."""
    items = {**(params or {}), **kwargs}
    return tuple((key, _fmt(key, value)) for key, value in items.items() if value is not None)


def check_choice(name: str, value: str | None, allowed: Collection[str]) -> str | None:
    """Return ``value`` if it is one of ``allowed`` (or None); else raise ``ValueError``."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        value = str(value.value)
    if value not in allowed:
        choices = ", ".join(sorted(allowed))
        raise ValueError(f"{name} must be one of {choices}; got {value!r}")
    return value


def check_id(name: str, value: int | str) -> str:
    """A path id: a positive integer (or a non-empty string id where Ecwid allows one)."""
    if isinstance(value, bool):
        raise TypeError(f"{name} must be an id, not bool")
    if isinstance(value, int):
        if value < 0:
            raise ValueError(f"{name} must be >= 0, got {value}")
        return str(value)
    if isinstance(value, str) and value.strip():
        return quote(value.strip(), safe="")
    raise ValueError(f"{name} must be an integer id or a plain string id, got {value!r}")
