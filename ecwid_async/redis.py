"""One request budget per token across processes and machines, booked in Redis.

``EcwidClient(..., rate_limit=RedisRateLimiter("redis://host:6379/0", rate_per_minute=600))``
makes every client of every process that points at the same Redis share one budget per
token. One limiter object serves clients of many tokens: the transport asks it for each
token's limiter by the token's SHA-256 (:func:`ecwid_async.limiter.token_key`), so no
token ever reaches a Redis key, a log line or a ``repr``.

Guarantees, across all processes together:

* **Even spacing.** Start slots are booked atomically by a small Lua script (GCRA) on the
  Redis server's clock (``TIME``), so client clocks never matter. In any window of ``W``
  seconds at most ``rate_per_minute * W / 60 + burst`` requests start (1% fewer by
  default: see ``headroom``). The script answers
  how long to wait; the caller sleeps exactly that long, so waiters neither poll nor race.
* **A 429 pauses everyone.** ``pause_until`` (called by the transport after a 429) stops
  every process on the token until ``Retry-After``; the bucket restarts empty. A caller
  that booked its slot before the pause re-checks it after sleeping and books again, so
  nothing is sent during a pause.
* **A 401 fails fast everywhere.** ``reject_token`` marks the token refused for
  ``RetryPolicy.rejected_token_pause``; meanwhile every ``acquire()`` on it raises
  :class:`~ecwid_async.errors.AuthenticationError` instead of sending.
* **Redis Cluster.** A token's keys share one hash tag: ``{prefix}:{<sha256>}:pace`` (a
  hash of ``tat``, ``epoch``, ``pause``) and ``{prefix}:{<sha256>}:rejected``. Both expire.
* **Redis down.** ``on_redis_error="fallback"`` (the default) paces with an in-process
  :class:`~ecwid_async.limiter.TokenBucket` per token and warns (a ``logging`` warning
  and a :class:`RedisUnavailableWarning`), trying Redis again after ``retry_redis_after``
  seconds; ``"raise"`` lets the redis-py error reach the caller. A script flushed from
  Redis (``SCRIPT FLUSH``, a failover) is loaded again transparently.

A waiter cancelled while it sleeps leaves its booked slot unused (the budget is never
exceeded, only that slot is lost). Needs the ``ecwid-async[redis]`` extra (redis-py).
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import warnings
import weakref
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from .errors import AuthenticationError
from .limiter import TokenBucket, token_key

if TYPE_CHECKING:
    from redis.commands.core import AsyncScript

__all__ = ["RedisRateLimiter", "RedisTokenLimiter", "RedisUnavailableWarning"]

logger = logging.getLogger("ecwid_async.redis")

#: Book the next start slot of a token (GCRA on the server's clock), or confirm a held one.
#: KEYS: pace hash, rejection marker. ARGV: interval us, tolerance us, idle ms, held epoch.
#: Returns {status, wait_us, epoch, slot_us}: status 0 = go now; 1 = sleep wait_us, then
#: confirm with the epoch; 2 = the token is refused for wait_us more. slot_us is the booked
#: start on the server's clock (0 when nothing was booked).
ACQUIRE_SCRIPT = """
if redis.replicate_commands then redis.replicate_commands() end
local refused = redis.call('PTTL', KEYS[2])
if refused > 0 then return {2, refused * 1000, '', 0} end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local state = redis.call('HMGET', KEYS[1], 'tat', 'epoch', 'pause')
local epoch = state[2] or '0'
if ARGV[4] ~= '' and ARGV[4] == epoch then return {0, 0, epoch, 0} end
local interval = tonumber(ARGV[1])
local tat = tonumber(state[1]) or 0
local slot = math.max(now, tonumber(state[3]) or 0, tat - tonumber(ARGV[2]))
tat = math.max(tat, slot) + interval
redis.call('HSET', KEYS[1], 'tat', string.format('%.0f', tat), 'epoch', epoch)
redis.call('PEXPIRE', KEYS[1], math.ceil((tat - now) / 1000) + tonumber(ARGV[3]))
if slot <= now then return {0, 0, epoch, slot} end
return {1, slot - now, epoch, slot}
"""

#: Pause a token for ARGV[1] us from the server's now (never shortening a longer pause):
#: a new epoch voids every slot booked before, and the bucket restarts empty at resume.
#: KEYS: pace hash. ARGV: pause us, tolerance us, idle ms. Returns 1 if the pause grew.
PAUSE_SCRIPT = """
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local resume = now + tonumber(ARGV[1])
local state = redis.call('HMGET', KEYS[1], 'pause', 'epoch')
if resume <= (tonumber(state[1]) or 0) then return 0 end
local epoch = (tonumber(state[2]) or 0) + 1
local tat = resume + tonumber(ARGV[2])
redis.call('HSET', KEYS[1], 'pause', string.format('%.0f', resume),
  'tat', string.format('%.0f', tat), 'epoch', tostring(epoch))
redis.call('PEXPIRE', KEYS[1], math.ceil((tat - now) / 1000) + tonumber(ARGV[3]))
return 1
"""

_GO, _WAIT, _REFUSED = 0, 1, 2
_HASH = re.compile(r"[0-9a-f]{64}")
OnRedisError = Literal["fallback", "raise"]


class Booking(NamedTuple):
    """The acquire script's answer: go, wait then confirm, or refused; on the server's clock."""

    status: int  # 0 go now, 1 sleep ``wait`` then confirm with ``epoch``, 2 refused
    wait: float  # seconds
    epoch: str  # the pause generation the slot was booked in
    slot: float  # the booked start, UNIX seconds on the server's clock (0: none booked)

    @classmethod
    def from_reply(cls, reply: Any) -> Booking:
        """Decode the script's ``[status, wait_us, epoch, slot_us]`` reply."""
        status, wait_us, epoch, slot_us = reply
        if isinstance(epoch, bytes):
            epoch = epoch.decode()
        return cls(int(status), int(wait_us) / 1e6, str(epoch), int(slot_us) / 1e6)


class RedisUnavailableWarning(RuntimeWarning):
    """Redis could not be reached: requests are paced by the in-process bucket for now."""


class _Connection:
    """A redis-py client and its registered scripts, for one event loop.

    A client this limiter made gets a keeper task that closes it when cancelled: by
    :meth:`RedisRateLimiter.aclose`, or by ``asyncio.run`` (and anyio, and so the sync
    facade's loops) cancelling what is left when its loop ends, so no connection outlives
    its loop unclosed.
    """

    __slots__ = ("acquire", "client", "keeper", "pause")

    def __init__(self, client: Any, owned: bool) -> None:
        self.client = client
        self.acquire: AsyncScript = client.register_script(ACQUIRE_SCRIPT)
        self.pause: AsyncScript = client.register_script(PAUSE_SCRIPT)
        self.keeper = asyncio.get_running_loop().create_task(self._keep()) if owned else None

    async def _keep(self) -> None:
        try:
            await asyncio.get_running_loop().create_future()  # until cancelled
        finally:
            await self.client.aclose()

    async def aclose(self) -> None:
        """Close the client if this limiter made it (a given client stays open)."""
        if self.keeper is not None:
            self.keeper.cancel()
            await asyncio.wait([self.keeper])


class RedisRateLimiter:
    """A per-token limiter shared through Redis: pass it as ``rate_limit=`` to any client.

    ``url_or_client`` is a ``redis://``, ``rediss://`` or ``unix://`` URL (a client is
    made per event loop, closed by :meth:`aclose` or when ``asyncio.run``/anyio ends that
    loop, so the sync facade's clients may share one limiter) or a redis-py asyncio client,
    ``Redis`` or ``RedisCluster``, that stays the caller's to close. Every process should
    use the same ``rate_per_minute``, ``burst`` and ``headroom`` for a token.

    Slots are booked ``60 / (rate_per_minute * (1 - headroom))`` seconds apart: exact on
    the Redis clock, but each request then crosses its own process and network, and a
    late one followed by a punctual one reach Ecwid closer together than that. The default
    ``headroom`` of 1% leaves Ecwid's window that much slack (0.6 s a minute at 600/min);
    ``0`` books at exactly the rate.
    """

    def __init__(
        self,
        url_or_client: str | Any,
        rate_per_minute: float = 600.0,
        *,
        burst: int = 1,
        headroom: float = 0.01,
        key_prefix: str = "ecwid",
        on_redis_error: OnRedisError = "fallback",
        retry_redis_after: float = 5.0,
        idle_expiry: float = 60.0,
    ) -> None:
        if not (isinstance(rate_per_minute, (int, float)) and rate_per_minute > 0):
            raise ValueError(f"rate_per_minute must be > 0, got {rate_per_minute!r}")
        if not (isinstance(burst, int) and burst >= 1):
            raise ValueError(f"burst must be an int >= 1, got {burst!r}")
        if not (isinstance(headroom, (int, float)) and 0 <= headroom < 0.5):
            raise ValueError(f"headroom must be a fraction in [0, 0.5), got {headroom!r}")
        if on_redis_error not in ("fallback", "raise"):
            raise ValueError(
                f"on_redis_error must be 'fallback' or 'raise', got {on_redis_error!r}"
            )
        if not key_prefix or "{" in key_prefix or "}" in key_prefix:
            raise ValueError(f"key_prefix must be non-empty and free of braces, got {key_prefix!r}")
        if not retry_redis_after >= 0 or not idle_expiry >= 0:
            raise ValueError("retry_redis_after and idle_expiry must be seconds >= 0")
        if isinstance(url_or_client, str):
            if not url_or_client.startswith(("redis://", "rediss://", "unix://")):
                raise ValueError("url_or_client must be a redis://, rediss:// or unix:// URL")
            self._url: str | None = url_or_client
            self._given: Any = None
        elif callable(getattr(url_or_client, "register_script", None)):
            self._url, self._given = None, url_or_client
        else:
            raise TypeError(
                "url_or_client must be a Redis URL or a redis.asyncio client, "
                f"got {type(url_or_client).__name__}"
            )
        self.rate_per_minute = float(rate_per_minute)
        self.burst = burst
        self.headroom = float(headroom)
        self.key_prefix = key_prefix
        self.on_redis_error: OnRedisError = on_redis_error
        self.retry_redis_after = float(retry_redis_after)
        self._pace = rate_per_minute * (1.0 - headroom)  # requests per minute actually booked
        interval = 60e6 / self._pace
        self._args = (round(interval), round(interval * (burst - 1)), round(idle_expiry * 1000))
        self._connections: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Connection] = (
            weakref.WeakKeyDictionary()
        )
        self._local: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, dict[str, TokenBucket]
        ] = weakref.WeakKeyDictionary()
        self._tokens: dict[str, RedisTokenLimiter] = {}
        self._down_until = float("-inf")
        self._down = False

    def for_token(self, key: str) -> RedisTokenLimiter:
        """The limiter of the token whose hash is ``key`` (anything else is hashed first)."""
        digest = key if _HASH.fullmatch(key) else token_key(key)
        limiter = self._tokens.get(digest)
        if limiter is None:
            limiter = self._tokens[digest] = RedisTokenLimiter(self, digest)
        return limiter

    def keys_of(self, key: str) -> tuple[str, str]:
        """The Redis keys of a token's hash ``key``: its pace hash and rejection marker."""
        digest = key if _HASH.fullmatch(key) else token_key(key)
        base = f"{self.key_prefix}:{{{digest}}}"
        return f"{base}:pace", f"{base}:rejected"

    async def aclose(self) -> None:
        """Close the Redis client this limiter made for the running loop (not a given one)."""
        connection = self._connections.pop(asyncio.get_running_loop(), None)
        if connection is not None:
            await connection.aclose()

    async def __aenter__(self) -> RedisRateLimiter:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return (
            f"RedisRateLimiter(rate_per_minute={self.rate_per_minute:g}, burst={self.burst}, "
            f"headroom={self.headroom:g}, key_prefix={self.key_prefix!r}, "
            f"on_redis_error={self.on_redis_error!r})"
        )

    # -- internals used by RedisTokenLimiter ----------------------------------------------
    def _connection(self) -> _Connection:
        loop = asyncio.get_running_loop()
        connection = self._connections.get(loop)
        if connection is None:
            if self._url is not None:
                client = aioredis.from_url(  # type: ignore[no-untyped-call]
                    self._url, socket_connect_timeout=2.0, socket_timeout=2.0
                )
                connection = _Connection(client, owned=True)
            else:
                connection = _Connection(self._given, owned=False)
            self._connections[loop] = connection
        return connection

    def _redis_usable(self) -> bool:
        """False while a recent failure keeps us on the in-process bucket (fallback mode)."""
        return time.monotonic() >= self._down_until

    def _failed(self, exc: BaseException) -> None:
        """Raise ``exc`` (mode ``raise``), or switch to the in-process bucket and warn."""
        if self.on_redis_error == "raise":
            raise exc
        self._down_until = time.monotonic() + self.retry_redis_after
        if not self._down:
            self._down = True
            message = (
                f"Redis is unavailable ({type(exc).__name__}: {exc}); pacing each token with "
                f"an in-process bucket, retrying Redis in {self.retry_redis_after:g}s"
            )
            logger.warning(message)
            warnings.warn(message, RedisUnavailableWarning, stacklevel=4)

    def _recovered(self) -> None:
        if self._down:
            self._down = False
            logger.warning("Redis is reachable again; tokens share their budget through it")

    def _bucket(self, digest: str) -> TokenBucket:
        per_loop = self._local.setdefault(asyncio.get_running_loop(), {})
        bucket = per_loop.get(digest)
        if bucket is None:
            bucket = per_loop[digest] = TokenBucket(self._pace, burst=self.burst)
        return bucket


class RedisTokenLimiter:
    """The shared budget of one token (from :meth:`RedisRateLimiter.for_token`).

    Implements :class:`~ecwid_async.limiter.RateLimiter` and
    :class:`~ecwid_async.limiter.TokenRejecting`.
    """

    __slots__ = ("_keys", "_owner", "_refused_until", "key")

    def __init__(self, owner: RedisRateLimiter, key: str) -> None:
        self._owner = owner
        self.key = key
        self._keys = owner.keys_of(key)
        self._refused_until = float("-inf")  # monotonic; only set while Redis is down

    async def acquire(self) -> None:
        """Return when one request may start; raise AuthenticationError if the token is refused.

        Books a slot; sleeps until it; confirms the slot still stands (no pause since) or
        books again. A Redis failure mid-way continues on the in-process bucket.
        """
        self._check_refused_locally()
        owner = self._owner
        held = ""
        while owner._redis_usable():
            try:
                booking = await self._book(held)
            except (RedisError, OSError) as exc:
                owner._failed(exc)
                break
            owner._recovered()
            if booking.status == _REFUSED:
                raise _refused(booking.wait)
            if booking.status == _GO:
                return
            held = booking.epoch
            await asyncio.sleep(booking.wait)
        await owner._bucket(self.key).acquire()

    async def pause_until(self, deadline: float) -> None:
        """Hold every request on this token, in every process, until ``deadline`` (UNIX s)."""
        seconds = deadline - time.time()  # a duration: the server's clock sets the moment
        if seconds <= 0:
            return
        owner = self._owner
        if owner._redis_usable():
            connection = owner._connection()
            _, tolerance, idle = owner._args
            try:
                await connection.pause(
                    keys=[self._keys[0]], args=[round(seconds * 1e6), tolerance, idle]
                )
            except (RedisError, OSError) as exc:
                owner._failed(exc)
            else:
                owner._recovered()
                return
        await owner._bucket(self.key).pause_until(deadline)

    async def reject_token(self, until: float) -> None:
        """Refuse this token in every process until ``until`` (UNIX s), e.g. after a 401."""
        seconds = until - time.time()
        if seconds <= 0:
            return
        owner = self._owner
        if owner._redis_usable():
            try:
                await owner._connection().client.set(self._keys[1], b"1", px=round(seconds * 1000))
            except (RedisError, OSError) as exc:
                owner._failed(exc)
            else:
                owner._recovered()
                return
        self._refused_until = time.monotonic() + seconds

    def __repr__(self) -> str:
        return f"RedisTokenLimiter(key={self.key[:12]}..., owner={self._owner!r})"

    async def _book(self, held: str) -> Booking:
        """Run the acquire script: book a slot (``held=""``) or confirm the held epoch's."""
        connection = self._owner._connection()
        reply = await connection.acquire(keys=list(self._keys), args=[*self._owner._args, held])
        return Booking.from_reply(reply)

    def _check_refused_locally(self) -> None:
        left = self._refused_until - time.monotonic()
        if left > 0:
            raise _refused(left)


def _refused(seconds: float) -> AuthenticationError:
    return AuthenticationError(
        401,
        "Ecwid refused this token (401); every process sharing the limiter fails fast "
        f"for another {seconds:.0f}s instead of sending",
    )
