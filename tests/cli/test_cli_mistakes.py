"""Every user mistake is one line on stderr and a sensible exit status, never a traceback.

Run as a real process (``python -m ecwid_async.cli``) so what is checked is exactly what a
user sees, argparse's own output included.
"""

from __future__ import annotations

import asyncio
import csv
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ecwid_async.cli import importer
from ecwid_async.cli._common import Session
from ecwid_async.testing import FakeEcwid

ROOT = Path(__file__).resolve().parents[2]
ENV_NAMES = ("ECWID_STORE_ID", "ECWID_TOKEN", "ECWID_BASE_URL", "ECWID_CLIENT_ID",
             "ECWID_CLIENT_SECRET", "ECWID_PARTNER_KEY")  # fmt: skip


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeEcwid]:
    with FakeEcwid().start_in_thread() as server:
        server.seed_products(5)
        yield server


def run(
    *args: str, env: dict[str, str] | None = None, **kw: Any
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ENV_NAMES}
    base.update({"PYTHONPATH": str(ROOT), "COLUMNS": "200"}, **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "ecwid_async.cli", *args],
        capture_output=True, text=True, timeout=120, env=base, **kw,
    )  # fmt: skip


def creds(fake: FakeEcwid) -> dict[str, str]:
    return {"ECWID_STORE_ID": str(fake.store.store_id), "ECWID_TOKEN": fake.store.token,
            "ECWID_BASE_URL": fake.base_url}  # fmt: skip


def one_line(result: subprocess.CompletedProcess[str], status: int, *parts: str) -> str:
    err = result.stderr.strip()
    assert result.returncode == status, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(err.splitlines()) == 1, err
    for part in parts:
        assert part in err, err
    return err


def test_missing_partner_credentials(fake: FakeEcwid) -> None:
    result = run("clone", "--source", "1", "--target", "2", env=creds(fake))
    one_line(result, 2, "clone needs partner credentials", "--client-id", "--client-secret")


@pytest.mark.parametrize("value", ["abc", "-5", "0"])
def test_a_store_id_that_is_not_a_positive_number(value: str) -> None:
    result = run("stats", "--store-id", value, "--token", "t")
    one_line(result, 2, "--store-id", value)


def test_a_non_numeric_store_id_in_the_environment() -> None:
    result = run("stats", env={"ECWID_STORE_ID": "shop", "ECWID_TOKEN": "secret_x"})
    one_line(result, 2, "store_id must be an integer", "ECWID_STORE_ID")


def test_a_bad_base_url(fake: FakeEcwid) -> None:
    result = run("stats", "--base-url", "app.ecwid.com/api/v3", env=creds(fake))
    one_line(result, 2, "base_url must be an http(s) URL")


def test_an_output_path_in_a_missing_folder(fake: FakeEcwid, tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "products.jsonl"
    result = run("export", "products", "--out", str(out), env=creds(fake))
    one_line(result, 2, "--out", "does not exist")
    assert not out.parent.exists()


def test_a_directory_given_as_the_output_file(fake: FakeEcwid, tmp_path: Path) -> None:
    result = run("export", "products", "--out", str(tmp_path), env=creds(fake))
    one_line(result, 2, "is a directory")


def test_a_report_path_in_a_missing_folder(fake: FakeEcwid, tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"name": "Tea"}\n')
    report = tmp_path / "missing" / "report.jsonl"
    result = run("import", "products", str(rows), "--report", str(report), env=creds(fake))
    one_line(result, 2, "--report", "does not exist")
    assert fake.store.products and all(p.get("name") != "Tea" for p in fake.store.products.values())


def test_a_closed_pipe_ends_quietly(fake: FakeEcwid) -> None:
    fake.seed_products(300)
    env = {k: v for k, v in os.environ.items() if k not in ENV_NAMES}
    env.update(creds(fake), PYTHONPATH=str(ROOT))
    cmd = f"{sys.executable} -m ecwid_async.cli export products | head -n 1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.stdout.count("\n") == 1
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
    assert result.returncode == 141


def test_an_unknown_filter_lists_the_valid_ones(fake: FakeEcwid) -> None:
    result = run("export", "orders", "--filter", "colour=red", env=creds(fake))
    one_line(result, 2, "unknown filter colour for orders", "the filters are:", "payment_status")


def test_a_bad_filter_value_is_refused_before_sending(fake: FakeEcwid) -> None:
    before = len(fake.requests)
    result = run("export", "products", "--filter", "price_from=cheap", env=creds(fake))
    one_line(result, 2, "bad filter for products", "price_from")
    assert len(fake.requests) == before


@pytest.mark.parametrize("where", ["before", "after"])
def test_sandbox_before_or_after_the_subcommand(where: str, tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    args = ["export", "products", "--max-items", "3", "--out", str(out)]
    args = ["--sandbox", *args] if where == "before" else [*args, "--sandbox"]
    result = run(*args)
    assert result.returncode == 0, result.stderr
    assert len(out.read_text().splitlines()) == 3


def test_an_unknown_option_is_one_line() -> None:
    result = run("export", "products", "--colour", "red")
    one_line(result, 2, "unrecognized arguments: --colour red", "--help")


def test_csv_export_writes_dates_as_text_and_an_empty_export_writes_its_header(
    fake: FakeEcwid, tmp_path: Path
) -> None:
    out = tmp_path / "products.csv"
    result = run("export", "products", "--format", "csv", "--out", str(out), env=creds(fake))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    created = rows[0]["created"]
    assert created and not created.startswith('"') and created[4] == "-", created
    empty = tmp_path / "none.csv"
    args = ["export", "products", "--format", "csv", "--filter", "keyword=no-such-thing-xyz"]
    result = run(*args, "--out", str(empty), env=creds(fake))
    assert result.returncode == 0, result.stderr
    header, *data = empty.read_text().splitlines()
    assert data == [] and header.startswith("id,")


def test_a_failed_export_leaves_no_empty_file_behind(fake: FakeEcwid, tmp_path: Path) -> None:
    out = tmp_path / "products.jsonl"
    env = {**creds(fake), "ECWID_TOKEN": "secret_wrong"}
    result = run("export", "products", "--out", str(out), env=env)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


async def test_ctrl_c_during_import_writes_the_report_and_says_how_to_resume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(f'{{"name": "P{i}"}}\n' for i in range(3)))
    started = asyncio.Event()

    class _Batch:
        async def run(self, calls: Any, **kw: Any) -> Any:
            started.set()
            await asyncio.Event().wait()  # a ticket that never settles, until Ctrl-C

    async with FakeEcwid() as fake, fake.client(rate_limit=None) as ecwid:
        ecwid.__dict__["batch"] = _Batch()
        args = type("Args", (), {"file": str(rows), "report": None, "poll_interval": 0.01,
                                 "start_line": 1})()  # fmt: skip
        task = asyncio.create_task(importer.import_products(Session(ecwid, None, None), args))
        await started.wait()
        task.cancel()  # what asyncio.run does on Ctrl-C
        with pytest.raises(asyncio.CancelledError):
            await task
    report = (tmp_path / "rows.jsonl.failures.jsonl").read_text().splitlines()
    assert len(report) == 3 and all("outcome unknown" in line for line in report)
    err = capsys.readouterr().err
    assert "interrupted:" in err
    assert f"ecwid-async import products {rows} --start-line 4" in err.replace("\n", "")


async def test_a_run_that_stops_settles_what_ran_and_lists_the_rest_as_unknown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ecwid_async import UNKNOWN, BatchRunError, SubmittedTicket
    from ecwid_async.cli._common import CliError
    from ecwid_async.models.common import CreateStatus

    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(f'{{"name": "P{i}"}}\n' for i in range(4)))

    class _Batch:
        async def run(self, calls: Any, **kw: Any) -> Any:
            for call in calls:
                call._spend()
            tickets = [SubmittedTicket(range(2), "t-1", "k-1", True),
                       SubmittedTicket(range(2, 4), "t-2", "k-2", False)]  # fmt: skip
            done = [CreateStatus(id=1), CreateStatus(id=2), UNKNOWN, UNKNOWN]
            raise BatchRunError("polls of t-2 kept failing", done, tickets)

    async with FakeEcwid() as fake, fake.client(rate_limit=None) as ecwid:
        ecwid.__dict__["batch"] = _Batch()
        args = type("Args", (), {"file": str(rows), "report": None, "poll_interval": 0.01,
                                 "start_line": 1})()  # fmt: skip
        with pytest.raises(CliError, match=r"tickets: t-1, t-2"):
            await importer.import_products(Session(ecwid, None, None), args)
    report = list((tmp_path / "rows.jsonl.failures.jsonl").read_text().splitlines())
    assert len(report) == 2  # the two rows of t-2; t-1's rows ran and are not reported
    assert all('"line":3' in r or '"line":4' in r for r in report)
    assert all("outcome unknown" in r for r in report)
