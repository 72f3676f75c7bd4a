"""Clone Store API (docs: clone-api.txt): start a clone, poll it, await the mapping."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from .._params import check_choice, check_int_id, query
from ..call import Call
from ..errors import ApiError, CloneFailedError, CloneRejectedError
from ..models.partner import CloneErrorCode, CloneStatus, CloneTicket
from ._base import Resource, check_polling, poll

__all__ = ["CloneProgress", "CloneResource"]

#: Called after every poll with the status seen; may be a coroutine function.
CloneProgress = Callable[[CloneStatus], Awaitable[None] | None]

SCOPES = frozenset({"CATALOG", "STORE_SETTINGS"})


class CloneResource(Resource):
    """``partner.clone``: copy one store's catalog and/or settings into an empty store."""

    __slots__ = ()

    async def start(
        self,
        source_store_id: int,
        target_store_id: int,
        *,
        scope: str | None = None,
        clone_demo_catalog: bool | None = None,
    ) -> CloneTicket:
        """Initiate cloning: ``POST /stores/clone``; raise CloneRejectedError if Ecwid refuses."""
        params = query(
            sourceStoreId=check_int_id("source_store_id", source_store_id),
            targetStoreId=check_int_id("target_store_id", target_store_id),
            scope=check_choice("scope", scope, SCOPES),
            cloneDemoCatalog=clone_demo_catalog,
        )
        call: Call[CloneTicket] = self._call("POST", "/stores/clone", CloneTicket, params=params)
        try:
            ticket = await call
        except ApiError as exc:
            if exc.error_code:
                raise CloneRejectedError(CloneErrorCode(exc.error_code), exc.message) from exc
            raise
        if ticket.success is False or not ticket.ticket:
            code = CloneErrorCode(ticket.error_code or "UNKNOWN_INTERNAL_ERROR")
            raise CloneRejectedError(code, ticket.error_message or "clone was not started")
        return ticket

    def status(self, ticket: str | CloneTicket) -> Call[CloneStatus]:
        """Check status and get results: ``GET /stores/clone``."""
        return self._call("GET", "/stores/clone", CloneStatus, params=query(ticket=_ticket(ticket)))

    async def wait(
        self,
        ticket: str | CloneTicket,
        *,
        timeout: float = 900.0,
        poll_interval: float = 5.0,
        max_poll_interval: float = 30.0,
        progress: CloneProgress | None = None,
    ) -> CloneStatus:
        """Poll until COMPLETED (returns the status with the id mapping) or FAILED (raises).

        Clones take 1 to 15 minutes: polls start ``poll_interval`` apart and back off by
        half each time up to ``max_poll_interval``. A poll that fails transiently (429,
        5xx, network) is repeated while the clone runs on; past ``timeout`` seconds it
        raises :class:`~ecwid_async.TicketTimeoutError`, whose ``ticket`` is this one, so
        ``wait(err.ticket)`` goes on.
        """
        ticket_id = _ticket(ticket)
        check_polling(timeout, poll_interval, max_poll_interval)

        def finished(status: CloneStatus) -> bool:
            if status.status == "FAILED":
                raise CloneFailedError(ticket_id, status.error_message or "no reason given")
            return status.status == "COMPLETED"

        def late(status: CloneStatus | None) -> str:
            state = "unconfirmed" if status is None else status.status or "pending"
            return f"clone {ticket_id} still {state} after {timeout:g}s"

        return await poll(
            lambda: self.status(ticket_id),
            finished,
            ticket=ticket_id,
            timeout=timeout,
            interval=poll_interval,
            max_interval=max_poll_interval,
            on_poll=progress,
            late=late,
        )

    async def run(
        self,
        source_store_id: int,
        target_store_id: int,
        *,
        scope: str | None = None,
        clone_demo_catalog: bool | None = None,
        timeout: float = 900.0,
        poll_interval: float = 5.0,
        progress: CloneProgress | None = None,
    ) -> CloneStatus:
        """Start a clone and wait for it: :meth:`start` then :meth:`wait`."""
        ticket = await self.start(
            source_store_id, target_store_id, scope=scope, clone_demo_catalog=clone_demo_catalog
        )
        return await self.wait(
            ticket, timeout=timeout, poll_interval=poll_interval, progress=progress
        )


def _ticket(ticket: str | CloneTicket) -> str:
    value = ticket.ticket if isinstance(ticket, CloneTicket) else ticket
    if not isinstance(value, str) or not value:
        raise ValueError(f"a clone ticket is a non-empty string, got {value!r}")
    return value
