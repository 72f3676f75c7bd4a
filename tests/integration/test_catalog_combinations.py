"""``ecwid.combinations`` and ``ecwid.product_classes`` against FakeEcwid over loopback."""

from __future__ import annotations

from typing import Any

import pytest

from ecwid_async import EcwidClient, NotFoundError
from ecwid_async.models.combination import CombinationInput, OptionValue
from ecwid_async.models.product_class import ProductClassAttribute, ProductClassInput

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256))

SIZES: dict[str, Any] = {
    "name": "Size",
    "type": "SELECT",
    "defaultChoice": 0,
    "choices": [{"text": "S"}, {"text": "M"}, {"text": "L"}],
}


async def product_with_sizes(ecwid: EcwidClient) -> int:
    pid = (await ecwid.products.create({"name": "T-Shirt", "price": 10, "options": [SIZES]})).id
    assert pid
    return pid


async def test_create_list_get_update_delete(ecwid_client: EcwidClient) -> None:
    combos = ecwid_client.combinations
    pid = await product_with_sizes(ecwid_client)
    small = (
        await combos.create(
            pid,
            CombinationInput(options=[OptionValue(name="Size", value="S")], sku="TS-S", price=9),
        )
    ).id
    large = (
        await combos.create(pid, {"options": [{"name": "Size", "value": "L"}], "quantity": 4})
    ).id
    assert small and large
    listed = await combos.list(pid)
    assert [c.id for c in listed] == [small, large]
    got = await combos.get(pid, small)
    assert (got.sku, got.price, got.options) == ("TS-S", 9, [OptionValue(name="Size", value="S")])

    assert (await combos.update(pid, small, {"price": 8})).update_count == 1
    updated = await combos.get(pid, small)
    assert (updated.sku, updated.price) == ("TS-S", 8)

    assert (await combos.delete(pid, small)).delete_count == 1
    with pytest.raises(NotFoundError):
        await combos.get(pid, small)
    assert [c.id for c in await combos.list(pid)] == [large]
    assert [c.id for c in (await ecwid_client.products.get(pid)).combinations or []] == [large]


async def test_delete_all(ecwid_client: EcwidClient) -> None:
    pid = await product_with_sizes(ecwid_client)
    for size in ("S", "M", "L"):
        await ecwid_client.combinations.create(pid, {"options": [{"name": "Size", "value": size}]})
    assert (await ecwid_client.combinations.delete_all(pid)).delete_count == 3
    assert await ecwid_client.combinations.list(pid) == []


async def test_adjust_inventory(ecwid_client: EcwidClient) -> None:
    pid = await product_with_sizes(ecwid_client)
    cid = (
        await ecwid_client.combinations.create(
            pid, {"options": [{"name": "Size", "value": "M"}], "quantity": 5}
        )
    ).id
    assert cid
    status = await ecwid_client.combinations.adjust_inventory(pid, cid, 2)
    assert (status.update_count, status.warning) == (1, None)
    assert (await ecwid_client.combinations.get(pid, cid)).quantity == 7
    assert (await ecwid_client.combinations.adjust_inventory(pid, cid, -8)).warning
    assert (await ecwid_client.combinations.get(pid, cid)).quantity == -1


async def test_image_upload_and_delete(ecwid_client: EcwidClient) -> None:
    pid = await product_with_sizes(ecwid_client)
    cid = (
        await ecwid_client.combinations.create(pid, {"options": [{"name": "Size", "value": "S"}]})
    ).id
    assert cid
    assert (await ecwid_client.combinations.upload_image(pid, cid, JPEG)).id
    combo = await ecwid_client.combinations.get(pid, cid)
    assert combo.image_url and combo.original_image_url
    assert (await ecwid_client.combinations.delete_image(pid, cid)).delete_count == 1
    assert (await ecwid_client.combinations.get(pid, cid)).image_url is None


async def test_missing_product_is_404(ecwid_client: EcwidClient) -> None:
    with pytest.raises(NotFoundError):
        await ecwid_client.combinations.list(999999999)


async def test_product_classes_create_get_update_list_delete(ecwid_client: EcwidClient) -> None:
    classes = ecwid_client.product_classes
    general = await classes.list()
    assert [c.id for c in general] == [0]
    created = await classes.create(
        ProductClassInput(
            name="Shoes", attributes=[ProductClassAttribute(name="Size", type="SIZE", show="DESCR")]
        )
    )
    assert created.id
    shoes = await classes.get(created.id)
    assert shoes.name == "Shoes"
    [size] = shoes.attributes or []
    assert (size.name, size.type, size.show) == ("Size", "SIZE", "DESCR")
    assert size.id

    assert (await classes.update(created.id, {"name": "Boots"})).update_count == 1
    boots = await classes.get(created.id)
    assert boots.name == "Boots"
    assert boots.attributes == shoes.attributes

    assert [c.id for c in await classes.list()] == [0, created.id]
    pid = (await ecwid_client.products.create({"name": "Boot", "productClassId": created.id})).id
    assert pid
    assert (await classes.delete(created.id)).delete_count == 1
    with pytest.raises(NotFoundError):
        await classes.get(created.id)
    assert (await ecwid_client.products.get(pid)).product_class_id == 0
