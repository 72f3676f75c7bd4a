"""A store for the mirror tests: seeded at scale on a fake whose clock the test moves, the
store's contents as the API shows them, and the edits of the scenarios."""

from __future__ import annotations

from typing import Any

from ecwid_async import EcwidClient
from ecwid_async.mirror import ENTITIES
from ecwid_async.testing import FakeEcwid
from ecwid_async.testing.api.products import changed

T0 = 1_750_000_000.0
#: More than the feed's default overlap: a run this long after a change is settled.
LATER = 120


def frozen_fake() -> FakeEcwid:
    """A fake whose clock stands at ``T0`` until ``advance_clock`` moves it."""
    return FakeEcwid(wall_clock=lambda: T0)


def seed_big_store(fake: FakeEcwid) -> None:
    """10,000 products, 2,000 orders, 1,000 customers, and some of everything else."""
    fake.seed_categories(20)
    fake.seed_products(10_000)
    fake.seed_customers(1_000)
    fake.seed_orders(2_000)
    fake.seed_coupons(50)
    fake.seed_carts(30)


async def store_items(client: EcwidClient, entity: str) -> dict[Any, Any]:
    """Every item of ``entity`` as the API shows it, by id (plain paging, no feed)."""
    spec = ENTITIES[entity]
    items: dict[Any, Any] = {}
    offset, total = 0, 1
    while offset < total:
        params = dict(spec.params) | {"offset": offset, "limit": 100}
        page = await client.request("GET", spec.path, params=params)
        total = page["total"]
        items.update((item[spec.key], item) for item in page["items"])
        offset += 100
    return items


async def edit_store(client: EcwidClient, fake: FakeEcwid) -> None:
    """50 updates, 20 deletions and 10 new orders, through the API."""
    products = sorted(fake.store.products)
    orders = sorted(fake.store.orders)
    customers = sorted(fake.store.customers)
    for pid in products[:30]:
        await client.products.update(pid, {"price": 1.5})
    for number in orders[:10]:
        await client.orders.update(number, {"fulfillmentStatus": "SHIPPED"})
    for cid in customers[:10]:
        await client.request("PUT", f"/customers/{cid}", json={"taxId": "TAX-1"})
    for pid in products[-10:]:
        await client.products.delete(pid)
    for number in orders[-5:]:
        await client.orders.delete(number)
    for cid in customers[-5:]:
        await client.customers.delete(cid)
    for i in range(10):
        await client.orders.create({"email": f"new{i}@example.com", "items": []})


def bulk_edit_products(fake: FakeEcwid, ids: list[int], **changes: Any) -> None:
    """Change ``ids`` as a bulk edit does: all within the fake's current second."""
    store = fake.store
    for pid in ids:
        store.products[pid].update(changes)
        changed(store, store.products[pid])
    store.bump()
