"""``ecwid.categories`` against FakeEcwid over loopback: real state changes, end to end."""

from __future__ import annotations

import pytest

from ecwid_async import EcwidClient, NotFoundError
from ecwid_async.models.category import CategoryInput

GIF = b"GIF89a" + bytes(range(256))


async def test_create_then_get(ecwid_client: EcwidClient) -> None:
    created = await ecwid_client.categories.create(
        CategoryInput(name="Fruit", description="<p>Fresh</p>", order_by=10)
    )
    assert created.id
    category = await ecwid_client.categories.get(created.id)
    assert (category.id, category.name, category.description, category.enabled) == (
        created.id,
        "Fruit",
        "<p>Fresh</p>",
        True,
    )


async def test_update_changes_only_the_fields_sent_and_assigns_products(
    ecwid_client: EcwidClient,
) -> None:
    cid = (await ecwid_client.categories.create({"name": "Drinks", "description": "d"})).id
    pid = (await ecwid_client.products.create({"name": "Tea"})).id
    assert cid and pid
    status = await ecwid_client.categories.update(cid, {"name": "Beverages", "productIds": [pid]})
    assert status.update_count == 1
    category = await ecwid_client.categories.get(cid)
    assert (category.name, category.description, category.product_ids) == ("Beverages", "d", [pid])
    assert (await ecwid_client.products.get(pid)).category_ids == [cid]


async def test_search_by_parent_hidden_and_with_product_ids(ecwid_client: EcwidClient) -> None:
    categories = ecwid_client.categories
    root = (await categories.create({"name": "Root"})).id
    child = (await categories.create({"name": "Child", "parentId": root})).id
    hidden = (await categories.create({"name": "Hidden", "enabled": False})).id
    pid = (await ecwid_client.products.create({"name": "Tea", "categoryIds": [child]})).id

    assert [c.id async for c in categories.search(parent=0)] == [root]
    assert [c.id async for c in categories.search(parent=root)] == [child]
    every = [c.id async for c in categories.search(hidden_categories=True)]
    assert set(every) == {root, child, hidden}
    assert {c.id async for c in categories.search()} == {root, child}
    [with_ids] = await categories.search(parent=root, product_ids=True).collect()
    assert with_ids.product_ids == [pid]
    [without] = await categories.search(parent=root).collect()
    assert not without.product_ids


async def test_urls_follow_base_url_and_clean_urls(ecwid_client: EcwidClient) -> None:
    cid = (await ecwid_client.categories.create({"name": "Sweets"})).id
    assert cid
    category = await ecwid_client.categories.get(
        cid, base_url="https://shop.example.com", clean_urls=True
    )
    assert category.url is not None and category.url.startswith("https://shop.example.com/")
    assert "#" not in category.url
    [found] = await ecwid_client.categories.search(base_url="https://x.example.com").collect()
    assert found.url is not None and found.url.startswith("https://x.example.com#")


async def test_delete_then_get_is_404(ecwid_client: EcwidClient) -> None:
    cid = (await ecwid_client.categories.create({"name": "Temp"})).id
    assert cid
    assert (await ecwid_client.categories.delete(cid)).delete_count == 1
    with pytest.raises(NotFoundError):
        await ecwid_client.categories.get(cid)
    assert await ecwid_client.categories.search(hidden_categories=True).collect() == []


async def test_image_upload_sets_the_image_and_delete_clears_it(
    ecwid_client: EcwidClient,
) -> None:
    cid = (await ecwid_client.categories.create({"name": "Gifts"})).id
    assert cid
    assert (await ecwid_client.categories.upload_image(cid, GIF)).id
    category = await ecwid_client.categories.get(cid)
    assert category.image_url and category.original_image_url
    assert (await ecwid_client.categories.delete_image(cid)).delete_count == 1
    cleared = await ecwid_client.categories.get(cid)
    assert (cleared.image_url, cleared.original_image_url) == (None, None)
