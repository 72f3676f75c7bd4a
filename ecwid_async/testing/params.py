"""Query-parameter parsing shared by the handlers: booleans, numbers, dates in every format
the docs list, comma lists, and the ``total/count/offset/limit/items`` search envelope."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from multidict import MultiDictProxy

from .errors import FakeApiError, bad_request

if TYPE_CHECKING:
    from .routing import Ctx

__all__ = [
    "MAX_LIMIT",
    "in_range",
    "numeric_error",
    "page",
    "parse_date",
    "q_bool",
    "q_clean_urls",
    "q_date",
    "q_float",
    "q_int",
    "q_list",
    "q_str",
]

MAX_LIMIT = 100
_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d")
_UNIX = re.compile(r"^-?\d+(\.\d+)?$")

Query = MultiDictProxy[str]


def q_str(query: Query, name: str) -> str | None:
    """A string parameter; ``None`` when absent or empty."""
    value = query.get(name)
    return value if value else None


def q_bool(query: Query, name: str) -> bool | None:
    """A boolean parameter, with the spellings and the 400 message Ecwid uses."""
    value = query.get(name)
    if value is None or value == "":
        return None
    low = value.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise bad_request(
        f"Wrong parameter '{name}' value: expected one of 'true', 'false', 'yes', 'no', "
        f"'on', 'off', '1', '0' but was '{value}'"
    )


def q_clean_urls(query: Query) -> bool:
    """``cleanUrls`` of product and category requests, with its own 400 and errorCode."""
    try:
        return bool(q_bool(query, "cleanUrls"))
    except FakeApiError:
        raise bad_request(
            "The cleanUrls value is invalid. It must be either true or false",
            "CLEAN_URLS_PARAMETER_IS_INVALID",
        ) from None


def numeric_error(name: str) -> FakeApiError:
    """The 400 Ecwid answers for a parameter that is not a number."""
    return bad_request(
        f"Wrong numeric parameter '{name}' value: not a number or a number out of range"
    )


def q_int(query: Query, name: str) -> int | None:
    """An integer parameter (400 if not one)."""
    value = q_str(query, name)
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise numeric_error(name) from None


def q_float(query: Query, name: str) -> float | None:
    """A number parameter (400 if not one)."""
    value = q_str(query, name)
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        raise numeric_error(name) from None


def q_list(query: Query, name: str) -> list[str] | None:
    """A comma-separated list parameter (every occurrence joined)."""
    values = [v for raw in query.getall(name, ()) for v in raw.split(",") if v.strip()]
    return [v.strip() for v in values] or None


def q_int_list(query: Query, name: str) -> list[int] | None:
    """A comma-separated list of integers (400 if one is not)."""
    values = q_list(query, name)
    if values is None:
        return None
    try:
        return [int(v) for v in values]
    except ValueError:
        raise numeric_error(name) from None


def parse_date(value: str) -> float | None:
    """UNIX seconds from ``1447804800``, ``yyyy-MM-dd HH:mm:ss Z``, ``yyyy-MM-dd HH:mm:ss``
    (UTC) or ``yyyy-MM-dd`` (UTC midnight); ``None`` if none of them."""
    text = value.strip()
    if _UNIX.match(text):
        return float(text)
    for fmt in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed.timestamp()
    return None


def q_date(query: Query, name: str) -> float | None:
    """A date parameter in any documented format, as UNIX seconds (400 if none)."""
    value = q_str(query, name)
    if value is None:
        return None
    # "+" in a query string decodes to a space; restore it for "... HH:mm:ss +0400".
    stamp = parse_date(value) or parse_date(re.sub(r" (\d{4})$", r" +\1", value))
    if stamp is None:
        raise bad_request(
            f"Wrong date parameter '{name}' value: '{value}'. Supported formats: UNIX "
            "timestamp, yyyy-MM-dd HH:mm:ss Z, yyyy-MM-dd HH:mm:ss, yyyy-MM-dd"
        )
    return stamp


def in_range(value: float | None, low: float | None, high: float | None) -> bool:
    """Whether ``value`` lies within the inclusive bounds (open when ``None``)."""
    if low is None and high is None:
        return True
    if value is None:
        return False
    return (low is None or value >= low) and (high is None or value <= high)


def date_filter(query: Query, prefix: str, field: str) -> Callable[[dict[str, Any]], bool] | None:
    """A predicate for ``{prefix}From``/``{prefix}To`` over the UNIX-seconds ``field``."""
    low, high = q_date(query, f"{prefix}From"), q_date(query, f"{prefix}To")
    if low is None and high is None:
        return None
    return lambda item: in_range(item.get(field), low, high)


def search_key(ctx: Ctx) -> tuple[Any, ...]:
    """What identifies a search apart from paging: path, public access and the filters."""
    query = ctx.query
    items = sorted((k, v) for k, v in query.items() if k not in ("offset", "limit", "token"))
    return (ctx.path, ctx.public, tuple(items))


def page(
    query: Query,
    items: Sequence[Any] | Iterable[Any],
    default_limit: int,
    render: Callable[[Any], Any] | None = None,
) -> dict[str, Any]:
    """The search envelope over ``items``: ``offset`` and ``limit`` from the query (limit
    capped at 100 as Ecwid does, ``default_limit`` when absent)."""
    offset = q_int(query, "offset") or 0
    limit = q_int(query, "limit")
    if offset < 0:
        raise bad_request("Wrong parameter 'offset' value: must not be negative")
    if limit is None:
        limit = default_limit
    if limit < 0:
        raise bad_request("Wrong parameter 'limit' value: must not be negative")
    limit = min(limit, MAX_LIMIT)
    seq = items if isinstance(items, Sequence) else list(items)
    chunk = list(seq[offset : offset + limit])
    if render is not None:
        chunk = [render(item) for item in chunk]
    return {
        "total": len(seq),
        "count": len(chunk),
        "offset": offset,
        "limit": limit,
        "items": chunk,
    }
