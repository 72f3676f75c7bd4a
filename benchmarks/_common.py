"""Shared benchmark plumbing: servers in subprocesses, alternating rounds, RESULTS.md."""

from __future__ import annotations

import contextlib
import platform
import statistics
import subprocess
import sys
from collections.abc import Iterator
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


def median(values: list[float]) -> float:
    """The median of a list of measurements."""
    return statistics.median(values)


def machine() -> str:
    """One line describing the machine and the versions measured."""
    import aiohttp
    import msgspec

    import ecwid_async

    try:
        import os

        cores = os.cpu_count()
    except Exception:  # pragma: no cover
        cores = None
    return (
        f"{platform.machine()}, {cores} cores, {platform.system()} {platform.release()}; "
        f"CPython {platform.python_version()}; aiohttp {aiohttp.__version__}; "
        f"msgspec {msgspec.__version__}; ecwid-async {ecwid_async.__version__}"
    )


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
