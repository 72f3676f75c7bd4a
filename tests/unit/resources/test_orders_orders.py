"""``ecwid.orders``: what each method sends, what it returns, and what it refuses."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from aioresponses import aioresponses

from ecwid_async.models.common import (
    CreateStatus,
    DeletedItem,
    DeleteStatus,
    UpdateStatus,
    UploadStatus,
)
from ecwid_async.models.order import (
    CalculatedOrder,
    Order,
    OrderCalculationInput,
    OrderInput,
    OrderItem,
    PersonInfo,
)
from tests.vtime import virtual_time

from ..conftest import url
from . import Build, Refusal, client, drain, only, refusal_test, request_test, sent

OPTION = "/orders/20/items/987653/options/Attach%20your%20image"

# (name, build the call, method, path, query, JSON body, answer, result type)
CASES: list[tuple[str, Build, str, str, list[tuple[str, str]], Any, Any, type]] = [
    (
        "get",
        lambda e: e.orders.get(20),
        "GET", "/orders/20", [], None, {"orderNumber": 20, "total": 37.39}, Order,
    ),
    (
        "get_string_id",
        lambda e: e.orders.get("ab645ad"),
        "GET", "/orders/ab645ad", [], None, {"id": "ab645ad"}, Order,
    ),
    (
        "create_dict",
        lambda e: e.orders.create({"email": "a@b.c", "items": [{"name": "Cherry", "quantity": 2}]}),
        "POST", "/orders", [], {"email": "a@b.c", "items": [{"name": "Cherry", "quantity": 2}]},
        {"id": 20}, CreateStatus,
    ),
    (
        "create_struct",
        lambda e: e.orders.create(
            OrderInput(
                total=40,
                payment_status="PAID",
                items=[OrderItem(name="Cherry", quantity=2, price=15)],
                billing_person=PersonInfo(name="Eugene K", country_code="US"),
            )
        ),
        "POST", "/orders", [],
        {
            "total": 40,
            "paymentStatus": "PAID",
            "items": [{"name": "Cherry", "quantity": 2, "price": 15}],
            "billingPerson": {"name": "Eugene K", "countryCode": "US"},
        },
        {"id": 21}, CreateStatus,
    ),
    (
        "update",
        lambda e: e.orders.update(20, OrderInput(fulfillment_status="SHIPPED", tracking_number="1Z")),
        "PUT", "/orders/20", [], {"fulfillmentStatus": "SHIPPED", "trackingNumber": "1Z"},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "update_dict",
        lambda e: e.orders.update("20", {"privateAdminNotes": "Sunday"}),
        "PUT", "/orders/20", [], {"privateAdminNotes": "Sunday"}, {"updateCount": 1}, UpdateStatus,
    ),
    (
        "delete",
        lambda e: e.orders.delete(20),
        "DELETE", "/orders/20", [], None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "delete_item_option_file",
        lambda e: e.orders.delete_item_option_file(20, 987653, "Attach your image", 1838839292388),
        "DELETE", f"{OPTION}/files/1838839292388", [], None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "delete_item_option_files",
        lambda e: e.orders.delete_item_option_files(20, 987653, "Attach your image"),
        "DELETE", f"{OPTION}/files", [], None, {"deleteCount": 2}, DeleteStatus,
    ),
    (
        "calculate",
        lambda e: e.orders.calculate(
            OrderCalculationInput(email="p@d.c", items=[OrderItem(price=15, quantity=2)])
        ),
        "POST", "/order/calculate", [],
        {"email": "p@d.c", "items": [{"price": 15, "quantity": 2}]},
        {"subtotal": 30, "total": 30, "availableShippingOptions": []}, CalculatedOrder,
    ),
]  # fmt: skip


test_each_method_sends_its_request_and_decodes_the_answer = request_test(CASES)


@virtual_time
async def test_search_sends_every_documented_filter_by_its_wire_name(
    mocked: aioresponses,
) -> None:
    mocked.get(url("/orders"), payload={"total": 1, "count": 1, "items": [{"orderNumber": 20}]})
    async with client() as ecwid:
        found = await ecwid.orders.search(
            keywords="cherry",
            coupon_code="5PERCENTOFF",
            total_from=10,
            total_to=99.5,
            vendor_order_number="ABC20-q",
            customer="johnsmith@example.com",
            created_from=dt.datetime(2015, 4, 22, tzinfo=dt.timezone.utc),
            created_to=dt.date(2015, 4, 23),
            updated_from=1447804800,
            updated_to="2015-04-22 18:48:38 -0500",
            payment_method="Purchase order",
            shipping_method="2nd day delivery",
            payment_status=["PAID", "AWAITING_PAYMENT"],
            fulfillment_status="SHIPPED",
            limit=50,
            offset=10,
        ).collect()
    assert found == [Order(order_number=20)]
    assert only(mocked).query == sorted(
        [
            ("keywords", "cherry"),
            ("couponCode", "5PERCENTOFF"),
            ("totalFrom", "10"),
            ("totalTo", "99.5"),
            ("vendorOrderNumber", "ABC20-q"),
            ("customer", "johnsmith@example.com"),
            ("createdFrom", "1429660800"),
            ("createdTo", "2015-04-23"),
            ("updatedFrom", "1447804800"),
            ("updatedTo", "2015-04-22 18:48:38 -0500"),
            ("paymentMethod", "Purchase order"),
            ("shippingMethod", "2nd day delivery"),
            ("paymentStatus", "PAID,AWAITING_PAYMENT"),
            ("fulfillmentStatus", "SHIPPED"),
            ("offset", "10"),
            ("limit", "50"),
        ]
    )


@virtual_time
async def test_search_by_order_numbers_joins_them_with_commas(mocked: aioresponses) -> None:
    mocked.get(url("/orders"), payload={"total": 0, "items": []})
    async with client() as ecwid:
        assert await ecwid.orders.search(order_number=[20, 21, "22"]).collect() == []
    assert only(mocked).query == sorted(
        [("orderNumber", "20,21,22"), ("offset", "0"), ("limit", "100")]
    )


@virtual_time
async def test_search_pages_through_the_results(mocked: aioresponses) -> None:
    def page(offset: int, n: int) -> dict[str, Any]:
        items = [{"orderNumber": offset + i} for i in range(n)]
        return {"total": 130, "count": n, "offset": offset, "limit": 100, "items": items}

    mocked.get(url("/orders"), payload=page(0, 100))
    mocked.get(url("/orders"), payload=page(100, 30))
    async with client() as ecwid:
        numbers = [o.order_number async for o in ecwid.orders.search(payment_status="PAID")]
    assert numbers == list(range(130))
    assert [dict(r.query)["offset"] for r in sent(mocked)] == ["0", "100"]


@virtual_time
async def test_invoice_is_html_text_and_can_stream(mocked: aioresponses) -> None:
    html = "<!DOCTYPE html>\n<html><head><title>Order - #ab645ad</title></head></html>"
    for _ in range(2):
        mocked.get(url("/orders/20/invoice"), body=html, content_type="text/html")
    async with client() as ecwid:
        assert await ecwid.orders.invoice(20) == html
        async with ecwid.orders.invoice(20).stream(chunk_size=8) as chunks:
            assert b"".join([c async for c in chunks]).decode() == html
    assert [(r.method, r.path) for r in sent(mocked)] == [("GET", "/orders/20/invoice")] * 2


@virtual_time
async def test_deleted_lists_deleted_order_numbers_with_date_bounds(
    mocked: aioresponses,
) -> None:
    mocked.get(
        url("/orders/deleted"),
        payload={"total": 1, "count": 1, "items": [{"id": 9, "date": "2014-10-20 18:07:24 +0400"}]},
    )
    async with client() as ecwid:
        [item] = await ecwid.orders.deleted(
            from_date=1413763200, to_date=dt.date(2014, 10, 31)
        ).collect()
    assert isinstance(item, DeletedItem)
    assert (item.id, item.date) == (
        9,
        dt.datetime(2014, 10, 20, 18, 7, 24, tzinfo=dt.timezone(dt.timedelta(hours=4))),
    )
    request = only(mocked)
    assert request.path == "/orders/deleted"
    assert request.query == sorted(
        [("from_date", "1413763200"), ("to_date", "2014-10-31"), ("offset", "0"), ("limit", "100")]
    )


@virtual_time
async def test_upload_item_option_file_sends_the_bytes_and_the_file_name(
    mocked: aioresponses,
) -> None:
    mocked.post(url(OPTION), payload={"id": 6005003})
    async with client() as ecwid:
        status = await ecwid.orders.upload_item_option_file(
            20, 987653, "Attach your image", b"\xff\xd8\xff photo", file_name="my_photo.jpg"
        )
    assert status == UploadStatus(id=6005003)
    request = only(mocked)
    assert (request.method, request.path) == ("POST", OPTION)
    assert request.query == [("fileName", "my_photo.jpg")]
    assert request.data == b"\xff\xd8\xff photo"
    assert request.headers["Content-Type"] == "application/octet-stream"


@virtual_time
async def test_upload_item_option_file_streams_a_path_named_after_it(
    mocked: aioresponses, tmp_path: Any
) -> None:
    payload = bytes(range(256)) * 2000
    path = tmp_path / "scan.pdf"
    path.write_bytes(payload)
    mocked.post(url("/orders/7/items/1/options/File"), payload={"id": 1})
    async with client() as ecwid:
        await ecwid.orders.upload_item_option_file(7, 1, "File", path)
        request = only(mocked)
        assert await drain(request.data) == payload
    assert request.query == [("fileName", "scan.pdf")]


# -- refused before sending ------------------------------------------------------------------
BAD: list[Refusal] = [
    ("payment_status", lambda e: e.orders.search(payment_status="SHIPPED"), ValueError, "payment_status"),
    ("payment_status_list", lambda e: e.orders.search(payment_status=["PAID", "QUEUED"]), ValueError, "QUEUED"),
    ("fulfillment_status", lambda e: e.orders.search(fulfillment_status="PAID"), ValueError, "fulfillment_status"),
    ("statuses_empty", lambda e: e.orders.search(payment_status=[]), ValueError, "payment_status"),
    ("limit_101", lambda e: e.orders.search(limit=101), ValueError, "limit"),
    ("total_str", lambda e: e.orders.search(total_from="10"), TypeError, "total_from"),
    ("date_bool", lambda e: e.orders.search(updated_to=True), TypeError, "updated_to"),
    ("order_numbers_empty", lambda e: e.orders.search(order_number=[]), ValueError, "order_number"),
    ("bad_id", lambda e: e.orders.get(-1), ValueError, "order_number"),
    ("blank_id", lambda e: e.orders.delete("  "), ValueError, "order_number"),
    ("id_bool", lambda e: e.orders.invoice(True), TypeError, "order_number"),
    ("create_body_str", lambda e: e.orders.create("email=a@b.c"), TypeError, "OrderInput"),
    ("update_body_list", lambda e: e.orders.update(1, [{"total": 1}]), TypeError, "OrderInput"),
    ("update_decoded_order", lambda e: e.orders.update(1, Order(total=1)), TypeError, "OrderInput"),
    ("calculate_body", lambda e: e.orders.calculate(OrderInput()), TypeError, "OrderCalculationInput"),
    ("item_id_str", lambda e: e.orders.delete_item_option_files(1, "2", "File"), TypeError, "item_id"),
    ("file_id_bad", lambda e: e.orders.delete_item_option_file(1, 2, "File", -3), ValueError, "file_id"),
    ("option_blank", lambda e: e.orders.delete_item_option_files(1, 2, " "), ValueError, "option_name"),
    ("upload_no_name", lambda e: e.orders.upload_item_option_file(1, 2, "File", b"x"), ValueError, "file_name"),
    ("upload_empty", lambda e: e.orders.upload_item_option_file(1, 2, "F", b"", file_name="a"), ValueError, "empty"),
    ("upload_str", lambda e: e.orders.upload_item_option_file(1, 2, "F", "a.txt"), TypeError, "pathlib"),
    ("deleted_date", lambda e: e.orders.deleted(from_date=[1]), TypeError, "from_date"),
]  # fmt: skip


test_bad_input_is_refused_before_anything_is_sent = refusal_test(BAD)


def test_oversize_option_file_is_refused_from_its_size(tmp_path: Any) -> None:
    big = tmp_path / "huge.bin"
    with big.open("wb") as handle:  # sparse: the size without the disk space
        handle.truncate(100 * 1024 * 1024 + 1)
    with pytest.raises(ValueError, match="at most 100 MB"):
        client().orders.upload_item_option_file(1, 2, "File", big)


def test_calls_are_values_that_fit_a_batch() -> None:
    call = client().orders.update(20, {"hidden": True})
    assert (call.method, call.relative_url, call.body) == ("PUT", "/orders/20", {"hidden": True})
