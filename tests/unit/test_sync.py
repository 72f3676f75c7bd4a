"""The blocking facade: generated resources, one portal thread, clean shutdown, loud misuse."""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Iterator

import pytest
from aioresponses import aioresponses

from ecwid_async import EcwidClient as AsyncEcwidClient
from ecwid_async import NotFoundError
from ecwid_async.models.common import UpdateStatus
from ecwid_async.sync import EcwidClient

from .conftest import TOKEN, url


def portal_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("ecwid-async")]


@pytest.fixture
def mocked() -> Iterator[aioresponses]:
    with aioresponses() as m:
        yield m


def test_resources_mirror_the_async_client_with_signatures_and_docs() -> None:
    with EcwidClient(1003, TOKEN, rate_limit=None) as ecwid:
        async_client = ecwid.calls
        assert isinstance(async_client, AsyncEcwidClient)
        for name, value in vars(async_client).items():
            if name.startswith("_"):
                continue
            sync_resource = getattr(ecwid, name)
            public = [
                m for m in dir(type(value)) if not m.startswith("_") and callable(getattr(value, m))
            ]
            for method in public:
                sync_method = getattr(sync_resource, method)
                assert sync_method.__doc__ == getattr(value, method).__doc__
                assert inspect.signature(sync_method) == inspect.signature(getattr(value, method))


def test_calls_block_and_return_values(mocked: aioresponses) -> None:
    mocked.get(url("/latest-stats"), payload={"ordersUpdated": "2014-10-15 16:54:11 +0400"})
    mocked.get(url("/profile"), payload={"generalInfo": {"storeId": 1003}})
    with EcwidClient(1003, TOKEN, rate_limit=None) as ecwid:
        stats = ecwid.profile.latest_stats()
        raw = ecwid.request("GET", "/profile")
    assert stats.orders_updated is not None
    assert stats.orders_updated.year == 2014
    assert raw == {"generalInfo": {"storeId": 1003}}


def test_errors_surface_in_the_calling_thread(mocked: aioresponses) -> None:
    mocked.get(url("/profile"), status=404, body=b'{"errorMessage":"Store not found"}')
    with (
        EcwidClient(1003, TOKEN, rate_limit=None) as ecwid,
        pytest.raises(NotFoundError, match="Store not found"),
    ):
        ecwid.request("GET", "/profile")


def test_batch_run_takes_unsent_calls(mocked: aioresponses) -> None:
    mocked.post(url("/batch"), payload={"ticket": "t1"})
    mocked.get(
        url("/batch"),
        payload={
            "status": "COMPLETED", "totalRequests": 2, "completedRequests": 2,
            "responses": [
                {"id": "0", "status": "COMPLETED", "httpStatusCode": 200, "httpBody": {"updateCount": 1}},
                {"id": "1", "status": "COMPLETED", "httpStatusCode": 200, "httpBody": {"updateCount": 1}},
            ],
        },
    )  # fmt: skip
    with EcwidClient(1003, TOKEN, rate_limit=None) as ecwid:
        calls = [
            ecwid.calls.request(
                "PUT", f"/products/{pid}", json={"price": 1}, result_type=UpdateStatus
            )
            for pid in (1, 2)
        ]
        results = ecwid.batch.run(calls, poll_interval=0.01)
    assert results == [UpdateStatus(update_count=1)] * 2


def test_close_stops_the_loop_thread_and_is_idempotent() -> None:
    before = len(portal_threads())
    ecwid = EcwidClient(1003, TOKEN)
    assert len(portal_threads()) == before + 1
    ecwid.close()
    ecwid.close()
    assert len(portal_threads()) == before
    with pytest.raises(RuntimeError, match="closed"):
        ecwid.request("GET", "/profile")


def test_bad_arguments_raise_in_the_caller_and_leave_no_thread() -> None:
    before = len(portal_threads())
    with pytest.raises(ValueError, match="token is required"):
        EcwidClient(1003, "")
    assert len(portal_threads()) == before


def test_inside_a_running_loop_raises_instead_of_blocking_it() -> None:
    async def misuse() -> None:
        with EcwidClient(1003, TOKEN) as ecwid:
            ecwid.request("GET", "/profile")

    with pytest.raises(RuntimeError, match="cannot be used inside a running event loop"):
        asyncio.run(misuse())
    assert portal_threads() == []
