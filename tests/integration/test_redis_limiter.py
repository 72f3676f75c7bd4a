"""RedisRateLimiter against a real redis-server: exact spacing across limiter objects and
processes, 429 pauses and 401 refusals shared by everyone, script reload, keys, recovery."""

from __future__ import annotations

import asyncio
import itertools
import json
import subprocess
import sys
import time
import warnings

import pytest
import redis
import redis.asyncio as aioredis
from redis.crc import key_slot

from ecwid_async import AuthenticationError, RetryEvent, RetryPolicy
from ecwid_async.limiter import RateLimiter, TokenRejecting, token_key
from ecwid_async.redis import (
    Booking,
    RedisRateLimiter,
    RedisTokenLimiter,
    RedisUnavailableWarning,
)
from ecwid_async.testing import FakeEcwid
from tests.redis_server import free_port, redis_server
from tests.unit.test_limiter import max_in_window

KEY = token_key("secret_shared_token")
OTHER = token_key("secret_other_token")


async def test_slots_booked_through_separate_limiters_are_exactly_one_interval_apart(
    redis_url: str,
) -> None:
    # 60/min: one slot a second, so no booking can fall behind its slot, however loaded
    limiters = [RedisRateLimiter(redis_url, rate_per_minute=60, headroom=0) for _ in range(3)]
    try:
        bookings = await asyncio.gather(
            *(limiters[k % 3].for_token(KEY)._book("") for k in range(30))
        )
    finally:
        for limiter in limiters:
            await limiter.aclose()
    slots = sorted(b.slot for b in bookings)
    assert [round((b - a) * 1e6) for a, b in itertools.pairwise(slots)] == [1_000_000] * 29
    assert sum(b.status == 0 for b in bookings) == 1  # only the first may start at once
    assert all(b.wait <= 29.0 for b in bookings)


async def test_a_burst_allows_that_many_at_once_then_the_pace(redis_url: str) -> None:
    async with RedisRateLimiter(redis_url, rate_per_minute=60, burst=3, headroom=0) as limiter:
        bookings = [await limiter.for_token(KEY)._book("") for _ in range(5)]
    assert [b.status for b in bookings] == [0, 0, 0, 1, 1]
    assert round((bookings[4].slot - bookings[3].slot) * 1e6) == 1_000_000


async def test_headroom_books_that_fraction_below_the_rate(redis_url: str) -> None:
    async with RedisRateLimiter(redis_url, rate_per_minute=60, headroom=0.2) as limiter:
        first, second = [await limiter.for_token(KEY)._book("") for _ in range(2)]
    assert round((second.slot - first.slot) * 1e6) == 1_250_000  # 60 / (60 * 0.8)


_WORKER = """
import asyncio, json, sys, time
import ecwid_async.redis as shared

slots, starts = [], []
book = shared.RedisTokenLimiter._book

async def recording_book(self, held):  # observes the booked slots; acquire() is unchanged
    booking = await book(self, held)
    if booking.slot:
        slots.append(booking.slot)
    return booking

shared.RedisTokenLimiter._book = recording_book

async def main():
    async with shared.RedisRateLimiter(sys.argv[1], rate_per_minute=3000, headroom=0) as limiter:
        token = limiter.for_token(sys.argv[2])
        async def one():
            await token.acquire()
            starts.append(time.time())
        await asyncio.gather(*(one() for _ in range(int(sys.argv[3]))))
    print(json.dumps({"slots": slots, "starts": starts}))

asyncio.run(main())
"""


def test_processes_sharing_a_token_book_one_even_schedule_and_keep_to_it(
    redis_url: str,
) -> None:
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, redis_url, KEY, "10"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    slots: list[float] = []
    starts: list[float] = []
    for proc in procs:
        out, _ = proc.communicate(timeout=60)
        assert proc.returncode == 0
        seen = json.loads(out)
        slots += seen["slots"]
        starts += seen["starts"]
    assert len(starts) == len(slots) == 30  # one booking per start: nobody polled or raced
    slots.sort()  # never closer than one interval (wider only where the queue ran dry)
    assert min(round((b - a) * 1e6) for a, b in itertools.pairwise(slots)) == 20_000
    for window in (0.2, 0.5, 1.0):
        assert max_in_window(slots, window) <= 3000 * window / 60 + 1
    # each start waits for its own slot, so the k-th start is never before the k-th slot
    assert all(start >= slot - 0.001 for start, slot in zip(sorted(starts), slots, strict=True))


async def test_a_pause_holds_every_limiter_and_voids_slots_booked_before_it(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    booked = asyncio.Event()
    bookings: list[Booking] = []
    book = RedisTokenLimiter._book

    async def recording_book(self: RedisTokenLimiter, held: str) -> Booking:
        booking = await book(self, held)
        bookings.append(booking)
        if len(bookings) == 14:  # the first start, eight slots taken ahead, five waiters
            booked.set()
        return booking

    monkeypatch.setattr(RedisTokenLimiter, "_book", recording_book)
    async with (
        RedisRateLimiter(redis_url, rate_per_minute=1200, headroom=0) as one,
        RedisRateLimiter(redis_url, rate_per_minute=1200, headroom=0) as other,
    ):
        waiter = one.for_token(KEY)
        await waiter.acquire()  # the slot at once; then eight more booked and never used,
        for _ in range(8):  # so the five waiters' slots lie 0.45-0.65 s ahead: a stall of
            await waiter._book("")  # up to 0.45 s before the pause cannot let one through
        started: list[float] = []

        async def wait_and_start() -> None:
            await waiter.acquire()
            started.append(time.time())

        tasks = [asyncio.create_task(wait_and_start()) for _ in range(5)]
        await booked.wait()
        deadline = time.time() + 0.7
        await other.for_token(KEY).pause_until(deadline)
        await asyncio.gather(*tasks)
        unaffected = await one.for_token(OTHER)._book("")
        async with aioredis.from_url(redis_url) as client:
            tat, resume = map(int, await client.hmget(one.keys_of(KEY)[0], "tat", "pause"))
    assert min(started) >= deadline - 0.001  # nothing started during the pause
    assert max(b.slot for b in bookings[:14]) < resume / 1e6  # all booked before it ...
    assert tat - resume == 5 * 50_000  # ... so all five booked again, one interval apart
    assert unaffected.status == 0  # another token is not paused


async def test_a_shorter_pause_never_cuts_a_longer_one(redis_url: str) -> None:
    async with RedisRateLimiter(redis_url) as limiter:
        token = limiter.for_token(KEY)
        await token.pause_until(time.time() + 30)
        await token.pause_until(time.time() + 1)
        booking = await token._book("")
    assert booking.status == 1 and booking.wait > 29


async def test_a_refused_token_fails_fast_everywhere_then_recovers(redis_url: str) -> None:
    async with (
        RedisRateLimiter(redis_url, rate_per_minute=600) as one,
        RedisRateLimiter(redis_url, rate_per_minute=600) as other,
    ):
        assert isinstance(one.for_token(KEY), (RateLimiter, TokenRejecting))
        await one.for_token(KEY).acquire()
        sleeper = asyncio.create_task(one.for_token(KEY).acquire())  # booked 0.1 s ahead
        await one.for_token(KEY).reject_token(time.time() + 30)
        with pytest.raises(AuthenticationError) as refused:
            await other.for_token(KEY).acquire()
        assert refused.value.status == 401 and "fails fast" in str(refused.value)
        with pytest.raises(AuthenticationError):
            await sleeper  # it re-checks on waking instead of sending on its old slot
        await other.for_token(OTHER).acquire()  # other tokens go on
        async with aioredis.from_url(redis_url) as client:
            assert 29_000 < await client.pttl(other.keys_of(KEY)[1]) <= 30_000
        brief = other.for_token(token_key("secret_briefly_refused"))
        until = time.time() + 0.2
        await brief.reject_token(until)
        with pytest.raises(AuthenticationError):
            await brief.acquire()
        await asyncio.sleep(until - time.time() + 0.01)  # the refusal's time passes
        await brief.acquire()


async def test_a_script_flushed_from_redis_is_loaded_again(redis_url: str) -> None:
    async with RedisRateLimiter(redis_url, rate_per_minute=60000) as limiter:
        token = limiter.for_token(KEY)
        await token.acquire()
        async with aioredis.from_url(redis_url) as client:
            await client.script_flush()
            assert await client.script_exists(limiter._connection().acquire.sha) == [False]
        await token.acquire()
        await token.pause_until(time.time() + 0.001)


async def test_keys_carry_one_hash_tag_per_token_expire_and_hold_no_token(
    redis_url: str,
) -> None:
    token = "secret_never_in_redis"
    async with RedisRateLimiter(redis_url, key_prefix="shop", idle_expiry=5) as limiter:
        per_token = limiter.for_token(token_key(token))
        await per_token.acquire()
        await per_token.reject_token(time.time() + 60)
        async with aioredis.from_url(redis_url) as client:
            keys = sorted(k.decode() for k in await client.keys("*"))
            ttls = [await client.pttl(k) for k in keys]
    digest = token_key(token)
    assert keys == [f"shop:{{{digest}}}:pace", f"shop:{{{digest}}}:rejected"]
    assert len({key_slot(k.encode()) for k in keys}) == 1
    assert all(0 < ttl <= 60_000 for ttl in ttls)
    assert not any(token in k for k in keys)


async def test_it_works_on_redis_cluster_because_a_tokens_keys_share_one_slot() -> None:
    from redis.asyncio.cluster import RedisCluster
    from redis.exceptions import RedisClusterException

    with redis_server(cluster=True) as server:
        client = RedisCluster(host="127.0.0.1", port=server.port)
        async with RedisRateLimiter(client, rate_per_minute=60000) as limiter:
            token = limiter.for_token(KEY)
            await token.acquire()
            await token.acquire()
            await token.pause_until(time.time() + 0.001)
            await token.reject_token(time.time() + 60)
            with pytest.raises(AuthenticationError):
                await token.acquire()
            with pytest.raises(RedisClusterException, match="same key slot"):  # without a tag
                await client.eval("return 1", 2, "ecwid:a:pace", "ecwid:b:rejected")
        await client.aclose()


async def test_a_shared_budget_across_clients_of_one_fake_store(redis_url: str) -> None:
    """Two clients (as if in two processes) get a 429 / a 401 and both obey it."""
    policy = RetryPolicy(default_retry_after=0.3, base_delay=0.01)
    async with FakeEcwid() as fake:
        async with (
            RedisRateLimiter(redis_url, rate_per_minute=60000) as one,
            RedisRateLimiter(redis_url, rate_per_minute=60000) as other,
        ):
            sent: list[float] = []
            paused = asyncio.Event()  # a retries only once its 429 paused the token

            def record(event: object) -> None:
                sent.append(time.time())

            def retrying(event: RetryEvent) -> None:
                assert event.status == 429
                paused.set()

            a = fake.client(rate_limit=one, retry=policy, on_retry=retrying)
            a_key = token_key(fake.store.token)
            b = fake.client(rate_limit=other, retry=policy, on_request=record)
            async with a, b:
                fake.inject_fault("GET", "/profile", status=429)
                first = asyncio.ensure_future(a.profile.get())
                await paused.wait()
                async with aioredis.from_url(redis_url) as client:
                    resume = int(await client.hget(one.keys_of(a_key)[0], "pause")) / 1e6
                await b.profile.get()
                await first
                assert sent[0] >= resume - 0.001  # b waited for a's pause
                fake.inject_fault("GET", "/profile", status=401)
                with pytest.raises(AuthenticationError):
                    await a.profile.get()
                before = fake.stats.requests
                with pytest.raises(AuthenticationError):
                    await b.profile.get()
                assert fake.stats.requests == before  # b failed fast, sent nothing


async def test_redis_down_falls_back_to_the_in_process_bucket_then_recovers() -> None:
    port = free_port()
    url = f"redis://127.0.0.1:{port}/0"
    limiter = RedisRateLimiter(url, rate_per_minute=60000, retry_redis_after=0)
    token = limiter.for_token(KEY)
    with pytest.warns(RedisUnavailableWarning, match="in-process bucket"):
        await token.acquire()
    await token.pause_until(time.time() + 0.001)  # on the bucket too, no error
    with redis_server(port=port) as server:
        assert server.url == url
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            await token.acquire()  # back on Redis: it booked a slot there
        async with aioredis.from_url(url) as client:
            assert await client.exists(limiter.keys_of(KEY)[0]) == 1
        await limiter.aclose()


async def test_redis_down_raises_when_asked_to() -> None:
    limiter = RedisRateLimiter(f"redis://127.0.0.1:{free_port()}/0", on_redis_error="raise")
    with pytest.raises(redis.ConnectionError):
        await limiter.for_token(KEY).acquire()
    await limiter.aclose()


async def test_a_given_client_is_used_and_left_open(redis_url: str) -> None:
    client = aioredis.from_url(redis_url)
    async with RedisRateLimiter(client, rate_per_minute=60000) as limiter:
        await limiter.for_token(KEY).acquire()
    assert await client.ping() is True
    await client.aclose()


def test_one_limiter_serves_sync_clients_each_on_its_own_event_loop(redis_url: str) -> None:
    from ecwid_async.sync import EcwidClient as SyncClient

    limiter = RedisRateLimiter(redis_url, rate_per_minute=60000)
    with FakeEcwid().start_in_thread() as fake:
        token = fake.store.token
        clients = [
            SyncClient(fake.store.store_id, token, base_url=fake.base_url, rate_limit=limiter)
            for _ in range(2)
        ]
        for client in clients:
            with client:
                assert client.profile.get() is not None
    assert len(limiter._tokens) == 1  # both clients paced as one token ...
    with redis.Redis.from_url(redis_url) as sync_redis:  # ... through one key in Redis
        assert sync_redis.exists(limiter.keys_of(token_key(token))[0]) == 1
