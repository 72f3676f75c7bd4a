"""RedisDedupe against a real redis-server that this test starts itself (unix socket,
no persistence): claims shared between receivers, expiry on the server's clock."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from ecwid_async.webhooks import (
    RedisDedupe,
    WebhookEvent,
    WebhookReceiver,
    WebhookRouter,
    make_webhook,
)

SECRET = "redis-client-secret"


@pytest.fixture(scope="module")
def redis_socket(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    assert Path(binary).exists(), "these tests need redis-server (apt-get install redis-server)"
    folder = tmp_path_factory.mktemp("redis")
    socket = folder / "redis.sock"
    process = subprocess.Popen(
        [
            binary,
            "--port", "0",
            "--unixsocket", str(socket),
            "--unixsocketperm", "700",
            "--save", "",
            "--appendonly", "no",
            "--dir", str(folder),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        for line in process.stdout:  # its log says when it is ready: no polling
            if "ready to accept connections" in line.lower():
                break
        else:
            raise AssertionError(f"redis-server exited with {process.wait()}")
        # keep reading its log so a full pipe never blocks it
        threading.Thread(target=process.stdout.read, daemon=True).start()
        yield socket
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture
async def redis(redis_socket: Path) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.Redis(unix_socket_path=str(redis_socket))
    await client.flushall()
    yield client
    await client.aclose()


def delivery(event_id: str) -> tuple[bytes, dict[str, str]]:
    return make_webhook(
        "order.created", 103, client_secret=SECRET, store_id=1003, event_id=event_id
    )


async def test_two_receivers_sharing_redis_handle_a_redelivery_once(redis: aioredis.Redis) -> None:
    calls: list[str] = []

    def receiver() -> WebhookReceiver:
        router = WebhookRouter(dedupe=RedisDedupe(redis, prefix="test:"))

        @router.on("*")
        async def record(event: WebhookEvent) -> None:
            calls.append(event.event_id)

        return WebhookReceiver(router, client_secret=SECRET)

    first, second = receiver(), receiver()
    one = await first.receive(*delivery("ev-1"))
    two = await second.receive(*delivery("ev-1"))
    assert (one.status, two.status) == (200, 200)
    assert b"duplicate" in two.body
    assert calls == ["ev-1"]
    assert await redis.get("test:ev-1") == b"done"
    assert 0 < await redis.ttl("test:ev-1") <= 48 * 3600


async def test_a_failed_handler_releases_its_claim_in_redis(redis: aioredis.Redis) -> None:
    attempts: list[int] = []
    router = WebhookRouter(dedupe=RedisDedupe(redis, prefix="test:"))

    @router.on("*")
    async def flaky(event: WebhookEvent) -> None:
        attempts.append(1)
        if len(attempts) == 1:
            raise RuntimeError("down")

    receiver = WebhookReceiver(router, client_secret=SECRET)
    assert (await receiver.receive(*delivery("ev-2"))).status == 500
    assert not await redis.exists("test:ev-2")
    assert (await receiver.receive(*delivery("ev-2"))).status == 200
    assert len(attempts) == 2


async def test_a_claim_expires_on_the_servers_clock(redis: aioredis.Redis) -> None:
    store = RedisDedupe(redis, prefix="test:", lease=2)
    claim = await store.claim("ev-3")
    assert claim.state == "new" and (await store.claim("ev-3")).state == "busy"
    assert 0 < await redis.pttl("test:ev-3") <= 2000  # the lease, kept by the server
    await redis.pexpireat("test:ev-3", 1)  # the server's clock passes the lease now
    retaken = await store.claim("ev-3")
    assert retaken.state == "new" and retaken.token != claim.token
    await store.release(claim)  # the stale claim cannot drop the new one
    assert (await store.claim("ev-3")).state == "busy"


async def test_a_store_made_from_a_url_connects_and_closes(redis_socket: Path) -> None:
    store = RedisDedupe(f"unix://{redis_socket}", prefix="url:")
    try:
        claim = await store.claim("ev-4")
        await store.complete(claim)
        assert (await store.claim("ev-4")).state == "done"
    finally:
        await store.aclose()
