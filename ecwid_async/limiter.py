"""Pace requests per token: an evenly spreading token bucket, shared per (token, event loop).

Ecwid allows 600 requests a minute per token and answers 429 to everything past that.
A plain ``AsyncLimiter(600, 60)`` lets 600 requests burst at once and then drips, so a
server counting per second or in a sliding window sees up to twice the limit. The
:class:`TokenBucket` here holds at most ``burst`` tokens (1 by default), so in any window
of ``W`` seconds it lets at most ``rate * W / 60 + burst`` requests start.

After a 429, :meth:`TokenBucket.pause_until` stops every request on the token until the
``Retry-After`` moment; they then resume one interval apart, each queued waiter with a
little extra jitter so a crowd of clients does not come back in lock-step.

:class:`RateLimiter` is the protocol the transport talks to, so a cross-process backend
(for example one in Redis) can replace the in-process bucket.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
import time
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

__all__ = [
    "AioLimiterAdapter",
    "PerTokenLimiter",
    "RateLimiter",
    "TokenBucket",
    "TokenRejecting",
    "shared_limiter",
    "token_key",
]

_EPSILON = 1e-9


@runtime_checkable
class RateLimiter(Protocol):
    """What the transport needs from a limiter: wait for a slot; pause everyone after a 429."""

    async def acquire(self) -> None:
        """Return when one request may start."""

    async def pause_until(self, deadline: float) -> None:
        """Hold every request until ``deadline`` (UNIX time, seconds), e.g. after a 429."""


@runtime_checkable
class TokenRejecting(Protocol):
    """A limiter that can fail fast for a token Ecwid refused (an optional capability).

    After a 401 the transport calls :meth:`reject_token`; until ``until`` every
    ``acquire()`` on that token raises :class:`~ecwid_async.errors.AuthenticationError`
    instead of sending (Ecwid blocks a token and IP that keep failing).
    """

    async def reject_token(self, until: float) -> None:
        """Refuse every request on this token until ``until`` (UNIX time, seconds)."""


@runtime_checkable
class PerTokenLimiter(Protocol):
    """One limiter object for clients of many tokens, each token with a budget of its own
    (for example a shared Redis limiter): the transport asks it for the token's limiter.

    ``key`` is a hash of the token (never the token itself), the same key the in-process
    registry uses.
    """

    def for_token(self, key: str) -> RateLimiter:
        """The limiter of the token whose hash is ``key``."""


class TokenBucket:
    """An in-process token bucket that spreads ``rate_per_minute`` requests evenly.

    Waiters are served first come, first served. A waiter cancelled while queued gives up
    its place without consuming a token. Must be used from a single event loop.
    """

    __slots__ = (
        "_burst",
        "_interval",
        "_jitter",
        "_jitter_left",
        "_loop",
        "_paused_until",
        "_rand",
        "_timer",
        "_tokens",
        "_updated",
        "_waiters",
    )

    def __init__(
        self,
        rate_per_minute: float = 600.0,
        *,
        burst: int = 1,
        jitter: float = 0.5,
        rand: Callable[[float, float], float] = random.uniform,
    ) -> None:
        if not rate_per_minute > 0:
            raise ValueError(f"rate_per_minute must be > 0, got {rate_per_minute!r}")
        if burst < 1:
            raise ValueError(f"burst must be >= 1, got {burst!r}")
        self._interval = 60.0 / rate_per_minute
        self._burst = float(burst)
        self._jitter = jitter
        self._rand = rand
        self._tokens = float(burst)
        self._updated: float | None = None
        self._paused_until = float("-inf")
        self._waiters: deque[asyncio.Future[None]] = deque()
        self._timer: asyncio.TimerHandle | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._jitter_left = 0

    @property
    def rate_per_minute(self) -> float:
        """The configured pace, in requests per minute."""
        return 60.0 / self._interval

    @rate_per_minute.setter
    def rate_per_minute(self, value: float) -> None:
        if not value > 0:
            raise ValueError(f"rate_per_minute must be > 0, got {value!r}")
        self._interval = 60.0 / value

    @property
    def paused_until(self) -> float:
        """The loop-clock time until which requests are paused (``-inf`` when not paused)."""
        return self._paused_until

    def __repr__(self) -> str:
        return f"TokenBucket(rate_per_minute={self.rate_per_minute:g}, burst={int(self._burst)})"

    async def acquire(self) -> None:
        """Wait until a request may start (FIFO); cancellation while waiting is clean."""
        loop = self._bind()
        if not self._waiters and self._take(loop.time()):
            return
        future: asyncio.Future[None] = loop.create_future()
        self._waiters.append(future)
        self._arm(loop)
        await future

    async def pause_until(self, deadline: float) -> None:
        """Pause every request until ``deadline`` (UNIX time); the bucket restarts empty."""
        loop = self._bind()
        resume = loop.time() + max(0.0, deadline - time.time())
        if resume <= self._paused_until:
            return
        self._paused_until = resume
        self._tokens = 0.0
        self._updated = resume
        self._jitter_left = len(self._waiters) + 1
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._arm(loop)

    def _bind(self) -> asyncio.AbstractEventLoop:
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            raise RuntimeError("a TokenBucket is bound to the event loop it was first used in")
        return loop

    def _refill(self, now: float) -> None:
        if self._updated is None:
            self._updated = now
            return
        if now > self._updated:
            self._tokens = min(self._burst, self._tokens + (now - self._updated) / self._interval)
            self._updated = now

    def _take(self, now: float) -> bool:
        if now < self._paused_until:
            return False
        self._refill(now)
        if self._tokens >= 1.0 - _EPSILON:
            self._tokens = max(0.0, self._tokens - 1.0)
            return True
        return False

    def _arm(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._timer is not None or not self._waiters:
            return
        now = loop.time()
        self._refill(now)
        at = max(self._paused_until, self._updated or now)
        at += max(0.0, 1.0 - self._tokens) * self._interval
        if self._jitter_left > 0 and self._jitter > 0:
            at += self._rand(0.0, self._jitter * self._interval)
        self._timer = loop.call_at(at, self._wake, loop)

    def _wake(self, loop: asyncio.AbstractEventLoop) -> None:
        self._timer = None
        now = loop.time()
        while self._waiters:
            future = self._waiters[0]
            if future.done():  # cancelled while queued
                self._waiters.popleft()
                continue
            if not self._take(now):
                break
            self._waiters.popleft()
            future.set_result(None)
            if self._jitter_left > 0:
                self._jitter_left -= 1
        self._arm(loop)


class AioLimiterAdapter:
    """Use an ``aiolimiter.AsyncLimiter`` as the limiter (it bursts; prefer TokenBucket)."""

    __slots__ = ("_limiter", "_paused_until")

    def __init__(self, limiter: Any) -> None:
        self._limiter = limiter
        self._paused_until = 0.0

    async def acquire(self) -> None:
        """Wait for the pause to end, then for the wrapped limiter."""
        wait = self._paused_until - time.time()
        if wait > 0:
            await asyncio.sleep(wait)
        await self._limiter.acquire()

    async def pause_until(self, deadline: float) -> None:
        """Hold later acquisitions until ``deadline`` (UNIX time)."""
        self._paused_until = max(self._paused_until, deadline)


_registry: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, TokenBucket]] = (
    weakref.WeakKeyDictionary()
)


def token_key(token: str) -> str:
    """The key a token's budget is known by: its SHA-256, hex (never the token itself)."""
    return hashlib.sha256(token.encode()).hexdigest()


def shared_limiter(key: str, rate_per_minute: float) -> TokenBucket:
    """The TokenBucket for ``key`` (a token) in the running loop, created on first use.

    Every client of the process that uses the same token in the same loop gets the same
    bucket, so together they stay within one budget. If clients ask for different rates,
    the slowest wins. Keys are stored hashed, never as the token itself.
    """
    loop = asyncio.get_running_loop()
    per_loop = _registry.setdefault(loop, {})
    digest = token_key(key)
    bucket = per_loop.get(digest)
    if bucket is None:
        bucket = per_loop[digest] = TokenBucket(rate_per_minute)
    elif rate_per_minute < bucket.rate_per_minute:
        bucket.rate_per_minute = rate_per_minute
    return bucket
