"""Seed data: deterministic, realistic, consistent and large."""

from __future__ import annotations

from ecwid_async.testing import FakeEcwid

from .fake_http import Api


def test_seeding_is_deterministic_per_seed() -> None:
    one, two, other = (
        FakeEcwid(wall_clock=lambda: 1.7e9),
        FakeEcwid(wall_clock=lambda: 1.7e9),
        FakeEcwid(wall_clock=lambda: 1.7e9),
    )
    for fake, seed in ((one, 7), (two, 7), (other, 8)):
        fake.seed_categories(5, seed=seed)
        fake.seed_products(50, seed=seed)
        fake.seed_customers(10, seed=seed)
        fake.seed_orders(10, seed=seed)
    assert one.store.products == two.store.products
    assert one.store.orders == two.store.orders
    assert one.store.customers == two.store.customers
    assert one.store.products != other.store.products


async def test_seeded_products_look_like_ecwid_products(fake: FakeEcwid, api: Api) -> None:
    cats = fake.seed_categories(4)
    ids = fake.seed_products(20)
    body = await api.ok("GET", "/products", params={"limit": 20})
    assert [p["id"] for p in body["items"]] == ids
    for product in body["items"]:
        assert product["sku"]
        assert product["name"]
        assert product["price"] > 0
        assert product["created"].endswith("+0000")
        assert product["updateTimestamp"] >= product["createTimestamp"]
        assert set(product["categoryIds"]) <= set(cats)
        assert product["inStock"] == (product["unlimited"] or product["quantity"] > 0)
        assert await api.ok("GET", "/products", params={"sku": product["sku"]}) != {}


async def test_seeded_orders_reference_products_and_customers(fake: FakeEcwid, api: Api) -> None:
    products = set(fake.seed_products(10))
    customers = fake.seed_customers(5)
    numbers = fake.seed_orders(30)
    body = await api.ok("GET", "/orders", params={"orderNumber": ",".join(map(str, numbers))})
    assert body["total"] == 30
    counts: dict[int, int] = {}
    for order in body["items"]:
        assert {i["productId"] for i in order["items"]} <= products
        assert order["customerId"] in customers
        counts[order["customerId"]] = counts.get(order["customerId"], 0) + 1
        assert order["subtotal"] == round(
            sum(i["price"] * i["quantity"] for i in order["items"]), 2
        )
    for cid in customers:
        got = await api.ok("GET", f"/customers/{cid}")
        assert got["totalOrderCount"] == counts.get(cid, 0)


async def test_seed_coupons_and_other_store(fake: FakeEcwid, api: Api) -> None:
    other = fake.add_store()
    fake.seed_coupons(3)
    fake.seed_products(2, store=other)
    assert (await api.ok("GET", "/discount_coupons"))["total"] == 3
    assert (await api.ok("GET", "/products"))["total"] == 0
    assert len(fake.stores[other.store_id].products) == 2


async def test_hundred_thousand_products(fake: FakeEcwid, api: Api) -> None:
    ids = fake.seed_products(100_000)
    assert len(set(ids)) == 100_000
    body = await api.ok("GET", "/products", params={"offset": 99_950})
    assert (body["total"], body["count"]) == (100_000, 50)
    assert body["items"][-1]["id"] == ids[-1]
    assert (await api.ok("GET", "/products", params={"sku": f"SKU-{ids[500]}"}))["total"] == 1


def _private_keys(value: object) -> list[str]:
    if isinstance(value, dict):
        own = [k for k in value if k.startswith("_")]
        return own + [k for v in value.values() for k in _private_keys(v)]
    if isinstance(value, list):
        return [k for v in value for k in _private_keys(v)]
    return []


async def test_no_internal_fields_in_any_answer(fake: FakeEcwid, api: Api) -> None:
    fake.seed_categories(3)
    products = fake.seed_products(3)
    customers = fake.seed_customers(3)
    orders = fake.seed_orders(3)
    carts = fake.seed_carts(2)
    coupons = fake.seed_coupons(2)
    await api.ok("POST", f"/products/{products[0]}/image", data=b"img")
    ten = {"name": "Ten", "code": "TENOFF", "discountType": "PERCENT", "discount": 10}
    await api.ok("POST", "/discount_coupons", json=ten)
    calc = {
        "items": [{"productId": products[0], "quantity": 9}],
        "discountCoupon": {"code": "TENOFF"},
    }
    calculated = await api.ok("POST", "/order/calculate", json=calc)
    assert calculated["discountCoupon"]["code"] == "TENOFF"
    answers = [
        calculated,
        *[
            await api.ok("GET", path)
            for path in (
                "/profile",
                "/latest-stats",
                "/products",
                "/categories",
                "/classes",
                "/orders",
                "/carts",
                "/customers",
                "/customer_groups",
                "/discount_coupons",
                f"/products/{products[0]}",
                f"/customers/{customers[0]}",
                f"/orders/{orders[0]}",
                f"/carts/{carts[0]}",
                f"/discount_coupons/{coupons[0]}",
            )
        ],
    ]
    assert [k for answer in answers for k in _private_keys(answer)] == []
