"""One budget across processes: four client processes x eight tasks on one token.

A FakeEcwid in its own process allows ``RATE * WINDOW / 60`` requests per token in any
sliding ``WINDOW`` and answers 429 beyond; it stamps every request it receives. Four client
processes each run eight tasks calling ``products.get`` back to back for ``DURATION``
seconds, paced either by one shared :class:`~ecwid_async.redis.RedisRateLimiter` (a real
``redis-server`` started here) or by each process's own in-process bucket at the same
rate. Halfway through, the fake answers one request with an injected 429
(``Retry-After: PAUSE``). Reported per limiter: requests per second as a fraction of the
budget (over the run minus the injected pause), the fake's 429s, the most requests in any
1 s, and the requests that reached the fake during the injected pause.

Run alone: ``python -m benchmarks.redis_limiter`` (or ``--only redis_limiter``).
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from ecwid_async import EcwidClient, EcwidError
from ecwid_async.testing import FakeEcwid
from ecwid_async.testing.app import make_app

from ._common import table
from ._fake import STORE_ID, TOKEN, FakeHandle

RATE = 600  # per minute: Ecwid's default budget
WINDOW = 10.0  # the fake's sliding window, seconds (stricter than Ecwid's minute)
DURATION = 40.0
PROCESSES = 4
TASKS = 8
LATENCY = 0.02
PAUSE = 3  # Retry-After of the injected 429, seconds
GRACE = 0.05  # after the injected 429: time for it to reach its client and pause the token
PRODUCTS = 20


# -- the fake's process ----------------------------------------------------------------------
class _Stamps:
    """What the fake saw: (arrival time, status) of every request, and the injected 429."""

    def __init__(self) -> None:
        self.seen: list[tuple[float, int]] = []
        self.inject_next = 0
        self.injected_at: float | None = None

    def clear(self) -> None:
        """Forget every stamp and any pending injection."""
        self.seen.clear()
        self.inject_next, self.injected_at = 0, None


def _app(fake: FakeEcwid, stamps: _Stamps) -> web.Application:
    @web.middleware
    async def stamp(request: web.Request, handler: Any) -> web.StreamResponse:
        arrived = time.time()
        if stamps.inject_next:
            retry_after, stamps.inject_next = stamps.inject_next, 0
            stamps.injected_at = arrived
            stamps.seen.append((arrived, 429))
            return web.json_response(
                {"errorMessage": "Injected 429"},
                status=429,
                headers={"Retry-After": str(retry_after)},
            )
        response = await handler(request)
        stamps.seen.append((arrived, response.status))
        return response

    app = make_app(fake._state)  # the fake's own app, with a stamping middleware in front
    app.middlewares.append(stamp)
    return app


def _command(fake: FakeEcwid, stamps: _Stamps, line: str) -> dict[str, Any]:
    words = line.split()
    if words[0] == "reset":  # a fresh sliding window and a clean record
        fake.set_rate_limit(round(RATE * WINDOW / 60), WINDOW)
        stamps.clear()
    elif words[0] == "inject":
        stamps.inject_next = int(words[1])
    elif words[0] == "report":
        return {"seen": stamps.seen, "injected_at": stamps.injected_at}
    return {"ok": True}


async def _serve() -> None:
    fake = FakeEcwid(store_id=STORE_ID, token=TOKEN)
    ids = fake.seed_products(PRODUCTS)
    fake.set_latency(LATENCY)
    stamps = _Stamps()
    runner = web.AppRunner(_app(fake, stamps), access_log=None, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = int(runner.addresses[0][1])
    fake._state.base_url = f"http://127.0.0.1:{port}/api/v3"
    print(fake._state.base_url, flush=True)
    print(json.dumps(ids), flush=True)
    loop = asyncio.get_running_loop()
    while line := await loop.run_in_executor(None, sys.stdin.readline):
        print(json.dumps(_command(fake, stamps, line)), flush=True)
        fake.clear_requests()
    await runner.cleanup()


# -- a client process ------------------------------------------------------------------------
async def _client(mode: str, base_url: str, redis_url: str, ids: list[int], start: float) -> None:
    from ecwid_async.redis import RedisRateLimiter

    limiter: Any = RedisRateLimiter(redis_url, rate_per_minute=RATE) if mode == "redis" else RATE
    errors = 0

    async def worker(ecwid: EcwidClient, k: int) -> None:
        nonlocal errors
        while time.time() < start + DURATION:
            try:
                await ecwid.products.get(ids[k % len(ids)])
            except EcwidError:
                errors += 1

    async with EcwidClient(STORE_ID, TOKEN, base_url=base_url, rate_limit=limiter) as ecwid:
        await asyncio.sleep(max(0.0, start - time.time()))  # every process starts together
        await asyncio.gather(*(worker(ecwid, k) for k in range(TASKS)))
    if mode == "redis":
        await limiter.aclose()
    print(json.dumps({"errors": errors}), flush=True)


# -- the parent ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    """What one limiter achieved."""

    label: str
    completed: int  # 200s the fake answered inside the run
    active: float  # seconds the budget was usable: the run minus the injected pause
    rejected: int  # 429s from the fake's sliding window (the injected one not counted)
    busiest_second: int  # the most requests reaching the fake in any 1 s
    during_pause: int  # requests reaching the fake during the injected pause
    client_errors: int  # calls that raised after their retries

    @property
    def fraction(self) -> float:
        """Requests per second as a fraction of the budget."""
        return self.completed / (RATE * self.active / 60)


def _busiest(times: list[float], window: float) -> int:
    """The most of ``times`` inside any half-open window ``[t, t + window)``."""
    times = sorted(times)
    return max((bisect.bisect_left(times, t + window) - i for i, t in enumerate(times)), default=0)


def _run(fake: FakeHandle, mode: str, redis_url: str, ids: list[int]) -> Outcome:
    fake.command("reset")
    start = time.time() + 3.0  # time for the client processes to import and connect
    args = [mode, fake.base_url, redis_url, json.dumps(ids), repr(start)]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "benchmarks.redis_limiter", "--client", *args],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    time.sleep(max(0.0, start + DURATION / 2 - time.time()))
    fake.command(f"inject {PAUSE}")
    errors = 0
    for proc in procs:
        out, _ = proc.communicate(timeout=DURATION + 120)
        errors += json.loads(out.splitlines()[-1])["errors"]
    report = fake.command("report")
    seen = [(t, s) for t, s in report["seen"] if start <= t < start + DURATION]
    at = report["injected_at"]
    paused = [t for t, _ in seen if at is not None and at + GRACE < t < at + PAUSE]
    return Outcome(
        label="one RedisRateLimiter" if mode == "redis" else "in-process bucket per process",
        completed=sum(s == 200 for _, s in seen),
        active=DURATION - PAUSE,
        rejected=sum(s == 429 for _, s in seen) - (at is not None),
        busiest_second=_busiest([t for t, _ in seen], 1.0),
        during_pause=len(paused),
        client_errors=errors,
    )


def measure() -> list[Outcome]:
    """Both limiters against one fake process and one redis-server."""
    from tests.redis_server import redis_server

    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.redis_limiter", "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None
    assert proc.stdout is not None
    try:
        fake = FakeHandle(proc, proc.stdout.readline().strip())
        ids = json.loads(proc.stdout.readline())
        with redis_server() as server:
            outcomes = []
            for mode in ("redis", "local"):
                outcomes.append(_run(fake, mode, server.url, ids))
                print(f"  redis limiter: {mode} done", flush=True)
    finally:
        proc.stdin.close()
        proc.wait(timeout=15)
    return outcomes


def report(outcomes: list[Outcome]) -> str:
    """The Markdown section for RESULTS.md."""
    rows = [
        [
            o.label,
            f"{o.completed:,}",
            f"{o.completed / o.active:.2f}",
            f"{o.fraction:.3f}",
            str(o.rejected),
            f"{o.busiest_second} (budget {RATE // 60} + 1)",
            str(o.during_pause),
            str(o.client_errors),
        ]
        for o in outcomes
    ]
    return (
        "## 6. One budget across processes: RedisRateLimiter vs a bucket per process\n\n"
        f"{PROCESSES} client processes x {TASKS} tasks call `products.get` back to back on one "
        f"token for {DURATION:g} s; budget {RATE}/min; the fake (its own process, "
        f"{LATENCY * 1000:.0f} ms latency) allows {round(RATE * WINDOW / 60)} requests in any "
        f"sliding {WINDOW:g} s and answers 429 beyond. Halfway it answers one request with an "
        f"injected 429, `Retry-After: {PAUSE}`; 'during pause' counts requests reaching it "
        f"from {GRACE * 1000:.0f} ms after that 429 until the pause ends. Fraction = 200s / "
        f"(budget x (run - pause)). Target: >= 0.97, zero 429s, zero during the pause. "
        "Buckets per process run at four times the budget and ignore each other's pauses: "
        "the fake admits its whole window (so their fraction passes 1) and refuses the rest. "
        "One run per limiter (each is a sustained run, not a sample).\n\n"
        + table(
            [
                "limiter",
                "completed",
                "per s",
                "fraction of budget",
                "429s",
                "most in 1 s",
                "during pause",
                "failed calls",
            ],
            rows,
        )
    )


def main() -> None:
    """Entry point of the fake (``--serve``), a client (``--client``), or the benchmark."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.redis_limiter")
    parser.add_argument("--serve", action="store_true")
    parser.add_argument("--client", nargs=5, metavar=("MODE", "BASE", "REDIS", "IDS", "START"))
    args = parser.parse_args()
    if args.serve:
        asyncio.run(_serve())
    elif args.client:
        mode, base_url, redis_url, ids, start = args.client
        asyncio.run(_client(mode, base_url, redis_url, json.loads(ids), float(start)))
    else:
        print(report(measure()))


if __name__ == "__main__":
    main()
