"""A README snippet, copied by scripts/readme_snippets.py for mypy --strict."""

import asyncio

from ecwid_async import PartnerClient


async def main() -> None:
    # client_id, client_secret and partner_key fall back to ECWID_CLIENT_ID,
    # ECWID_CLIENT_SECRET and ECWID_PARTNER_KEY
    async with PartnerClient() as partner:
        store = await partner.stores.create(email="ann@example.com", name="Ann", return_api_token=True)
        done = await partner.clone.run(
            source_store_id=1003, target_store_id=store.id, scope="CATALOG", poll_interval=1
        )
        mapping = done.cloned_entities_mapping
        products = (mapping.products if mapping else None) or {}
        print(f"cloned {len(products)} products into store {store.id}")


asyncio.run(main())
