"""``ecwid-async import products FILE.jsonl``: create/update through batch tickets."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import msgspec

from ..batch import NOT_EXECUTED
from ..call import Call
from ..errors import ApiError, EcwidError
from ._common import CliError, Session, progress_bar, stderr

__all__ = ["import_products", "read_rows"]


def read_rows(path: Path) -> list[tuple[int, Any, str | None]]:
    """``(line number, object or None, parse error or None)`` for each non-blank line."""
    rows: list[tuple[int, Any, str | None]] = []
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = msgspec.json.decode(line)
            except msgspec.DecodeError as exc:
                rows.append((number, None, f"not JSON: {exc}"))
                continue
            if not isinstance(obj, dict):
                rows.append((number, None, "each line must be a JSON object"))
                continue
            rows.append((number, obj, None))
    return rows


def _describe(outcome: Any) -> dict[str, Any]:
    if outcome is NOT_EXECUTED:
        return {"status": None, "message": "not executed (an earlier item failed)"}
    if isinstance(outcome, ApiError):
        return {"status": outcome.status, "message": outcome.message, "code": outcome.error_code}
    return {"status": None, "message": str(outcome)}


async def import_products(session: Session, args: argparse.Namespace) -> int:
    """Create (no ``id``) or update (with ``id``) every product of a JSON-lines file."""
    source = Path(args.file)
    if not await anyio.Path(source).is_file():
        raise CliError(f"no such file: {source}")
    report_path = Path(args.report or f"{source}.failures.jsonl")
    rows = await anyio.to_thread.run_sync(read_rows, source)
    failures: list[dict[str, Any]] = []
    calls: list[Call[Any]] = []
    sent_rows: list[tuple[int, Any]] = []
    products = session.ecwid.products
    for number, obj, problem in rows:
        try:
            if problem is not None:
                raise ValueError(problem)
            body = dict(obj)
            product_id = body.pop("id", None)
            call = products.update(product_id, body) if product_id else products.create(body)
        except (ValueError, TypeError) as exc:
            failures.append({"line": number, "item": obj, "error": {"message": str(exc)}})
            continue
        calls.append(call)
        sent_rows.append((number, obj))
    created = updated = 0
    if calls:
        with progress_bar() as progress:
            task = progress.add_task("import products", total=len(calls))
            results = await session.ecwid.batch.run(
                calls,
                stop_on_first_failure=False,
                progress=lambda done, total: progress.update(task, completed=done, total=total),
                poll_interval=args.poll_interval,
            )
        for (number, obj), call, outcome in zip(sent_rows, calls, results, strict=True):
            if outcome is NOT_EXECUTED or isinstance(outcome, EcwidError):
                failures.append({"line": number, "item": obj, "error": _describe(outcome)})
            elif call.method == "POST":
                created += 1
            else:
                updated += 1
    failures.sort(key=lambda f: int(f["line"]))
    if failures:
        lines = b"".join(msgspec.json.encode(failure) + b"\n" for failure in failures)
        await anyio.Path(report_path).write_bytes(lines)
    stderr.print(
        f"imported {len(rows)} rows: {created} created, {updated} updated, "
        f"{len(failures)} failed" + (f" (listed in {report_path})" if failures else "")
    )
    return 1 if failures else 0


def add_parser(commands: Any) -> None:
    """Register ``import``."""
    parser = commands.add_parser("import", help="create/update products from JSON lines")
    parser.add_argument("resource", choices=["products"])
    parser.add_argument("file", help="JSON lines: one product a line; with 'id' to update")
    parser.add_argument("--report", help="where to list failed rows (default FILE.failures.jsonl)")
    parser.add_argument("--poll-interval", type=float, default=1.0, help=argparse.SUPPRESS)
    parser.set_defaults(handler=import_products, partner=False)
