"""Quick start: read the store, stream a search, create / update / delete a product.

    python examples/quickstart.py

With ECWID_STORE_ID and ECWID_TOKEN set it talks to that store; without them it starts an
embedded fake Ecwid with a seeded catalog and runs against that.
"""

from __future__ import annotations

import asyncio
import os

from ecwid_async import EcwidClient, NotFoundError
from ecwid_async.testing import FakeEcwid


async def tour(ecwid: EcwidClient) -> None:
    """What the README's first snippet does, step by step."""
    profile = await ecwid.profile.get()
    print("store:", profile.settings.store_name if profile.settings else None)

    async for product in ecwid.products.search(enabled=True, max_items=5):
        print(f"  {product.id}  {product.name}  {product.price}")

    created = await ecwid.products.create({"name": "Green tea", "price": 5, "sku": "TEA-GREEN"})
    await ecwid.products.update(created.id, {"price": 6})
    tea = await ecwid.products.get(created.id)
    print("created", tea.id, tea.name, "at", tea.price)
    await ecwid.products.delete(created.id)
    try:
        await ecwid.products.get(created.id)
    except NotFoundError as error:
        print("deleted:", error.status, error.message)


async def main() -> None:
    """Run the tour against ECWID_STORE_ID/ECWID_TOKEN, or an embedded fake store."""
    if os.environ.get("ECWID_TOKEN"):
        async with EcwidClient() as ecwid:
            await tour(ecwid)
        return
    print("(no ECWID_TOKEN: running against an embedded fake Ecwid store)")
    async with FakeEcwid() as fake:
        fake.seed_products(40)
        async with fake.client() as ecwid:
            await tour(ecwid)


if __name__ == "__main__":
    asyncio.run(main())
