"""De-duplication stores: remember which ``event_id`` was handled, so a redelivery is not.

A handler *claims* an event before it runs (``busy``, held for ``lease`` seconds), then
*completes* it (``done``, remembered for ``ttl`` seconds) or *releases* it on failure, so
the next delivery runs it again. ``ttl`` should be at least the ``max_age`` that
``parse_webhook`` enforces: an event older than that is refused anyway, so the store never
needs to remember it longer.
"""

from __future__ import annotations

import importlib
import math
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from ._event import DEFAULT_MAX_AGE

__all__ = ["DEFAULT_LEASE", "Claim", "DedupeStore", "MemoryDedupe", "RedisDedupe"]

#: How long a claim protects a running handler; one that takes longer may run twice.
DEFAULT_LEASE = 600.0
_DONE = "done"

ClaimState = Literal["new", "done", "busy"]


@dataclass(frozen=True)
class Claim:
    """The answer to a claim: ``new`` (yours to run), ``done`` or ``busy`` (running
    elsewhere); ``token`` identifies a ``new`` claim for ``complete``/``release``."""

    event_id: str
    state: ClaimState
    token: str = ""


class DedupeStore(Protocol):
    """Where handled event ids are kept (in memory, Redis, or your own)."""

    async def claim(self, event_id: str) -> Claim:
        """Claim ``event_id`` for handling, unless it is done or busy."""
        ...

    async def complete(self, claim: Claim) -> None:
        """Mark a claimed event handled, for ``ttl`` seconds."""
        ...

    async def release(self, claim: Claim) -> None:
        """Give up a claim (the handler failed), so a redelivery runs again."""
        ...


def _check(ttl: float, lease: float) -> None:
    if ttl <= 0 or lease <= 0:
        raise ValueError(f"ttl and lease must be > 0, got ttl={ttl!r}, lease={lease!r}")


class MemoryDedupe:
    """Per-process store: at most ``max_entries`` ids (the oldest are forgotten first),
    each expiring; ``clock`` is monotonic seconds (injectable for tests)."""

    def __init__(
        self,
        *,
        ttl: float = DEFAULT_MAX_AGE,
        lease: float = DEFAULT_LEASE,
        max_entries: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        _check(ttl, lease)
        if max_entries < 1:
            raise ValueError(f"max_entries must be >= 1, got {max_entries!r}")
        self.ttl, self.lease, self.max_entries, self._clock = ttl, lease, max_entries, clock
        self._entries: OrderedDict[str, tuple[str, float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def _set(self, event_id: str, value: str, ttl: float) -> None:
        self._entries[event_id] = (value, self._clock() + ttl)
        self._entries.move_to_end(event_id)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def _get(self, event_id: str) -> str | None:
        entry = self._entries.get(event_id)
        if entry is None:
            return None
        if entry[1] <= self._clock():
            del self._entries[event_id]
            return None
        return entry[0]

    def _purge(self) -> None:
        now = self._clock()
        while self._entries:
            event_id, (_, expires) = next(iter(self._entries.items()))
            if expires > now:
                return
            del self._entries[event_id]

    async def claim(self, event_id: str) -> Claim:
        """Claim ``event_id`` (no await inside: atomic within the event loop)."""
        self._purge()
        value = self._get(event_id)
        if value is not None:
            return Claim(event_id, "done" if value == _DONE else "busy")
        token = uuid.uuid4().hex
        self._set(event_id, token, self.lease)
        return Claim(event_id, "new", token)

    async def complete(self, claim: Claim) -> None:
        """Remember ``claim.event_id`` as handled for ``ttl`` seconds."""
        self._set(claim.event_id, _DONE, self.ttl)

    async def release(self, claim: Claim) -> None:
        """Forget the claim, if it is still this one."""
        if self._get(claim.event_id) == claim.token:
            del self._entries[claim.event_id]


def _redis_module(name: str) -> Any:
    """Import a redis-py module on first use, so the core never needs the extra."""
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - depends on the install
        raise RuntimeError(
            "RedisDedupe needs the redis package: pip install 'ecwid-async[redis]'"
        ) from None


class RedisDedupe:
    """Store shared by every process through Redis (the ``[redis]`` extra): ``SET NX EX``
    claims, keys ``{prefix}{event_id}`` that expire on the server's clock.

    ``redis`` is a ``redis.asyncio.Redis`` (not closed by us) or a URL (a client is made
    on first use and closed by ``aclose``). Nothing imports ``redis`` until then.
    """

    def __init__(
        self,
        redis: Any,
        *,
        prefix: str = "ecwid:webhook:",
        ttl: float = DEFAULT_MAX_AGE,
        lease: float = DEFAULT_LEASE,
    ) -> None:
        _check(ttl, lease)
        self.prefix, self.ttl, self.lease = prefix, ttl, lease
        self._url = redis if isinstance(redis, str) else None
        self._redis: Any = None if isinstance(redis, str) else redis

    def __repr__(self) -> str:
        # a URL may carry a password: never show it
        return f"RedisDedupe(prefix={self.prefix!r}, ttl={self.ttl:g}, lease={self.lease:g})"

    def _client(self) -> Any:
        if self._redis is None:
            self._redis = _redis_module("redis.asyncio").from_url(self._url)
        return self._redis

    def _key(self, event_id: str) -> str:
        return f"{self.prefix}{event_id}"

    async def claim(self, event_id: str) -> Claim:
        """``SET key token NX EX lease``; if taken, ``done`` or ``busy`` from its value."""
        client, key = self._client(), self._key(event_id)
        token = uuid.uuid4().hex
        for _ in range(3):  # the key may expire between SET and GET
            if await client.set(key, token, nx=True, ex=math.ceil(self.lease)):
                return Claim(event_id, "new", token)
            value = await client.get(key)
            if value is not None:
                text = value.decode() if isinstance(value, bytes) else str(value)
                return Claim(event_id, "done" if text == _DONE else "busy")
        return Claim(event_id, "busy")

    async def complete(self, claim: Claim) -> None:
        """``SET key done EX ttl``."""
        await self._client().set(self._key(claim.event_id), _DONE, ex=math.ceil(self.ttl))

    async def release(self, claim: Claim) -> None:
        """Delete the key if it still holds this claim's token (``WATCH``/``MULTI``)."""
        watch_error = _redis_module("redis.exceptions").WatchError
        key = self._key(claim.event_id)
        async with self._client().pipeline(transaction=True) as pipe:
            try:
                await pipe.watch(key)
                value = await pipe.get(key)
                text = value.decode() if isinstance(value, bytes) else value
                if text != claim.token:
                    await pipe.unwatch()
                    return
                pipe.multi()
                pipe.delete(key)
                await pipe.execute()
            except watch_error:
                return  # changed meanwhile: no longer ours to release

    async def aclose(self) -> None:
        """Close the client if it was made from a URL."""
        if self._url is not None and self._redis is not None:
            client, self._redis = self._redis, None
            await client.aclose()
