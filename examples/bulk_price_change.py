"""Raise every enabled product's price by 10% through batch tickets (500 calls a ticket),
then report what failed.

    python examples/bulk_price_change.py

With ECWID_STORE_ID and ECWID_TOKEN set it changes that store (careful!); without them it
runs against an embedded fake Ecwid with 1,200 products.
"""

from __future__ import annotations

import asyncio
import os

from ecwid_async import NOT_EXECUTED, EcwidClient, EcwidError
from ecwid_async.testing import FakeEcwid


async def raise_prices(ecwid: EcwidClient, percent: float = 10.0) -> int:
    """Update every enabled product's price; return how many updates failed."""
    prices = {p.id: p.price or 0.0 async for p in ecwid.products.search(enabled=True)}
    calls = [
        ecwid.products.update(pid, {"price": round(price * (1 + percent / 100), 2)})
        for pid, price in prices.items()
    ]
    results = await ecwid.batch.run(
        calls,
        stop_on_first_failure=False,
        poll_interval=0.5,
        progress=lambda done, total: print(f"\r{done}/{total} settled", end=""),
    )
    failed = [r for r in results if isinstance(r, EcwidError) or r is NOT_EXECUTED]
    print(f"\n{len(results) - len(failed)} prices raised, {len(failed)} failed")
    return len(failed)


async def main() -> int:
    """Run against ECWID_STORE_ID/ECWID_TOKEN, or an embedded fake store."""
    if os.environ.get("ECWID_TOKEN"):
        async with EcwidClient() as ecwid:
            return await raise_prices(ecwid)
    print("(no ECWID_TOKEN: running against an embedded fake Ecwid store)")
    async with FakeEcwid() as fake:
        fake.seed_products(1200)
        fake.set_batch_polls(1)
        async with fake.client() as ecwid:
            return await raise_prices(ecwid)


if __name__ == "__main__":
    raise SystemExit(1 if asyncio.run(main()) else 0)
