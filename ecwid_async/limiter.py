"""Pace requests per token: an evenly spreading token bucket, one per token per process.

Ecwid allows 600 requests a minute per token and answers 429 to everything past that.
A plain ``AsyncLimiter(600, 60)`` lets 600 requests burst at once and then drips, so a
server counting per second or in a sliding window sees up to twice the limit. The
:class:`TokenBucket` here holds at most ``burst`` tokens (1 by default), so in any window
of ``W`` seconds it lets at most ``rate * W / 60 + burst`` requests start.

The bucket hands out numbered slots one interval apart, so a timer that fires late does
not push every later slot back (lateness is carried, up to a small bound, and pacing
reaches the full rate). It is thread-safe and shared by every client, thread and event
loop of the process that uses the same token (:func:`shared_limiter`), and it lives as
long as a client uses it; its rate is the slowest asked for by the clients alive.

After a 429, :meth:`TokenBucket.pause_until` stops every request on the token until the
``Retry-After`` moment; they then resume one interval apart, each queued waiter with a
little extra jitter so a crowd of clients does not come back in lock-step. After a 401,
:meth:`TokenBucket.reject_token` makes every request on the token fail fast.

:class:`RateLimiter` is the protocol the transport talks to, so a cross-process backend
(for example one in Redis) can replace the in-process bucket.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import os
import random
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from .errors import AuthenticationError

__all__ = [
    "AioLimiterAdapter",
    "PerTokenLimiter",
    "RateLimiter",
    "TokenBucket",
    "TokenRejecting",
    "shared_limiter",
    "spacing",
    "token_key",
]

_EPSILON = 1e-9
#: A slot may start this late (seconds, at most a tenth of the interval) and the slots after
#: it keep their times; a later start moves the schedule.
_MAX_LATENESS = 0.01


def spacing(rate_per_minute: float) -> float:
    """Seconds between two slots at ``rate_per_minute``: a hair over ``60 / rate`` (two
    timer latenesses a minute, 0.03 % at 600/min), so that even a start that lags its slot
    followed by one on time never puts ``rate + 1`` starts in one minute, as a server
    counting exactly ``rate`` in a sliding minute would see and answer with a 429."""
    exact = 60.0 / rate_per_minute
    return exact + 2 * min(_MAX_LATENESS, exact / 10) * exact / 60.0


_lease_ids = itertools.count(1)


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
    """A token bucket that spreads ``rate_per_minute`` requests evenly; thread-safe.

    Waiters are served first come, first served, from any thread and event loop of the
    process (times are read from the running loop's clock, ``time.monotonic()`` for
    asyncio's loops). In any window of ``W`` seconds the slots it hands out hold at most
    ``rate * W / 60 + burst`` starts; a start may lag its slot by a timer's lateness
    (at most 10 ms). A waiter cancelled while queued gives up its place; the last one
    in the queue gives its slot back.
    """

    __slots__ = (
        "__weakref__",
        "_anchor_n",
        "_anchor_t",
        "_base_rate",
        "_burst",
        "_interval",
        "_jitter",
        "_jitters",
        "_leases",
        "_lock",
        "_next_n",
        "_paused_until",
        "_rand",
        "_rate",
        "_rejected_until",
        "_waiting",
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
        self._interval = spacing(rate_per_minute)
        self._rate = float(rate_per_minute)
        self._base_rate = float(rate_per_minute)
        self._burst = int(burst)
        self._jitter = jitter
        self._rand = rand
        self._lock = threading.Lock()
        # Slot of ticket n: _anchor_t + (n - _anchor_n) * interval + the jitter carried.
        self._anchor_t: float | None = None
        self._anchor_n = 0
        self._next_n = 0
        self._jitters: list[float] = []
        self._waiting: set[int] = set()
        self._paused_until = float("-inf")
        self._rejected_until = float("-inf")
        self._leases: dict[int, float] = {}

    @property
    def rate_per_minute(self) -> float:
        """The configured pace, in requests per minute."""
        return self._rate

    @rate_per_minute.setter
    def rate_per_minute(self, value: float) -> None:
        if not value > 0:
            raise ValueError(f"rate_per_minute must be > 0, got {value!r}")
        with self._lock:
            self._set_rate(value)

    @property
    def paused_until(self) -> float:
        """The loop-clock time until which requests are paused (``-inf`` when not paused)."""
        return self._paused_until

    def __repr__(self) -> str:
        return f"TokenBucket(rate_per_minute={self.rate_per_minute:g}, burst={self._burst})"

    # --- waiting ---------------------------------------------------------------------------

    def try_acquire(self) -> bool:
        """Take a slot if one is free right now (never waits); raise if the token is refused."""
        now = asyncio.get_running_loop().time()
        with self._lock:
            self._check_rejected()
            if self._slot_now(now) > now + _EPSILON:
                return False
            self._next_n += 1
            return True

    async def acquire(self) -> None:
        """Wait until a request may start (FIFO); cancellation while waiting is clean.

        Raises :class:`~ecwid_async.errors.AuthenticationError` while the token is refused.
        """
        loop = asyncio.get_running_loop()
        now = loop.time()
        with self._lock:
            self._check_rejected()
            at = self._slot_now(now)
            ticket = self._next_n
            self._next_n += 1
            if at <= now + _EPSILON:
                return
            self._issue_jitter(ticket, now)
            self._waiting.add(ticket)
        try:
            while True:
                await asyncio.sleep(max(0.0, self._slot(ticket) - now))
                now = loop.time()
                with self._lock:
                    self._check_rejected()
                    at = self._slot(ticket)
                    if at <= now + _EPSILON:
                        self._start(ticket, now - at)
                        return
        except BaseException:
            with self._lock:
                self._abandon(ticket)
            raise

    async def pause_until(self, deadline: float) -> None:
        """Pause every request until ``deadline`` (UNIX time); the bucket restarts empty."""
        loop = asyncio.get_running_loop()
        with self._lock:
            resume = loop.time() + max(0.0, deadline - time.time())
            if resume <= self._paused_until:
                return
            self._paused_until = resume
            first = min(self._waiting, default=self._next_n)
            self._anchor_t, self._anchor_n = resume, first
            self._jitters = []
            for ticket in range(first, self._next_n):  # everyone queued: a jitter each
                self._issue_jitter(ticket, float("-inf"))

    async def reject_token(self, until: float) -> None:
        """Refuse every request on this token until ``until`` (UNIX time, seconds)."""
        with self._lock:
            self._rejected_until = max(self._rejected_until, until)

    # --- the schedule (called with the lock held) ------------------------------------------

    def _slot(self, ticket: int) -> float:
        assert self._anchor_t is not None
        slot = self._anchor_t + (ticket - self._anchor_n) * self._interval
        if self._jitters:
            slot += self._jitters[min(ticket - self._anchor_n, len(self._jitters) - 1)]
        return slot

    def _slot_now(self, now: float) -> float:
        """The slot of the next ticket; an idle bucket banks at most ``burst`` slots."""
        earliest = max(now - (self._burst - 1) * self._interval, self._paused_until)
        if self._anchor_t is None or (not self._waiting and self._slot(self._next_n) < earliest):
            self._anchor_t, self._anchor_n, self._jitters = earliest, self._next_n, []
        return self._slot(self._next_n)

    def _issue_jitter(self, ticket: int, now: float) -> None:
        """A ticket queued during a pause waits a little jitter more than the one before."""
        if self._jitter <= 0 or now >= self._paused_until:
            return
        if ticket - self._anchor_n != len(self._jitters):
            return
        carried = self._jitters[-1] if self._jitters else 0.0
        self._jitters.append(carried + self._rand(0.0, self._jitter * self._interval))

    def _start(self, ticket: int, late: float) -> None:
        self._waiting.discard(ticket)
        bound = min(_MAX_LATENESS, self._interval / 10)
        if late > bound and self._anchor_t is not None:
            self._anchor_t += late - bound  # a long stall: the later slots move with it

    def _abandon(self, ticket: int) -> None:
        self._waiting.discard(ticket)
        if ticket == self._next_n - 1 and ticket >= self._anchor_n:
            self._next_n = ticket  # the last in the queue gives its slot back
            del self._jitters[ticket - self._anchor_n + 1 :]

    def _set_rate(self, rate: float) -> None:
        if self._anchor_t is not None:
            first = min(self._waiting, default=self._next_n)
            self._anchor_t, self._anchor_n, self._jitters = self._slot(first), first, []
        self._rate = float(rate)
        self._interval = spacing(rate)

    def _check_rejected(self) -> None:
        if self._rejected_until > time.time():
            raise AuthenticationError(
                401,
                "Ecwid refused this token (401); requests on it are not sent again until "
                + time.strftime("%H:%M:%S UTC", time.gmtime(self._rejected_until))
                + " (RetryPolicy.rejected_token_pause)",
            )

    # --- leases: the rate follows the clients alive ----------------------------------------

    def lease(self, rate_per_minute: float, owner: object | None = None) -> None:
        """Ask for ``rate_per_minute`` while ``owner`` lives (for good if None); slowest wins."""
        with self._lock:
            lease_id = next(_lease_ids) if owner is not None else 0
            self._leases[lease_id] = float(rate_per_minute)
            self._follow_leases()
        if owner is not None:
            weakref.finalize(owner, self._release, lease_id)

    def _release(self, lease_id: int) -> None:
        with self._lock:
            self._leases.pop(lease_id, None)
            self._follow_leases()

    def _follow_leases(self) -> None:
        rate = min(self._leases.values(), default=self._base_rate)
        if rate != self._rate:
            self._set_rate(rate)


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


_registry: weakref.WeakValueDictionary[str, TokenBucket] = weakref.WeakValueDictionary()
_registry_lock = threading.Lock()


def _renew_locks_in_child() -> None:
    # A lock another thread held at fork time stays held forever in the child.
    global _registry_lock
    _registry_lock = threading.Lock()
    for bucket in list(_registry.values()):
        bucket._lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_renew_locks_in_child)


def token_key(token: str) -> str:
    """The key a token's budget is known by: its SHA-256, hex (never the token itself)."""
    return hashlib.sha256(token.encode()).hexdigest()


def shared_limiter(key: str, rate_per_minute: float, *, owner: object | None = None) -> TokenBucket:
    """The process-wide TokenBucket for ``key`` (a token), created on first use.

    Every client of the process that uses the same token, in any thread or event loop,
    gets the same bucket, so together they stay within one budget. The bucket lives as
    long as someone holds it; its rate is the slowest one asked for by an ``owner`` still
    alive (a transport passes itself), or for good when no owner is given. Keys are stored
    hashed, never as the token itself.
    """
    digest = token_key(key)
    with _registry_lock:
        bucket = _registry.get(digest)
        if bucket is None:
            bucket = TokenBucket(rate_per_minute)
            _registry[digest] = bucket
    bucket.lease(rate_per_minute, owner)
    return bucket
