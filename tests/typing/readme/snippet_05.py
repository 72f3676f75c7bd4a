"""A README snippet, copied by scripts/readme_snippets.py for mypy --strict."""

# test_my_shop.py
from ecwid_async import EcwidClient
from ecwid_async.testing import FakeEcwid


async def cheapest(ecwid: EcwidClient) -> str | None:
    products = [p async for p in ecwid.products.search(enabled=True)]
    return min(products, key=lambda p: p.price or 0).name if products else None


async def test_cheapest_product(fake_ecwid: FakeEcwid, ecwid_client: EcwidClient) -> None:
    await ecwid_client.products.create({"name": "Tea", "price": 5, "enabled": True})
    await ecwid_client.products.create({"name": "Coffee", "price": 7, "enabled": True})
    assert await cheapest(ecwid_client) == "Tea"


async def test_my_code_survives_a_server_error(fake_ecwid: FakeEcwid, ecwid_client: EcwidClient) -> None:
    fake_ecwid.seed_products(3)
    fake_ecwid.inject_fault("GET", "/products", status=503, times=1)
    assert await cheapest(ecwid_client) is not None   # the client retried
