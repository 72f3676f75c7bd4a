"""Batch API plumbing as pure functions: items from Calls, chunking, decoding results.

Kept apart from the resource (``ecwid.batch``) so the rules are tested without a server.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

import msgspec

from .call import Call
from .codec import decode_answer, encode
from .errors import BatchError, DecodeError, EcwidError, error_from_response

__all__ = [
    "MAX_BATCH",
    "NOT_EXECUTED",
    "UNKNOWN",
    "BatchRequest",
    "BatchRunError",
    "BatchTicketError",
    "NotExecuted",
    "SubmittedTicket",
    "Unknown",
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


class _Marker:
    """A falsy singleton that pickles as its module-level name."""

    __slots__ = ()
    _name = ""
    _instance: _Marker | None = None

    def __new__(cls) -> Any:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return self._name

    def __bool__(self) -> bool:
        return False

    def __reduce__(self) -> str:
        return self._name


class NotExecuted(_Marker):
    """The marker for a batch item Ecwid did not run (an earlier one failed)."""

    __slots__ = ()
    _name = "NOT_EXECUTED"
    _instance: NotExecuted | None = None


class Unknown(_Marker):
    """The marker for a batch item whose outcome was never read: its ticket was submitted
    (or may have been) when the run stopped. ``batch.wait(ticket)`` tells."""

    __slots__ = ()
    _name = "UNKNOWN"
    _instance: Unknown | None = None


#: The single :class:`NotExecuted` instance; compare with ``is``.
NOT_EXECUTED = NotExecuted()
#: The single :class:`Unknown` instance; compare with ``is``.
UNKNOWN = Unknown()


@dataclasses.dataclass(frozen=True)
class SubmittedTicket:
    """One ticket of a batch run: ``items``, the range of its items' indexes in the run's
    input; ``ticket``, its id, or None when the submit got no answer (submitting those
    items again with the same ``deduplication_key`` returns the ticket, if there is one,
    instead of running them twice); ``completed``, whether its results were read."""

    items: range
    ticket: str | None
    deduplication_key: str
    completed: bool = False


class BatchRunError(BatchError):
    """``batch.run`` stopped or had failed items; nothing that ran is lost.

    ``results`` has every item's outcome in input order: its value or ApiError for a
    ticket that completed, :data:`UNKNOWN` for one submitted but not read (it may have
    run: ``await batch.wait(ticket)`` and decode), :data:`NOT_EXECUTED` for items never
    sent. ``tickets`` lists every ticket submitted, with its items' index range. When a
    ticket failed (a refused submit, polls failing past the timeout, a cancelled ticket)
    that error is the ``__cause__``.
    """

    def __init__(
        self, message: str, results: list[Any], tickets: Sequence[SubmittedTicket]
    ) -> None:
        super().__init__(message, results)
        self.tickets = list(tickets)


class BatchTicketError(EcwidError):
    """A batch ticket ended without completing: ``CANCELLED``, or a status Ecwid does not
    document; ``ticket`` and ``status`` say which. Ecwid cancels only tickets that have
    not started, so the items of a CANCELLED ticket did not run."""

    def __init__(self, ticket: str, status: str) -> None:
        self.ticket = ticket
        self.status = status
        super().__init__(f"batch ticket {ticket} ended as {status}, not COMPLETED")


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
        try:  # encoded once, here: the submit carries it as it is, Decimal digits intact
            out["body"] = msgspec.Raw(encode(body))
        except ValueError as exc:
            raise ValueError(f"{out['method']} {out['path']}: {exc}") from None
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
        return decode_answer(body, result_type(item), status=status, method=method, url=path)
    except DecodeError as exc:
        return exc


def failures(results: Iterable[Any]) -> list[tuple[int, EcwidError]]:
    """The (index, error) pairs of the items that failed."""
    return [(i, r) for i, r in enumerate(results) if isinstance(r, EcwidError)]
