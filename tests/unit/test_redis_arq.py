"""ecwid_job and worker_settings without a worker: errors become arq's outcomes."""

from __future__ import annotations

from typing import Any

import pytest
from arq import Retry
from arq.worker import Function, func

from ecwid_async import AuthenticationError, RateLimitError
from ecwid_async.contrib import arq as fleet
from ecwid_async.contrib.arq import DEFAULT_DEFER, StoreClients, ecwid_job, worker_settings
from ecwid_async.redis import RedisRateLimiter


def _rate_limited(retry_after: float | None) -> RateLimitError:
    error = RateLimitError(429, "Too many requests")
    error.retry_after = retry_after
    return error


@pytest.mark.parametrize(("retry_after", "defer_ms"), [(7.5, 7500), (None, DEFAULT_DEFER * 1000)])
async def test_a_rate_limit_error_becomes_a_deferred_retry(
    retry_after: float | None, defer_ms: float
) -> None:
    @ecwid_job
    async def job(ctx: dict[str, Any]) -> None:
        raise _rate_limited(retry_after)

    with pytest.raises(Retry) as retry:
        await job({"job_id": "j1"})
    assert retry.value.defer_score == defer_ms
    assert isinstance(retry.value.__cause__, RateLimitError)


async def test_a_refused_token_fails_the_job_as_it_is() -> None:
    @ecwid_job
    async def job(ctx: dict[str, Any]) -> None:
        raise AuthenticationError(401, "Token is invalid")

    with pytest.raises(AuthenticationError):
        await job({})


async def test_a_wrapped_job_keeps_its_name_arguments_and_result() -> None:
    async def export(ctx: dict[str, Any], store_id: int, *, limit: int = 1) -> tuple[int, int]:
        return store_id, limit

    job = ecwid_job(export)
    assert job.__qualname__ == export.__qualname__
    assert await job({}, 5, limit=2) == (5, 2)


def test_worker_settings_wrap_every_function_and_keep_arq_options() -> None:
    async def plain(ctx: dict[str, Any]) -> None: ...

    settings = worker_settings(
        [plain, func(fleet.export_store_products, max_tries=2)], tokens={}, max_jobs=3
    )
    plain_job, configured = settings["functions"]
    assert plain_job.__wrapped__ is plain
    assert isinstance(configured, Function) and configured.max_tries == 2
    assert configured.coroutine.__wrapped__ is fleet.export_store_products
    assert settings["max_jobs"] == 3
    assert callable(settings["on_startup"]) and callable(settings["on_shutdown"])


async def test_store_clients_make_one_client_per_store_with_the_shared_limiter() -> None:
    limiter = RedisRateLimiter("redis://127.0.0.1:1/0")

    async def lookup(store_id: int) -> str:
        return f"secret_token_{store_id}"

    for tokens in ({7: "secret_token_7"}, lookup):
        clients = StoreClients(limiter, tokens)
        first = await clients.get(7)
        assert await clients.get(7) is first and len(clients) == 1
        assert first._transport.options.rate_limit is limiter
        assert "secret" not in repr(clients)
        await clients.aclose()
    with pytest.raises(LookupError, match="no token for store 8"):
        await StoreClients(limiter, {}).get(8)
