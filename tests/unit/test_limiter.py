"""TokenBucket pacing, window bound, 429 pause, sharing per token and loop."""

from __future__ import annotations

import asyncio
import email.utils
import itertools
import time
from typing import Any

import pytest
from aioresponses import CallbackResult, aioresponses

from ecwid_async import EcwidClient, RateLimiter, RetryPolicy, TokenBucket
from ecwid_async.limiter import AioLimiterAdapter, shared_limiter, spacing, token_key
from tests.vtime import virtual_time

from .conftest import TOKEN, url


def max_in_window(times: list[float], window: float) -> int:
    times = sorted(times)
    best, lo = 0, 0
    for hi, t in enumerate(times):
        while t - times[lo] >= window:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


async def start_times(bucket: TokenBucket, n: int) -> list[float]:
    loop = asyncio.get_running_loop()
    times: list[float] = []

    async def one() -> None:
        await bucket.acquire()
        times.append(loop.time())

    await asyncio.gather(*(one() for _ in range(n)))
    return times


@virtual_time
async def test_requests_are_spread_evenly_at_the_rate() -> None:
    bucket = TokenBucket(600)
    times = await start_times(bucket, 120)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.1 - 1e-9
    assert times[-1] - times[0] == pytest.approx(119 * spacing(600))
    assert 119 * 0.1 / (times[-1] - times[0]) >= 0.9996  # the pace is the rate, a hair under


@pytest.mark.parametrize(("rate", "window"), [(600, 1.0), (600, 60.0), (600, 7.3), (60, 10.0)])
@virtual_time
async def test_any_window_holds_at_most_rate_w_over_60_plus_one(rate: float, window: float) -> None:
    bucket = TokenBucket(rate)
    times = await start_times(bucket, int(rate * 1.5))
    assert max_in_window(times, window) <= rate * window / 60 + 1


@virtual_time
async def test_idle_bucket_does_not_bank_a_burst() -> None:
    loop = asyncio.get_running_loop()
    bucket = TokenBucket(600)
    await bucket.acquire()
    await asyncio.sleep(3600)  # virtual: an hour idle
    t0 = loop.time()
    times = await start_times(bucket, 5)
    assert times[0] == t0  # one banked token at most ...
    assert times[-1] - t0 == pytest.approx(4 * spacing(600))  # ... then the pace: no burst


@virtual_time
async def test_pause_until_holds_everyone_then_resumes_at_pace() -> None:
    loop = asyncio.get_running_loop()
    bucket = TokenBucket(600, rand=lambda lo, hi: hi)
    await bucket.acquire()
    t0 = loop.time()
    await bucket.pause_until(time.time() + 5)
    times = await start_times(bucket, 10)
    assert min(times) >= t0 + 5
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.1 - 1e-9
    # the waiters that queued during the pause each got their own jitter
    assert max(gaps) > 0.1


@virtual_time
async def test_cancelled_waiter_leaves_queue_without_spending_a_token() -> None:
    loop = asyncio.get_running_loop()
    bucket = TokenBucket(60)  # one a second
    await bucket.acquire()
    waiter = asyncio.ensure_future(bucket.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    t0 = loop.time()
    await bucket.acquire()
    assert loop.time() - t0 <= spacing(60) + 1e-9


def test_bucket_validates_and_satisfies_protocol() -> None:
    with pytest.raises(ValueError, match="rate_per_minute"):
        TokenBucket(0)
    with pytest.raises(ValueError, match="burst"):
        TokenBucket(600, burst=0)
    assert isinstance(TokenBucket(), RateLimiter)
    assert isinstance(AioLimiterAdapter(object()), RateLimiter)
    assert repr(TokenBucket(300)) == "TokenBucket(rate_per_minute=300, burst=1)"


@virtual_time
async def test_shared_limiter_is_per_token_and_never_keyed_by_plain_token() -> None:
    a = shared_limiter(TOKEN, 600)
    assert shared_limiter(TOKEN, 600) is a
    assert shared_limiter("other", 600) is not a
    assert shared_limiter(TOKEN, 300) is a and a.rate_per_minute == 300  # slowest wins
    from ecwid_async import limiter as module

    assert TOKEN not in module._registry
    assert token_key(TOKEN) in module._registry


def test_shared_limiter_is_the_same_in_every_event_loop() -> None:
    async def get() -> TokenBucket:
        return shared_limiter("loop-token", 600)

    first = asyncio.run(get())
    second = asyncio.run(get())
    assert first is second


# --- through clients ---------------------------------------------------------------------------


@virtual_time
async def test_two_clients_on_one_token_share_one_budget() -> None:
    loop = asyncio.get_running_loop()
    times: list[float] = []

    def record(u: Any, **kwargs: Any) -> CallbackResult:
        times.append(loop.time())
        return CallbackResult(payload={})

    with aioresponses() as m:
        m.get(url("/profile"), callback=record, repeat=True)
        async with EcwidClient(1003, TOKEN, rate_limit=120) as a, EcwidClient(1003, TOKEN) as b:
            assert a.transport.limiter is b.transport.limiter
            await asyncio.gather(
                *(a.request("GET", "/profile") for _ in range(20)),
                *(b.request("GET", "/profile") for _ in range(20)),
            )
    assert len(times) == 40
    assert max_in_window(times, 10.0) <= 120 * 10 / 60 + 1


@pytest.mark.parametrize(
    ("header", "expected_wait"),
    [({"Retry-After": "7"}, 7.0), ({}, 10.0), ("date", 4.0)],
)
@virtual_time
async def test_429_pauses_every_request_on_the_token(header: Any, expected_wait: float) -> None:
    loop = asyncio.get_running_loop()
    times: list[tuple[str, float]] = []
    if header == "date":
        header = {"Retry-After": email.utils.formatdate(time.time() + 5, usegmt=True)}

    def first_429(u: Any, **kwargs: Any) -> CallbackResult:
        times.append(("a", loop.time()))
        if len(times) == 1:
            return CallbackResult(status=429, headers=header)
        return CallbackResult(payload={})

    def other(u: Any, **kwargs: Any) -> CallbackResult:
        times.append(("b", loop.time()))
        return CallbackResult(payload={})

    with aioresponses() as m:
        m.get(url("/profile"), callback=first_429, repeat=True)
        m.get(url("/latest-stats"), callback=other, repeat=True)
        async with EcwidClient(1003, TOKEN, retry=RetryPolicy(max_attempts=2)) as a:
            async with EcwidClient(1003, TOKEN) as b:
                first = asyncio.ensure_future(a.request("GET", "/profile"))
                await asyncio.sleep(0.05)  # virtual: let the 429 land first
                await asyncio.gather(first, *(b.request("GET", "/latest-stats") for _ in range(3)))
    t429 = times[0][1]
    later = [t for _, t in times[1:]]
    assert len(later) == 4
    assert min(later) >= t429 + expected_wait - 1e-6


@virtual_time
async def test_rate_limit_none_sends_without_pacing() -> None:
    loop = asyncio.get_running_loop()
    times: list[float] = []

    def record(u: Any, **kwargs: Any) -> CallbackResult:
        times.append(loop.time())
        return CallbackResult(payload={})

    with aioresponses() as m:
        m.get(url("/profile"), callback=record, repeat=True)
        async with EcwidClient(1003, TOKEN, rate_limit=None) as ecwid:
            assert ecwid.transport.limiter is None
            await asyncio.gather(*(ecwid.request("GET", "/profile") for _ in range(50)))
    assert max(times) - min(times) == 0.0


@virtual_time
async def test_custom_limiter_object_is_used() -> None:
    calls: list[str] = []

    class Recording:
        async def acquire(self) -> None:
            calls.append("acquire")

        async def pause_until(self, deadline: float) -> None:
            calls.append("pause")

    with aioresponses() as m:
        m.get(url("/profile"), status=429, headers={"Retry-After": "1"})
        m.get(url("/profile"), payload={})
        async with EcwidClient(1003, TOKEN, rate_limit=Recording()) as ecwid:
            await ecwid.request("GET", "/profile")
    assert calls == ["acquire", "pause", "acquire"]


@virtual_time
async def test_aiolimiter_is_accepted() -> None:
    from aiolimiter import AsyncLimiter

    with aioresponses() as m:
        m.get(url("/profile"), payload={}, repeat=True)
        async with EcwidClient(1003, TOKEN, rate_limit=AsyncLimiter(10, 1)) as ecwid:
            assert isinstance(ecwid.transport.limiter, AioLimiterAdapter)
            await asyncio.gather(*(ecwid.request("GET", "/profile") for _ in range(3)))


def test_slots_leave_room_for_a_late_start_within_a_minute() -> None:
    # a start lags its slot by at most 10 ms; the slot `rate` later must still fall more
    # than a minute after it, so a server counting exactly `rate` a minute sees no more
    for rate in (600.0, 300.0, 60.0, 6000.0):
        lateness = min(0.01, 60.0 / rate / 10)
        assert rate * spacing(rate) - lateness > 60.0
        assert 60.0 / rate / spacing(rate) >= 0.9996
