"""``ecwid-async export RESOURCE``: stream a store's data as JSON lines or CSV."""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import inspect
import io
import os
import typing
from collections.abc import Callable, Collection, Sequence
from typing import Any

import msgspec

from ..codec import encode
from ..pagination import Paginator
from ._common import (
    CliError,
    Session,
    check_writable,
    json_lines,
    open_output,
    progress_bar,
    stderr,
)

__all__ = ["EXPORTS", "export", "filter_names", "item_type", "parse_filters", "text_params"]

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


def _takes_text(hint: Any) -> bool:
    return hint is str or any(_takes_text(arg) for arg in typing.get_args(hint))


def text_params(search: Callable[..., Any]) -> frozenset[str]:
    """The keywords of ``search`` that accept a string, so a value is sent as typed."""
    hints = typing.get_type_hints(search)
    return frozenset(name for name, hint in hints.items() if _takes_text(hint))


def filter_names(search: Callable[..., Any]) -> list[str]:
    """The filters ``search`` takes (its keyword-only parameters), sorted."""
    return sorted(
        name
        for name, param in inspect.signature(search).parameters.items()
        if param.kind is param.KEYWORD_ONLY
    )


def item_type(search: Callable[..., Any]) -> Any:
    """The item model of the Paginator ``search`` returns (for the CSV header)."""
    args = typing.get_args(typing.get_type_hints(search).get("return"))
    return args[0] if args else None


def parse_filters(pairs: Sequence[str], text: Collection[str] = ()) -> dict[str, Any]:
    """``["enabled=true", "price_from=5", "keyword=tea"]`` -> typed keyword arguments.

    A value becomes a bool, int or float unless its keyword is in ``text`` (it takes a
    string): ``sku=007`` stays ``"007"``, where a number would lose its zeros.
    """
    filters: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise CliError(f"a filter is NAME=VALUE, got {pair!r}")
        name = key.replace("-", "_")
        if "," in raw:
            filters[name] = raw.split(",")
        elif name in text:
            filters[name] = raw
        elif raw.lower() in ("true", "false"):
            filters[name] = raw.lower() == "true"
        else:
            filters[name] = _number(raw)
    return filters


def _number(raw: str) -> int | float | str:
    for convert in (int, float):
        try:
            return convert(raw)
        except ValueError:
            continue
    return raw


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):  # Ecwid's own format, as plain text
        return value.strftime("%Y-%m-%d %H:%M:%S %z")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)):
        return str(value).lower() if isinstance(value, bool) else str(value)
    return encode(value).decode()


class _CsvPages:
    """Formats pages of items as CSV rows; the columns are the item model's wire names, in
    model order, with a header before the first row."""

    def __init__(self, model: Any = None) -> None:
        self._model = model
        self._fields: list[tuple[str, str]] | None = None
        self._buffer = io.StringIO()
        self._csv = csv.writer(self._buffer)

    def __call__(self, items: Sequence[Any]) -> bytes:
        if self._fields is None:
            model = type(items[0]) if items else self._model
            if model is None:
                return b""
            self._fields = [(f.name, f.encode_name) for f in msgspec.structs.fields(model)]
            self._csv.writerow([wire for _, wire in self._fields])
        fields = self._fields
        self._csv.writerows(
            [_csv_value(getattr(item, name)) for name, _ in fields] for item in items
        )
        text = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        return text.encode()


async def export(session: Session, args: argparse.Namespace) -> int:
    """Stream every matching item to the output, a page per write; memory stays flat
    however many there are."""
    search = getattr(session.ecwid, EXPORTS[args.resource]).search
    filters = parse_filters(args.filter or [], text_params(search))
    known = filter_names(search)
    unknown = sorted(set(filters) - set(known))
    if unknown:
        raise CliError(
            f"unknown filter {', '.join(unknown)} for {args.resource}; "
            f"the filters are: {', '.join(known)}"
        )
    try:
        paginator: Paginator[Any] = search(**filters, offset=args.offset, max_items=args.max_items)
    except (TypeError, ValueError) as exc:
        raise CliError(f"bad filter for {args.resource}: {exc}") from None
    check_writable(args.out, "--out")
    lines = _CsvPages(item_type(search)) if args.format == "csv" else json_lines
    count = 0
    try:
        with open_output(args.out) as out, progress_bar() as progress:
            task = progress.add_task(f"export {args.resource}", total=None)
            if args.format == "csv":
                out.write(lines([]))  # the header, even if nothing matches
            async with paginator.pages() as pages:
                async for page in pages:
                    total = max(0, page.total - args.offset)
                    total = total if args.max_items is None else min(total, args.max_items)
                    progress.update(task, total=total)
                    out.write(lines(page.items))
                    count += page.count
                    progress.update(task, completed=count)
            out.flush()
    except BaseException:
        if count == 0 and args.out not in (None, "-"):
            with contextlib.suppress(OSError):  # no empty file left behind
                os.remove(args.out)
        raise
    where = args.out if args.out not in (None, "-") else "stdout"
    stderr.print(f"exported {count} {args.resource} to {where} ({args.format})")
    return 0


def _offset(text: str) -> int:
    """An ``--offset`` value: a whole number >= 0."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 0, got {text!r}")
    return value


def add_parser(commands: Any) -> None:
    """Register ``export``."""
    parser = commands.add_parser("export", help="stream a resource as JSON lines or CSV")
    parser.add_argument("resource", choices=sorted(EXPORTS))
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    parser.add_argument("--out", help="output file (default: stdout)")
    parser.add_argument(
        "--filter", action="append", metavar="NAME=VALUE", help="a search filter (repeatable)"
    )
    parser.add_argument(
        "--offset",
        type=_offset,
        default=0,
        help="start at this item (go on after an error that says 'resume ... from offset=N')",
    )
    parser.add_argument("--max-items", type=int, help="stop after this many items")
    parser.set_defaults(handler=export, partner=False)
