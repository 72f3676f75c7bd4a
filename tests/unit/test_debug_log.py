"""The debug switch (``ECWID_LOG``) and what hook events carry: store, operation, time
queued for the limiter; attempts with no answer reach ``on_failure``."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aioresponses import aioresponses

from ecwid_async import EcwidClient, FailureEvent, RequestEvent, ResponseEvent, RetryPolicy
from ecwid_async._logging import configure_from_env
from tests.vtime import virtual_time

from .conftest import TOKEN, url

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import asyncio
from ecwid_async.testing import FakeEcwid

async def main():
    async with FakeEcwid(token="secret_LOGTOKEN_9") as fake:
        fake.seed_products(120)
        fake.inject_fault("GET", "/products", status=503, times=1)
        async with fake.client() as ecwid:
            assert len(await ecwid.products.search().collect()) == 120

asyncio.run(main())
"""


def _run(level: str) -> str:
    env = {**os.environ, "ECWID_LOG": level, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stderr


def test_ecwid_log_debug_logs_each_attempt_and_answer_without_secrets() -> None:
    err = _run("debug")
    lines = err.splitlines()
    sends = [line for line in lines if "DEBUG" in line and ": sending" in line]
    answers = [line for line in lines if "INFO" in line and " -> " in line]
    assert len(sends) == len(answers) == 3  # a 503, its retry, the second page
    assert (
        "GET http://127.0.0.1:" in answers[0]
        and "/products?offset=0&limit=100 -> 503" in answers[0]
    )
    assert "products.search" in answers[1] and "store 1003" in answers[1]
    assert "1 retries" in answers[1] and "s queued" in answers[1]
    assert any("retrying GET" in line for line in lines)
    assert "LOGTOKEN" not in err


def test_ecwid_log_info_logs_one_line_per_answer() -> None:
    err = _run("info")
    assert "DEBUG" not in err
    assert len([line for line in err.splitlines() if " -> " in line]) == 3


def test_an_unknown_level_names_the_variable() -> None:
    with pytest.raises(ValueError, match="ECWID_LOG must be one of debug, info, warning"):
        configure_from_env("loud")


def test_unset_changes_nothing_and_set_adds_one_handler() -> None:
    logger = logging.getLogger("ecwid_async")
    before = list(logger.handlers)
    configure_from_env("")
    assert logger.handlers == before
    try:
        configure_from_env("info")
        configure_from_env("debug")
        ours = [h for h in logger.handlers if h not in before]
        assert len(ours) == 1 and logger.level == logging.DEBUG
    finally:
        for handler in logger.handlers[:]:
            if handler not in before:
                logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)


@virtual_time
async def test_hook_events_carry_the_store_the_operation_and_the_limiter_wait() -> None:
    seen: list[Any] = []
    ecwid = EcwidClient(
        1003, TOKEN, rate_limit=600, on_request=seen.append, on_response=seen.append
    )
    with aioresponses() as m:
        m.get(url("/products/1"), payload={"id": 1}, repeat=True)
        await ecwid.products.get(1)
        await ecwid.products.get(1)
    await ecwid.aclose()
    requests = [e for e in seen if isinstance(e, RequestEvent)]
    responses = [e for e in seen if isinstance(e, ResponseEvent)]
    assert [(e.store_id, e.operation) for e in requests] == [(1003, "products.get")] * 2
    assert responses[1].operation == "products.get" and responses[1].store_id == 1003
    assert requests[0].limiter_wait == pytest.approx(0.0, abs=1e-6)
    assert requests[1].limiter_wait == pytest.approx(0.1, abs=0.01)  # one slot at 600/min


async def test_an_attempt_with_no_answer_reaches_on_failure() -> None:
    failures: list[FailureEvent] = []
    ecwid = EcwidClient(
        1003, TOKEN, rate_limit=None, retry=RetryPolicy.never(), on_failure=failures.append
    )
    with aioresponses() as m:
        m.get(url("/profile"), exception=aiohttp.ClientConnectionError("refused"))
        with pytest.raises(Exception, match="refused"):
            await ecwid.profile.get()
    await ecwid.aclose()
    assert len(failures) == 1
    assert (failures[0].operation, failures[0].store_id, failures[0].attempt) == (
        "profile.get",
        1003,
        1,
    )
    assert "refused" in failures[0].error
    assert failures[0].error_type == "TransportError"
