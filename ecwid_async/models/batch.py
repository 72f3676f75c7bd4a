"""Batch API models: the ticket, the ticket's status, and each request's details."""

from __future__ import annotations

from typing import Literal

import msgspec

from ._base import EcwidModel

__all__ = ["BatchItemDetails", "BatchItemState", "BatchState", "BatchStatus", "BatchTicket"]

#: Ticket states: the documented three, and CANCELLED (``DELETE /batch`` of a queued
#: ticket). ``status`` is typed ``str`` so new ones still decode.
BatchState = Literal["QUEUED", "IN_PROGRESS", "COMPLETED", "CANCELLED"]
#: The states a ticket is still running in; any other status is final.
_PENDING_STATES = frozenset({"QUEUED", "IN_PROGRESS"})
#: Documented request states inside a ticket.
BatchItemState = Literal["COMPLETED", "FAILED", "NOT_EXECUTED"]


class BatchTicket(EcwidModel):
    """Answer to ``POST /batch``: the ``ticket`` id to poll."""

    ticket: str = ""


class BatchItemDetails(EcwidModel):
    """One request's outcome in a batch (the docs' ``RequestDetails``).

    ``http_body`` is kept raw (undecoded JSON) so it can be decoded straight into the
    type of the call that produced it; ``escaped_http_body`` is the same as a string
    when the status was asked for with ``escapedJson=true``.
    """

    id: str | None = None
    status: str | None = None
    http_status_code: int | None = None
    http_code: int | str | None = None  # the docs' format example spells it httpCode
    http_status_line: str | None = None
    http_body: msgspec.Raw = msgspec.Raw()
    escaped_http_body: str | None = None

    @property
    def code(self) -> int | None:
        """The item's HTTP status, whichever field carried it."""
        if self.http_status_code is not None:
            return self.http_status_code
        if self.http_code is not None:
            try:
                return int(self.http_code)
            except ValueError:
                return None
        return None

    @property
    def body_bytes(self) -> bytes:
        """The item's response body as JSON bytes, from ``httpBody`` or ``escapedHttpBody``."""
        if len(self.http_body):
            return bytes(self.http_body)
        if self.escaped_http_body is not None:
            return self.escaped_http_body.encode()
        return b""


class BatchStatus(EcwidModel):
    """Answer to ``GET /batch?ticket=``: progress, and ``responses`` once requests ran."""

    status: str | None = None
    total_requests: int | None = None
    completed_requests: int | None = None
    responses: list[BatchItemDetails] | None = None

    @property
    def done(self) -> bool:
        """Whether the ticket reached ``COMPLETED``."""
        return self.status == "COMPLETED"

    @property
    def pending(self) -> bool:
        """Whether the ticket may still change: QUEUED, IN_PROGRESS, or no status given.
        Any other status (COMPLETED, CANCELLED, one Ecwid adds later) is final."""
        return self.status is None or self.status in _PENDING_STATES
