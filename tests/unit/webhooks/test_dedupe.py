"""De-duplication stores: MemoryDedupe (bounded, expiring) and RedisDedupe (fakeredis
here; a real redis-server in tests/integration/test_webhooks_redis.py)."""

from __future__ import annotations

import subprocess
import sys

import fakeredis
import pytest

from ecwid_async.webhooks import Claim, MemoryDedupe, RedisDedupe, WebhookEvent, WebhookRouter

from .conftest import ManualClock, event


# -- memory ----------------------------------------------------------------------------------------
async def test_memory_claim_complete_and_duplicate() -> None:
    store = MemoryDedupe()
    claim = await store.claim("a")
    assert claim.state == "new" and claim.token
    assert (await store.claim("a")).state == "busy"
    await store.complete(claim)
    assert (await store.claim("a")).state == "done"


async def test_memory_done_entries_expire_after_ttl() -> None:
    clock = ManualClock()
    store = MemoryDedupe(ttl=100, clock=clock)
    await store.complete(await store.claim("a"))
    clock.advance(99.9)
    assert (await store.claim("a")).state == "done"
    clock.advance(0.2)
    assert (await store.claim("a")).state == "new"


async def test_memory_a_claim_lapses_after_its_lease() -> None:
    clock = ManualClock()
    store = MemoryDedupe(lease=30, clock=clock)
    await store.claim("a")
    clock.advance(29)
    assert (await store.claim("a")).state == "busy"
    clock.advance(2)
    assert (await store.claim("a")).state == "new"


async def test_memory_expired_entries_are_purged_so_memory_stays_bounded() -> None:
    clock = ManualClock()
    store = MemoryDedupe(ttl=10, clock=clock)
    for i in range(50):
        await store.complete(await store.claim(f"e{i}"))
    clock.advance(11)
    await store.claim("fresh")
    assert len(store) == 1


async def test_memory_keeps_at_most_max_entries_forgetting_the_oldest() -> None:
    store = MemoryDedupe(max_entries=3)
    for name in "abcd":
        await store.complete(await store.claim(name))
    assert len(store) == 3
    assert (await store.claim("a")).state == "new"  # forgotten: the oldest
    assert (await store.claim("d")).state == "done"


async def test_memory_release_only_drops_its_own_claim() -> None:
    clock = ManualClock()
    store = MemoryDedupe(lease=10, clock=clock)
    stale = await store.claim("a")
    clock.advance(11)
    current = await store.claim("a")
    await store.release(stale)  # lapsed: someone else holds it now
    assert (await store.claim("a")).state == "busy"
    await store.release(current)
    assert (await store.claim("a")).state == "new"


@pytest.mark.parametrize(
    "kwargs", [{"ttl": 0}, {"lease": -1}, {"max_entries": 0}], ids=["ttl", "lease", "max"]
)
def test_memory_bad_settings_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be"):
        MemoryDedupe(**kwargs)  # type: ignore[arg-type]


# -- redis (fakeredis) -----------------------------------------------------------------------------
@pytest.fixture
def redis() -> fakeredis.FakeAsyncRedis:
    return fakeredis.FakeAsyncRedis()


async def test_redis_claim_sets_nx_with_the_lease_and_complete_keeps_ttl(
    redis: fakeredis.FakeAsyncRedis,
) -> None:
    store = RedisDedupe(redis, prefix="t:", ttl=7200, lease=60)
    claim = await store.claim("a")
    assert claim.state == "new"
    assert await redis.get("t:a") == claim.token.encode()
    assert 0 < await redis.ttl("t:a") <= 60
    assert (await store.claim("a")).state == "busy"
    await store.complete(claim)
    assert await redis.get("t:a") == b"done"
    assert 60 < await redis.ttl("t:a") <= 7200
    assert (await store.claim("a")).state == "done"


async def test_redis_release_deletes_only_its_own_claim(redis: fakeredis.FakeAsyncRedis) -> None:
    store = RedisDedupe(redis, prefix="t:")
    claim = await store.claim("a")
    await store.release(Claim("a", "new", "someone-elses-token"))
    assert await redis.exists("t:a")
    await store.release(claim)
    assert not await redis.exists("t:a")
    assert (await store.claim("a")).state == "new"


async def test_redis_release_after_completion_keeps_the_done_mark(
    redis: fakeredis.FakeAsyncRedis,
) -> None:
    store = RedisDedupe(redis)
    claim = await store.claim("a")
    await store.complete(claim)
    await store.release(claim)
    assert (await store.claim("a")).state == "done"


async def test_redis_works_with_decoded_responses() -> None:
    store = RedisDedupe(fakeredis.FakeAsyncRedis(decode_responses=True))
    claim = await store.claim("a")
    await store.release(claim)
    claim = await store.claim("a")
    await store.complete(claim)
    assert (await store.claim("a")).state == "done"


async def test_two_routers_sharing_redis_handle_a_redelivery_once(
    redis: fakeredis.FakeAsyncRedis,
) -> None:
    seen: list[str] = []
    routers = [WebhookRouter(dedupe=RedisDedupe(redis)) for _ in range(2)]
    for router in routers:

        @router.on("*")
        async def handler(e: WebhookEvent) -> None:
            seen.append(e.event_id)

    outcomes = [await r.dispatch(event("shared")) for r in routers]
    assert [o.value for o in outcomes] == ["handled", "duplicate"]
    assert seen == ["shared"]


def test_redis_repr_never_shows_the_url() -> None:
    store = RedisDedupe("redis://:hunter2@127.0.0.1:6390/0")
    assert "hunter2" not in repr(store) and "6390" not in repr(store)


def test_importing_the_package_and_webhooks_imports_no_redis() -> None:
    code = (
        "import sys, ecwid_async, ecwid_async.webhooks, ecwid_async.testing;"
        "assert 'redis' not in sys.modules, 'redis imported';"
        "assert 'fakeredis' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
