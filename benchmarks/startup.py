"""Start-up and memory: ``import ecwid_async`` and the first request in fresh interpreters;
memory per client and per 1,000 connected clients.

Every measurement runs in a fresh subprocess (``python -m benchmarks.startup --worker ...``)
so nothing is imported or cached beforehand; this module imports only the standard library
at the top for that reason. The first request fetches the light page from the fixed-page
server (its own process) and decodes it into ``SearchResult[Product]``; the raw side does
the same with aiohttp and the same decoder. Memory is ``tracemalloc`` (Python allocations)
and RSS growth (``VmRSS``), after the imports.
"""

from __future__ import annotations

import asyncio
import gc
import json
import statistics
import sys
import time
from typing import Any

IMPORT_RUNS = 21
FIRST_RUNS = 21
CLIENTS = 1000
SIDES = ["ecwid_async", "aiohttp"]


def _rss_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def _import(side: str) -> dict[str, float]:
    start = time.perf_counter()
    if side == "ecwid_async":
        import ecwid_async  # noqa: F401
    else:
        import aiohttp  # noqa: F401
    return {"import_ms": (time.perf_counter() - start) * 1000}


def _first(side: str, base: str) -> dict[str, float]:
    start = time.perf_counter()
    if side == "ecwid_async":
        from ecwid_async import EcwidClient
        from ecwid_async.models import Product, SearchResult

        imported = time.perf_counter()

        async def first() -> int:
            async with EcwidClient(1003, "secret_bench", base_url=base) as ecwid:
                call = ecwid.request("GET", "/products", result_type=SearchResult[Product])
                return len((await call).items)

    else:
        import aiohttp

        from ecwid_async.codec import decode
        from ecwid_async.models import Product, SearchResult

        imported = time.perf_counter()

        async def first() -> int:
            headers = {"Authorization": "Bearer secret_bench"}
            async with (
                aiohttp.ClientSession() as session,
                session.get(f"{base}/1003/products", headers=headers) as resp,
            ):
                body = await resp.read()
            return len(decode(body, SearchResult[Product]).items)

    assert asyncio.run(first()) == 100
    done = time.perf_counter()
    return {
        "import_ms": (imported - start) * 1000,
        "request_ms": (done - imported) * 1000,
        "total_ms": (done - start) * 1000,
    }


def _memory(side: str, base: str) -> dict[str, float]:
    import tracemalloc

    import aiohttp

    from ecwid_async import EcwidClient

    async def run() -> dict[str, float]:
        gc.collect()
        rss, _ = _rss_kb(), tracemalloc.start()
        if side == "ecwid_async":
            clients: list[Any] = [
                EcwidClient(5000 + i, f"secret_bench_{i}", base_url=base) for i in range(CLIENTS)
            ]
        else:
            clients = [aiohttp.ClientSession() for _ in range(CLIENTS)]
        created = tracemalloc.get_traced_memory()[0]

        async def connect(i: int) -> None:
            if side == "ecwid_async":
                await clients[i].request("GET", "/latest-stats")
            else:
                headers = {"Authorization": f"Bearer secret_bench_{i}"}
                async with clients[i].get(f"{base}/{5000 + i}/latest-stats", headers=headers) as r:
                    json.loads(await r.read())

        await asyncio.gather(*(connect(i) for i in range(CLIENTS)))
        gc.collect()
        connected = tracemalloc.get_traced_memory()[0]
        result = {
            "created_kb": created / CLIENTS / 1024,
            "connected_mb": connected / 1024 / 1024,
            "rss_mb": (_rss_kb() - rss) / 1024,
        }
        tracemalloc.stop()
        for client in clients:
            await client.close()
        return result

    return asyncio.run(run())


def worker(task: str, side: str, base: str) -> dict[str, float]:
    """One measurement in this (fresh) process."""
    if task == "import":
        return _import(side)
    if task == "first":
        return _first(side, base)
    return _memory(side, base)


def _run(task: str, side: str, base: str = "") -> dict[str, float]:
    from ._common import run_worker

    return run_worker("benchmarks.startup", "--worker", task, side, base)


def _medians(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def measure(scale: float = 1.0) -> dict[str, dict[str, dict[str, float]]]:
    """Imports, first requests (alternating sides) and memory, each in fresh processes."""
    from ._common import server_process

    samples: dict[str, dict[str, list[dict[str, float]]]] = {
        task: {side: [] for side in SIDES} for task in ("import", "first")
    }
    with server_process("benchmarks._server") as port:
        base = f"http://127.0.0.1:{port}/api/v3"
        for side in SIDES:  # writes the bytecode caches; not counted
            _run("first", side, base)
        for n in range(round(IMPORT_RUNS * scale)):
            for side in SIDES if n % 2 == 0 else SIDES[::-1]:
                samples["import"][side].append(_run("import", side))
        for n in range(round(FIRST_RUNS * scale)):
            for side in SIDES if n % 2 == 0 else SIDES[::-1]:
                samples["first"][side].append(_run("first", side, base))
        memory = {side: _run("memory", side, base) for side in SIDES}
    result = {task: {s: _medians(r) for s, r in sides.items()} for task, sides in samples.items()}
    result["memory"] = memory
    result["runs"] = {task: {"n": float(len(sides[SIDES[0]]))} for task, sides in samples.items()}
    return result


def report(result: dict[str, dict[str, dict[str, float]]]) -> str:
    """The Markdown section for RESULTS.md."""
    imp, first, mem, runs = result["import"], result["first"], result["memory"], result["runs"]
    start_rows = [
        [
            "`import ecwid_async`" if side == "ecwid_async" else "`import aiohttp` (reference)",
            f"{imp[side]['import_ms']:.0f}",
            f"{first[side]['import_ms']:.0f}",
            f"{first[side]['request_ms']:.0f}",
            f"{first[side]['total_ms']:.0f}",
        ]
        for side in SIDES
    ]
    mem_rows = [
        [
            "EcwidClient (own token each)" if side == "ecwid_async" else "aiohttp.ClientSession",
            f"{mem[side]['created_kb']:.1f}",
            f"{mem[side]['connected_mb']:.1f}",
            f"{mem[side]['rss_mb']:.1f}",
        ]
        for side in SIDES
    ]
    return (
        "## 5. Start-up and memory\n\n"
        "Fresh interpreter per sample, sides alternating; medians of "
        f"{runs['import']['n']:.0f} (import) and {runs['first']['n']:.0f} (first request) runs. "
        "First request: the imports it needs (the client and the models; raw: aiohttp, the "
        "decoder and the models), then one light page fetched and decoded into "
        "`SearchResult[Product]`, session set-up and close included. Target: "
        "`import ecwid_async` < 100 ms without a slower first request in total.\n\n"
        + table(
            ["", "import ms", "first request: imports ms", "request ms", "total ms"],
            start_rows,
        )
        + f"\n\nMemory: {CLIENTS:,} clients in one fresh process; per client after "
        "construction (tracemalloc), and all of them after one small request each (`GET "
        "/latest-stats`: connected, a keep-alive connection pooled; tracemalloc after a GC, "
        "and RSS growth, which includes tracemalloc's own bookkeeping).\n\n"
        + table(
            ["", "per client KiB (created)", f"{CLIENTS:,} connected: traced MB", "RSS MB"],
            mem_rows,
        )
    )


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown table (imported lazily so the workers import nothing extra)."""
    from ._common import table as markdown_table

    return markdown_table(headers, rows)


def main() -> None:
    """``--worker TASK SIDE BASE`` runs one measurement; otherwise the whole benchmark."""
    if len(sys.argv) >= 4 and sys.argv[1] == "--worker":
        base = sys.argv[4] if len(sys.argv) > 4 else ""
        print(json.dumps(worker(sys.argv[2], sys.argv[3], base)))
    else:
        print(report(measure()))


if __name__ == "__main__":
    main()
