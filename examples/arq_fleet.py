"""Export every store of a partner with arq worker processes sharing one budget per token.

Run from the repository root (needs ``ecwid-async[arq]`` and a Redis)::

    python examples/arq_fleet.py                 # no --redis-url or REDIS_URL: a throwaway
                                                 # redis-server of its own (Debian: redis-server)
    python examples/arq_fleet.py --redis-url redis://localhost:6379/0

It serves a FakeEcwid (in a thread) with several stores, each with products and its own
600/min rate limit, enqueues one export job per store, runs ``--workers`` real arq worker
processes (``python -m arq examples.arq_fleet.WorkerSettings --burst``) until the queue is
empty, and prints what each job did. ``--revoked N`` makes the last N stores answer 401, to
show a refused token failing its job without retries while the other stores go on.

In production ``WorkerSettings`` is all you keep: point ``REDIS_URL`` at your Redis and make
``tokens`` look a store's token up where your app keeps them (never in job arguments: arq
stores those in Redis).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from arq.connections import RedisSettings, create_pool
from arq.jobs import Job

from ecwid_async.contrib.arq import enqueue_store_exports, export_store_products, worker_settings
from ecwid_async.testing import FakeEcwid

ROOT = Path(__file__).resolve().parent.parent


def _token(store_id: int) -> str:
    """Where the worker finds a store's token: here the environment, in real life your DB."""
    return str(json.loads(os.environ["ECWID_FLEET_TOKENS"])[str(store_id)])


WorkerSettings = worker_settings(
    [export_store_products],
    tokens=_token,
    rate_per_minute=600,
    redis_settings=RedisSettings.from_dsn(os.environ.get("REDIS_URL", "redis://localhost:6379/0")),
    max_jobs=2,
    poll_delay=0.1,
    max_tries=3,
)


@contextlib.contextmanager
def throwaway_redis() -> Iterator[str]:
    """A redis-server on a free port without persistence, for this run only."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server not found: install it, or pass --redis-url")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as workdir:
        args = ["--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", workdir]
        server = subprocess.Popen([binary, *args], stdout=subprocess.DEVNULL)
        try:
            for _ in range(500):  # until it accepts connections (at most ~5 s)
                with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port)):
                    break
                time.sleep(0.01)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            server.terminate()
            server.wait()


def serve_stores(fake: FakeEcwid, stores: int, products: int, revoked: int) -> dict[int, str]:
    """Add ``stores`` stores with products; the last ``revoked`` answer 401. Returns tokens."""
    fake.set_rate_limit(600, 60.0)
    tokens = {}
    for k in range(stores):
        store = fake.add_store(name=f"Partner store {k + 1}")
        fake.seed_products(products, store=store, seed=k)
        tokens[store.store_id] = store.token
        if k >= stores - revoked:
            fake.inject_fault("*", f"/api/v3/{store.store_id}/*", status=401, times=None)
    return tokens


async def export_all(redis_url: str, tokens: dict[int, str], out_dir: str, workers: int) -> int:
    """Enqueue a job per store, run the worker processes, print each job's outcome."""
    pool = await create_pool(RedisSettings.from_dsn(redis_url))
    try:
        jobs = await enqueue_store_exports(pool, sorted(tokens), out_dir)
        env = {**os.environ, "REDIS_URL": redis_url, "ECWID_FLEET_TOKENS": json.dumps(tokens)}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        command = [sys.executable, "-m", "arq", "examples.arq_fleet.WorkerSettings", "--burst"]
        procs = [
            await asyncio.create_subprocess_exec(*command, cwd=ROOT, env=env)
            for _ in range(workers)
        ]
        await asyncio.gather(*(proc.wait() for proc in procs))
        return await report(jobs)
    finally:
        await pool.aclose()


async def report(jobs: list[Job]) -> int:
    """Print one line per job; return how many failed."""
    failed = 0
    for job in jobs:
        info = await job.result_info()
        if info is None:
            print(f"{job.job_id}: no result")
            failed += 1
        elif info.success:
            print(f"{job.job_id}: exported {info.result} products (try {info.job_try})")
        else:
            failed += 1
            print(f"{job.job_id}: failed after try {info.job_try}: {info.result!r}")
    return failed


def main() -> None:
    """Parse the options, serve the stores, export them all."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL"))
    parser.add_argument(
        "--start-redis", action="store_true", help="start a redis-server (the default)"
    )
    parser.add_argument("--stores", type=int, default=5)
    parser.add_argument("--products", type=int, default=120)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--revoked", type=int, default=0)
    parser.add_argument("--out", default=None, help="directory for the JSONL files")
    args = parser.parse_args()
    out_dir = args.out or tempfile.mkdtemp(prefix="ecwid-export-")
    with contextlib.ExitStack() as stack:
        url = args.redis_url
        if args.start_redis or url is None:
            url = stack.enter_context(throwaway_redis())
        fake = stack.enter_context(FakeEcwid().start_in_thread())
        print(f"running against an embedded fake Ecwid with {args.stores} stores; Redis at {url}")
        os.environ["ECWID_BASE_URL"] = fake.base_url  # the workers' clients talk to the fake
        tokens = serve_stores(fake, args.stores, args.products, args.revoked)
        failed = asyncio.run(export_all(url, tokens, out_dir, args.workers))
    print(f"files in {out_dir}: {sorted(p.name for p in Path(out_dir).glob('*.jsonl'))}")
    sys.exit(1 if failed > args.revoked else 0)


if __name__ == "__main__":
    main()
