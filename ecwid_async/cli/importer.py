"""``ecwid-async import products FILE.jsonl``: create/update through batch tickets.

The file is read in windows of a few thousand rows, each run as batch tickets, so memory
stays flat however long the file. Every row that fails (bad JSON, refused before sending,
failed or not executed in Ecwid) is written to the report with its line number, the item
(the row's text when it is not a JSON object) and its error.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
import msgspec

from ..batch import NOT_EXECUTED, UNKNOWN, BatchRunError
from ..call import Call
from ..errors import ApiError, EcwidError
from ._common import CliError, Session, check_writable, positive_int, progress_bar, stderr

__all__ = ["WINDOW", "import_products", "parse_row"]

#: Rows read, sent and settled at a time (ten batch tickets).
WINDOW = 5000


def parse_row(line: bytes) -> tuple[Any, str | None]:
    """A JSON-lines row as ``(object, None)`` or ``(None, what is wrong with it)``."""
    try:
        obj = msgspec.json.decode(line)
    except msgspec.DecodeError as exc:
        return None, f"not JSON: {exc}"
    if not isinstance(obj, dict):
        return None, "each line must be a JSON object"
    return obj, None


async def _rows(path: Path) -> AsyncIterator[tuple[int, bytes]]:
    async with await anyio.open_file(path, "rb") as handle:
        number = 0
        async for line in handle:
            number += 1
            if line.strip():
                yield number, line


def _describe(outcome: Any) -> dict[str, Any]:
    if outcome is NOT_EXECUTED:
        return {"status": None, "message": "not executed (an earlier item failed)"}
    if isinstance(outcome, ApiError):
        return {"status": outcome.status, "message": outcome.message, "code": outcome.error_code}
    return {"status": None, "message": str(outcome)}


class _Import:
    """Turns rows into calls, runs them a window at a time, and writes the failures."""

    def __init__(self, session: Session, report: Path, poll_interval: float) -> None:
        self.session = session
        self.report_path = report
        self.poll_interval = poll_interval
        self.report: Any = None
        self.created = self.updated = self.failed = self.rows = 0

    async def fail(self, number: int, item: Any, error: dict[str, Any]) -> None:
        """Record one failed row in the report (opened on the first failure)."""
        if self.report is None:
            self.report = await anyio.open_file(self.report_path, "wb")
        await self.report.write(
            msgspec.json.encode({"line": number, "item": item, "error": error}) + b"\n"
        )
        self.failed += 1

    async def window(self, rows: list[tuple[int, bytes]], on_done: Any) -> None:
        """Send one window of rows as batch tickets and settle every row."""
        products = self.session.ecwid.products
        calls: list[Call[Any]] = []
        sent: list[tuple[int, Any]] = []
        for number, line in rows:
            obj, problem = parse_row(line)
            if problem is not None:  # the row as it was, so the report loses nothing
                await self.fail(
                    number, line.decode("utf-8", "replace").rstrip("\r\n"), {"message": problem}
                )
                continue
            try:
                body = dict(obj)
                product_id = body.pop("id", None)
                call = products.update(product_id, body) if product_id else products.create(body)
            except (ValueError, TypeError) as exc:
                await self.fail(number, obj, {"message": str(exc)})
                continue
            calls.append(call)
            sent.append((number, obj))
        settled = self.rows + len(rows) - len(calls)  # the rows refused before sending
        if calls:
            try:
                results = await self.session.ecwid.batch.run(
                    calls,
                    stop_on_first_failure=False,
                    poll_interval=self.poll_interval,
                    progress=lambda done, total: on_done(settled + done),
                )
            except BatchRunError as exc:
                # What ran is settled; what may have run is listed as unknown; then stop.
                await self.settle(sent, calls, exc.results)
                tickets = ", ".join(t.ticket or "(no answer)" for t in exc.tickets)
                raise CliError(
                    f"stopped at line {rows[0][0]}: {exc}; the rows whose outcome is unknown "
                    f"are listed in {self.report_path} (tickets: {tickets}), the rows after "
                    "them were not sent"
                ) from exc
            except EcwidError as exc:
                # The tickets' fate is unknown: list every row of the window, then stop.
                await self.settle(sent, calls, [UNKNOWN] * len(calls))
                raise CliError(
                    f"stopped at line {rows[0][0]}: {exc}; the rows of that batch are listed in "
                    f"{self.report_path} as unknown, the rows after them were not sent"
                ) from exc
            await self.settle(sent, calls, results)
        self.rows += len(rows)
        on_done(self.rows)

    async def settle(
        self, sent: list[tuple[int, Any]], calls: list[Call[Any]], results: Any
    ) -> None:
        """Count each sent row's outcome; failed, unexecuted and unknown rows go to the report."""
        unknown = {"status": None, "message": "outcome unknown, check before retrying"}
        for (number, obj), call, outcome in zip(sent, calls, results, strict=True):
            if outcome is UNKNOWN:
                await self.fail(number, obj, unknown)
            elif outcome is NOT_EXECUTED or isinstance(outcome, EcwidError):
                await self.fail(number, obj, _describe(outcome))
            elif call.method == "POST":
                self.created += 1
            else:
                self.updated += 1

    async def interrupted(self, window: list[tuple[int, bytes]], source: Path) -> None:
        """After Ctrl-C: the rows of the window in flight go to the report as "outcome
        unknown" (a ticket may have run), and the user is told how to resume."""
        unknown = {"status": None, "message": "interrupted: outcome unknown, check first"}
        for number, line in window:
            obj, _ = parse_row(line)
            await self.fail(number, obj if obj is not None else line.decode("utf-8", "replace"),
                            unknown)  # fmt: skip
        resume = window[0][0] if window else None
        done = f"{self.created} created, {self.updated} updated, {self.failed} in the report"
        stderr.print(f"interrupted: {done} ({self.report_path})", soft_wrap=True)
        if resume is not None:
            stderr.print(
                f"to resume after checking those rows: ecwid-async import products {source} "
                f"--start-line {window[-1][0] + 1}",
                soft_wrap=True,
            )

    async def close(self) -> None:
        """Close the report if one was written."""
        if self.report is not None:
            await self.report.aclose()


async def import_products(session: Session, args: argparse.Namespace) -> int:
    """Create (no ``id``) or update (with ``id``) every product of a JSON-lines file."""
    source = Path(args.file)
    if not await anyio.Path(source).is_file():
        raise CliError(f"no such file: {source}")
    report = Path(args.report or f"{source}.failures.jsonl")
    check_writable(str(report), "--report")
    total = 0
    async for number, _ in _rows(source):
        total += number >= args.start_line
    job = _Import(session, report, args.poll_interval)
    window: list[tuple[int, bytes]] = []
    try:
        with progress_bar() as progress:
            task = progress.add_task("import products", total=total)

            def on_done(done: int) -> None:
                progress.update(task, completed=done)

            async for row in _rows(source):
                if row[0] < args.start_line:
                    continue
                window.append(row)
                if len(window) == WINDOW:
                    await job.window(window, on_done)
                    window = []
            if window:
                await job.window(window, on_done)
    except (asyncio.CancelledError, KeyboardInterrupt):
        await job.interrupted(window, source)
        raise
    finally:
        await job.close()
    stderr.print(
        f"imported {total} rows: {job.created} created, {job.updated} updated, "
        f"{job.failed} failed" + (f" (listed in {report})" if job.failed else "")
    )
    return 1 if job.failed else 0


def add_parser(commands: Any) -> None:
    """Register ``import``."""
    parser = commands.add_parser("import", help="create/update products from JSON lines")
    parser.add_argument("resource", choices=["products"])
    parser.add_argument("file", help="JSON lines: one product a line; with 'id' to update")
    parser.add_argument("--report", help="where to list failed rows (default FILE.failures.jsonl)")
    parser.add_argument(
        "--start-line",
        type=positive_int,
        default=1,
        help="skip the rows before this line (to resume an interrupted import)",
    )
    parser.add_argument("--poll-interval", type=float, default=1.0, help=argparse.SUPPRESS)
    parser.set_defaults(handler=import_products, partner=False)
