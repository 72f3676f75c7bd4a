"""``python -m ecwid_async.testing``: run a FakeEcwid until interrupted (for demos and
manual exploration); prints the API root, store id and token, one ``KEY=value`` a line."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

from .server import DEFAULT_STORE_ID, DEFAULT_TOKEN, FakeEcwid


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m ecwid_async.testing", description="Run an in-memory fake Ecwid API."
    )
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: any free)")
    parser.add_argument("--store-id", type=int, default=DEFAULT_STORE_ID)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--products", type=int, default=0, help="seed this many products")
    parser.add_argument("--categories", type=int, default=0, help="seed this many categories")
    parser.add_argument("--customers", type=int, default=0, help="seed this many customers")
    parser.add_argument("--orders", type=int, default=0, help="seed this many orders")
    parser.add_argument("--seed", type=int, default=0, help="RNG seed of the seed data")
    return parser.parse_args(argv)


async def serve(args: argparse.Namespace) -> None:
    """Start the fake described by ``args``, print how to reach it, serve forever."""
    fake = FakeEcwid(port=args.port, store_id=args.store_id, token=args.token)
    fake.seed_categories(args.categories, seed=args.seed)
    fake.seed_products(args.products, seed=args.seed)
    fake.seed_customers(args.customers, seed=args.seed)
    fake.seed_orders(args.orders, seed=args.seed)
    async with fake:
        print(f"ECWID_BASE_URL={fake.base_url}")
        print(f"ECWID_STORE_ID={fake.store.store_id}")
        print(f"ECWID_TOKEN={fake.store.token}", flush=True)
        await asyncio.Event().wait()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: serve until Ctrl-C."""
    try:
        asyncio.run(serve(_parse(argv)))
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
