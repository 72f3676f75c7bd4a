"""Batch requests (docs: supplement/batch_api.md): up to 500 calls a ticket, polled to the end."""

from __future__ import annotations

import asyncio
import functools
import uuid
from collections.abc import Sequence
from typing import Any, TypeVar, overload

from .._params import query
from ..batch import MAX_BATCH, NotExecuted, Unknown, to_batch_item
from ..call import Call
from ..errors import EcwidError
from ..models.batch import BatchStatus, BatchTicket
from ._base import Resource, check_polling
from ._batch_run import Item, Progress, Runner, together, wait_ticket

__all__ = ["BatchResource", "Progress"]

T = TypeVar("T")


class BatchResource(Resource):
    """``ecwid.batch``: submit calls as tickets, poll them, get typed results in input order."""

    __slots__ = ()

    def submit(
        self,
        items: Sequence[Item],
        *,
        stop_on_first_failure: bool = True,
        deduplication_key: str | None = None,
        allow_parallel_mode: bool | None = None,
        group_id: str | None = None,
    ) -> Call[BatchTicket]:
        """Create new batch request: ``POST /batch``.

        At most 500 items. A fresh ``deduplication_key`` (a UUID) is sent unless one is
        given, so Ecwid runs a repeated submit of this same Call only once; that is why
        it may be retried after a server error like an idempotent call.
        """
        if not 1 <= len(items) <= MAX_BATCH:
            raise ValueError(f"a batch ticket takes 1 to {MAX_BATCH} items, got {len(items)}")
        return self._submit(
            [to_batch_item(item) for item in items],
            stop_on_first_failure=stop_on_first_failure,
            deduplication_key=deduplication_key,
            allow_parallel_mode=allow_parallel_mode,
            group_id=group_id,
        )

    def _submit(
        self,
        body: list[dict[str, Any]],
        *,
        stop_on_first_failure: bool,
        deduplication_key: str | None = None,
        allow_parallel_mode: bool | None,
        group_id: str | None,
    ) -> Call[BatchTicket]:
        """The ``POST /batch`` call of items already in their wire form."""
        params = query(
            stopOnFirstFailure=stop_on_first_failure,
            deduplicationKey=deduplication_key or str(uuid.uuid4()),
            allowParallelMode=allow_parallel_mode,
            groupId=group_id,
        )
        return self._call("POST", "/batch", BatchTicket, params=params, body=body, idempotent=True)

    def status(self, ticket: str | BatchTicket, *, escaped_json: bool = False) -> Call[BatchStatus]:
        """Get batch request status: ``GET /batch``."""
        params = query(ticket=_ticket(ticket), escapedJson=escaped_json or None)
        return self._call("GET", "/batch", BatchStatus, params=params)

    def cancel(self, ticket: str | BatchTicket) -> Call[Any]:
        """Cancel a queued batch request: ``DELETE /batch`` (only tickets not yet started)."""
        return self._call("DELETE", "/batch", Any, params=query(ticketId=_ticket(ticket)))

    def cancel_group(self, group_id: str) -> Call[Any]:
        """Cancel every queued ticket of a group: ``POST /batch/cancel-group``."""
        if not group_id:
            raise ValueError("group_id must be a non-empty string")
        return self._call("POST", "/batch/cancel-group", Any, params=query(groupId=group_id))

    async def wait(
        self,
        ticket: str | BatchTicket,
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 15.0,
        progress: Progress | None = None,
    ) -> BatchStatus:
        """Poll the ticket, backing off, until it is COMPLETED.

        Polls that fail transiently (429, 5xx, network) are repeated while the ticket runs
        on; past ``timeout`` seconds it raises :class:`~ecwid_async.TicketTimeoutError`.
        A ticket that ends otherwise (CANCELLED, or a status Ecwid adds later: anything
        but QUEUED and IN_PROGRESS is final) raises
        :class:`~ecwid_async.batch.BatchTicketError` at once.
        """
        check_polling(timeout, poll_interval, max_poll_interval)
        return await wait_ticket(
            self, _ticket(ticket), timeout, poll_interval, max_poll_interval, progress
        )

    @overload
    async def run(
        self,
        items: Sequence[Call[T]],
        *,
        stop_on_first_failure: bool = ...,
        raise_on_failure: bool = ...,
        progress: Progress | None = ...,
        timeout: float = ...,
        poll_interval: float = ...,
        allow_parallel_mode: bool | None = ...,
        group_id: str | None = ...,
        concurrency: int = ...,
    ) -> list[T | EcwidError | NotExecuted | Unknown]: ...

    @overload
    async def run(
        self,
        items: Sequence[Item],
        *,
        stop_on_first_failure: bool = ...,
        raise_on_failure: bool = ...,
        progress: Progress | None = ...,
        timeout: float = ...,
        poll_interval: float = ...,
        allow_parallel_mode: bool | None = ...,
        group_id: str | None = ...,
        concurrency: int = ...,
    ) -> list[Any]: ...

    async def run(
        self,
        items: Sequence[Item],
        *,
        stop_on_first_failure: bool = True,
        raise_on_failure: bool = False,
        progress: Progress | None = None,
        timeout: float = 1800.0,
        poll_interval: float = 1.0,
        allow_parallel_mode: bool | None = None,
        group_id: str | None = None,
        concurrency: int = 4,
    ) -> list[Any]:
        """Run any number of calls as tickets of <= 500; return results in input order.

        Each result is the item's decoded value, an :class:`~ecwid_async.ApiError` for a
        failed item, or :data:`~ecwid_async.batch.NOT_EXECUTED`. With
        ``stop_on_first_failure`` (the default, as in Ecwid) tickets run one after the
        other and the items after a failure are NOT_EXECUTED; otherwise up to
        ``concurrency`` tickets run at once. ``raise_on_failure`` raises one
        :class:`~ecwid_async.batch.BatchRunError` carrying every result.

        Nothing that ran is lost. Status polls ride out transient errors until
        ``timeout`` (per ticket). When a ticket fails for good (its submit refused or
        unanswered, its polls failing past ``timeout``, the ticket cancelled) no further
        ticket is submitted, the other tickets' tasks are cancelled, and a
        :class:`~ecwid_async.batch.BatchRunError` is raised from that error: its
        ``results`` hold every result read and :data:`~ecwid_async.batch.UNKNOWN` for
        the items of tickets submitted but not read, and its ``tickets`` list every
        ticket with its items' index range, so ``await batch.wait(t.ticket)`` finishes
        the job.
        """
        items = list(items)
        wire = [to_batch_item(item) for item in items]  # refuses bad items before any is sent
        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        options = {
            "stop_on_first_failure": stop_on_first_failure,
            "allow_parallel_mode": allow_parallel_mode,
            "group_id": group_id,
        }
        runner = Runner(
            self, items, wire,
            progress=progress, timeout=timeout, poll_interval=poll_interval, options=options,
        )  # fmt: skip
        chunks = [range(i, min(i + MAX_BATCH, len(items))) for i in range(0, len(items), MAX_BATCH)]
        try:
            if stop_on_first_failure:
                for indexes in chunks:
                    if await runner.run_chunk(indexes):
                        break
            else:
                gate = asyncio.Semaphore(concurrency)

                async def gated(indexes: range) -> None:
                    async with gate:
                        await runner.run_chunk(indexes)

                await together([functools.partial(gated, indexes) for indexes in chunks])
        except Exception as exc:
            raise runner.stopped(exc) from exc
        if raise_on_failure and (error := runner.failed_items()) is not None:
            raise error
        return runner.results


def _ticket(ticket: str | BatchTicket) -> str:
    value = ticket.ticket if isinstance(ticket, BatchTicket) else ticket
    if not isinstance(value, str) or not value:
        raise ValueError(f"a batch ticket id is a non-empty string, got {value!r}")
    return value
