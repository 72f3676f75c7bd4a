"""Overhead: EcwidClient vs raw aiohttp + json.loads on a 100-product page over loopback.

Both sides fetch the same page from a server in another process, the same number of
times at the same concurrency; rounds alternate (raw, client, raw, client, ...) and the
median throughput of each side gives the ratio. Rate limiting is off for the client.
"""

from __future__ import annotations

import asyncio
import json
import time

import aiohttp

from ecwid_async import EcwidClient
from ecwid_async.models.common import SearchResult
from ecwid_async.models.product import Product

from ._common import median, server_process, table

REQUESTS = 400
CONCURRENCY = 8
ROUNDS = 5


async def _drive(n: int, concurrency: int, one: object) -> float:
    queue = iter(range(n))

    async def worker() -> None:
        for _ in queue:
            await one()  # type: ignore[operator]

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return n / (time.perf_counter() - start)


async def raw_round(base: str) -> float:
    """Requests per second with a bare aiohttp session and json.loads."""
    async with aiohttp.ClientSession() as session:

        async def one() -> None:
            async with session.get(
                f"{base}/1003/products",
                params={"limit": "100", "offset": "0"},
                headers={"Authorization": "Bearer secret_bench"},
            ) as resp:
                resp.raise_for_status()
                data = json.loads(await resp.read())
                assert len(data["items"]) == 100

        return await _drive(REQUESTS, CONCURRENCY, one)


async def client_round(base: str) -> float:
    """Requests per second with EcwidClient decoding into typed Product models."""
    async with EcwidClient(1003, "secret_bench", base_url=base, rate_limit=None) as ecwid:

        async def one() -> None:
            page = await ecwid.request(
                "GET",
                "/products",
                params={"limit": 100, "offset": 0},
                result_type=SearchResult[Product],
            )
            assert len(page.items) == 100

        return await _drive(REQUESTS, CONCURRENCY, one)


async def measure() -> dict[str, float]:
    """Alternate raw and client rounds against one server process; return the medians."""
    with server_process("benchmarks._server") as port:
        base = f"http://127.0.0.1:{port}/api/v3"
        await raw_round(base)  # warm up both paths
        await client_round(base)
        raw: list[float] = []
        ours: list[float] = []
        for _ in range(ROUNDS):
            raw.append(await raw_round(base))
            ours.append(await client_round(base))
    return {"raw": median(raw), "client": median(ours), "ratio": median(ours) / median(raw)}


def report(result: dict[str, float]) -> str:
    """The Markdown section for RESULTS.md."""
    rows = [
        ["raw aiohttp + json.loads", f"{result['raw']:.0f}", "1.00x"],
        ["EcwidClient (typed msgspec)", f"{result['client']:.0f}", f"{result['ratio']:.2f}x"],
    ]
    return (
        "## 1. Overhead: 100-product page over loopback, rate limit off\n\n"
        f"{REQUESTS} requests x {ROUNDS} alternating rounds, concurrency {CONCURRENCY}; "
        "medians. Target >= 0.95x raw.\n\n" + table(["client", "requests/s", "vs raw"], rows)
    )


if __name__ == "__main__":
    print(report(asyncio.run(measure())))
