"""``python -m ecwid_async.testing``: a seeded fake by default, everything printed, a busy
port a one-line error."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from ecwid_async.sync import EcwidClient

ROOT = Path(__file__).resolve().parents[2]


def _start(*args: str) -> tuple[subprocess.Popen[str], dict[str, str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "ecwid_async.testing", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    values: dict[str, str] = {}
    for line in proc.stdout:  # the lines come before the fake serves; the comment ends them
        if line.startswith("#"):
            break
        key, _, value = line.strip().partition("=")
        values[key] = value
    return proc, values


def test_it_starts_a_seeded_store_and_prints_every_credential() -> None:
    proc, values = _start()
    try:
        assert set(values) == {
            "ECWID_BASE_URL",
            "ECWID_STORE_ID",
            "ECWID_TOKEN",
            "ECWID_CLIENT_ID",
            "ECWID_CLIENT_SECRET",
            "ECWID_PARTNER_KEY",
            "ECWID_PARTNER_BASE_URL",
            "ECWID_RESELLER_BASE_URL",
            "ECWID_OAUTH_BASE_URL",
        }
        with EcwidClient(
            values["ECWID_STORE_ID"], values["ECWID_TOKEN"], base_url=values["ECWID_BASE_URL"]
        ) as ecwid:
            first = ecwid.products.search(limit=10).pages()
            page = next(iter(first))
            assert page.total == 250
            assert ecwid.orders.search(max_items=1).first() is not None
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_a_busy_port_is_a_one_line_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "ecwid_async.testing", "--port", str(port), "--empty"],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"error: port {port} on 127.0.0.1 is in use; pick another --port"
    )
    assert "Traceback" not in result.stderr
