"""Batch requests (docs: supplement/batch_api.md): up to 500 calls a ticket, polled to the end."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar, overload

from .._params import query
from ..batch import (
    MAX_BATCH,
    NOT_EXECUTED,
    BatchRequest,
    NotExecuted,
    chunked,
    decode_item,
    failures,
    to_batch_item,
)
from ..call import Call
from ..errors import BatchError, EcwidError
from ..hooks import call_hook
from ..models.batch import BatchItemDetails, BatchStatus, BatchTicket
from ._base import Resource, check_polling, poll

__all__ = ["BatchResource", "Progress"]

T = TypeVar("T")

#: A progress callback: ``progress(done, total)``; may be a coroutine function.
Progress = Callable[[int, int], Awaitable[None] | None]

Item = Call[Any] | BatchRequest


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
        """Poll the ticket, backing off, until it is COMPLETED; raise on ``timeout`` (seconds)."""
        check_polling(timeout, poll_interval, max_poll_interval)
        return await _wait(
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
    ) -> list[T | EcwidError | NotExecuted]: ...

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
        :class:`~ecwid_async.BatchError` carrying every result.
        """
        items = list(items)
        wire = [to_batch_item(item) for item in items]  # refuses bad items before any is sent
        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        results: list[Any] = [NOT_EXECUTED] * len(items)
        runner = _Runner(self, items, wire, results, progress, timeout, poll_interval)
        chunks = list(enumerate(chunked(range(len(items)))))
        options = {
            "stop_on_first_failure": stop_on_first_failure,
            "allow_parallel_mode": allow_parallel_mode,
            "group_id": group_id,
        }
        if stop_on_first_failure:
            for number, indexes in chunks:
                if await runner.run_chunk(number, indexes, options):
                    break
        else:
            gate = asyncio.Semaphore(concurrency)

            async def one(number: int, indexes: Sequence[int]) -> None:
                async with gate:
                    await runner.run_chunk(number, indexes, options)

            await asyncio.gather(*(one(n, ix) for n, ix in chunks))
        if raise_on_failure:
            failed = failures(results)
            skipped = sum(1 for r in results if r is NOT_EXECUTED)
            if failed or skipped:
                raise BatchError(
                    f"{len(failed)} of {len(items)} batch items failed, {skipped} not executed",
                    results,
                )
        return results


def _ticket(ticket: str | BatchTicket) -> str:
    value = ticket.ticket if isinstance(ticket, BatchTicket) else ticket
    if not isinstance(value, str) or not value:
        raise ValueError(f"a batch ticket id is a non-empty string, got {value!r}")
    return value


async def _wait(
    batch: BatchResource,
    ticket: str,
    timeout: float,
    interval: float,
    max_interval: float,
    progress: Progress | None,
) -> BatchStatus:
    """Poll one ticket with a growing interval until COMPLETED or the deadline."""

    async def on_poll(status: BatchStatus) -> None:
        await call_hook(progress, status.completed_requests or 0, status.total_requests or 0)

    return await poll(
        lambda: batch.status(ticket),
        lambda status: bool(status.done),
        timeout=timeout,
        interval=interval,
        max_interval=max_interval,
        on_poll=on_poll,
        late=lambda status: (
            f"batch ticket {ticket} not completed within {timeout:g}s "
            f"({status.completed_requests or 0} of {status.total_requests or '?'} done)"
        ),
    )


class _Runner:
    """Submits one chunk, waits, and writes its results into the shared list."""

    def __init__(
        self,
        batch: BatchResource,
        items: list[Item],
        wire: list[dict[str, Any]],
        results: list[Any],
        progress: Progress | None,
        timeout: float,
        poll_interval: float,
    ) -> None:
        self._batch = batch
        self._items = items
        self._wire = wire
        self._results = results
        self._progress = progress
        self._timeout = timeout
        self._poll_interval = poll_interval
        self._max_poll_interval = max(poll_interval, 15.0)
        check_polling(timeout, poll_interval, self._max_poll_interval)
        self._done: dict[int, int] = {}

    async def run_chunk(self, number: int, indexes: Sequence[int], options: dict[str, Any]) -> bool:
        """Run one ticket; return whether any of its items failed or did not run."""
        chunk = [self._items[i] for i in indexes]
        body = [{**self._wire[i], "id": str(k)} for k, i in enumerate(indexes)]
        ticket = await self._batch._submit(body, **options)

        async def on_poll(done: int, total: int) -> None:
            self._done[number] = done
            await call_hook(self._progress, sum(self._done.values()), len(self._items))

        status = await _wait(
            self._batch,
            ticket.ticket,
            self._timeout,
            self._poll_interval,
            self._max_poll_interval,
            on_poll,
        )
        by_id = _index_details(status.responses or [], len(chunk))
        bad = False
        for k, item in enumerate(chunk):
            outcome = decode_item(by_id.get(k), item)
            self._results[indexes[k]] = outcome
            bad = bad or outcome is NOT_EXECUTED or isinstance(outcome, EcwidError)
        self._done[number] = len(chunk)
        await call_hook(self._progress, sum(self._done.values()), len(self._items))
        return bad


def _index_details(details: list[BatchItemDetails], size: int) -> dict[int, BatchItemDetails]:
    """Map our per-chunk ids ("0", "1", ...) to details; fall back to position."""
    by_id: dict[int, BatchItemDetails] = {}
    for position, entry in enumerate(details):
        key = int(entry.id) if entry.id is not None and entry.id.isdigit() else position
        if 0 <= key < size:
            by_id[key] = entry
    return by_id
