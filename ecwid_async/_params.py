"""Turn Python keyword arguments into Ecwid query parameters, validating them first.

Pure functions: bools become ``true``/``false``, dates UNIX seconds (``date`` objects
``yyyy-MM-dd``), lists comma-joined, enums their value. A value of the wrong type raises
``TypeError`` naming the parameter, before anything is sent. The ``check_*`` and
``optional_*`` helpers are those checks, one argument each, shared by the resource modules.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
import warnings
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import quote, urlencode

__all__ = [
    "DateLike",
    "NameFilters",
    "ResponseFields",
    "check_choice",
    "check_choices",
    "check_id",
    "check_ids",
    "check_int",
    "check_int_id",
    "check_int_ids",
    "check_number",
    "encode_query",
    "fmt_date",
    "name_filters",
    "optional_date",
    "optional_int",
    "query",
    "renamed",
    "response_fields",
    "sales_filters",
]

DateLike = dt.datetime | dt.date | int | float | str


def _finite(name: str, value: float) -> float:
    """``value`` unless it is NaN or infinite, which no Ecwid parameter means."""
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return value


def _hashable(name: str, value: object) -> object:
    """``value`` if it can be looked up in a set of choices, else a ``TypeError`` naming it."""
    try:
        hash(value)
    except TypeError:
        raise TypeError(f"{name} must be a string, got {type(value).__name__}") from None
    return value


def _listed(name: str, value: object) -> list[Any]:
    """The items of a list-like ``value``; a ``TypeError`` naming it for anything else (a
    bytes, mapping or non-iterable value is not a list of ids or choices)."""
    if isinstance(value, (bytes, bytearray, Mapping)) or not isinstance(value, Iterable):
        raise TypeError(f"{name} must be one value or a list of them, got {type(value).__name__}")
    return list(value)


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
        return str(int(_finite(name, value)))
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise TypeError(
        f"{name} must be a datetime, date, UNIX seconds or a non-empty string, got {value!r}"
    )


#: What ``urlencode(..., safe=",")`` leaves as it is: a query made only of these needs no quoting.
_UNQUOTED = re.compile(r"[A-Za-z0-9_.~,-]*").fullmatch


def encode_query(params: Sequence[tuple[str, str]]) -> str:
    """``urlencode(params, safe=",")``, without quoting each part when no part needs it
    (ids, numbers, flags: nearly every query a client sends)."""
    try:
        plain = _UNQUOTED("".join([k + v for k, v in params])) is not None
    except TypeError:  # not all strings: urlencode knows what to do
        plain = False
    if plain:
        return "&".join([k + "=" + v for k, v in params])
    return urlencode(params, safe=",")


def _fmt(name: str, value: Any) -> str:
    kind = type(value)
    if kind is str:
        return value  # type: ignore[no-any-return]
    if kind is int:
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (int, str)):
        return str(value)
    if isinstance(value, float):
        _finite(name, value)
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
    if _hashable(name, value) not in allowed:
        choices = ", ".join(sorted(allowed))
        raise ValueError(f"{name} must be one of {choices}; got {value!r}")
    return value


def check_id(name: str, value: int | str) -> str:
    """A path id: a positive integer (or a non-empty string id where Ecwid allows one).

    A string made only of dots (``"."``, ``".."``) is refused: as a path segment it names
    the parent resource, which a normalising proxy would act on instead.
    """
    if isinstance(value, bool):
        raise TypeError(f"{name} must be an id, not bool")
    if isinstance(value, int):
        if value < 0:
            raise ValueError(f"{name} must be >= 0, got {value}")
        return str(value)
    if isinstance(value, str) and value.strip().strip("."):
        return quote(value.strip(), safe="")
    raise ValueError(f"{name} must be an integer id or a plain string id, got {value!r}")


def check_int_id(name: str, value: int) -> str:
    """A path id that Ecwid only knows as a number (customer, group, item, file ids)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an integer id, got {value!r}")
    return check_id(name, value)


def check_ids(name: str, value: int | str | Sequence[int | str] | None) -> list[str] | None:
    """One id or a non-empty list of them, each checked as by :func:`check_id` (None passes)."""
    if value is None:
        return None
    if isinstance(value, (int, str)):
        return [check_id(name, value)]
    ids = [check_id(name, item) for item in _listed(name, value)]
    if not ids:
        raise ValueError(f"{name} must not be an empty list")
    return ids


def check_choices(
    name: str, value: str | Sequence[str] | None, allowed: Collection[str]
) -> list[str] | None:
    """One of ``allowed`` or a non-empty list of them (sent comma-joined); None passes."""
    if value is None:
        return None
    values = [value] if isinstance(value, str) else _listed(name, value)
    if not values:
        raise ValueError(f"{name} must not be an empty list")
    for item in values:
        if _hashable(name, item) not in allowed:
            raise ValueError(f"{name} must be one of {', '.join(sorted(allowed))}; got {item!r}")
    return values


def check_number(name: str, value: float | None) -> float | None:
    """A finite int or float, never a bool, a numeric string, NaN or infinity (None passes)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number, got {value!r}")
    return _finite(name, value)


def check_int(name: str, value: int) -> int:
    """An int, never a bool, float, string or None."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an integer, got {value!r}")
    return value


def optional_int(name: str, value: int | None) -> int | None:
    """None, or an int as :func:`check_int` takes it."""
    return None if value is None else check_int(name, value)


def optional_date(name: str, value: DateLike | None) -> str | None:
    """None, or a date filter value as :func:`fmt_date` formats it."""
    return None if value is None else fmt_date(name, value)


def sales_filters(
    *,
    total_from: float | None,
    total_to: float | None,
    created_from: DateLike | None,
    created_to: DateLike | None,
    updated_from: DateLike | None,
    updated_to: DateLike | None,
    coupon_code: str | None,
    customer: str | None,
) -> dict[str, Any]:
    """The filters Search orders and Search abandoned carts share, by their wire names."""
    return {
        "totalFrom": check_number("total_from", total_from),
        "totalTo": check_number("total_to", total_to),
        "createdFrom": optional_date("created_from", created_from),
        "createdTo": optional_date("created_to", created_to),
        "updatedFrom": optional_date("updated_from", updated_from),
        "updatedTo": optional_date("updated_to", updated_to),
        "couponCode": coupon_code,
        "customer": customer,
    }


#: What ``response_fields=`` takes: ``"total,items(id,name)"`` or ``["total", "items(id,name)"]``.
ResponseFields = str | Sequence[str]


def response_fields(value: ResponseFields | None, *, paged: bool = False) -> str | None:
    """The ``responseFields`` value (None passes): a string as given, or a sequence of field
    specs joined with commas. It trims the answer to those fields, so keep the fields a
    typed model requires (``id``) in it: ``"items(id,updated)"``. ``paged`` (the searches):
    ``total`` is added when the spec leaves it out, since paging stops at ``total``."""
    if value is None:
        return None
    specs = [value] if isinstance(value, str) else list(value)
    if not specs or not all(isinstance(s, str) and s.strip() for s in specs):
        raise ValueError(
            f"response_fields must be a non-empty string or list of strings, got {value!r}"
        )
    joined = ",".join(s.strip() for s in specs)
    if paged:
        top = _top_level_fields(joined)
        if "items" not in top:
            raise ValueError(
                "response_fields of a search must keep items(...), e.g. 'items(id,updated)'; "
                f"got {joined!r}"
            )
        if "total" not in top:
            joined = f"total,{joined}"
    return joined


def _top_level_fields(spec: str) -> set[str]:
    """``"total,items(id,name)"`` -> ``{"total", "items"}``."""
    names: set[str] = set()
    depth, name = 0, ""
    for char in spec:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            names.add(name.strip())
            name = ""
            continue
        if depth == 0 and char not in "()":
            name += char
    names.add(name.strip())
    return names


#: ``{"Brand": "Apple"}`` or ``{"Size": ["S", "M"]}``: a name and the values to match.
NameFilters = Mapping[str, str | Sequence[str]]


def name_filters(name: str, prefix: str, filters: NameFilters | None) -> dict[str, list[str]]:
    """``name_filters("attributes", "attribute_", {"Brand": "Apple"})`` ->
    ``{"attribute_Brand": ["Apple"]}`` (values are sent comma-joined)."""
    found: dict[str, list[str]] = {}
    if filters is None:
        return found
    if not isinstance(filters, Mapping):
        raise TypeError(f"{name} must be a mapping of names to values, got {filters!r}")
    for raw_key, values in filters.items():
        key: object = raw_key  # attribute ids may come as ints
        if isinstance(key, bool) or not isinstance(key, (str, int)) or not str(key).strip():
            raise ValueError(f"{name} keys must be non-empty names, got {key!r}")
        listed = [values] if isinstance(values, str) else list(values)
        if not listed or not all(isinstance(v, str) and v for v in listed):
            raise ValueError(f"{name}[{key!r}] must be a non-empty string or list of strings")
        found[f"{prefix}{key}"] = listed
    return found


def renamed(old: str, old_value: Any, new: str, new_value: Any, *, stacklevel: int = 3) -> Any:
    """The value to send for a keyword today's docs renamed: ``new_value``, or ``old_value``
    with a ``DeprecationWarning`` naming both (``TypeError`` when both are given)."""
    if old_value is None:
        return new_value
    if new_value is not None:
        raise TypeError(f"pass {new}= only; {old}= is its deprecated name")
    warnings.warn(
        f"{old}= is deprecated, use {new}= (today's Ecwid reference)",
        DeprecationWarning,
        stacklevel=stacklevel,
    )
    return old_value


def check_int_ids(name: str, value: int | Sequence[int] | None) -> list[int] | None:
    """One integer id or a non-empty list of them (None passes); strings are refused."""
    if value is None:
        return None
    ids = [value] if isinstance(value, int) else value
    if isinstance(ids, (str, bytes)) or not isinstance(ids, Sequence) or not ids:
        raise TypeError(f"{name} must be an integer id or a non-empty list of them, got {value!r}")
    return [int(check_int_id(name, i)) for i in ids]
