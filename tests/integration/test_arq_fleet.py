"""Fleet jobs on real arq worker processes against FakeEcwid and a real redis-server: one
job per store, a 429 beyond patience deferred and retried, a refused token failed once."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import msgspec
from arq.connections import RedisSettings, create_pool

from ecwid_async import AuthenticationError, RetryPolicy
from ecwid_async.contrib.arq import enqueue_store_exports, export_store_products, worker_settings
from ecwid_async.testing import FakeEcwid

ROOT = Path(__file__).resolve().parents[2]


def _token(store_id: int) -> str:
    return str(json.loads(os.environ["ECWID_FLEET_TOKENS"])[str(store_id)])


#: What the worker process runs: a 429 naming 0.5 s is past this patience of 0.2 s.
WorkerSettings = worker_settings(
    [export_store_products],
    tokens=_token,
    client_options={"retry": RetryPolicy(default_retry_after=0.5, max_retry_after=0.2)},
    redis_settings=RedisSettings.from_dsn(os.environ.get("REDIS_URL", "redis://localhost:6379/0")),
    poll_delay=0.05,
    max_tries=3,
)


def _run_worker(redis_url: str, env: dict[str, str]) -> None:
    command = [sys.executable, "-m", "arq", f"{__name__}.WorkerSettings", "--burst"]
    full_env = {**os.environ, **env, "REDIS_URL": redis_url, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, cwd=ROOT, env=full_env, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()


def _lines(path: Path) -> list[dict[str, Any]]:
    return [msgspec.json.decode(line) for line in path.read_bytes().splitlines()]


async def _export(redis_url: str, fake: FakeEcwid, tokens: dict[int, str], out: str) -> Any:
    pool = await create_pool(RedisSettings.from_dsn(redis_url))
    try:
        jobs = await enqueue_store_exports(pool, tokens, out)
        assert await enqueue_store_exports(pool, tokens, out) == []  # one job per store
        env = {"ECWID_BASE_URL": fake.base_url, "ECWID_FLEET_TOKENS": json.dumps(tokens)}
        await asyncio.to_thread(_run_worker, redis_url, env)
        return {job.job_id: await job.result_info() for job in jobs}
    finally:
        await pool.aclose()


def test_a_429_past_patience_is_deferred_and_a_refused_token_fails_without_retry(
    redis_url: str, tmp_path: Path
) -> None:
    with FakeEcwid() as fake:
        good = fake.add_store(name="Rate limited once")
        ids = fake.seed_products(12, store=good)
        dead = fake.add_store(name="Revoked")
        fake.inject_fault("GET", f"/api/v3/{good.store_id}/products*", status=429, times=1)
        fake.inject_fault("*", f"/api/v3/{dead.store_id}/*", status=401, times=None)
        tokens = {good.store_id: good.token, dead.store_id: dead.token}
        done = asyncio.run(_export(redis_url, fake, tokens, str(tmp_path)))
        dead_requests = [r for r in fake.requests if r.store_id == dead.store_id]
    retried, failed = done[f"ecwid-export:{good.store_id}"], done[f"ecwid-export:{dead.store_id}"]
    assert retried is not None and retried.success and retried.result == 12
    assert retried.job_try == 2  # deferred by Retry(defer=0.5) once, then done
    exported = _lines(tmp_path / f"{good.store_id}.products.jsonl")
    assert sorted(p["id"] for p in exported) == sorted(ids)  # every product once, in full
    assert not list(tmp_path.glob("*.part"))
    assert failed is not None and not failed.success and failed.job_try == 1
    assert isinstance(failed.result, AuthenticationError) and failed.result.status == 401
    assert len(dead_requests) == 1  # refused once, never sent again
    assert not (tmp_path / f"{dead.store_id}.products.jsonl").exists()
    assert "secret" not in repr(failed.result)


def test_the_example_exports_every_store_through_real_worker_processes(
    redis_url: str, tmp_path: Path
) -> None:
    args = ["--redis-url", redis_url, "--stores", "3", "--products", "30", "--revoked", "1"]
    args += ["--workers", "2", "--out", str(tmp_path)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "examples/arq_fleet.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    files = sorted(tmp_path.glob("*.jsonl"))
    assert len(files) == 2
    assert all(len(_lines(f)) == 30 for f in files)
    assert done.stdout.count("exported 30 products (try 1)") == 2
    assert "failed after try 1: AuthenticationError(status=401" in done.stdout
