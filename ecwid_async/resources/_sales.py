"""Helpers the sales resources share: ``responseFields``, path ids, and the keywords that
today's reference no longer lists (renamed with a ``DeprecationWarning``, or refused).

``response_fields`` is the shared helper of ``ecwid_async._params``.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import TypeVar

from .._params import ResponseFields, check_id, check_int_id, response_fields

__all__ = [
    "ResponseFields",
    "customer_path",
    "int_ids",
    "order_path",
    "refuse_removed",
    "renamed",
    "response_fields",
    "search_fields",
]

T = TypeVar("T")


def search_fields(value: ResponseFields | None) -> str | None:
    """``responseFields`` of a search: ``total`` is kept (added when left out), since the
    paginator reads it to know when the scan is done."""
    return response_fields(value, paged=True)


def int_ids(name: str, value: int | Sequence[int] | None) -> list[int] | None:
    """One integer id or a non-empty list of them, sent comma-joined (None passes)."""
    if value is None:
        return None
    values = [value] if isinstance(value, int) else list(value)
    if not values:
        raise ValueError(f"{name} must not be an empty list")
    if any(isinstance(v, bool) or not isinstance(v, int) for v in values):
        raise TypeError(f"{name} must be an integer id or a list of them, got {value!r}")
    return values


def order_path(order_id: int | str) -> str:
    """``/orders/{orderId}``: today's order id (``"EBJFT"``), or the order number."""
    return f"/orders/{check_id('order_id', order_id)}"


def customer_path(customer_id: int) -> str:
    """``/customers/{customerId}``."""
    return f"/customers/{check_int_id('customer_id', customer_id)}"


def renamed(
    old: str, new: str, value: T | None, current: T | None, *, stacklevel: int = 3
) -> T | None:
    """The value to send for ``new``: ``current``, or the deprecated keyword ``old``'s
    value (with a ``DeprecationWarning``); giving both is a ``ValueError``."""
    if value is None:
        return current
    if current is not None:
        raise ValueError(f"pass {new}= only: {old}= is its deprecated name")
    warnings.warn(
        f"{old}= is not in today's Ecwid reference; it is sent as {new}= (use that)",
        DeprecationWarning,
        stacklevel=stacklevel,
    )
    return value


def refuse_removed(name: str, value: object, why: str) -> None:
    """A ``TypeError`` for a keyword today's reference dropped with no equivalent."""
    if value is not None:
        raise TypeError(f"{name}= is no longer supported by Ecwid: {why}")
