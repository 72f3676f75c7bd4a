"""RedisRateLimiter without a server: arguments, keys, repr, the import boundary, decoding,
and what happens when Redis cannot be reached."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import time

import pytest
import redis
from redis.crc import key_slot

from ecwid_async import AuthenticationError, EcwidClient
from ecwid_async.limiter import PerTokenLimiter, token_key
from ecwid_async.redis import Booking, RedisRateLimiter, RedisUnavailableWarning
from tests.redis_server import free_port

SECRET_URL = "redis://:hunter2-password@127.0.0.1:6379/0"


def test_import_ecwid_async_does_not_import_redis_or_arq() -> None:
    code = "import sys, ecwid_async; print(sorted(m for m in ('redis', 'arq') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"rate_per_minute": 0}, "rate_per_minute must be > 0"),
        ({"burst": 0}, "burst must be an int >= 1"),
        ({"headroom": 0.5}, "headroom must be a fraction in"),
        ({"on_redis_error": "ignore"}, "on_redis_error must be 'fallback' or 'raise'"),
        ({"key_prefix": "a{b}"}, "key_prefix must be non-empty and free of braces"),
        ({"retry_redis_after": -1}, "retry_redis_after and idle_expiry"),
    ],
)
def test_bad_arguments_are_refused_naming_the_parameter(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RedisRateLimiter("redis://localhost:6379/0", **kwargs)


def test_the_url_must_be_a_redis_url_and_a_client_must_be_a_redis_client() -> None:
    with pytest.raises(ValueError, match="redis://"):
        RedisRateLimiter("http://localhost:6379")
    with pytest.raises(TypeError, match="got int"):
        RedisRateLimiter(6379)


def test_it_is_a_per_token_limiter_the_transport_accepts() -> None:
    limiter = RedisRateLimiter("redis://localhost:6379/0")
    assert isinstance(limiter, PerTokenLimiter)
    EcwidClient(1003, "secret_abc", rate_limit=limiter)  # accepted as rate_limit=


def test_one_limiter_per_token_hash_and_a_raw_token_is_hashed_before_use() -> None:
    limiter = RedisRateLimiter("redis://localhost:6379/0")
    digest = token_key("secret_abc")
    assert limiter.for_token(digest) is limiter.for_token(digest)
    assert limiter.for_token(digest) is not limiter.for_token(token_key("secret_other"))
    assert limiter.for_token("secret_abc") is limiter.for_token(digest)
    assert all("secret_abc" not in key for key in limiter.keys_of("secret_abc"))


def test_keys_of_a_token_share_one_cluster_slot() -> None:
    limiter = RedisRateLimiter("redis://localhost:6379/0", key_prefix="app")
    digest = token_key("secret_abc")
    pace, rejected = limiter.keys_of(digest)
    assert (pace, rejected) == (f"app:{{{digest}}}:pace", f"app:{{{digest}}}:rejected")
    assert key_slot(pace.encode()) == key_slot(rejected.encode()) == key_slot(digest.encode())


def test_repr_holds_no_url_password_or_token() -> None:
    limiter = RedisRateLimiter(SECRET_URL, rate_per_minute=300)
    token = limiter.for_token(token_key("secret_abc"))
    for text in (repr(limiter), repr(token)):
        assert "hunter2" not in text and "secret_abc" not in text and "6379" not in text
    assert repr(limiter) == (
        "RedisRateLimiter(rate_per_minute=300, burst=1, headroom=0.01, key_prefix='ecwid', "
        "on_redis_error='fallback')"
    )


@pytest.mark.parametrize(
    ("reply", "booking"),
    [
        ([0, 0, b"3", 1_700_000_000_123_456], Booking(0, 0.0, "3", 1_700_000_000.123456)),
        ([1, 250_000, "0", 1], Booking(1, 0.25, "0", 1e-6)),
        ([2, 299_000_000, b"", 0], Booking(2, 299.0, "", 0.0)),
    ],
)
def test_script_replies_decode_from_bytes_or_str(reply: list, booking: Booking) -> None:
    assert Booking.from_reply(reply) == booking


async def test_redis_down_falls_back_with_a_warning_and_still_paces(
    caplog: pytest.LogCaptureFixture,
) -> None:
    loop = asyncio.get_running_loop()
    limiter = RedisRateLimiter(f"redis://127.0.0.1:{free_port()}/0", rate_per_minute=600)
    token = limiter.for_token(token_key("secret_abc"))
    with (
        caplog.at_level(logging.WARNING, "ecwid_async.redis"),
        pytest.warns(RedisUnavailableWarning, match="pacing each token with an in-process"),
    ):
        await token.acquire()
    assert "Redis is unavailable" in caplog.text
    first = loop.time()
    bucket = limiter._bucket(token.key)
    assert not bucket.try_acquire()  # the local bucket paid for the start
    await token.acquire()  # no second warning, no Redis attempt during retry_redis_after
    # the fallback paces (at 600/min -1%); the first start was a moment before ``first``
    assert loop.time() - first >= 0.1 / 0.99 - 0.01
    await limiter.aclose()


async def test_while_redis_is_down_a_refusal_and_a_pause_apply_in_process() -> None:
    limiter = RedisRateLimiter(f"redis://127.0.0.1:{free_port()}/0", rate_per_minute=60000)
    token = limiter.for_token(token_key("secret_abc"))
    with pytest.warns(RedisUnavailableWarning):
        await token.reject_token(time.time() + 60)
    with pytest.raises(AuthenticationError, match="fails fast"):
        await token.acquire()
    other = limiter.for_token(token_key("secret_other"))
    await other.pause_until(time.time() + 30)
    assert limiter._bucket(other.key).paused_until > 0
    await limiter.aclose()


async def test_raise_mode_lets_the_redis_error_through() -> None:
    limiter = RedisRateLimiter(f"redis://127.0.0.1:{free_port()}/0", on_redis_error="raise")
    token = limiter.for_token(token_key("secret_abc"))
    with pytest.raises(redis.ConnectionError):
        await token.acquire()
    with pytest.raises(redis.ConnectionError):
        await token.pause_until(time.time() + 5)
    with pytest.raises(redis.ConnectionError):
        await token.reject_token(time.time() + 5)
    await limiter.aclose()


def test_without_redis_server_the_redis_tests_fail_saying_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tests.redis_server as server

    monkeypatch.setattr(server.shutil, "which", lambda *args, **kwargs: None)
    with pytest.raises(RuntimeError, match=r"do not skip: install it .*apt-get install -y"):
        with server.redis_server():
            pass
