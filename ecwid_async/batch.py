"""Batch API plumbing as pure functions: items from Calls, chunking, decoding results.

Kept apart from the resource (``ecwid.batch``) so the rules are tested without a server.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

import msgspec

from .call import Call
from .codec import decode, encode
from .errors import DecodeError, EcwidError, error_from_response, excerpt

__all__ = [
    "MAX_BATCH",
    "NOT_EXECUTED",
    "BatchRequest",
    "NotExecuted",
    "chunked",
    "decode_item",
    "failures",
    "to_batch_item",
]

T = TypeVar("T")

MAX_BATCH = 500
METHODS = frozenset({"GET", "POST", "PUT", "DELETE"})


@dataclasses.dataclass(frozen=True)
class BatchRequest:
    """A raw batch item: ``method``, ``path`` relative to the store (query included),
    optional JSON ``body`` and ``id``. Its result decodes to plain JSON values."""

    method: str
    path: str
    body: Any = None
    id: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "method", _checked(self.method, self.path))


def _checked(method: str, path: str) -> str:
    """The upper-cased ``method`` of a batch item, once it and ``path`` are ones Ecwid takes."""
    if method.upper() not in METHODS:
        raise ValueError(f"batch item method must be one of {sorted(METHODS)}: {method!r}")
    if not isinstance(path, str) or not path.startswith("/"):
        raise ValueError(f"batch item path must start with '/': {path!r}")
    return method.upper()


class NotExecuted:
    """The marker for a batch item Ecwid did not run (an earlier one failed)."""

    _instance: NotExecuted | None = None

    def __new__(cls) -> NotExecuted:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_EXECUTED"

    def __bool__(self) -> bool:
        return False

    def __reduce__(self) -> str:
        return "NOT_EXECUTED"


#: The single :class:`NotExecuted` instance; compare with ``is``.
NOT_EXECUTED = NotExecuted()


def to_batch_item(item: Call[Any] | BatchRequest, item_id: str | None = None) -> dict[str, Any]:
    """The JSON object Ecwid wants for one item; refuses what a batch cannot carry."""
    if isinstance(item, BatchRequest):
        out: dict[str, Any] = {"method": item.method, "path": item.path}
        body = item.body
        explicit_id = item.id
    elif isinstance(item, Call):
        if item.content is not None:
            raise ValueError(
                f"{item.method} {item.path}: binary uploads cannot go into a batch; "
                "Ecwid only takes images and files by URL there (use external_url=)"
            )
        if item.form is not None:
            raise ValueError(f"{item.method} {item.path}: form calls cannot go into a batch")
        out = {"method": _checked(item.method, item.path), "path": item.relative_url}
        body = item.body
        explicit_id = None
        item._spend()  # the batch sends it
    else:
        raise TypeError(f"a batch item must be a Call or a BatchRequest, not {type(item).__name__}")
    if body is not None:
        out["body"] = msgspec.json.decode(encode(body))
    chosen = item_id if item_id is not None else explicit_id
    if chosen is not None:
        out["id"] = chosen
    return out


def result_type(item: Call[Any] | BatchRequest) -> Any:
    """What an item's body decodes into."""
    return item.result_type if isinstance(item, Call) else Any


def chunked(items: Sequence[T], size: int = MAX_BATCH) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most ``size`` items."""
    if size < 1:
        raise ValueError("chunk size must be >= 1")
    for start in range(0, len(items), size):
        yield items[start : start + size]


def decode_item(details: Any, item: Call[Any] | BatchRequest) -> Any:
    """One item's outcome: its decoded value, an ApiError, or NOT_EXECUTED.

    ``details`` is a :class:`~ecwid_async.models.batch.BatchItemDetails` (or None when
    Ecwid returned no entry for the item, which also counts as not executed).
    """
    method = item.method
    path = item.relative_url if isinstance(item, Call) else item.path
    if details is None or details.status == "NOT_EXECUTED":
        return NOT_EXECUTED
    body = details.body_bytes
    status = details.code or (200 if details.status == "COMPLETED" else 500)
    if details.status == "FAILED" or status >= 400:
        return error_from_response(
            status, {}, body, method=method, url=path, reason=details.http_status_line
        )
    try:
        return decode(body, result_type(item))
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        return DecodeError(
            f"cannot decode a batch item's answer: {exc}",
            status=status,
            excerpt=excerpt(body),
            method=method,
            url=path,
        )


def failures(results: Iterable[Any]) -> list[tuple[int, EcwidError]]:
    """The (index, error) pairs of the items that failed."""
    return [(i, r) for i, r in enumerate(results) if isinstance(r, EcwidError)]
