"""Test-wide setup."""

from __future__ import annotations

import inspect
import socket
from typing import Any
from unittest.mock import Mock

import aioresponses.core
import pytest
from aiohttp import ClientResponse

# aioresponses 0.7.9 predates aiohttp 3.14, whose ClientResponse requires a
# ``stream_writer`` (pnuckowski/aioresponses#289, fix pending in #288). aiohttp only
# reads its ``output_size``; give mocked responses one until aioresponses ships the fix.
if "stream_writer" in inspect.signature(ClientResponse.__init__).parameters:

    class _CompatClientResponse(ClientResponse):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("stream_writer", Mock(output_size=0))
            super().__init__(*args, **kwargs)

    aioresponses.core.ClientResponse = _CompatClientResponse  # type: ignore[misc]


_LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "0.0.0.0", b"127.0.0.1", b"localhost"})
_real_getaddrinfo = socket.getaddrinfo


def _local_only_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    """No test touches the internet: resolving any other host fails loudly."""
    if host is not None and host not in _LOCAL_HOSTS:
        raise OSError(f"tests must not touch the internet (tried to resolve {host!r})")
    return _real_getaddrinfo(host, *args, **kwargs)


socket.getaddrinfo = _local_only_getaddrinfo


# -- Redis: one real redis-server per test session, started only by the tests that ask ------

from tests.redis_server import RedisServer, redis_server  # noqa: E402


@pytest.fixture(scope="session")
def redis_proc() -> Any:
    """A real ``redis-server`` on a free loopback port for the whole session (never skipped)."""
    with redis_server() as server:
        yield server


@pytest.fixture
def redis_url(redis_proc: RedisServer) -> str:
    """The session server's URL, emptied (FLUSHALL) before each test."""
    import redis

    with redis.Redis.from_url(redis_proc.url) as client:
        client.flushall()
        client.script_flush()
    return redis_proc.url


@pytest.fixture(autouse=True)
def _fresh_token_buckets() -> None:
    """Each test starts with no shared bucket: one test's schedule (on its own virtual
    clock), pause or rejected token must not leak into the next test's clients."""
    from ecwid_async import limiter

    limiter._registry.clear()
