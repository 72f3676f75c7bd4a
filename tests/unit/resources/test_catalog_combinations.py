"""``ecwid.combinations`` and ``ecwid.product_classes``: child and sibling catalog resources."""

from __future__ import annotations

from typing import Any

from aioresponses import aioresponses

from ecwid_async.models.combination import Combination, CombinationInput, OptionValue
from ecwid_async.models.common import (
    CreateStatus,
    DeleteStatus,
    InventoryAdjustmentStatus,
    UpdateStatus,
    UploadStatus,
)
from ecwid_async.models.product_class import (
    ProductClass,
    ProductClassAttribute,
    ProductClassInput,
)
from tests.vtime import virtual_time

from ..conftest import url
from . import JPEG, Build, Refusal, client, only, refusal_test, request_test

COMBO = "/products/8383892837/combinations"

CASES: list[tuple[str, Build, str, str, Any, Any, type]] = [
    (
        "get",
        lambda e: e.combinations.get(8383892837, 772828388),
        "GET", f"{COMBO}/772828388", None, {"id": 772828388, "sku": "x"}, Combination,
    ),
    (
        "create",
        lambda e: e.combinations.create(
            8383892837,
            CombinationInput(options=[OptionValue(name="Size", value="L")], quantity=4),
        ),
        "POST", COMBO, {"options": [{"name": "Size", "value": "L"}], "quantity": 4},
        {"id": 7}, CreateStatus,
    ),
    (
        "update",
        lambda e: e.combinations.update(8383892837, 772828388, {"sku": "combination-new-sku"}),
        "PUT", f"{COMBO}/772828388", {"sku": "combination-new-sku"},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "delete",
        lambda e: e.combinations.delete(8383892837, 772828388),
        "DELETE", f"{COMBO}/772828388", None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "delete_all",
        lambda e: e.combinations.delete_all(8383892837),
        "DELETE", COMBO, None, {"deleteCount": 6}, DeleteStatus,
    ),
    (
        "adjust_inventory",
        lambda e: e.combinations.adjust_inventory(8383892837, 772828388, 3),
        "PUT", f"{COMBO}/772828388/inventory", {"quantityDelta": 3},
        {"updateCount": 1}, InventoryAdjustmentStatus,
    ),
    (
        "delete_image",
        lambda e: e.combinations.delete_image(8383892837, 772828388),
        "DELETE", f"{COMBO}/772828388/image", None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "class_get",
        lambda e: e.product_classes.get(4208002),
        "GET", "/classes/4208002", None, {"id": 4208002, "name": "Shoes"}, ProductClass,
    ),
    (
        "class_create",
        lambda e: e.product_classes.create(
            ProductClassInput(
                name="Shoes", attributes=[ProductClassAttribute(name="Size", show="DESCR")]
            )
        ),
        "POST", "/classes", {"name": "Shoes", "attributes": [{"name": "Size", "show": "DESCR"}]},
        {"id": 4208002}, CreateStatus,
    ),
    (
        "class_update",
        lambda e: e.product_classes.update(4208002, {"name": "Boots"}),
        "PUT", "/classes/4208002", {"name": "Boots"}, {"updateCount": 1}, UpdateStatus,
    ),
    (
        "class_delete",
        lambda e: e.product_classes.delete(4208002),
        "DELETE", "/classes/4208002", None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "list_today",
        lambda e: e.combinations.list(8383892837, lang="nl", response_fields="id,sku"),
        "GET", COMBO, [("lang", "nl"), ("responseFields", "id,sku")], None, [{"id": 1}], list,
    ),
    (
        "update_notify",
        lambda e: e.combinations.update(8383892837, 5, {"quantity": 4}, check_low_stock_notification=True),
        "PUT", f"{COMBO}/5", [("checkLowStockNotification", "true")], {"quantity": 4},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "adjust_notify",
        lambda e: e.combinations.adjust_inventory(8383892837, 5, -1, check_low_stock_notification=False),
        "PUT", f"{COMBO}/5/inventory", [("checkLowStockNotification", "false")],
        {"quantityDelta": -1}, {"updateCount": 1}, InventoryAdjustmentStatus,
    ),
    (
        "upload_image_async",
        lambda e: e.combinations.upload_image_async(
            8383892837, 5, "https://cdn.example/v.png", width=3, height=4, alt={"main": "Red"}
        ),
        "POST", f"{COMBO}/5/image/async", [],
        {"url": "https://cdn.example/v.png", "width": 3, "height": 4, "alt": {"main": "Red"}},
        {"id": 6}, UploadStatus,
    ),
]  # fmt: skip


test_each_method_sends_its_request_and_decodes_the_answer = request_test(CASES)


@virtual_time
async def test_list_decodes_the_bare_array_of_combinations(mocked: aioresponses) -> None:
    mocked.get(url(COMBO), payload=[{"id": 1, "combinationNumber": 1}, {"id": 2}])
    async with client() as ecwid:
        combos = await ecwid.combinations.list(8383892837)
    assert combos == [Combination(id=1, combination_number=1), Combination(id=2)]
    assert only(mocked).path == COMBO


@virtual_time
async def test_product_classes_list_decodes_the_bare_array(mocked: aioresponses) -> None:
    mocked.get(url("/classes"), payload=[{"id": 0, "name": ""}, {"id": 4208002}])
    async with client() as ecwid:
        classes = await ecwid.product_classes.list()
    assert classes == [ProductClass(id=0, name=""), ProductClass(id=4208002)]


@virtual_time
async def test_upload_combination_image(mocked: aioresponses) -> None:
    mocked.post(url(f"{COMBO}/772828388/image"), payload={"id": 99})
    async with client() as ecwid:
        status = await ecwid.combinations.upload_image(8383892837, 772828388, JPEG)
    assert status == UploadStatus(id=99)
    request = only(mocked)
    assert (request.data, request.headers["Content-Type"]) == (JPEG, "image/jpeg")


BAD: list[Refusal] = [
    ("combo_id", lambda e: e.combinations.get(1, -2), ValueError, "combination_id"),
    ("product_bool", lambda e: e.combinations.list(False), TypeError, "product_id"),
    ("body_model", lambda e: e.combinations.create(1, Combination(id=1, sku="x")), TypeError, "CombinationInput"),
    ("delta_float", lambda e: e.combinations.adjust_inventory(1, 2, 1.5), TypeError, "quantity_delta"),
    ("not_image", lambda e: e.combinations.upload_image(1, 2, b"\x00\x01"), ValueError, "not a PNG"),
    ("class_id", lambda e: e.product_classes.get(-1), ValueError, "class_id"),
    ("list", lambda e: e.product_classes.update(1, ["Shoes"]), TypeError, "ProductClassInput"),
]  # fmt: skip

test_bad_input_is_refused_before_anything_is_sent = refusal_test(BAD)
