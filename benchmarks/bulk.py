"""Bulk writes: 10,000 product updates through ``batch.run`` vs one request each.

FakeEcwid (its own process) holds 10,000 seeded products, answers after 20 ms, and
completes a batch ticket on its third status poll, as Ecwid's tickets finish over a few
polls. The client counts its HTTP requests with the ``on_response`` hook.

``batch.run`` runs with the default 600/min limiter (it needs a few dozen requests).
One request per update would take ~17 minutes at 600/min, so that path runs with the
limiter off and its time under 600/min is simulated as
``max(measured, (requests - 1) / 10)`` seconds; the same formula is applied to the batch
path. Rounds alternate; medians.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from ecwid_async import EcwidClient
from ecwid_async.errors import EcwidError
from ecwid_async.hooks import ResponseEvent
from ecwid_async.models.common import UpdateStatus

from ._common import median, table
from ._fake import STORE_ID, TOKEN, fake_process

UPDATES = 10_000
LATENCY = 0.02
BATCH_POLLS = 3
POLL_INTERVAL = 1.0
BATCH_CONCURRENCY = 4  # tickets in flight (stop_on_first_failure=False)
WORKERS = 8  # concurrent single updates
ROUNDS = 1  # each path is a long run, not a sample; --scale 2 for two


class _Counter:
    def __init__(self) -> None:
        self.requests = 0

    def __call__(self, event: ResponseEvent) -> None:
        self.requests += 1


def _simulated(measured: float, requests: int) -> float:
    """Wall time under 600/min: the limiter starts one request every 0.1 s."""
    return max(measured, (requests - 1) / 10)


async def _ids(base_url: str) -> list[int]:
    async with EcwidClient(STORE_ID, TOKEN, base_url=base_url, rate_limit=None) as ecwid:
        return [p.id async for p in ecwid.products.search() if p.id is not None]


async def batch_round(base_url: str, ids: list[int], price: float) -> dict[str, float]:
    """All updates as batch tickets of 500 under the default 600/min limiter."""
    counter = _Counter()
    async with EcwidClient(STORE_ID, TOKEN, base_url=base_url, on_response=counter) as ecwid:
        start = time.perf_counter()
        results = await ecwid.batch.run(
            [ecwid.products.update(pid, {"price": price}) for pid in ids],
            stop_on_first_failure=False,
            poll_interval=POLL_INTERVAL,
            concurrency=BATCH_CONCURRENCY,
        )
        wall = time.perf_counter() - start
    return _outcome(results, wall, counter.requests)


async def single_round(base_url: str, ids: list[int], price: float) -> dict[str, float]:
    """One ``products.update`` request per product, limiter off, a few workers."""
    counter = _Counter()
    queue = iter(ids)
    results: list[Any] = []
    async with EcwidClient(
        STORE_ID, TOKEN, base_url=base_url, rate_limit=None, on_response=counter
    ) as ecwid:

        async def worker() -> None:
            for pid in queue:
                results.append(await ecwid.products.update(pid, {"price": price}))

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(WORKERS)))
        wall = time.perf_counter() - start
    return _outcome(results, wall, counter.requests)


def _outcome(results: list[Any], wall: float, requests: int) -> dict[str, float]:
    updated = sum(1 for r in results if isinstance(r, UpdateStatus) and r.update_count)
    failed = sum(1 for r in results if isinstance(r, EcwidError))
    return {
        "updated": updated,
        "failed": failed,
        "requests": requests,
        "wall": wall,
        "simulated": _simulated(wall, requests),
    }


def measure(scale: float = 1.0) -> dict[str, dict[str, float]]:
    """Alternate batch and one-by-one rounds against one fake process; return medians."""
    samples: dict[str, list[dict[str, float]]] = {"batch": [], "single": []}
    with fake_process(UPDATES, latency=LATENCY, batch_polls=BATCH_POLLS) as fake:
        ids = asyncio.run(_ids(fake.base_url))[:UPDATES]
        assert len(ids) == UPDATES
        for number in range(max(1, round(ROUNDS * scale))):
            price = 10.0 + number
            samples["batch"].append(asyncio.run(batch_round(fake.base_url, ids, price)))
            samples["single"].append(asyncio.run(single_round(fake.base_url, ids, price + 0.5)))
            print(f"  bulk round {number + 1} done", flush=True)
    return {
        name: {key: median([r[key] for r in runs]) for key in runs[0]}
        for name, runs in samples.items()
    }


def report(result: dict[str, dict[str, float]]) -> str:
    """The Markdown section for RESULTS.md."""
    single = result["single"]
    rows = []
    for name, label, limiter in (
        ("batch", "`batch.run` (tickets of 500, 4 in flight)", "600/min (default)"),
        ("single", "one `products.update` each (8 workers)", "off (simulated)"),
    ):
        r = result[name]
        rows.append(
            [
                label,
                limiter,
                f"{r['updated']:,.0f} / {r['failed']:,.0f}",
                f"{r['requests']:,.0f}",
                f"{r['wall']:.1f}",
                f"{r['simulated']:,.1f}",
                f"{single['simulated'] / r['simulated']:.1f}x",
            ]
        )
    return (
        f"## 7. Bulk writes: {UPDATES:,} product updates\n\n"
        f"FakeEcwid in its own process, {LATENCY * 1000:.0f} ms latency; a batch ticket "
        f"completes on its {BATCH_POLLS}rd status poll (poll interval {POLL_INTERVAL:g} s, "
        "growing x1.5). HTTP requests counted with the `on_response` hook. "
        "Simulated wall time under 600/min = max(measured, (requests - 1) / 10 s), for both "
        "rows: the one-by-one path ran with the limiter off (at 600/min it would take "
        f"~17 minutes). {ROUNDS} round(s), alternating, medians.\n\n"
        + table(
            [
                "path",
                "limiter",
                "updated / failed",
                "HTTP requests",
                "measured s",
                "simulated s at 600/min",
                "speed-up",
            ],
            rows,
        )
    )


if __name__ == "__main__":
    print(report(measure()))
