"""Full listing: every product of a 100,000-product store, 20 ms simulated latency.

FakeEcwid runs in its own process, seeded with 100,000 products. Each variant runs in a
fresh subprocess that lists every product and touches each one; it reports its wall
time, its CPU and its peak RSS growth (``VmHWM`` at the end minus the RSS after imports):
``async for`` with the default prefetch and with ``prefetch=0`` (one page at a time),
pyecwid (the only Ecwid package on PyPI, synchronous ``requests``, collects a list) and
httpx (``AsyncClient``, a page at a time, ``response.json()``), all pointed at the same
fake. Rate limits are off for this comparison (pacing is measured on its own); rounds
alternate ABBA.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

from ecwid_async import EcwidClient

from ._common import abba, median, run_worker, table
from ._fake import STORE_ID, TOKEN, fake_process

PRODUCTS = 100_000
LATENCY = 0.02
ROUNDS = 2
VARIANTS = ["default prefetch", "httpx", "pyecwid"]
LONG_VARIANTS = ["default prefetch", "prefetch=0", "httpx", "pyecwid"]  # --scale 2 and up


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


async def _ours(base_url: str, prefetch: int | None) -> int:
    touched = 0
    paging = {} if prefetch is None else {"prefetch": prefetch}
    async with EcwidClient(STORE_ID, TOKEN, base_url=base_url, rate_limit=None) as ecwid:
        async for product in ecwid.products.search(**paging):  # type: ignore[arg-type]
            touched += product.id is not None and product.price is not None
    return touched


async def _httpx(base_url: str) -> int:
    import httpx

    touched, offset, total = 0, 0, 1
    headers = {"Authorization": f"Bearer {TOKEN}"}
    async with httpx.AsyncClient(headers=headers) as client:
        while offset < total:
            resp = await client.get(
                f"{base_url}/{STORE_ID}/products", params={"offset": offset, "limit": 100}
            )
            resp.raise_for_status()
            page = resp.json()
            total, offset = page["total"], offset + page["count"]
            for product in page["items"]:
                touched += product.get("id") is not None and product.get("price") is not None
            if not page["count"]:
                break
    return touched


def _pyecwid(base_url: str) -> int:
    from pyecwid import Ecwid  # type: ignore[import-untyped]

    ecwid = Ecwid(TOKEN, STORE_ID, base_url=base_url + "/{0}/")
    touched = 0
    for product in ecwid.products.get():
        touched += product.get("id") is not None and product.get("price") is not None
    return touched


def worker(variant: str, base_url: str) -> dict[str, float]:
    """Run one variant in this process; return wall time, CPU, items and peak RSS growth."""
    if variant == "pyecwid":
        import pyecwid  # noqa: F401  (imports count before the baseline)
    if variant == "httpx":
        import httpx  # noqa: F401
    baseline = _rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    if variant == "pyecwid":
        items = _pyecwid(base_url)
    elif variant == "httpx":
        items = asyncio.run(_httpx(base_url))
    else:
        prefetch = None if variant == "default prefetch" else int(variant.split("=")[1])
        items = asyncio.run(_ours(base_url, prefetch))
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"wall": wall, "cpu": cpu, "items": items, "growth_mb": _peak_mb() - baseline}


def _run_worker(variant: str, base_url: str) -> dict[str, float]:
    return run_worker("benchmarks.streaming", "--worker", variant, base_url)


def measure(scale: float = 1.0) -> dict[str, Any]:
    """Alternate the variants (ABBA) in fresh subprocesses; return medians per variant."""
    variants = LONG_VARIANTS if scale >= 2 else VARIANTS
    samples: dict[str, list[dict[str, float]]] = {v: [] for v in variants}
    with fake_process(PRODUCTS, latency=LATENCY) as fake:
        for number, order in enumerate(abba(max(2, round(ROUNDS * scale)), variants)):
            for variant in order:
                samples[variant].append(_run_worker(variant, fake.base_url))
                print(f"  listing round {number + 1}: {variant} done", flush=True)
    keys = ("wall", "cpu", "items", "growth_mb")
    return {
        variant: {key: median([s[key] for s in runs]) for key in keys}
        for variant, runs in samples.items()
    }


def report(result: dict[str, Any]) -> str:
    """The Markdown section for RESULTS.md."""
    pyecwid_wall, httpx_wall = result["pyecwid"]["wall"], result["httpx"]["wall"]
    rows = [
        [
            name,
            f"{result[name]['items']:,.0f}",
            f"{result[name]['wall']:.1f}",
            f"{result[name]['cpu']:.1f}",
            f"{result[name]['growth_mb']:.1f}",
            f"{pyecwid_wall / result[name]['wall']:.2f}x",
            f"{httpx_wall / result[name]['wall']:.2f}x",
        ]
        for name in result
    ]
    return (
        f"## 6. Full listing: {PRODUCTS:,} products, {LATENCY * 1000:.0f} ms simulated latency\n\n"
        f"Each variant in a fresh subprocess, {ROUNDS} ABBA rounds, medians; every product is "
        "touched. CPU = `time.process_time` of the listing process. Peak RSS growth = the "
        "worker's peak RSS (`VmHWM`; `ru_maxrss` would include the parent's peak, which Linux "
        "carries over fork + exec) minus its RSS after imports. Rate limits off. EcwidClient "
        "decodes into typed `Product`s; httpx 0.28 (`AsyncClient`, a page at a time, "
        "`response.json()`) and pyecwid 0.1.1 (synchronous `requests`, one connection per "
        "request, collects every item into a list, pointed at the fake through its "
        "`base_url`) get untyped dicts. (`--scale 2` adds `prefetch=0`, one page at a "
        "time.) Target: memory growth < 50 MB, >= 3x pyecwid.\n\n"
        + table(
            [
                "variant",
                "items",
                "wall s",
                "CPU s",
                "peak RSS growth MB",
                "speed vs pyecwid",
                "speed vs httpx",
            ],
            rows,
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
