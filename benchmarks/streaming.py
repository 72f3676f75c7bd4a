"""Streaming: every product of a 100,000-product store, 20 ms simulated latency.

FakeEcwid runs in its own process, seeded with 100,000 products. Each variant runs in a
fresh subprocess that iterates every product and touches each one; it reports its wall
time and its peak RSS growth (``VmHWM`` at the end minus the RSS after imports):
``async for`` with ``prefetch=4`` (the default), with ``prefetch=0``, and pyecwid (the
only Ecwid package on PyPI, synchronous ``requests``, collects a list) pointed at the
same fake. Rate limits are off for that comparison; rounds alternate.

Then a long export with the default 600/min limiter against the fake enforcing 600
requests in any sliding 60 s: pages per minute and 429s over more than a minute.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from typing import Any

from ecwid_async import EcwidClient

from ._common import median, table
from ._fake import STORE_ID, TOKEN, fake_process

PRODUCTS = 100_000
LATENCY = 0.02
ROUNDS = 3
VARIANTS = ["prefetch=4", "prefetch=0", "pyecwid"]
EXPORT_PAGES = 700  # at 600/min: a little over 70 s, so the 60 s window fills and slides


def _status_mb(key: str) -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024  # kB
    raise RuntimeError(f"no {key} in /proc/self/status")


def _rss_mb() -> float:
    return _status_mb("VmRSS")


def _peak_mb() -> float:
    # Not ru_maxrss: Linux carries the parent's peak RSS over fork + exec into it, so a
    # worker started by a big parent would report the parent's size. VmHWM is this
    # process's own high-water mark.
    return _status_mb("VmHWM")


async def _ours(base_url: str, prefetch: int) -> int:
    touched = 0
    async with EcwidClient(STORE_ID, TOKEN, base_url=base_url, rate_limit=None) as ecwid:
        async for product in ecwid.products.search(prefetch=prefetch):
            touched += product.id is not None and product.price is not None
    return touched


def _pyecwid(base_url: str) -> int:
    from pyecwid import Ecwid  # type: ignore[import-untyped]

    ecwid = Ecwid(TOKEN, STORE_ID, base_url=base_url + "/{0}/")
    touched = 0
    for product in ecwid.products.get():
        touched += product.get("id") is not None and product.get("price") is not None
    return touched


def worker(variant: str, base_url: str) -> dict[str, float]:
    """Run one variant in this process; return wall time, items and peak RSS growth."""
    if variant == "pyecwid":
        import pyecwid  # noqa: F401  (imports count before the baseline)
    baseline = _rss_mb()
    start = time.perf_counter()
    if variant == "pyecwid":
        items = _pyecwid(base_url)
    else:
        items = asyncio.run(_ours(base_url, int(variant.split("=")[1])))
    wall = time.perf_counter() - start
    return {"wall": wall, "items": items, "growth_mb": _peak_mb() - baseline}


def _run_worker(variant: str, base_url: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.streaming", "--worker", variant, base_url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


async def _export(base_url: str, pages: int) -> tuple[int, float]:
    count = 0
    start = time.perf_counter()
    async with EcwidClient(STORE_ID, TOKEN, base_url=base_url) as ecwid:  # default 600/min
        async for _ in ecwid.products.search(max_items=pages * 100).pages():
            count += 1
    return count, time.perf_counter() - start


def measure() -> dict[str, Any]:
    """Alternate the variants in fresh subprocesses, then the long paced export."""
    samples: dict[str, list[dict[str, float]]] = {v: [] for v in VARIANTS}
    with fake_process(PRODUCTS, latency=LATENCY) as fake:
        for number in range(ROUNDS):
            for variant in VARIANTS:
                samples[variant].append(_run_worker(variant, fake.base_url))
                print(f"  streaming round {number + 1}: {variant} done", flush=True)
        time.sleep(1)
        fake.command("rate 600 60")
        before = fake.stats()
        pages, elapsed = asyncio.run(_export(fake.base_url, EXPORT_PAGES))
        after = fake.stats()
    result: dict[str, Any] = {
        variant: {key: median([s[key] for s in runs]) for key in ("wall", "items", "growth_mb")}
        for variant, runs in samples.items()
    }
    result["export"] = {
        "pages": pages,
        "elapsed": elapsed,
        "rejected": after["rate_limited"] - before["rate_limited"],
        "requests": after["requests"] - before["requests"],
    }
    return result


def report(result: dict[str, Any]) -> str:
    """The Markdown section for RESULTS.md."""
    pyecwid_wall = result["pyecwid"]["wall"]
    rows = [
        [
            name,
            f"{result[name]['items']:,.0f}",
            f"{result[name]['wall']:.1f}",
            f"{result[name]['growth_mb']:.1f}",
            f"{pyecwid_wall / result[name]['wall']:.2f}x",
        ]
        for name in VARIANTS
    ]
    export = result["export"]
    per_minute = export["pages"] / export["elapsed"] * 60
    export_row = [
        f"{export['pages']:,}",
        f"{export['requests']:,}",
        f"{export['elapsed']:.1f}",
        f"{per_minute:.0f}",
        f"{per_minute / 600:.3f}",
        str(export["rejected"]),
    ]
    return (
        "## 4. Streaming: 100,000 products, 20 ms simulated latency\n\n"
        f"Each variant in a fresh subprocess, {ROUNDS} alternating rounds, medians; every "
        "product is touched. Peak RSS growth = the worker's peak RSS (`VmHWM`; `ru_maxrss` "
        "would include the parent's peak, which Linux carries over fork + exec) minus its "
        "RSS after imports. Rate limits off. pyecwid 0.1.1 (synchronous `requests`, one connection "
        "per request, collects every item into a list) is pointed at the same fake through "
        "its `base_url` argument. Target: memory growth < 50 MB, >= 3x pyecwid.\n\n"
        + table(["variant", "items", "wall s", "peak RSS growth MB", "speed vs pyecwid"], rows)
        + "\n\nLong export with the default limiter (600/min) against the fake enforcing "
        "600 requests per token in any sliding 60 s (`pages()`, prefetch 4, 20 ms latency):"
        "\n\n"
        + table(
            ["pages", "requests seen by fake", "elapsed s", "pages/min", "of 600/min", "429s"],
            [export_row],
        )
    )


def main() -> None:
    """``--worker VARIANT BASE_URL`` runs one variant; otherwise the whole benchmark."""
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        print(json.dumps(worker(sys.argv[2], sys.argv[3])))
    else:
        print(report(measure()))


if __name__ == "__main__":
    main()
