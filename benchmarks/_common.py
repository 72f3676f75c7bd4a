"""Shared benchmark plumbing: servers in subprocesses, ABBA rounds, CPU per request, tables."""

from __future__ import annotations

import contextlib
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


@contextlib.contextmanager
def server_process(module: str, *args: str) -> Iterator[int]:
    """Start ``python -m module`` in its own process; yield the port it prints."""
    proc = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.strip():
            raise RuntimeError(f"{module} did not start")
        yield int(line)
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def run_worker(module: str, *args: str) -> dict[str, float]:
    """Run ``python -m module *args`` in a fresh process; return the JSON of its last line.

    The worker imports as installed code does, from cached bytecode, which the
    environment's PYTHONDONTWRITEBYTECODE would otherwise forbid (every import would
    compile from source and start-up figures would mean nothing).
    """
    import json

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run(
        [sys.executable, "-m", module, *args], check=True, capture_output=True, text=True, env=env
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def median(values: Sequence[float]) -> float:
    """The median of a list of measurements."""
    return statistics.median(values)


def abba(rounds: int, names: Sequence[str]) -> list[list[str]]:
    """The order of each round: forward, backward, backward, forward, ... (ABBA)."""
    forward = list(names)
    return [forward if (r % 4) in (0, 3) else forward[::-1] for r in range(rounds)]


def ratio(values: Sequence[float], baseline: Sequence[float]) -> float:
    """The median of the per-round ratios ``values[i] / baseline[i]``."""
    return median([v / b for v, b in zip(values, baseline, strict=True)])


@dataclass(frozen=True)
class Run:
    """One timed round of one variant: throughput and this process's CPU per request."""

    per_second: float
    cpu_us: float  # time.process_time() of this (client) process per request, microseconds


async def timed(requests: int, workers: Sequence[Callable[[], Awaitable[None]]]) -> Run:
    """Run ``requests`` calls shared by ``workers`` (one coroutine each); time them.

    Each round starts from a full collection (not timed), so every round, of either side,
    starts from the same collector state: the garbage collection a round causes is
    measured (it is part of the cost), not the backlog of the round before.
    """
    import asyncio
    import gc

    queue = iter(range(requests))
    gc.collect()

    async def work(one: Callable[[], Awaitable[None]]) -> None:
        for _ in queue:
            await one()

    cpu, wall = time.process_time(), time.perf_counter()
    await asyncio.gather(*(work(one) for one in workers))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return Run(requests / wall, cpu / requests * 1e6)


def machine() -> str:
    """One line describing the machine and the versions measured."""
    import aiohttp
    import msgspec

    import ecwid_async

    return (
        f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} "
        f"{platform.release()}; CPython {platform.python_version()}; aiohttp "
        f"{aiohttp.__version__}; msgspec {msgspec.__version__}; ecwid-async "
        f"{ecwid_async.__version__}"
    )


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
