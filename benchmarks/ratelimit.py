"""Rate-limit saturation: sustained throughput against FakeEcwid enforcing a sliding window.

The fake (its own process) allows ``R * W / 60`` requests per token in any sliding
window of ``W`` seconds and answers 429 beyond that. The client paces with
``rate_limit=R`` while 16 workers keep it saturated for a fixed duration. Reported:
requests completed / (R * elapsed / 60), and the 429s the fake answered. The last
scenario runs two ``EcwidClient``s on the same token in one process (one shared bucket).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from ecwid_async import EcwidClient

from ._common import table
from ._fake import STORE_ID, TOKEN, FakeHandle, fake_process

WORKERS = 16
LATENCY = 0.02


@dataclass(frozen=True)
class Scenario:
    """One saturation run: client rate, server window, duration, number of clients."""

    label: str
    rate: int  # requests per minute, the client's pace and the server's allowance
    window: float  # the server's sliding window, seconds
    duration: float  # seconds of saturation
    clients: int = 1


SCENARIOS = [
    Scenario("1,200/min, 10 s sliding window, 1 client", 1200, 10.0, 30.0),
    Scenario("600/min (Ecwid default), 60 s sliding window, 1 client", 600, 60.0, 75.0),
    Scenario("1,200/min, 10 s sliding window, 2 clients on one token", 1200, 10.0, 30.0, 2),
]


@dataclass(frozen=True)
class Outcome:
    """What one scenario measured."""

    scenario: Scenario
    completed: int
    elapsed: float
    rejected: int  # 429s answered by the fake

    @property
    def fraction(self) -> float:
        """Requests completed as a fraction of what the rate allows in the elapsed time."""
        return self.completed / (self.scenario.rate * self.elapsed / 60)


async def _saturate(base_url: str, scenario: Scenario, ids: list[int]) -> tuple[int, float]:
    clients = [
        EcwidClient(STORE_ID, TOKEN, base_url=base_url, rate_limit=scenario.rate)
        for _ in range(scenario.clients)
    ]
    completed = 0
    start = time.perf_counter()
    stop = start + scenario.duration

    async def worker(client: EcwidClient, k: int) -> None:
        nonlocal completed
        while time.perf_counter() < stop:
            await client.products.get(ids[k % len(ids)])
            completed += 1

    try:
        await asyncio.gather(
            *(worker(clients[k % len(clients)], k) for k in range(WORKERS * len(clients)))
        )
    finally:
        for client in clients:
            await client.aclose()
    return completed, time.perf_counter() - start


async def _product_ids(base_url: str) -> list[int]:
    async with EcwidClient(STORE_ID, TOKEN, base_url=base_url, rate_limit=None) as ecwid:
        return [p.id async for p in ecwid.products.search(max_items=20) if p.id is not None]


def run(fake: FakeHandle, scenario: Scenario, ids: list[int]) -> Outcome:
    """Set the fake's window, saturate it, and read its 429 count."""
    per_window = round(scenario.rate * scenario.window / 60)
    fake.command(f"rate {per_window} {scenario.window}")
    before = fake.stats()["rate_limited"]
    completed, elapsed = asyncio.run(_saturate(fake.base_url, scenario, ids))
    rejected = fake.stats()["rate_limited"] - before
    fake.command("rate off 60")
    return Outcome(scenario, completed, elapsed, rejected)


def measure() -> list[Outcome]:
    """Run every scenario against one fake process; each starts with a fresh window."""
    with fake_process(20, latency=LATENCY) as fake:
        ids = asyncio.run(_product_ids(fake.base_url))
        outcomes = []
        for scenario in SCENARIOS:
            time.sleep(1)  # the previous scenario's bucket and window are gone
            outcomes.append(run(fake, scenario, ids))
            print(f"  rate limit: {scenario.label} done", flush=True)
    return outcomes


def report(outcomes: list[Outcome]) -> str:
    """The Markdown section for RESULTS.md."""
    rows = [
        [
            o.scenario.label,
            f"{o.elapsed:.1f}",
            f"{o.completed:,}",
            f"{o.completed / o.elapsed * 60:,.0f}",
            f"{o.fraction:.3f}",
            str(o.rejected),
        ]
        for o in outcomes
    ]
    return (
        "## 3. Rate-limit saturation: FakeEcwid enforcing a sliding window\n\n"
        f"{WORKERS} workers per client call `products.get` back to back, {LATENCY * 1000:.0f} ms "
        "server latency; the fake allows rate x window / 60 requests per token in any "
        "sliding window and answers 429 beyond. Fraction = completed / (rate x elapsed / 60). "
        "Target >= 0.97 with zero 429s. One run per scenario (each is a sustained run, "
        "not a sample).\n\n"
        + table(["scenario", "elapsed s", "completed", "per min", "fraction of rate", "429s"], rows)
    )


if __name__ == "__main__":
    print(report(measure()))
