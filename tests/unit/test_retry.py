"""Retry decisions (pure) and the full retry matrix through the transport."""

from __future__ import annotations

import asyncio
import email.utils
import itertools
import time
from typing import Any

import aiohttp
import pytest
from aioresponses import CallbackResult, aioresponses

from ecwid_async import (
    ApiError,
    EcwidClient,
    RequestTimeoutError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from ecwid_async.errors import parse_retry_after
from ecwid_async.models.common import CreateStatus
from ecwid_async.retry import Failure, Outcome, backoff_delay, is_retryable, next_delay
from tests.vtime import virtual_time

from .conftest import TOKEN, url

POLICY = RetryPolicy(max_attempts=3, base_delay=1.0, max_delay=8.0, deadline=300.0)

# (outcome, retried for GET/PUT/DELETE, retried for POST)
MATRIX: list[tuple[Outcome, bool, bool]] = [
    (Outcome(status=429), True, True),
    (Outcome(status=449), True, False),
    (Outcome(status=500), True, False),
    (Outcome(status=502), True, False),
    (Outcome(status=503), True, False),
    (Outcome(status=504), True, False),
    (Outcome(status=400), False, False),
    (Outcome(status=401), False, False),
    (Outcome(status=402), False, False),
    (Outcome(status=403), False, False),
    (Outcome(status=404), False, False),
    (Outcome(status=409), False, False),
    (Outcome(failure=Failure.CONNECT), True, True),
    (Outcome(failure=Failure.TIMEOUT), True, False),
    (Outcome(failure=Failure.CONNECTION), True, False),
]


@pytest.mark.parametrize(("outcome", "idempotent", "post"), MATRIX)
def test_is_retryable_matrix(outcome: Outcome, idempotent: bool, post: bool) -> None:
    for method in ("GET", "PUT", "DELETE"):
        assert is_retryable(POLICY, method, outcome) is idempotent
    assert is_retryable(POLICY, "POST", outcome) is post


def test_backoff_is_full_jitter_exponential_and_capped() -> None:
    ceilings = [backoff_delay(POLICY, n, rand=lambda lo, hi: hi) for n in range(1, 7)]
    assert ceilings == [1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert backoff_delay(POLICY, 3, rand=lambda lo, hi: lo) == 0.0


def test_next_delay_stops_at_attempts_and_deadline() -> None:
    top = lambda lo, hi: hi  # noqa: E731
    assert next_delay(POLICY, "GET", Outcome(status=500), 1, 0.0, top) == 1.0
    assert next_delay(POLICY, "GET", Outcome(status=500), 3, 0.0, top) is None
    assert next_delay(POLICY, "GET", Outcome(status=500), 1, 299.5, top) is None
    assert next_delay(POLICY, "POST", Outcome(status=500), 1, 0.0, top) is None
    # a 429 is paused by the limiter, so the retry itself waits 0 ... unless past the deadline
    assert next_delay(POLICY, "POST", Outcome(status=429, retry_after=5), 1, 0.0, top) == 0.0
    assert next_delay(POLICY, "GET", Outcome(status=429, retry_after=50), 1, 260.0, top) is None


def test_retry_policy_validates() -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError, match="deadline"):
        RetryPolicy(deadline=-1)
    assert RetryPolicy.never().max_attempts == 1


def test_parse_retry_after_forms() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("7", now=now) == 7.0
    assert parse_retry_after(" 2.5 ", now=now) == 2.5
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after(date, now=now) == pytest.approx(30.0)
    past = email.utils.formatdate(now - 30, usegmt=True)
    assert parse_retry_after(past, now=now) == 0.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("") is None
    assert parse_retry_after("soon") is None


# --- the matrix through the transport -------------------------------------------------------


def _status(code: int) -> dict[str, Any]:
    return {"status": code, "body": b'{"errorMessage":"x"}', "headers": {"Retry-After": "1"}}


FAILURES: dict[str, tuple[dict[str, Any], type[Exception]]] = {
    "429": (_status(429), ApiError),
    "449": (_status(449), ApiError),
    "500": (_status(500), ServerError),
    "503": (_status(503), ServerError),
    "400": (_status(400), ApiError),
    "401": (_status(401), ApiError),
    "403": (_status(403), ApiError),
    "404": (_status(404), ApiError),
    "connect-timeout": ({"exception": aiohttp.ConnectionTimeoutError()}, RequestTimeoutError),
    "read-timeout": ({"exception": asyncio.TimeoutError()}, RequestTimeoutError),
    "socket-read-timeout": ({"exception": aiohttp.SocketTimeoutError()}, RequestTimeoutError),
    "reset": ({"exception": aiohttp.ServerDisconnectedError()}, TransportError),
    "payload": ({"exception": aiohttp.ClientPayloadError("cut")}, TransportError),
}
RETRIED_FOR_POST = {"429", "connect-timeout"}
RETRIED_FOR_IDEMPOTENT = {
    "429", "449", "500", "503", "connect-timeout", "read-timeout", "socket-read-timeout",
    "reset", "payload",
}  # fmt: skip


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "POST"])
@pytest.mark.parametrize("failure", sorted(FAILURES))
@virtual_time
async def test_retry_matrix_through_transport(method: str, failure: str) -> None:
    spec, exc_type = FAILURES[failure]
    retried = failure in (RETRIED_FOR_POST if method == "POST" else RETRIED_FOR_IDEMPOTENT)
    with aioresponses() as m:
        m.add(url("/products/1"), method, repeat=True, **spec)
        body = {"name": "x"} if method in ("POST", "PUT") else None
        async with EcwidClient(1003, TOKEN, rate_limit=None, retry=POLICY) as ecwid:
            with pytest.raises(exc_type):
                await ecwid.request(method, "/products/1", json=body)
        attempts = sum(len(calls) for calls in m.requests.values())
    assert attempts == (3 if retried else 1)


@virtual_time
async def test_retry_then_success_returns_value() -> None:
    with aioresponses() as m:
        m.get(url("/profile"), status=502, body=b"<html>Bad gateway</html>")
        m.get(url("/profile"), exception=aiohttp.ServerDisconnectedError())
        m.get(url("/profile"), payload={"ok": 1})
        async with EcwidClient(1003, TOKEN, rate_limit=None, retry=POLICY) as ecwid:
            raw = await ecwid.request("GET", "/profile").raw()
    assert raw.value == {"ok": 1}
    assert raw.retries_taken == 2


@virtual_time
async def test_post_is_not_retried_after_500() -> None:
    with aioresponses() as m:
        m.post(url("/products"), status=500, body=b'{"errorMessage":"oops"}', repeat=True)
        async with EcwidClient(1003, TOKEN, rate_limit=None) as ecwid:
            with pytest.raises(ServerError, match="oops"):
                await ecwid.request(
                    "POST", "/products", json={"name": "Tea"}, result_type=CreateStatus
                )
        assert sum(len(calls) for calls in m.requests.values()) == 1


@virtual_time
async def test_post_is_not_retried_after_read_timeout() -> None:
    with aioresponses() as m:
        m.post(url("/products"), exception=asyncio.TimeoutError(), repeat=True)
        async with EcwidClient(1003, TOKEN, rate_limit=None) as ecwid:
            with pytest.raises(RequestTimeoutError):
                await ecwid.request("POST", "/products", json={"name": "Tea"})
        assert sum(len(calls) for calls in m.requests.values()) == 1


@virtual_time
async def test_backoff_waits_grow_and_deadline_bounds_attempts() -> None:
    loop = asyncio.get_running_loop()
    times: list[float] = []

    def fail(u: Any, **kwargs: Any) -> CallbackResult:
        times.append(loop.time())
        return CallbackResult(status=503, body=b"")

    policy = RetryPolicy(max_attempts=50, base_delay=1.0, max_delay=4.0, deadline=20.0)
    with aioresponses() as m:
        m.get(url("/profile"), callback=fail, repeat=True)
        async with EcwidClient(1003, TOKEN, rate_limit=None, retry=policy) as ecwid:
            with pytest.raises(ServerError):
                await ecwid.request("GET", "/profile")
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert 2 < len(times) < 50
    assert all(0 <= g <= 4.0 + 1e-6 for g in gaps)
    assert times[-1] - times[0] < 20.0


@virtual_time
async def test_429_without_limiter_waits_retry_after_itself() -> None:
    loop = asyncio.get_running_loop()
    times: list[float] = []

    def answer(u: Any, **kwargs: Any) -> CallbackResult:
        times.append(loop.time())
        if len(times) == 1:
            return CallbackResult(status=429, headers={"Retry-After": "6"})
        return CallbackResult(payload={})

    with aioresponses() as m:
        m.get(url("/profile"), callback=answer, repeat=True)
        async with EcwidClient(1003, TOKEN, rate_limit=None) as ecwid:
            await ecwid.request("GET", "/profile")
    assert times[1] - times[0] >= 6.0


def test_retry_after_http_date_is_relative_to_now() -> None:
    later = email.utils.formatdate(time.time() + 120, usegmt=True)
    value = parse_retry_after(later)
    assert value is not None and 118 <= value <= 120


@pytest.mark.parametrize(
    ("exc", "failure", "error_type", "message"),
    [
        (aiohttp.ConnectionTimeoutError(), Failure.CONNECT, RequestTimeoutError, "timed out connecting"),
        (asyncio.TimeoutError(), Failure.TIMEOUT, RequestTimeoutError, "no complete answer within 2.5s"),
        (aiohttp.SocketTimeoutError(), Failure.TIMEOUT, RequestTimeoutError, "no complete answer"),
        (aiohttp.ServerDisconnectedError(), Failure.CONNECTION, TransportError, "ServerDisconnectedError"),
        (aiohttp.ClientPayloadError("cut"), Failure.CONNECTION, TransportError, "ClientPayloadError: cut"),
    ],
)  # fmt: skip
def test_classify_failure_is_pure_and_says_whether_the_server_saw_it(
    exc: BaseException, failure: Failure, error_type: type[Exception], message: str
) -> None:
    from ecwid_async._failures import classify_failure

    outcome, error = classify_failure(exc, 2.5, "POST", "https://x/products")
    assert outcome == Outcome(failure=failure)
    assert type(error) is error_type
    assert message in str(error)
    assert error.method == "POST"  # type: ignore[attr-defined]
