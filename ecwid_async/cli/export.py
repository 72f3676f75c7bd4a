"""``ecwid-async export RESOURCE``: stream a store's data as JSON lines or CSV."""

from __future__ import annotations

import argparse
import csv
import io
from typing import Any

import msgspec

from ..models._base import enc_hook
from ..pagination import Paginator
from ._common import CliError, Session, open_output, progress_bar, stderr

__all__ = ["EXPORTS", "export", "parse_filters"]

#: CLI name -> the client resource whose ``search`` it streams.
EXPORTS = {
    "products": "products",
    "categories": "categories",
    "orders": "orders",
    "customers": "customers",
    "customer_groups": "customer_groups",
    "coupons": "discount_coupons",
    "carts": "carts",
}

_encoder = msgspec.json.Encoder(enc_hook=enc_hook)


def parse_filters(pairs: list[str]) -> dict[str, Any]:
    """``["enabled=true", "price_from=5", "keyword=tea"]`` -> typed keyword arguments."""
    filters: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise CliError(f"a filter is NAME=VALUE, got {pair!r}")
        value: Any = raw
        if raw.lower() in ("true", "false"):
            value = raw.lower() == "true"
        elif "," in raw:
            value = raw.split(",")
        else:
            for convert in (int, float):
                try:
                    value = convert(raw)
                    break
                except ValueError:
                    continue
        filters[key.replace("-", "_")] = value
    return filters


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (str, int, float, bool)):
        return str(value).lower() if isinstance(value, bool) else str(value)
    return _encoder.encode(value).decode()


class _CsvWriter:
    """Writes items as CSV rows; columns are the item model's wire names, in model order."""

    def __init__(self, out: Any) -> None:
        self._out = out
        self._fields: list[tuple[str, str]] | None = None
        self._buffer = io.StringIO()
        self._csv = csv.writer(self._buffer)

    def write(self, item: Any) -> None:
        if self._fields is None:
            self._fields = [(f.name, f.encode_name) for f in msgspec.structs.fields(type(item))]
            self._csv.writerow([wire for _, wire in self._fields])
        self._csv.writerow([_csv_value(getattr(item, name)) for name, _ in self._fields])
        self._flush()

    def _flush(self) -> None:
        self._out.write(self._buffer.getvalue().encode())
        self._buffer.seek(0)
        self._buffer.truncate()


async def export(session: Session, args: argparse.Namespace) -> int:
    """Stream every matching item to the output; memory stays flat however many there are."""
    search = getattr(session.ecwid, EXPORTS[args.resource]).search
    try:
        paginator: Paginator[Any] = search(
            **parse_filters(args.filter or []), max_items=args.max_items
        )
    except TypeError as exc:
        raise CliError(f"bad filter for {args.resource}: {exc}") from None
    count = 0
    with open_output(args.out) as out, progress_bar() as progress:
        task = progress.add_task(f"export {args.resource}", total=None)
        writer = _CsvWriter(out) if args.format == "csv" else None
        async with paginator.pages() as pages:
            async for page in pages:
                total = page.total if args.max_items is None else min(page.total, args.max_items)
                progress.update(task, total=total)
                for item in page.items:
                    if writer is not None:
                        writer.write(item)
                    else:
                        out.write(_encoder.encode(item) + b"\n")
                count += page.count
                progress.update(task, completed=count)
        out.flush()
    where = args.out if args.out not in (None, "-") else "stdout"
    stderr.print(f"exported {count} {args.resource} to {where} ({args.format})")
    return 0


def add_parser(commands: Any) -> None:
    """Register ``export``."""
    parser = commands.add_parser("export", help="stream a resource as JSON lines or CSV")
    parser.add_argument("resource", choices=sorted(EXPORTS))
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    parser.add_argument("--out", help="output file (default: stdout)")
    parser.add_argument(
        "--filter", action="append", metavar="NAME=VALUE", help="a search filter (repeatable)"
    )
    parser.add_argument("--max-items", type=int, help="stop after this many items")
    parser.set_defaults(handler=export, partner=False)
