"""Batch: item building, ticket submit/status/wait, and run() across tickets, in order."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import msgspec
import pytest
from aioresponses import CallbackResult, aioresponses

from ecwid_async import BatchError, EcwidClient, NotFoundError, RequestTimeoutError
from ecwid_async.batch import NOT_EXECUTED, BatchRequest, chunked, decode_item, to_batch_item
from ecwid_async.codec import encode
from ecwid_async.models.batch import BatchItemDetails, BatchStatus
from ecwid_async.models.common import UpdateStatus
from tests.vtime import virtual_time

from .conftest import TOKEN, url


def client() -> EcwidClient:
    return EcwidClient(1003, TOKEN, rate_limit=None)


def update(ecwid: EcwidClient, pid: int, price: float) -> Any:
    return ecwid.request("PUT", f"/products/{pid}", json={"price": price}, result_type=UpdateStatus)


# --- pure pieces -------------------------------------------------------------------------------


def test_a_call_becomes_a_batch_item_with_its_query_and_body() -> None:
    ecwid = client()
    call = ecwid.request(
        "GET", "/orders", params={"limit": 1, "paymentStatus": ["PAID", "REFUNDED"]}
    )
    assert to_batch_item(call) == {
        "method": "GET",
        "path": "/orders?limit=1&paymentStatus=PAID,REFUNDED",
    }
    assert msgspec.json.decode(encode(to_batch_item(update(ecwid, 7, 1.5), "3"))) == {
        "method": "PUT",
        "path": "/products/7",
        "body": {"price": 1.5},
        "id": "3",
    }
    assert to_batch_item(BatchRequest("get", "/profile", id="x")) == {
        "method": "GET",
        "path": "/profile",
        "id": "x",
    }


def test_bad_items_are_refused_before_sending() -> None:
    from ecwid_async.call import Call

    with pytest.raises(ValueError, match="path must start"):
        BatchRequest("GET", "profile")
    with pytest.raises(ValueError, match="method"):
        BatchRequest("PATCH", "/profile")
    upload = Call("POST", "/products/1/image", Any, content=b"\x89PNG")
    with pytest.raises(ValueError, match="binary uploads cannot go into a batch"):
        to_batch_item(upload)
    with pytest.raises(TypeError, match="Call or a BatchRequest"):
        to_batch_item({"method": "GET", "path": "/x"})  # type: ignore[arg-type]


def test_chunking() -> None:
    assert [len(c) for c in chunked(list(range(1234)))] == [500, 500, 234]
    assert list(chunked([])) == []


def test_item_outcomes_decode_from_either_body_field() -> None:
    ecwid = client()
    call = update(ecwid, 1, 2.0)
    ok = BatchItemDetails(
        id="0",
        status="COMPLETED",
        http_status_code=200,
        http_body=msgspec.Raw(b'{"updateCount":1}'),
    )
    escaped = BatchItemDetails(
        id="0", status="COMPLETED", http_status_code=200, escaped_http_body='{"updateCount":1}'
    )
    failed = BatchItemDetails(
        id="0", status="FAILED", http_status_code=404, http_status_line="Not Found",
        http_body=msgspec.Raw(b'{"errorMessage":"Product #1 not found"}'),
    )  # fmt: skip
    skipped = BatchItemDetails(id="0", status="NOT_EXECUTED")
    assert decode_item(ok, call) == UpdateStatus(update_count=1)
    assert decode_item(escaped, call) == UpdateStatus(update_count=1)
    error = decode_item(failed, call)
    assert isinstance(error, NotFoundError)
    assert error.message == "Product #1 not found"
    assert error.url == "/products/1"
    assert decode_item(skipped, call) is NOT_EXECUTED
    assert decode_item(None, call) is NOT_EXECUTED
    assert repr(NOT_EXECUTED) == "NOT_EXECUTED" and not NOT_EXECUTED


# --- a scripted batch server -----------------------------------------------------------------


class BatchServer:
    """Answers POST/GET /batch like Ecwid: tickets progress over polls, items run in order."""

    def __init__(self, polls_to_finish: int = 2, missing: set[int] | None = None) -> None:
        self.tickets: dict[str, dict[str, Any]] = {}
        self.polls_to_finish = polls_to_finish
        self.missing = missing or set()
        self.submits: list[dict[str, str]] = []
        self.counter = itertools.count(1)
        self.poll_times: list[float] = []
        #: Answers that replace the normal one: submit number (1-based) -> answer.
        self.submit_answers: dict[int, CallbackResult | Exception] = {}
        #: Answers that replace a ticket's status: (ticket, poll number) -> answer.
        self.status_answers: dict[tuple[str, int], CallbackResult | Exception] = {}
        #: Tickets whose status polls answer 503 (an outage) until taken out again.
        self.down: set[str] = set()

    @staticmethod
    def _given(answer: CallbackResult | Exception | None) -> CallbackResult | None:
        if isinstance(answer, Exception):
            raise answer
        return answer

    def submit(self, u: Any, **kwargs: Any) -> CallbackResult:
        params = dict(u.query)
        self.submits.append(params)
        given = self._given(self.submit_answers.get(len(self.submits)))
        if given is not None:
            return given
        key = params["deduplicationKey"]
        if key in self.tickets:
            return CallbackResult(payload={"ticket": self.tickets[key]["id"]})
        items = msgspec.json.decode(kwargs["data"])
        ticket = f"t{next(self.counter)}"
        self.tickets[key] = self.tickets[ticket] = {
            "id": ticket, "items": items, "polls": 0, "stop": params["stopOnFirstFailure"] == "true",
        }  # fmt: skip
        return CallbackResult(payload={"ticket": ticket})

    def status(self, u: Any, **kwargs: Any) -> CallbackResult:
        self.poll_times.append(asyncio.get_running_loop().time())
        ticket = self.tickets[u.query["ticket"]]
        ticket["polls"] += 1
        if ticket["id"] in self.down:
            ticket["polls"] -= 1  # the ticket makes no progress that anyone sees
            return CallbackResult(status=503)
        given = self._given(self.status_answers.get((ticket["id"], ticket["polls"])))
        if given is not None:
            return given
        items = ticket["items"]
        if ticket["polls"] < self.polls_to_finish:
            return CallbackResult(
                payload={"status": "QUEUED", "totalRequests": len(items), "completedRequests": 0}
            )
        responses, failed = [], False
        for item in items:
            pid = int(item["path"].rsplit("/", 1)[1])
            if failed and ticket["stop"]:
                responses.append({"id": item["id"], "status": "NOT_EXECUTED"})
            elif pid in self.missing:
                failed = True
                responses.append({
                    "id": item["id"], "status": "FAILED", "httpStatusCode": 404, "httpStatusLine": "Not Found",
                    "httpBody": {"errorMessage": f"Product #{pid} not found"},
                })  # fmt: skip
            else:
                responses.append({
                    "id": item["id"], "status": "COMPLETED", "httpStatusCode": 200, "httpStatusLine": "OK",
                    "httpBody": {"updateCount": 1},
                })  # fmt: skip
        responses.reverse()  # Ecwid does not promise order: results must follow ids
        return CallbackResult(payload={
            "status": "COMPLETED", "totalRequests": len(items), "completedRequests": len(items),
            "responses": responses,
        })  # fmt: skip

    def install(self, m: aioresponses) -> None:
        m.post(url("/batch"), callback=self.submit, repeat=True)
        m.get(url("/batch"), callback=self.status, repeat=True)


@virtual_time
async def test_run_1234_updates_in_3_tickets_results_in_order_with_failures() -> None:
    server = BatchServer(missing={17, 640, 1200})
    progress: list[tuple[int, int]] = []
    with aioresponses() as m:
        server.install(m)
        async with client() as ecwid:
            calls = [update(ecwid, pid, pid / 10) for pid in range(1234)]
            results = await ecwid.batch.run(
                calls, stop_on_first_failure=False, progress=lambda d, t: progress.append((d, t))
            )
    assert len(server.submits) == 3
    assert len({s["deduplicationKey"] for s in server.submits}) == 3
    assert [len(server.tickets[f"t{n}"]["items"]) for n in (1, 2, 3)] == [500, 500, 234]
    assert len(results) == 1234
    failed = {i for i, r in enumerate(results) if isinstance(r, NotFoundError)}
    assert failed == {17, 640, 1200}
    assert results[640].message == "Product #640 not found"  # type: ignore[union-attr]
    assert all(r == UpdateStatus(update_count=1) for i, r in enumerate(results) if i not in failed)
    assert progress[-1] == (1234, 1234)
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)


@virtual_time
async def test_stop_on_first_failure_runs_tickets_in_turn_and_marks_the_rest() -> None:
    server = BatchServer(missing={600})
    with aioresponses() as m:
        server.install(m)
        async with client() as ecwid:
            results = await ecwid.batch.run([update(ecwid, pid, 1.0) for pid in range(1234)])
    assert len(server.submits) == 2  # the third ticket was never sent
    assert all(r == UpdateStatus(update_count=1) for r in results[:600])
    assert isinstance(results[600], NotFoundError)
    assert all(r is NOT_EXECUTED for r in results[601:])


@virtual_time
async def test_raise_on_failure_carries_every_result() -> None:
    server = BatchServer(missing={3})
    with aioresponses() as m:
        server.install(m)
        async with client() as ecwid:
            with pytest.raises(
                BatchError, match="1 of 10 batch items failed, 6 not executed"
            ) as info:
                await ecwid.batch.run(
                    [update(ecwid, pid, 1.0) for pid in range(10)], raise_on_failure=True
                )
    assert len(info.value.results) == 10
    assert isinstance(info.value.results[3], NotFoundError)


@virtual_time
async def test_submit_refuses_more_than_500_and_bad_items_before_sending() -> None:
    with aioresponses() as m:
        async with client() as ecwid:
            with pytest.raises(ValueError, match="1 to 500 items"):
                ecwid.batch.submit([BatchRequest("GET", "/profile")] * 501)
            with pytest.raises(ValueError, match="1 to 500 items"):
                ecwid.batch.submit([])
            with pytest.raises(TypeError):
                await ecwid.batch.run([update(ecwid, 1, 1.0), "GET /profile"])  # type: ignore[list-item]
        assert m.requests == {}


@virtual_time
async def test_submit_is_retried_after_5xx_with_the_same_deduplication_key() -> None:
    keys: list[str] = []
    queries: list[dict[str, str]] = []

    def flaky(u: Any, **kwargs: Any) -> CallbackResult:
        keys.append(u.query["deduplicationKey"])
        queries.append(dict(u.query))
        if len(keys) == 1:
            return CallbackResult(status=503)
        return CallbackResult(payload={"ticket": "abc"})

    with aioresponses() as m:
        m.post(url("/batch"), callback=flaky, repeat=True)
        async with client() as ecwid:
            ticket = await ecwid.batch.submit(
                [BatchRequest("GET", "/profile")], allow_parallel_mode=True, group_id="g1"
            )
    assert ticket.ticket == "abc"
    assert len(keys) == 2
    assert keys[0] == keys[1]
    assert queries[0] == {
        "stopOnFirstFailure": "true",
        "deduplicationKey": keys[0],
        "allowParallelMode": "true",
        "groupId": "g1",
    }


@virtual_time
async def test_wait_backs_off_and_times_out() -> None:
    server = BatchServer(polls_to_finish=10_000)
    server.tickets["t9"] = {"id": "t9", "items": [], "polls": 0, "stop": True}
    with aioresponses() as m:
        server.install(m)
        async with client() as ecwid:
            with pytest.raises(RequestTimeoutError, match="not completed within 60s"):
                await ecwid.batch.wait("t9", timeout=60, poll_interval=1, max_poll_interval=8)
    gaps = [b - a for a, b in itertools.pairwise(server.poll_times)]
    assert gaps[0] == pytest.approx(1.0)
    assert gaps == sorted(gaps)
    assert max(gaps) == pytest.approx(8.0)


@virtual_time
async def test_status_with_escaped_json_and_queued_without_responses() -> None:
    with aioresponses() as m:
        m.get(
            url("/batch"), payload={"status": "QUEUED", "totalRequests": 3, "completedRequests": 0}
        )
        m.get(
            url("/batch"),
            payload={
                "status": "COMPLETED", "totalRequests": 1, "completedRequests": 1,
                "responses": [{"id": "a", "status": "COMPLETED", "httpStatusCode": 200, "escapedHttpBody": "{\"id\": 5}"}],
            },
        )  # fmt: skip
        m.delete(url("/batch"), payload={"deleteCount": 1})
        m.post(url("/batch/cancel-group"), payload={"cancelled": 2})
        async with client() as ecwid:
            queued = await ecwid.batch.status("t1")
            done = await ecwid.batch.status("t1", escaped_json=True)
            await ecwid.batch.cancel("t1")
            await ecwid.batch.cancel_group("g1")
    assert queued == BatchStatus(status="QUEUED", total_requests=3, completed_requests=0)
    assert not queued.done and queued.responses is None
    assert done.done and done.responses is not None
    assert done.responses[0].body_bytes == b'{"id": 5}'
    sent = {(method, u.path, tuple(sorted(u.query.items()))) for method, u in m.requests}
    assert ("GET", "/api/v3/1003/batch", (("ticket", "t1"),)) in sent
    assert ("GET", "/api/v3/1003/batch", (("escapedJson", "true"), ("ticket", "t1"))) in sent
    assert ("DELETE", "/api/v3/1003/batch", (("ticketId", "t1"),)) in sent
    assert ("POST", "/api/v3/1003/batch/cancel-group", (("groupId", "g1"),)) in sent


@virtual_time
async def test_run_refuses_a_call_batch_cannot_carry_before_any_ticket_is_sent() -> None:
    from ecwid_async.call import Call

    server = BatchServer()
    with aioresponses() as m:
        server.install(m)
        async with client() as ecwid:
            calls = [update(ecwid, pid, 1.0) for pid in range(600)]
            for bad, match in (
                (Call("PATCH", "/products/1", Any, transport=ecwid.transport), "method"),
                (Call("GET", "profile", Any, transport=ecwid.transport), "path must start"),
            ):
                with pytest.raises(ValueError, match=match):
                    await ecwid.batch.run([*calls, bad])  # the bad item is in the 2nd ticket
        assert server.submits == []


@virtual_time
async def test_progress_callback_may_return_a_value_it_is_not_awaited() -> None:
    server = BatchServer()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True  # e.g. a list.append-style helper that returns something

    with aioresponses() as m:
        server.install(m)
        async with client() as ecwid:
            await ecwid.batch.run([update(ecwid, 1, 1.0)], progress=progress)  # type: ignore[arg-type]
    assert seen[-1] == (1, 1)
