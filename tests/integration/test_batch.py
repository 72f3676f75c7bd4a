"""``ecwid.batch`` against FakeEcwid: thousands of calls, split into tickets, in order."""

from __future__ import annotations

from typing import Any

import pytest

from ecwid_async import (
    NOT_EXECUTED,
    BatchError,
    EcwidClient,
    NotFoundError,
    RetryPolicy,
    ServerError,
)
from ecwid_async.models.common import CreateStatus, UpdateStatus
from ecwid_async.testing import FakeEcwid


async def test_1234_updates_in_3_tickets_in_order_with_per_item_failures(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    fake_ecwid.set_batch_polls(2)
    ids = fake_ecwid.seed_products(1231)
    targets = [*ids[:600], 991, *ids[600:1200], 992, *ids[1200:], 993]  # 3 missing products
    assert len(targets) == 1234
    progress: list[tuple[int, int]] = []
    calls = [
        ecwid_client.products.update(pid, {"price": 10 + n / 100}) for n, pid in enumerate(targets)
    ]
    results = await ecwid_client.batch.run(
        calls,
        stop_on_first_failure=False,
        poll_interval=0.01,
        progress=lambda done, total: progress.append((done, total)),
    )
    tickets = [r for r in fake_ecwid.requests if r.method == "POST" and r.path.endswith("/batch")]
    assert len(tickets) == 3
    assert [len(t.body) for t in tickets] == [500, 500, 234]
    assert len(results) == 1234
    failed = [n for n, r in enumerate(results) if isinstance(r, NotFoundError)]
    assert failed == [600, 1201, 1233]
    assert all(results[n] == UpdateStatus(update_count=1) for n in range(1234) if n not in failed)
    for n, pid in enumerate(targets):
        if n not in failed:
            assert fake_ecwid.store.products[pid]["price"] == pytest.approx(10 + n / 100)
    assert progress[-1] == (1234, 1234)


async def test_stop_on_first_failure_skips_the_rest(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    fake_ecwid.set_batch_polls(1)
    ids = fake_ecwid.seed_products(5)
    calls = [ecwid_client.products.update(pid, {"price": 1}) for pid in ids[:2]]
    calls.append(ecwid_client.products.update(424242, {"price": 1}))
    calls += [ecwid_client.products.update(pid, {"price": 1}) for pid in ids[2:]]
    with pytest.raises(BatchError) as info:
        await ecwid_client.batch.run(calls, raise_on_failure=True, poll_interval=0.01)
    results: list[Any] = info.value.results
    assert results[:2] == [UpdateStatus(update_count=1)] * 2
    assert isinstance(results[2], NotFoundError)
    assert results[3:] == [NOT_EXECUTED] * 3


async def test_mixed_calls_decode_into_their_own_types(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    fake_ecwid.set_batch_polls(1)
    [pid] = fake_ecwid.seed_products(1)
    created, product, stats = await ecwid_client.batch.run(
        [
            ecwid_client.products.create({"name": "Batch tea", "sku": "BT-1"}),
            ecwid_client.products.get(pid),
            ecwid_client.profile.latest_stats(),
        ],
        poll_interval=0.01,
    )
    assert isinstance(created, CreateStatus)
    assert created.id in fake_ecwid.store.products
    assert product.id == pid
    assert stats.products_updated is not None


async def test_binary_uploads_are_refused_before_sending(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    [pid] = fake_ecwid.seed_products(1)
    fake_ecwid.clear_requests()
    with pytest.raises(ValueError, match="binary uploads cannot go into a batch"):
        await ecwid_client.batch.run(
            [ecwid_client.products.upload_image(pid, b"\x89PNG\r\n\x1a\n....")]
        )
    assert fake_ecwid.requests == []


async def test_a_post_create_is_sent_exactly_once_when_the_server_answers_500(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    fake_ecwid.inject_fault("POST", "/products", status=500, times=None)
    with pytest.raises(ServerError):
        await ecwid_client.products.create({"name": "Only once", "sku": "ONCE-1"})
    posts = [r for r in fake_ecwid.requests if r.method == "POST" and r.path.endswith("/products")]
    assert len(posts) == 1


async def test_a_get_is_retried_through_server_errors(fake_ecwid: FakeEcwid) -> None:
    fake_ecwid.seed_products(3)
    fake_ecwid.inject_fault("GET", "/products", status=503, times=2)
    async with fake_ecwid.client(retry=RetryPolicy(base_delay=0.01)) as ecwid:
        page = await ecwid.products.search().collect()
    assert len(page) == 3
    gets = [r.status for r in fake_ecwid.requests if r.method == "GET"]
    assert gets == [503, 503, 200]


async def test_a_cancelled_group_stops_the_run_at_once_and_nothing_is_lost(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    import asyncio

    from ecwid_async.batch import BatchRunError, BatchTicketError

    fake_ecwid.set_batch_polls(1_000)  # the tickets stay QUEUED until cancelled
    ids = fake_ecwid.seed_products(3)
    calls = [ecwid_client.products.update(pid, {"price": 1.0}) for pid in ids]
    polled = asyncio.Event()
    run = asyncio.ensure_future(
        ecwid_client.batch.run(
            calls, group_id="nightly", poll_interval=0.01, timeout=30,
            progress=lambda done, total: polled.set(),
        )
    )  # fmt: skip
    await asyncio.wait_for(polled.wait(), 5)  # the ticket is submitted and QUEUED
    await ecwid_client.batch.cancel_group("nightly")
    with pytest.raises(BatchRunError) as info:
        await asyncio.wait_for(run, 5)
    assert isinstance(info.value.__cause__, BatchTicketError)
    assert info.value.__cause__.status == "CANCELLED"
    assert info.value.results == [NOT_EXECUTED] * 3
    [ticket] = info.value.tickets
    assert ticket.items == range(3) and ticket.ticket and not ticket.completed


async def test_status_polls_ride_out_an_outage_of_the_fake(fake_ecwid: FakeEcwid) -> None:
    fake_ecwid.set_batch_polls(2)
    ids = fake_ecwid.seed_products(3)
    fake_ecwid.inject_fault("GET", "/batch", status=503, times=8)
    async with fake_ecwid.client(retry=RetryPolicy.never()) as ecwid:  # each poll fails once
        calls = [ecwid.products.update(pid, {"price": 2.0}) for pid in ids]
        results = await ecwid.batch.run(calls, poll_interval=0.01, timeout=60)
    assert all(isinstance(r, UpdateStatus) for r in results)
    assert all(fake_ecwid.store.products[pid]["price"] == 2.0 for pid in ids)
