"""Many stores in one process: N EcwidClients (own token, own limiter) on one event loop
vs N raw aiohttp sessions decoding into the same models on the same loop.

Each store has one worker fetching the light 100-product page back to back from a server
in another process; a round is a fixed number of requests shared by all workers. Every
client has its own token, so its own token bucket (6,000/min: the limiter is on, in its
fast path, and never the bottleneck); the raw side sends the same tokens from one
``aiohttp.ClientSession`` per store. Clients and sessions are created and connected before
timing. Rounds alternate ABBA; ratios are medians of per-round ratios.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import aiohttp

from ecwid_async import EcwidClient

from ._common import Run, abba, median, ratio, server_process, table, timed
from .overhead import client_one, raw_one

STORES = [50, 100, 200]
REQUESTS = 500  # per round and variant, shared by all stores
ROUNDS = 24  # many paired rounds: the machine's drift cancels in each pair
RATE = 6000  # per store, requests per minute
FIRST_STORE = 5000
RAW, OURS = "raw aiohttp + same models", "EcwidClient"


def _token(store: int) -> str:
    return f"secret_bench_{store}"


async def _one_count(base: str, count: int, rounds: int) -> dict[str, list[Run]]:
    stores = range(FIRST_STORE, FIRST_STORE + count)
    clients = [EcwidClient(s, _token(s), base_url=base, rate_limit=RATE) for s in stores]
    sessions = [aiohttp.ClientSession() for _ in stores]
    try:
        ones: dict[str, list[Callable[[], Awaitable[None]]]] = {
            RAW: [
                raw_one(session, f"{base}/{s}/products", _token(s), typed=True)
                for session, s in zip(sessions, stores, strict=True)
            ],
            OURS: [client_one(client) for client in clients],
        }
        for workers in ones.values():  # connect every store, warm up
            await asyncio.gather(*(one() for one in workers))
            await timed(count * 2, workers)
        runs: dict[str, list[Run]] = {RAW: [], OURS: []}
        for order in abba(rounds, [RAW, OURS]):
            for name in order:
                runs[name].append(await timed(REQUESTS, ones[name]))
        return runs
    finally:
        for client in clients:
            await client.aclose()
        for session in sessions:
            await session.close()


def measure(scale: float = 1.0) -> dict[int, dict[str, list[Run]]]:
    """Per store count: every round's Run for each side."""
    rounds = max(4, round(ROUNDS * scale))
    with server_process("benchmarks._server") as port:
        base = f"http://127.0.0.1:{port}/api/v3"
        return {n: asyncio.run(_one_count(base, n, rounds)) for n in STORES}


def report(result: dict[int, dict[str, list[Run]]]) -> str:
    """The Markdown section for RESULTS.md."""
    rows = []
    for count, runs in result.items():
        rate = {name: [r.per_second for r in rs] for name, rs in runs.items()}
        cpu = {name: [r.cpu_us for r in rs] for name, rs in runs.items()}
        rows.append(
            [
                str(count),
                f"{median(rate[RAW]):.0f}",
                f"{median(rate[OURS]):.0f}",
                f"{ratio(rate[OURS], rate[RAW]):.2f}",
                f"{median(cpu[RAW]) / 1000:.2f}",
                f"{median(cpu[OURS]) / 1000:.2f}",
                f"{ratio(cpu[RAW], cpu[OURS]):.2f}",
            ]
        )
    rounds = len(next(iter(result.values()))[OURS])
    return (
        "## 2. Many stores in one process: N clients on one event loop, light page\n\n"
        f"One worker per store, {REQUESTS:,} requests per round shared by all stores, "
        f"{rounds} ABBA rounds. Each EcwidClient has its own token and so its own limiter "
        f"({RATE:,}/min, never the bottleneck); the raw side is one aiohttp session per store "
        "with the same tokens and the same decoder (`codec.decode` into "
        "`SearchResult[Product]`). Medians; ratios are medians of per-round ratios; CPU "
        "efficiency = raw CPU per request / the client's. Target: >= 0.95 of raw at 200 "
        "stores.\n\n"
        + table(
            [
                "stores",
                "raw requests/s",
                "client requests/s",
                "client / raw",
                "raw CPU ms/request",
                "client CPU ms/request",
                "CPU efficiency",
            ],
            rows,
        )
    )


if __name__ == "__main__":
    print(report(measure()))
