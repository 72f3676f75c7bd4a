"""Shared CLI plumbing: credentials, the sandbox store, consoles and progress bars."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from ..client import EcwidClient
from ..codec import encode
from ..partner import PartnerClient

if TYPE_CHECKING:
    from ..testing import FakeEcwid

__all__ = [
    "CliError",
    "Session",
    "add_sandbox_option",
    "check_writable",
    "json_lines",
    "open_output",
    "open_session",
    "positive_int",
    "progress_bar",
    "stderr",
]

#: Progress bars, tables and messages go to stderr so stdout can carry exported data.
stderr = Console(stderr=True, highlight=False)


class CliError(Exception):
    """A user-facing failure: printed without a traceback, exit status 2."""


def progress_bar(console: Console = stderr) -> Progress:
    """A progress bar with count, elapsed and remaining time."""
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )


@dataclass
class Session:
    """What a command works with: a store client, maybe a partner client, maybe a fake."""

    ecwid: EcwidClient
    partner: PartnerClient | None
    fake: FakeEcwid | None


def positive_int(text: str) -> int:
    """An argparse type: a whole number > 0 (store ids, counts)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a number > 0, got {value}")
    return value


def add_sandbox_option(parser: argparse.ArgumentParser, *, default: Any) -> None:
    """--sandbox, on the main parser (``default=False``) and on each subcommand
    (``default=SUPPRESS``, so the subcommand does not reset what the main parser read)."""
    parser.add_argument(
        "--sandbox",
        action="store_true",
        default=default,
        help="run against an embedded fake Ecwid with a seeded demo store",
    )


def add_connection_options(parser: argparse.ArgumentParser) -> None:
    """--store-id, --token, --base-url, --rate-limit, --sandbox."""
    group = parser.add_argument_group("connection")
    group.add_argument("--store-id", type=positive_int, help="store id (default: $ECWID_STORE_ID)")
    group.add_argument("--token", help="API token (default: $ECWID_TOKEN)")
    group.add_argument("--base-url", help="API root (default: $ECWID_BASE_URL or Ecwid's)")
    group.add_argument(
        "--rate-limit",
        type=float,
        default=600.0,
        help="requests per minute per token (default 600, Ecwid's limit)",
    )
    add_sandbox_option(group, default=argparse.SUPPRESS)  # type: ignore[arg-type]


def add_partner_options(parser: argparse.ArgumentParser) -> None:
    """--client-id, --client-secret, --partner-key."""
    group = parser.add_argument_group("partner credentials")
    group.add_argument("--client-id", help="partner app client id (default: $ECWID_CLIENT_ID)")
    group.add_argument("--client-secret", help="(default: $ECWID_CLIENT_SECRET)")
    group.add_argument("--partner-key", help="reseller key (default: $ECWID_PARTNER_KEY)")


def seed_sandbox(fake: FakeEcwid, size: str = "small") -> None:
    """A realistic demo store: products, categories, customers, orders, coupons, carts."""
    scale = {"small": 1, "demo": 6}[size]
    fake.seed_categories(20 * scale)
    fake.seed_products(500 * scale)
    fake.seed_customers(150 * scale)
    fake.seed_orders(250 * scale)
    fake.seed_coupons(10 * scale)
    fake.seed_carts(10 * scale)


@contextlib.asynccontextmanager
async def open_session(
    args: argparse.Namespace, *, partner: bool = False
) -> AsyncIterator[Session]:
    """Open the clients a command needs, against Ecwid or (``--sandbox``) a fake."""
    rate = None if args.rate_limit is not None and args.rate_limit <= 0 else args.rate_limit
    if getattr(args, "sandbox", False):
        from ..testing import FakeEcwid

        async with FakeEcwid() as fake:
            seed_sandbox(fake)
            async with fake.client(rate_limit=rate) as ecwid:
                if partner:
                    async with fake.partner_client() as partner_client:
                        yield Session(ecwid, partner_client, fake)
                else:
                    yield Session(ecwid, None, fake)
        return
    store_id = args.store_id or os.environ.get("ECWID_STORE_ID")
    token = args.token or os.environ.get("ECWID_TOKEN")
    if not partner and (not store_id or not token):
        raise CliError(
            "no store credentials: pass --store-id and --token, set ECWID_STORE_ID and "
            "ECWID_TOKEN, or try --sandbox"
        )
    try:
        ecwid = EcwidClient(
            store_id or 1, token or "unused", base_url=args.base_url, rate_limit=rate
        )
    except (TypeError, ValueError) as exc:
        source = "--store-id/--base-url or ECWID_STORE_ID/ECWID_BASE_URL"
        raise CliError(f"{exc} (from {source})") from None
    async with ecwid:
        if partner:
            partner_client = PartnerClient(
                getattr(args, "client_id", None),
                getattr(args, "client_secret", None),
                getattr(args, "partner_key", None),
                base_url=args.base_url,
                rate_limit=rate,
            )
            missing = [
                f"--{option.replace('_', '-')} (or {env})"
                for option, env in (
                    ("client_id", "ECWID_CLIENT_ID"),
                    ("client_secret", "ECWID_CLIENT_SECRET"),
                )
                if not (getattr(args, option, None) or os.environ.get(env))
            ]
            if missing:
                raise CliError(f"{args.command} needs partner credentials: {', '.join(missing)}")
            async with partner_client:
                yield Session(ecwid, partner_client, None)
        else:
            yield Session(ecwid, None, None)


def check_writable(path: str | None, what: str) -> None:
    """Refuse, before any request, an output path that cannot be written as a file."""
    if path is None or path == "-":
        return
    target = os.path.abspath(path)
    if os.path.isdir(target):
        raise CliError(f"{what} {path!r} is a directory; give a file name")
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        raise CliError(f"{what} {path!r}: the folder {folder!r} does not exist")
    if not os.access(folder, os.W_OK):
        raise CliError(f"{what} {path!r}: the folder {folder!r} is not writable")


def open_output(path: str | None) -> Any:
    """A binary output stream: the file at ``path``, or stdout."""
    if path is None or path == "-":
        return contextlib.nullcontext(sys.stdout.buffer)
    return open(path, "wb")


def json_lines(items: Iterable[Any]) -> bytes:
    """Items as JSON lines, one write's worth (a page at a time, not an item at a time)."""
    return b"".join([encode(item) + b"\n" for item in items])
