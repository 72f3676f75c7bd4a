"""Partner: create a store and clone a template store's catalog into it.

    python examples/partner_clone.py

With ECWID_CLIENT_ID, ECWID_CLIENT_SECRET (and ECWID_PARTNER_KEY) set it uses the partner
API; without them it runs against an embedded fake Ecwid.
"""

from __future__ import annotations

import asyncio
import os

from ecwid_async import CloneFailedError, PartnerClient
from ecwid_async.testing import FakeEcwid


async def new_store_from_template(partner: PartnerClient, template_store_id: int) -> int:
    """Create a store, clone the template's catalog into it, return the new store id."""
    store = await partner.stores.create(email="ann@example.com", name="Ann", return_api_token=True)
    try:
        done = await partner.clone.run(
            source_store_id=template_store_id,
            target_store_id=store.id,
            scope="CATALOG",
            poll_interval=0.5,
            progress=lambda status: print("clone:", status.status),
        )
    except CloneFailedError as error:
        print("clone failed:", error)
        raise
    products = done.cloned_entities_mapping.products if done.cloned_entities_mapping else None
    print(f"store {store.id}: {len(products or {})} products cloned")
    return store.id


async def main() -> None:
    """Run against the partner credentials in the environment, or an embedded fake."""
    if os.environ.get("ECWID_CLIENT_SECRET"):
        async with PartnerClient() as partner:
            await new_store_from_template(partner, int(os.environ["ECWID_TEMPLATE_STORE_ID"]))
        return
    print("(no partner credentials: running against an embedded fake Ecwid)")
    async with FakeEcwid() as fake:
        fake.seed_products(25)
        async with fake.partner_client() as partner:
            await new_store_from_template(partner, fake.store.store_id)


if __name__ == "__main__":
    asyncio.run(main())
