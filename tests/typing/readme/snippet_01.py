"""A README snippet, copied by scripts/readme_snippets.py for mypy --strict."""

import asyncio
import os

from ecwid_async import EcwidClient, NotFoundError


async def main() -> None:
    async with EcwidClient(store_id=int(os.environ["ECWID_STORE_ID"]), token=os.environ["ECWID_TOKEN"]) as ecwid:
        profile = await ecwid.profile.get()
        print("store:", profile.settings.store_name if profile.settings else None)

        # every page of a search, streamed, in server order
        async for product in ecwid.products.search(keyword="shirt", enabled=True):
            print(product.id, product.name, product.price)

        # pages, if you want the envelope
        async for page in ecwid.products.search(limit=50).pages():
            print(f"{page.offset}..{page.offset + page.count} of {page.total}")

        first_ten = await ecwid.orders.search(payment_status=["PAID"], max_items=10).collect()
        print(len(first_ten), "paid orders")

        created = await ecwid.products.create({"name": "Green tea", "price": 5, "sku": "TEA-GREEN"})
        await ecwid.products.update(created.id, {"price": 6})   # only the fields sent change
        await ecwid.products.delete(created.id)
        try:
            await ecwid.products.get(created.id)
        except NotFoundError as error:
            print("gone:", error.status, error.message)


asyncio.run(main())
