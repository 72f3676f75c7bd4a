"""Overhead: EcwidClient vs raw aiohttp, on a light and a heavy 100-product page.

Three clients fetch the same page from a server in another process, the same number of
times with the same number of workers: raw aiohttp + ``json.loads`` (untyped dicts), a
zero-overhead client with the same models (raw aiohttp + ``ecwid_async.codec.decode`` into
``SearchResult[Product]``, exactly the decoder the client uses), and ``EcwidClient``
(``ecwid.request(..., result_type=SearchResult[Product])``, the path every resource call
takes; rate limit off). Rounds alternate ABBA; each ratio is the median of per-round ratios;
CPU is ``time.process_time()`` of this process (the server's CPU is not in it) per request.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

from ecwid_async import EcwidClient
from ecwid_async.codec import decode
from ecwid_async.models.common import SearchResult
from ecwid_async.models.product import Product

from ._common import Run, abba, median, ratio, server_process, table, timed
from ._data import HEAVY_STORE

REQUESTS = 75  # per round and variant: short rounds, so paired rounds run close in time
WORKERS = 8
ROUNDS = 48  # many short paired rounds: the machine's drift cancels in each pair
PAGES = {"light": 1003, "heavy": HEAVY_STORE}
RAW, ZERO, OURS = "raw aiohttp + json.loads", "raw aiohttp + same models", "EcwidClient"
VARIANTS = [RAW, ZERO, OURS]
PARAMS = {"limit": "100", "offset": "0"}
PAGE_TYPE = SearchResult[Product]


def raw_one(session: aiohttp.ClientSession, url: str, token: str, typed: bool) -> Any:
    """One page with bare aiohttp: ``json.loads``, or the client's decoder when ``typed``."""
    headers = {"Authorization": f"Bearer {token}"}

    async def one() -> None:
        async with session.get(url, params=PARAMS, headers=headers) as resp:
            resp.raise_for_status()
            body = await resp.read()
        if typed:
            assert len(decode(body, PAGE_TYPE).items) == 100
        else:
            assert len(json.loads(body)["items"]) == 100

    return one


def client_one(ecwid: EcwidClient) -> Callable[[], Awaitable[None]]:
    """One page through the client's public request path, typed."""

    async def one() -> None:
        page = await ecwid.request(
            "GET", "/products", params={"limit": 100, "offset": 0}, result_type=PAGE_TYPE
        )
        assert len(page.items) == 100

    return one


async def _page(base: str, store: int, rounds: int, requests: int) -> dict[str, list[Run]]:
    url = f"{base}/{store}/products"
    runs: dict[str, list[Run]] = {name: [] for name in VARIANTS}
    async with (
        aiohttp.ClientSession() as session,
        EcwidClient(store, "secret_bench", base_url=base, rate_limit=None) as ecwid,
    ):
        ones = {
            RAW: raw_one(session, url, "secret_bench", typed=False),
            ZERO: raw_one(session, url, "secret_bench", typed=True),
            OURS: client_one(ecwid),
        }
        for one in ones.values():  # warm up: connections, decoders, caches
            await timed(WORKERS * 4, [one] * WORKERS)
        for order in abba(rounds, VARIANTS):
            for name in order:
                runs[name].append(await timed(requests, [ones[name]] * WORKERS))
    return runs


async def measure(scale: float = 1.0) -> dict[str, dict[str, list[Run]]]:
    """Per page, per variant: every round's Run."""
    rounds, requests = max(4, round(ROUNDS * scale)), REQUESTS
    with server_process("benchmarks._server") as port:
        base = f"http://127.0.0.1:{port}/api/v3"
        return {kind: await _page(base, store, rounds, requests) for kind, store in PAGES.items()}


def summary(runs: dict[str, list[Run]]) -> dict[str, dict[str, float]]:
    """Per variant: median requests/s, median CPU per request, ratios to the baselines."""
    rate = {name: [r.per_second for r in rs] for name, rs in runs.items()}
    return {
        name: {
            "per_second": median(rate[name]),
            "cpu_us": median([r.cpu_us for r in rs]),
            "vs_raw": ratio(rate[name], rate[RAW]),
            "vs_zero": ratio(rate[name], rate[ZERO]),
            # CPU efficiency: the zero-overhead client's CPU per request over this one's
            "cpu_vs_zero": ratio([r.cpu_us for r in runs[ZERO]], [r.cpu_us for r in rs]),
        }
        for name, rs in runs.items()
    }


def report(result: dict[str, dict[str, list[Run]]]) -> str:
    """The Markdown section for RESULTS.md."""
    rows = []
    for kind, runs in result.items():
        for name, s in summary(runs).items():
            rows.append(
                [
                    kind,
                    name,
                    f"{s['per_second']:.0f}",
                    f"{s['cpu_us'] / 1000:.2f}",
                    f"{s['vs_raw']:.2f}",
                    f"{s['vs_zero']:.2f}",
                    f"{s['cpu_vs_zero']:.2f}",
                ]
            )
    rounds = len(next(iter(result.values()))[OURS])
    return (
        "## 1. Overhead: one store, a 100-product page over loopback, rate limit off\n\n"
        f"{REQUESTS} requests per round and variant, {WORKERS} workers, {rounds} ABBA "
        "rounds; requests/s and client CPU per request (`time.process_time` of the client "
        "process; the server runs in its own) are medians, ratios are medians of per-round "
        "ratios. Light page: 100 products as FakeEcwid seeds them (105 KiB); heavy page: "
        "today's docs example of a full product x 100 (331 KiB). Same models = raw aiohttp "
        "+ `ecwid_async.codec.decode` into `SearchResult[Product]`, the decoder the client "
        "uses: what a zero-overhead client with our models would do. CPU efficiency = its "
        "CPU per request / this client's (1.00 = no CPU of our own). On 2 shared cores the "
        "client and the server compete, so requests/s understates CPU differences. Target: "
        "EcwidClient >= 0.95 of the same-models client on both pages.\n\n"
        + table(
            [
                "page",
                "client",
                "requests/s",
                "client CPU ms/request",
                "requests/s vs json.loads",
                "requests/s vs same models",
                "CPU efficiency vs same models",
            ],
            rows,
        )
    )


if __name__ == "__main__":
    print(report(asyncio.run(measure())))
