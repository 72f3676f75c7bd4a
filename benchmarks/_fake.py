"""FakeEcwid in its own process, steered over its stdin, so its CPU is not billed to a client.

Run as ``python -m benchmarks._fake [--products N] [--latency S] [--rate R --window W]
[--batch-polls P]``. It prints its API root on the first stdout line, then answers one JSON
line per command read from stdin: ``stats``, ``latency S``, ``rate R W`` / ``rate off``,
``polls P``. It stops when stdin closes. :func:`fake_process` drives it from a benchmark.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

from ecwid_async.testing import FakeEcwid
from ecwid_async.testing.server import DEFAULT_STORE_ID, DEFAULT_TOKEN

STORE_ID = DEFAULT_STORE_ID
TOKEN = DEFAULT_TOKEN


class FakeHandle:
    """The parent's side of a fake process: its API root and a command channel."""

    def __init__(self, proc: subprocess.Popen[str], base_url: str) -> None:
        self._proc = proc
        self.base_url = base_url

    def command(self, line: str) -> dict[str, Any]:
        """Send one command line; return the JSON answer."""
        assert self._proc.stdin is not None
        assert self._proc.stdout is not None
        self._proc.stdin.write(line + "\n")
        self._proc.stdin.flush()
        answer: dict[str, Any] = json.loads(self._proc.stdout.readline())
        return answer

    def stats(self) -> dict[str, Any]:
        """The fake's counters: ``requests``, ``rate_limited``, ``by_status``."""
        return self.command("stats")


@contextlib.contextmanager
def fake_process(
    products: int = 0,
    *,
    latency: float = 0.0,
    rate: int | None = None,
    window: float = 60.0,
    batch_polls: int | None = None,
) -> Iterator[FakeHandle]:
    """Start a FakeEcwid process with these knobs; yield its handle; stop it on exit."""
    args = ["--products", str(products), "--latency", str(latency), "--window", str(window)]
    if rate is not None:
        args += ["--rate", str(rate)]
    if batch_polls is not None:
        args += ["--batch-polls", str(batch_polls)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks._fake", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        if not line.startswith("http"):
            raise RuntimeError("the fake did not start")
        yield FakeHandle(proc, line)
    finally:
        assert proc.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.close()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


def _answer(fake: FakeEcwid, line: str) -> dict[str, Any]:
    words = line.split()
    if not words:
        return {}
    if words[0] == "stats":
        stats = fake.stats
        return {
            "requests": stats.requests,
            "rate_limited": stats.rate_limited,
            "by_status": {str(k): v for k, v in stats.by_status.items()},
        }
    if words[0] == "latency":
        fake.set_latency(float(words[1]))
    elif words[0] == "rate":
        fake.set_rate_limit(None if words[1] == "off" else int(words[1]), float(words[2]))
    elif words[0] == "polls":
        fake.set_batch_polls(int(words[1]))
    else:
        return {"error": f"unknown command {words[0]!r}"}
    return {"ok": True}


async def _serve(args: argparse.Namespace) -> None:
    fake = FakeEcwid(store_id=STORE_ID, token=TOKEN)
    fake.seed_products(args.products)
    fake.set_latency(args.latency)
    if args.rate is not None:
        fake.set_rate_limit(args.rate, args.window)
    if args.batch_polls is not None:
        fake.set_batch_polls(args.batch_polls)
    loop = asyncio.get_running_loop()
    async with fake:
        print(fake.base_url, flush=True)
        while line := await loop.run_in_executor(None, sys.stdin.readline):
            print(json.dumps(_answer(fake, line)), flush=True)
            fake.clear_requests()  # the log would only grow over a long benchmark


def main() -> None:
    """Parse the knobs and serve until stdin closes."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks._fake")
    parser.add_argument("--products", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--rate", type=int, default=None)
    parser.add_argument("--window", type=float, default=60.0)
    parser.add_argument("--batch-polls", type=int, default=None)
    asyncio.run(_serve(parser.parse_args()))


if __name__ == "__main__":
    main()
