"""Pacing: a 100,000-product scan under the default 600/min limiter, against FakeEcwid
enforcing 600 requests per token in any sliding 60 s (its own process), at 50 and 300 ms
of latency; then two clients on one token saturating a 1,200/min, 10 s sliding window.

Scan: ``products.search().pages()`` with the default prefetch; each page's arrival time is
recorded. The first page goes alone (it tells the scan ``total``), so the second is asked
for one latency later; from then on the limiter alone sets the pace. Fraction of the rate
after the first page = (pages - 2) / (last arrival - second arrival) / (rate / 60): 1.000
means not one slot lost. 429s are the fake's own count.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from ecwid_async import EcwidClient

from ._common import table
from ._fake import STORE_ID, TOKEN, FakeHandle, fake_process

PRODUCTS = 100_000
RATE = 600
LATENCIES = [0.05, 0.3]
SATURATION = (1200, 10.0, 15.0)  # rate per minute, server window s, duration s
WORKERS = 16  # per client in the saturation run


@dataclass(frozen=True)
class Outcome:
    """What one run measured."""

    label: str
    rate: int
    requests: int
    elapsed: float  # second to last page (scan) or the whole run (saturation)
    rejected: int  # 429s answered by the fake

    @property
    def fraction(self) -> float:
        """Requests per second over the elapsed time, as a fraction of the rate."""
        return self.requests / self.elapsed / (self.rate / 60)


async def _scan(base_url: str, max_items: int) -> tuple[int, float]:
    arrivals: list[float] = []
    async with EcwidClient(STORE_ID, TOKEN, base_url=base_url, rate_limit=RATE) as ecwid:
        async for _ in ecwid.products.search(max_items=max_items).pages():
            arrivals.append(time.perf_counter())
    return len(arrivals) - 2, arrivals[-1] - arrivals[1]


async def _saturate(base_url: str, rate: int, duration: float) -> tuple[int, float]:
    clients = [EcwidClient(STORE_ID, TOKEN, base_url=base_url, rate_limit=rate) for _ in "ab"]
    ids = [p.id async for p in clients[0].products.search(max_items=20) if p.id is not None]
    completed = 0
    start = time.perf_counter()

    async def worker(client: EcwidClient, k: int) -> None:
        nonlocal completed
        while time.perf_counter() < start + duration:
            await client.products.get(ids[k % len(ids)])
            completed += 1

    try:
        await asyncio.gather(*(worker(clients[k % 2], k) for k in range(2 * WORKERS)))
    finally:
        for client in clients:
            await client.aclose()
    return completed, time.perf_counter() - start


def _fresh_window(fake: FakeHandle, rate: int, window: float) -> int:
    """A new sliding window on the fake (the previous run's requests are forgotten)."""
    fake.command("rate off 60")
    fake.command(f"rate {round(rate * window / 60)} {window}")
    rejected: int = fake.stats()["rate_limited"]
    return rejected


def measure(scale: float = 1.0) -> list[Outcome]:
    """Both scans, then the saturation run, against one fake process."""
    products = round(PRODUCTS * scale)
    outcomes = []
    with fake_process(products, rate=RATE, window=60.0) as fake:
        for latency in LATENCIES:
            fake.command(f"latency {latency}")
            before = _fresh_window(fake, RATE, 60.0)
            requests, elapsed = asyncio.run(_scan(fake.base_url, products))
            rejected = fake.stats()["rate_limited"] - before
            label = f"scan of {products:,} products, {latency * 1000:.0f} ms latency"
            outcomes.append(Outcome(label, RATE, requests, elapsed, rejected))
            print(f"  pacing: {label} done", flush=True)
        rate, window, duration = SATURATION
        fake.command("latency 0.02")
        before = _fresh_window(fake, rate, window)
        time.sleep(window / 10)
        completed, elapsed = asyncio.run(_saturate(fake.base_url, rate, duration * scale))
        rejected = fake.stats()["rate_limited"] - before
        label = f"2 clients on one token, {WORKERS} workers each, `products.get`, 20 ms"
        outcomes.append(Outcome(label, rate, completed, elapsed, rejected))
    return outcomes


def report(outcomes: list[Outcome]) -> str:
    """The Markdown section for RESULTS.md."""
    rows = [
        [
            o.label,
            f"{o.rate:,}/min",
            f"{o.requests:,}",
            f"{o.elapsed:.1f}",
            f"{o.fraction:.4f}",
            str(o.rejected),
        ]
        for o in outcomes
    ]
    rate, window, _ = SATURATION
    return (
        "## 4. Pacing: FakeEcwid enforcing the limit in a sliding window\n\n"
        f"Scans: `products.search().pages()` (default prefetch), the default {RATE}/min "
        f"limiter, the fake allowing {RATE} requests per token in any sliding 60 s; "
        "the first page goes alone (it tells `total`), so the second is asked for one "
        "latency later; after it the limiter alone sets the pace: requests = pages after "
        "the second, elapsed = second to last page arrival, fraction = requests / elapsed / "
        "(rate / 60). Saturation: two `EcwidClient`s on one token "
        f"(one shared bucket) at {rate:,}/min, the fake allowing {rate * window / 60:.0f} in "
        f"any sliding {window:.0f} s; fraction = completed / run time. 429s counted by the "
        "fake. One run each (each is a sustained run, not a sample). Target: >= 0.999 of "
        "the rate after the first page at 50 and 300 ms, 0 x 429.\n\n"
        + table(["run", "rate", "requests", "elapsed s", "fraction of rate", "429s"], rows)
    )


if __name__ == "__main__":
    print(report(measure()))
