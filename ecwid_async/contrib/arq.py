"""Fleet jobs on arq: one job per store, every client pacing through one shared budget.

``worker_settings(functions, tokens=...)`` builds arq worker settings whose
``on_startup`` makes one :class:`~ecwid_async.redis.RedisRateLimiter` on the worker's own
Redis pool and a :class:`StoreClients` pool of ``EcwidClient`` objects (one per store,
created on first use) in ``ctx["ecwid"]``; ``on_shutdown`` closes them. Every worker process
on that Redis shares each token's budget, its 429 pauses and its 401 refusals.

Each job is wrapped by :func:`ecwid_job`, which turns outcomes into arq's vocabulary:

* a 429 beyond the limiter's patience (:class:`~ecwid_async.errors.RateLimitError`, raised
  when ``Retry-After`` exceeds ``RetryPolicy.max_retry_after`` or the attempts run out)
  becomes ``arq.Retry(defer=retry_after)``: the job runs again later, up to ``max_tries``;
* a refused token (:class:`~ecwid_async.errors.AuthenticationError`) fails the job at once,
  without retries (Ecwid blocks a token and IP that keep failing); other errors fail the
  job as arq always does.

Tokens never travel in job arguments (arq stores those in Redis): jobs carry a store id and
the worker looks the token up in ``tokens``. :func:`export_store_products` and
:func:`enqueue_store_exports` are a ready example: "export every store of a partner", one
job per store, each streaming the store's products into a JSONL file.
Needs the ``ecwid-async[arq]`` extra.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import logging
import os
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeAlias, TypeVar

from arq import Retry
from arq.connections import ArqRedis
from arq.jobs import Job
from arq.worker import Function

from ..client import EcwidClient
from ..codec import encode
from ..errors import AuthenticationError, RateLimitError
from ..redis import RedisRateLimiter

__all__ = [
    "StoreClients",
    "TokenSource",
    "ecwid_job",
    "enqueue_store_exports",
    "export_store_products",
    "worker_settings",
]

logger = logging.getLogger("ecwid_async.contrib.arq")

#: Where a worker finds a store's token: a mapping, or a (sync or async) lookup by store id.
TokenSource: TypeAlias = Mapping[int, str] | Callable[[int], str | Awaitable[str]]
#: The defer of a RateLimitError that names no Retry-After, seconds.
DEFAULT_DEFER = 60.0

F = TypeVar("F", bound=Callable[..., Awaitable[Any]])


class StoreClients:
    """``EcwidClient`` objects by store id, made on first use, all paced by one limiter."""

    def __init__(
        self, limiter: RedisRateLimiter, tokens: TokenSource, **client_options: Any
    ) -> None:
        self.limiter = limiter
        self._tokens = tokens
        self._options = client_options
        self._clients: dict[int, EcwidClient] = {}

    async def get(self, store_id: int) -> EcwidClient:
        """The client of ``store_id``; its token comes from the token source."""
        client = self._clients.get(store_id)
        if client is None:
            token = await self._token(store_id)
            client = self._clients.setdefault(
                store_id,
                EcwidClient(store_id, token, rate_limit=self.limiter, **self._options),
            )
        return client

    async def _token(self, store_id: int) -> str:
        if isinstance(self._tokens, Mapping):
            try:
                return self._tokens[store_id]
            except KeyError:
                raise LookupError(f"no token for store {store_id}") from None
        found = self._tokens(store_id)
        return await found if inspect.isawaitable(found) else found

    async def aclose(self) -> None:
        """Close every client (and its HTTP session)."""
        clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            await client.aclose()

    def __len__(self) -> int:
        return len(self._clients)

    def __repr__(self) -> str:
        return f"StoreClients(stores={len(self._clients)}, limiter={self.limiter!r})"


def ecwid_job(func: F) -> F:
    """Wrap an arq job: a RateLimitError becomes ``Retry(defer=retry_after)``; a refused
    token (AuthenticationError) fails the job without retries."""

    @functools.wraps(func)
    async def job(ctx: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return await func(ctx, *args, **kwargs)
        except RateLimitError as exc:
            defer = exc.retry_after if exc.retry_after is not None else DEFAULT_DEFER
            logger.info("job %s rate limited: retrying in %gs", ctx.get("job_id"), defer)
            raise Retry(defer=defer) from exc
        except AuthenticationError:
            logger.warning(
                "job %s: the token was refused; failing without retry", ctx.get("job_id")
            )
            raise

    return job  # type: ignore[return-value]


def _wrapped(function: Any) -> Any:
    if isinstance(function, Function):
        return dataclasses.replace(function, coroutine=ecwid_job(function.coroutine))
    return ecwid_job(function)


def worker_settings(
    functions: Sequence[Any],
    *,
    tokens: TokenSource,
    rate_per_minute: float = 600.0,
    limiter_options: Mapping[str, Any] | None = None,
    client_options: Mapping[str, Any] | None = None,
    on_startup: Callable[[dict[str, Any]], Awaitable[None]] | None = None,
    on_shutdown: Callable[[dict[str, Any]], Awaitable[None]] | None = None,
    **worker_options: Any,
) -> dict[str, Any]:
    """arq worker settings (a dict: ``WorkerSettings = worker_settings(...)``) for Ecwid jobs.

    ``functions`` are coroutine functions or ``arq.func(...)`` objects, each wrapped by
    :func:`ecwid_job`. ``limiter_options`` go to ``RedisRateLimiter`` (built on the
    worker's Redis), ``client_options`` to every ``EcwidClient``; ``worker_options`` (for
    example ``redis_settings``, ``max_jobs``, ``queue_name``) to arq's ``Worker``. A given
    ``on_startup`` runs after the pool exists; a given ``on_shutdown`` before it closes.
    """

    async def startup(ctx: dict[str, Any]) -> None:
        limiter = RedisRateLimiter(ctx["redis"], rate_per_minute, **(limiter_options or {}))
        ctx["ecwid"] = StoreClients(limiter, tokens, **(client_options or {}))
        if on_startup is not None:
            await on_startup(ctx)

    async def shutdown(ctx: dict[str, Any]) -> None:
        try:
            if on_shutdown is not None:
                await on_shutdown(ctx)
        finally:
            clients: StoreClients | None = ctx.pop("ecwid", None)
            if clients is not None:
                await clients.aclose()
                await clients.limiter.aclose()

    return {
        **worker_options,
        "functions": [_wrapped(f) for f in functions],
        "on_startup": startup,
        "on_shutdown": shutdown,
    }


async def export_store_products(ctx: dict[str, Any], store_id: int, out_dir: str) -> int:
    """Example job: stream every product of ``store_id`` into ``out_dir/<id>.products.jsonl``.

    Writes a ``.part`` file and renames it when complete (removes it on failure), so a
    retried job starts clean and a reader never sees half an export. Returns the number of
    products written.
    """
    ecwid = await ctx["ecwid"].get(store_id)
    target = Path(out_dir) / f"{store_id}.products.jsonl"
    partial = target.with_name(target.name + ".part")
    count = 0
    try:
        with partial.open("wb") as out:
            async for product in ecwid.products.search():
                out.write(encode(product) + b"\n")
                count += 1
    except BaseException:
        partial.unlink(missing_ok=True)  # a failed or deferred job leaves nothing behind
        raise
    os.replace(partial, target)
    return count


async def enqueue_store_exports(
    redis: ArqRedis, store_ids: Iterable[int], out_dir: str, *, function: str = ""
) -> list[Job]:
    """Enqueue one export job per store (job id ``ecwid-export:<id>``: enqueuing twice is a
    no-op while the first is queued or running). Returns the jobs that were enqueued."""
    name = function or export_store_products.__qualname__
    jobs = []
    for store_id in store_ids:
        job = await redis.enqueue_job(name, store_id, out_dir, _job_id=f"ecwid-export:{store_id}")
        if job is not None:
            jobs.append(job)
    return jobs
