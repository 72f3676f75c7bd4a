"""How ``batch.run`` drives its tickets: submit, wait, settle results; stop without loss.

Each chunk of <= 500 items is one ticket. Its state says what its items' results are
when the run stops early: submitting or running means UNKNOWN (Ecwid may run it or have
run it), refused or cancelled means NOT_EXECUTED, completed means the decoded results.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..batch import (
    NOT_EXECUTED,
    UNKNOWN,
    BatchRequest,
    BatchRunError,
    BatchTicketError,
    SubmittedTicket,
    decode_item,
    failures,
)
from ..call import Call
from ..errors import ApiError, DecodeError, EcwidError
from ..hooks import call_hook
from ..models.batch import BatchItemDetails, BatchStatus
from ._base import check_polling, poll

if TYPE_CHECKING:
    from .batch import BatchResource

__all__ = ["Runner", "together", "wait_ticket"]

#: A progress callback: ``progress(done, total)``; may be a coroutine function.
Progress = Callable[[int, int], Awaitable[None] | None]

Item = Call[Any] | BatchRequest


async def wait_ticket(
    batch: BatchResource,
    ticket: str,
    timeout: float,
    interval: float,
    max_interval: float,
    progress: Progress | None,
) -> BatchStatus:
    """Poll one ticket with a growing interval until COMPLETED, riding out transient poll
    failures; a final status other than COMPLETED raises BatchTicketError at once."""

    async def on_poll(status: BatchStatus) -> None:
        await call_hook(progress, status.completed_requests or 0, status.total_requests or 0)

    def finished(status: BatchStatus) -> bool:
        if status.pending:
            return False
        if status.done:
            return True
        raise BatchTicketError(ticket, str(status.status))

    def late(status: BatchStatus | None) -> str:
        if status is None:
            return f"batch ticket {ticket}: no status read within {timeout:g}s"
        return (
            f"batch ticket {ticket} not completed within {timeout:g}s "
            f"({status.completed_requests or 0} of {status.total_requests or '?'} done)"
        )

    return await poll(
        lambda: batch.status(ticket),
        finished,
        ticket=ticket,
        timeout=timeout,
        interval=interval,
        max_interval=max_interval,
        on_poll=on_poll,
        late=late,
    )


async def together(jobs: Sequence[Callable[[], Awaitable[None]]]) -> None:
    """Run ``jobs`` at once as a task group does: the first to fail cancels the others,
    and once every one has ended its error is raised (cancelling the caller cancels all)."""
    if not jobs:
        return
    tasks = [asyncio.ensure_future(job()) for job in jobs]
    failed: list[BaseException] = []

    def note(task: asyncio.Future[None]) -> None:
        error = None if task.cancelled() else task.exception()
        if error is not None:
            failed.append(error)

    for task in tasks:
        task.add_done_callback(note)
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    if failed:
        raise failed[0]


class _Chunk:
    """One ticket of a run and how far it got."""

    __slots__ = ("items", "key", "state", "ticket")

    def __init__(self, items: range) -> None:
        self.items = items
        self.key = str(uuid.uuid4())  # known before the submit, so a lost answer is recoverable
        self.ticket: str | None = None
        self.state = "submitting"  # -> running -> completed; or refused, cancelled

    @property
    def unknown(self) -> bool:
        """Whether Ecwid may run (or have run) these items without us reading the results."""
        return self.state in ("submitting", "running")


class Runner:
    """Submits chunks, waits for them, and writes their results into ``results``."""

    def __init__(
        self,
        batch: BatchResource,
        items: list[Item],
        wire: list[dict[str, Any]],
        *,
        progress: Progress | None,
        timeout: float,
        poll_interval: float,
        options: dict[str, Any],
    ) -> None:
        self._batch = batch
        self._items = items
        self._wire = wire
        self._progress = progress
        self._timeout = timeout
        self._poll_interval = poll_interval
        self._max_poll_interval = max(poll_interval, 15.0)
        check_polling(timeout, poll_interval, self._max_poll_interval)
        self._options = options
        self._chunks: list[_Chunk] = []
        self._done: dict[int, int] = {}
        self._stopping = False
        self.results: list[Any] = [NOT_EXECUTED] * len(items)

    async def run_chunk(self, indexes: range) -> bool:
        """Run one ticket; return whether any of its items failed or did not run.

        Once a ticket has failed no other is submitted, even by a chunk that got its turn
        between that failure and the cancellation of its siblings.
        """
        if self._stopping:
            return True
        try:
            return await self._run_chunk(indexes)
        except Exception:
            self._stopping = True
            raise

    async def _run_chunk(self, indexes: range) -> bool:
        chunk = _Chunk(indexes)
        self._chunks.append(chunk)
        body = [{**self._wire[i], "id": str(k)} for k, i in enumerate(indexes)]
        try:
            answer = await self._batch._submit(body, deduplication_key=chunk.key, **self._options)
        except ApiError as exc:
            if 400 <= exc.status < 500:  # refused: no ticket was created
                chunk.state = "refused"
            raise
        if not answer.ticket:
            raise DecodeError(
                "the batch submit was answered without a ticket id",
                status=200, excerpt="", method="POST", url="/batch",
            )  # fmt: skip
        chunk.ticket, chunk.state = answer.ticket, "running"
        try:
            status = await wait_ticket(
                self._batch,
                answer.ticket,
                self._timeout,
                self._poll_interval,
                self._max_poll_interval,
                lambda done, _total: self._report(indexes.start, done),
            )
        except BatchTicketError as exc:
            if exc.status == "CANCELLED":  # Ecwid cancels only tickets not yet started
                chunk.state = "cancelled"
            raise
        bad = self._settle(chunk, status)
        await self._report(indexes.start, len(indexes))
        return bad

    def _settle(self, chunk: _Chunk, status: BatchStatus) -> bool:
        """Write a completed ticket's results; return whether any item failed or was skipped."""
        by_id = _index_details(status.responses or [], len(chunk.items))
        bad = False
        for k, index in enumerate(chunk.items):
            outcome = decode_item(by_id.get(k), self._items[index])
            self.results[index] = outcome
            bad = bad or outcome is NOT_EXECUTED or isinstance(outcome, EcwidError)
        chunk.state = "completed"
        return bad

    async def _report(self, chunk_start: int, done: int) -> None:
        self._done[chunk_start] = done
        await call_hook(self._progress, sum(self._done.values()), len(self._items))

    def tickets(self) -> list[SubmittedTicket]:
        """Every ticket submitted (or maybe submitted), in input order."""
        return [
            SubmittedTicket(c.items, c.ticket, c.key, completed=c.state == "completed")
            for c in sorted(self._chunks, key=lambda c: c.items.start)
            if c.state != "refused"
        ]

    def stopped(self, cause: BaseException) -> BatchRunError:
        """The error of a run that stopped early: UNKNOWN where a ticket was not read."""
        for chunk in self._chunks:
            if chunk.unknown:
                self.results[chunk.items.start : chunk.items.stop] = [UNKNOWN] * len(chunk.items)
        unknown = sum(1 for r in self.results if r is UNKNOWN)
        skipped = sum(1 for r in self.results if r is NOT_EXECUTED)
        pending = [
            c.ticket or f"(unanswered submit, key {c.key})" for c in self._chunks if c.unknown
        ]
        known = len(self.results) - unknown - skipped
        message = (
            f"batch run stopped: {type(cause).__name__}: {cause}; "
            f"{known} of {len(self.results)} results read, {unknown} unknown, "
            f"{skipped} not executed"
        )
        if pending:
            message += f"; finish with batch.wait(ticket) for {', '.join(pending[:5])}"
            message += f" and {len(pending) - 5} more" if len(pending) > 5 else ""
        return BatchRunError(message, self.results, self.tickets())

    def failed_items(self) -> BatchRunError | None:
        """The error for ``raise_on_failure`` when items failed or were skipped, else None."""
        failed = failures(self.results)
        skipped = sum(1 for r in self.results if r is NOT_EXECUTED)
        if not failed and not skipped:
            return None
        return BatchRunError(
            f"{len(failed)} of {len(self.results)} batch items failed, {skipped} not executed",
            self.results,
            self.tickets(),
        )


def _index_details(details: list[BatchItemDetails], size: int) -> dict[int, BatchItemDetails]:
    """Map our per-chunk ids ("0", "1", ...) to details; fall back to position."""
    by_id: dict[int, BatchItemDetails] = {}
    for position, entry in enumerate(details):
        key = int(entry.id) if entry.id is not None and entry.id.isdigit() else position
        if 0 <= key < size:
            by_id[key] = entry
    return by_id
