"""batch.run loses nothing: a failing ticket stops the run with every result read, UNKNOWN
where a ticket was not read, and every ticket id; polls ride out outages; final statuses."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import pytest
from aioresponses import CallbackResult, aioresponses

from ecwid_async import (
    BadRequestError,
    DecodeError,
    EcwidClient,
    NotFoundError,
    RetryPolicy,
    ServerError,
    TicketTimeoutError,
    TransportError,
)
from ecwid_async.batch import (
    NOT_EXECUTED,
    UNKNOWN,
    BatchRunError,
    BatchTicketError,
    SubmittedTicket,
)
from ecwid_async.models.common import UpdateStatus
from tests.vtime import virtual_time

from .conftest import TOKEN
from .test_batch import BatchServer, update

OK = UpdateStatus(update_count=1)


def client() -> EcwidClient:
    return EcwidClient(1003, TOKEN, rate_limit=None, retry=RetryPolicy.never())


@virtual_time
async def test_a_refused_submit_keeps_the_results_of_the_tickets_that_ran() -> None:
    server = BatchServer()
    server.submit_answers[2] = CallbackResult(status=400, payload={"errorMessage": "bad batch"})
    with aioresponses() as m:
        server.install(m)
        async with client() as ecwid:
            calls = [update(ecwid, pid, 1.0) for pid in range(1234)]
            with pytest.raises(BatchRunError) as info:
                await ecwid.batch.run(calls)
    error = info.value
    assert isinstance(error.__cause__, BadRequestError)
    assert error.results[:500] == [OK] * 500
    assert all(r is NOT_EXECUTED for r in error.results[500:])  # refused: nothing created
    assert error.tickets == [
        SubmittedTicket(range(500), "t1", server.submits[0]["deduplicationKey"], True)
    ]
    assert len(server.submits) == 2  # the third ticket was never sent
    assert "500 of 1234 results read, 0 unknown, 734 not executed" in str(error)


@virtual_time
async def test_polls_failing_past_the_timeout_stop_the_run_with_every_ticket_to_finish() -> None:
    server = BatchServer(polls_to_finish=3, missing={1200})
    server.down.add("t2")
    with aioresponses() as m:
        server.install(m)
        async with client() as ecwid:
            calls = [update(ecwid, pid, 1.0) for pid in range(1234)]
            with pytest.raises(BatchRunError) as info:
                await ecwid.batch.run(
                    calls, stop_on_first_failure=False, concurrency=3, timeout=120
                )
            error = info.value
            assert isinstance(error.__cause__, TicketTimeoutError)
            assert isinstance(error.__cause__.__cause__, ServerError)  # the last failed poll
            assert [(t.items, t.ticket, t.completed) for t in error.tickets] == [
                (range(500), "t1", True),
                (range(500, 1000), "t2", False),
                (range(1000, 1234), "t3", True),
            ]
            results = error.results
            assert results[:500] == [OK] * 500
            assert all(r is UNKNOWN for r in results[500:1000])
            assert isinstance(results[1200], NotFoundError)
            assert "finish with batch.wait(ticket) for t2" in str(error)
            # the caller finishes the job once the outage is over
            server.down.clear()
            status = await ecwid.batch.wait(error.tickets[1].ticket or "", poll_interval=1)
    assert status.done and status.responses is not None and len(status.responses) == 500


@virtual_time
async def test_a_failing_ticket_cancels_its_siblings_and_no_ticket_is_sent_after() -> None:
    server = BatchServer(polls_to_finish=50)
    server.status_answers[("t1", 3)] = CallbackResult(payload={"status": "CANCELLED"})
    with aioresponses() as m:
        server.install(m)
        async with client() as ecwid:
            calls = [update(ecwid, pid, 1.0) for pid in range(2500)]
            with pytest.raises(BatchRunError) as info:
                await ecwid.batch.run(calls, stop_on_first_failure=False, concurrency=2)
            polls = sum(t["polls"] for t in server.tickets.values())
            sent_at_raise = len(server.submits), polls
            await asyncio.sleep(600)  # virtual: siblings would have polled and submitted by now
            polls = sum(t["polls"] for t in server.tickets.values())
            assert (len(server.submits), polls) == sent_at_raise
    error = info.value
    assert sent_at_raise[0] == 2  # chunks 1 and 2 ran at once, chunks 3-5 were never sent
    assert [(t.items, t.ticket, t.completed) for t in error.tickets] == [
        (range(500), "t1", False),
        (range(500, 1000), "t2", False),
    ]
    assert all(r is NOT_EXECUTED for r in error.results[:500])  # cancelled: nothing ran
    assert all(r is UNKNOWN for r in error.results[500:1000])  # t2 runs on at Ecwid
    assert all(r is NOT_EXECUTED for r in error.results[1000:])


@virtual_time
async def test_an_unanswered_submit_is_unknown_with_its_deduplication_key() -> None:
    server = BatchServer()
    server.submit_answers[2] = aiohttp.ClientConnectionError("reset by peer")
    with aioresponses() as m:
        server.install(m)
        async with client() as ecwid:
            calls = [update(ecwid, pid, 1.0) for pid in range(600)]
            with pytest.raises(BatchRunError) as info:
                await ecwid.batch.run(calls)
    error = info.value
    assert isinstance(error.__cause__, TransportError)
    assert [(t.items, t.ticket) for t in error.tickets] == [
        (range(500), "t1"),
        (range(500, 600), None),
    ]
    assert error.tickets[1].deduplication_key == server.submits[1]["deduplicationKey"]
    assert all(r is UNKNOWN for r in error.results[500:])  # it may have been created
    assert "unanswered submit, key" in str(error)


@virtual_time
async def test_status_polls_ride_out_transient_errors() -> None:
    server = BatchServer(polls_to_finish=5)
    server.status_answers[("t1", 1)] = CallbackResult(status=503)
    server.status_answers[("t1", 2)] = CallbackResult(status=429, headers={"Retry-After": "3"})
    server.status_answers[("t1", 3)] = aiohttp.ClientConnectionError("reset")
    server.status_answers[("t1", 4)] = CallbackResult(status=502, body=b"<html>gateway</html>")
    with aioresponses() as m:
        server.install(m)
        async with client() as ecwid:
            results = await ecwid.batch.run([update(ecwid, pid, 1.0) for pid in range(10)])
    assert results == [OK] * 10


@pytest.mark.parametrize("final", ["CANCELLED", "EXPIRED"])
@virtual_time
async def test_a_ticket_in_a_final_status_other_than_completed_raises_at_once(final: str) -> None:
    with aioresponses() as m:
        server = BatchServer()
        server.status_answers[("t1", 1)] = CallbackResult(
            payload={"status": final, "totalRequests": 3, "completedRequests": 0}
        )
        server.install(m)
        async with client() as ecwid:
            t0 = asyncio.get_running_loop().time()
            with pytest.raises(BatchRunError) as info:
                await ecwid.batch.run([update(ecwid, pid, 1.0) for pid in range(3)])
            cause = info.value.__cause__
            assert isinstance(cause, BatchTicketError)
            assert (cause.ticket, cause.status) == ("t1", final)
            assert f"batch ticket t1 ended as {final}, not COMPLETED" in str(info.value)
            assert asyncio.get_running_loop().time() == t0  # one poll, no waiting for a timeout
            expected = NOT_EXECUTED if final == "CANCELLED" else UNKNOWN
            assert all(r is expected for r in info.value.results)
            server.tickets["t1"]["polls"] = 0
            server.status_answers[("t1", 1)] = CallbackResult(payload={"status": final})
            with pytest.raises(BatchTicketError, match=f"ended as {final}"):
                await ecwid.batch.wait("t1")


@virtual_time
async def test_a_status_nested_too_deeply_stops_the_run_with_a_decode_error() -> None:
    deep = b"[" * 50_000 + b"]" * 50_000
    server = BatchServer()
    server.status_answers[("t1", 2)] = CallbackResult(
        body=b'{"status":"COMPLETED","responses":[{"id":"0","httpBody":' + deep + b"}]}"
    )
    with aioresponses() as m:
        server.install(m)
        async with client() as ecwid:
            with pytest.raises(BatchRunError) as info:
                await ecwid.batch.run([update(ecwid, 1, 1.0)])
    assert isinstance(info.value.__cause__, DecodeError)
    assert info.value.tickets[0].ticket == "t1"
    assert info.value.results == [UNKNOWN]


@virtual_time
async def test_raise_on_failure_lists_the_tickets_too() -> None:
    server = BatchServer(missing={3})
    with aioresponses() as m:
        server.install(m)
        async with client() as ecwid:
            with pytest.raises(BatchRunError, match="1 of 10 batch items failed") as info:
                await ecwid.batch.run(
                    [update(ecwid, pid, 1.0) for pid in range(10)], raise_on_failure=True
                )
    assert [(t.items, t.ticket, t.completed) for t in info.value.tickets] == [
        (range(10), "t1", True)
    ]


def test_the_markers_are_distinct_falsy_singletons() -> None:
    import pickle

    from ecwid_async.batch import NotExecuted, Unknown

    assert UNKNOWN is not NOT_EXECUTED
    assert Unknown() is UNKNOWN and NotExecuted() is NOT_EXECUTED
    assert not UNKNOWN and repr(UNKNOWN) == "UNKNOWN"
    assert pickle.loads(pickle.dumps(UNKNOWN)) is UNKNOWN


def test_a_batch_run_error_pickles_with_its_tickets() -> None:
    import pickle

    error = BatchRunError("stopped", [UNKNOWN], [SubmittedTicket(range(1), "t1", "k")])
    again: Any = pickle.loads(pickle.dumps(error))
    assert again.tickets == error.tickets and again.results == [UNKNOWN]


@virtual_time
async def test_cancelling_a_run_cancels_every_ticket_task_and_sends_nothing_after() -> None:
    server = BatchServer(polls_to_finish=1_000)
    with aioresponses() as m:
        server.install(m)
        async with client() as ecwid:
            calls = [update(ecwid, pid, 1.0) for pid in range(2500)]
            run = asyncio.ensure_future(
                ecwid.batch.run(calls, stop_on_first_failure=False, concurrency=3)
            )
            await asyncio.sleep(10)  # virtual: three tickets submitted, polling
            assert len(server.submits) == 3
            run.cancel()
            with pytest.raises(asyncio.CancelledError):
                await run
            polls = sum(t["polls"] for t in server.tickets.values())
            await asyncio.sleep(600)
            assert sum(t["polls"] for t in server.tickets.values()) == polls
            assert len(server.submits) == 3
    assert not [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
