"""``python -m ecwid_async.testing``: run a FakeEcwid until interrupted, for demos and for
trying your own code against it by hand.

It starts with a seeded store (``--empty`` for none; ``--products N`` and friends for other
sizes) and prints how to reach it, one ``KEY=value`` a line, the names the clients read
from the environment: ``eval "$(python -m ecwid_async.testing --port 8585 | head -n 9)"``
in another shell sets them. ``--port`` fixes the port (default: any free one); a port in
use is a one-line error.
"""

from __future__ import annotations

import argparse
import asyncio
import errno
import sys
from collections.abc import Sequence

from .server import DEFAULT_STORE_ID, DEFAULT_TOKEN, FakeEcwid

#: What a store holds when no size is given: enough to page through and to batch-update.
DEFAULT_SEED = {"categories": 8, "products": 250, "customers": 40, "orders": 120}


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m ecwid_async.testing",
        description="Run an in-memory fake Ecwid API on 127.0.0.1 until Ctrl-C.",
    )
    parser.add_argument(
        "--port", type=int, default=0, help="port on 127.0.0.1 (default: any free port)"
    )
    parser.add_argument("--store-id", type=int, default=DEFAULT_STORE_ID)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    for kind, count in DEFAULT_SEED.items():
        parser.add_argument(
            f"--{kind}", type=int, default=None, help=f"seed this many {kind} ({count})"
        )
    parser.add_argument("--empty", action="store_true", help="start with an empty store")
    parser.add_argument("--seed", type=int, default=0, help="RNG seed of the seed data")
    args = parser.parse_args(argv)
    if not 0 <= args.port <= 65535:
        parser.error(f"--port must be from 0 to 65535, got {args.port}")
    for kind, count in DEFAULT_SEED.items():
        value = getattr(args, kind)
        if value is None:
            setattr(args, kind, 0 if args.empty else count)
        elif value < 0:
            parser.error(f"--{kind} must be >= 0, got {value}")
    return args


def describe(fake: FakeEcwid) -> list[str]:
    """The lines printed at start: every URL and credential a client needs."""
    return [
        f"ECWID_BASE_URL={fake.base_url}",
        f"ECWID_STORE_ID={fake.store.store_id}",
        f"ECWID_TOKEN={fake.store.token}",
        f"ECWID_CLIENT_ID={fake.client_id}",
        f"ECWID_CLIENT_SECRET={fake.client_secret}",
        f"ECWID_PARTNER_KEY={fake.partner_key}",
        f"ECWID_PARTNER_BASE_URL={fake.partner_base_url}",
        f"ECWID_RESELLER_BASE_URL={fake.reseller_base_url}",
        f"ECWID_OAUTH_BASE_URL={fake.oauth_base_url}",
    ]


async def serve(args: argparse.Namespace, ready: asyncio.Event | None = None) -> None:
    """Start the fake described by ``args``, print how to reach it, serve until cancelled."""
    fake = FakeEcwid(port=args.port, store_id=args.store_id, token=args.token)
    fake.seed_categories(args.categories, seed=args.seed)
    fake.seed_products(args.products, seed=args.seed)
    fake.seed_customers(args.customers, seed=args.seed)
    fake.seed_orders(args.orders, seed=args.seed)
    async with fake:
        print("\n".join(describe(fake)))
        print(
            f"# store {fake.store.store_id}: {args.products} products, {args.categories} "
            f"categories, {args.customers} customers, {args.orders} orders; Ctrl-C stops",
            flush=True,
        )
        if ready is not None:
            ready.set()
        await asyncio.Event().wait()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: serve until Ctrl-C; a port in use is a one-line error (exit 2)."""
    args = _parse(argv)
    try:
        asyncio.run(serve(args))
    except KeyboardInterrupt:
        return 0
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            print(
                f"error: port {args.port} on 127.0.0.1 is in use; pick another --port",
                file=sys.stderr,
            )
            return 2
        print(f"error: cannot start the fake Ecwid: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
