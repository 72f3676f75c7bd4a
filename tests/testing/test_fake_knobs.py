"""Test knobs: rate limit (fake clock), injected faults of every kind, latency, counters."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from ecwid_async.testing import FakeEcwid

from .fake_http import Api, FakeClock


async def test_rate_limit_answers_429_with_retry_after_and_counts(
    fake: FakeEcwid, api: Api, clock: FakeClock, session: aiohttp.ClientSession
) -> None:
    fake.set_rate_limit(3, window=60.0)
    for _ in range(3):
        await api.ok("GET", "/profile")
    url = f"{fake.base_url}/1003/profile"
    async with session.get(url, headers={"Authorization": f"Bearer {api.token}"}) as resp:
        assert resp.status == 429
        assert resp.headers["Retry-After"] == "60"
        assert "errorMessage" in await resp.json()
    assert fake.stats.rate_limited == 1
    clock.advance(59.5)
    status, _ = await api.get("/profile")
    assert status == 429
    assert fake.stats.rate_limited == 2
    clock.advance(0.5)  # the first three requests leave the sliding window
    for _ in range(3):
        await api.ok("GET", "/profile")
    assert (await api.get("/profile"))[0] == 429


async def test_rate_limit_window_slides_request_by_request(
    fake: FakeEcwid, api: Api, clock: FakeClock, session: aiohttp.ClientSession
) -> None:
    fake.set_rate_limit(2, window=10.0)
    await api.ok("GET", "/profile")
    clock.advance(4)
    await api.ok("GET", "/profile")
    clock.advance(2)
    url = f"{fake.base_url}/1003/profile"
    async with session.get(url, headers={"Authorization": f"Bearer {api.token}"}) as resp:
        assert resp.status == 429
        assert resp.headers["Retry-After"] == "4"  # the first request leaves at t=10
    clock.advance(4)
    await api.ok("GET", "/profile")


async def test_rate_limit_is_per_token(
    fake: FakeEcwid, api: Api, session: aiohttp.ClientSession
) -> None:
    other = fake.add_store()
    other_api = Api(session, f"{fake.base_url}/{other.store_id}", other.token)
    fake.set_rate_limit(1)
    await api.ok("GET", "/profile")
    assert (await api.get("/profile"))[0] == 429
    await other_api.ok("GET", "/profile")
    fake.set_rate_limit(None)
    await api.ok("GET", "/profile")


async def test_fault_status_with_json_body_then_recovers(fake: FakeEcwid, api: Api) -> None:
    fault = fake.inject_fault("GET", "/products", status=503, times=2)
    for _ in range(2):
        status, body = await api.get("/products")
        assert status == 503
        assert body["errorMessage"]
    await api.ok("GET", "/products")
    assert fault.hits == 2
    assert fake.stats.faults == 2


async def test_fault_matches_method_and_glob(fake: FakeEcwid, api: Api) -> None:
    fake.inject_fault("PUT", "/products/*", status=500, times=None)
    created = await api.ok("POST", "/products", json={"name": "x"})
    await api.ok("GET", f"/products/{created['id']}")
    for _ in range(3):
        assert (await api.put(f"/products/{created['id']}", json={"price": 1}))[0] == 500
    fake.clear_faults()
    await api.ok("PUT", f"/products/{created['id']}", json={"price": 1})


async def test_fault_empty_body(fake: FakeEcwid, session: aiohttp.ClientSession, api: Api) -> None:
    fake.inject_fault("*", "/profile", status=500, kind="empty")
    url = f"{fake.base_url}/1003/profile"
    async with session.get(url, headers={"Authorization": f"Bearer {api.token}"}) as resp:
        assert resp.status == 500
        assert await resp.read() == b""


async def test_fault_html_502_page(
    fake: FakeEcwid, session: aiohttp.ClientSession, api: Api
) -> None:
    fake.inject_fault("GET", "/profile", kind="html")
    url = f"{fake.base_url}/1003/profile"
    async with session.get(url, headers={"Authorization": f"Bearer {api.token}"}) as resp:
        assert resp.status == 502
        assert resp.content_type == "text/html"
        assert "502 Bad Gateway" in await resp.text()


async def test_fault_truncated_body(
    fake: FakeEcwid, session: aiohttp.ClientSession, api: Api
) -> None:
    fake.inject_fault("GET", "/products", kind="truncated")
    url = f"{fake.base_url}/1003/products"
    async with session.get(url, headers={"Authorization": f"Bearer {api.token}"}) as resp:
        assert resp.status == 200
        with pytest.raises(aiohttp.ClientPayloadError):
            await resp.read()
    await api.ok("GET", "/products")


async def test_fault_connection_reset(fake: FakeEcwid, api: Api) -> None:
    # aiohttp itself retries a dropped idempotent request once, so drop every attempt.
    fake.inject_fault("GET", "/profile", kind="reset", times=None)
    async with aiohttp.ClientSession() as session:
        url = f"{fake.base_url}/1003/profile"
        with pytest.raises((aiohttp.ServerDisconnectedError, aiohttp.ClientOSError)):
            async with session.get(url, headers={"Authorization": f"Bearer {api.token}"}):
                pass
    fake.clear_faults()
    await api.ok("GET", "/profile")
    assert fake.requests[0].status == 0
    assert fake.stats.by_status[0] >= 1


async def test_fault_applies_before_auth(fake: FakeEcwid, api: Api) -> None:
    fake.inject_fault("GET", "/api/v3/1003/profile", status=500)
    assert (await api.get("/profile", token=None))[0] == 500
    assert (await api.get("/profile", token=None))[0] == 403


def test_inject_fault_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown fault kind"):
        FakeEcwid().inject_fault("GET", "/x", kind="boom")  # type: ignore[arg-type]


async def test_latency_delays_responses(fake: FakeEcwid, api: Api) -> None:
    fake.set_latency(5.0)
    timeout = aiohttp.ClientTimeout(total=0.05)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        with pytest.raises(asyncio.TimeoutError):
            async with session.get(f"{fake.base_url}/1003/profile"):
                pass
    fake.set_latency(0)
    await api.ok("GET", "/profile")
    with pytest.raises(ValueError, match="latency"):
        fake.set_latency(-1)


async def test_stats_count_requests_by_status(fake: FakeEcwid, api: Api) -> None:
    await api.ok("GET", "/profile")
    await api.get("/products/123")
    assert fake.stats.requests == 2
    assert fake.stats.by_status == {200: 1, 404: 1}
