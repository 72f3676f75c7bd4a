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
    OrderCreateStatus,
    OrderInput,
    OrderItem,
    PersonInfo,
    RepeatOrderUrl,
    TaxInvoices,
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
        {"id": 20, "orderid": "XJ12H"}, OrderCreateStatus,
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
        {"id": 21, "orderid": "XJ12J"}, OrderCreateStatus,
    ),
    (
        "get_trimmed",
        lambda e: e.orders.get("EBJFT", response_fields=["id", "email", "total"]),
        "GET", "/orders/EBJFT", [("responseFields", "id,email,total")], None,
        {"id": "EBJFT", "email": "a@b.c", "total": 10}, Order,
    ),
    (
        "last",
        lambda e: e.orders.last(),
        "GET", "/orders/last", [], None, {"id": "K8XTQ", "orderNumber": 7}, Order,
    ),
    (
        "last_trimmed",
        lambda e: e.orders.last(response_fields="id,total"),
        "GET", "/orders/last", [("responseFields", "id,total")], None, {"id": "K8XTQ"}, Order,
    ),
    (
        "repeat_url",
        lambda e: e.orders.repeat_url("JJ5HH"),
        "GET", "/orders/JJ5HH/repeatURL", [], None,
        {"repeatOrderUrl": "https://example.com/repeat-order?id=JJ5HH"}, RepeatOrderUrl,
    ),
    (
        "tax_invoices",
        lambda e: e.orders.tax_invoices("JJ5HH", response_fields="invoices(id,link)"),
        "GET", "/orders/JJ5HH/invoices", [("responseFields", "invoices(id,link)")], None,
        {"invoices": [{"internalId": 1002002, "id": "AB000308", "type": "SALE"}]}, TaxInvoices,
    ),
    (
        "generate_tax_invoice",
        lambda e: e.orders.generate_tax_invoice(20),
        "POST", "/orders/20/invoices/create-invoice", [], None, {"id": 1002005}, CreateStatus,
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
            ids=["EG4H2", "SALE-G01ZG", 20],
            keywords="cherry",
            email="john@example.com",
            customer_id=177737165,
            product_id=[10031004, 86427531],
            total_from=10,
            total_to=99.5,
            created_from=dt.datetime(2015, 4, 22, tzinfo=dt.timezone.utc),
            created_to=dt.date(2015, 4, 23),
            updated_from=1447804800,
            updated_to="2015-04-22 18:48:38 -0500",
            pickup_time_from=1447804800,
            pickup_time_to="2023-01-15 21:30:00",
            shipping_method="2nd day delivery",
            fulfillment_status=["SHIPPED", "OUT_FOR_DELIVERY"],
            payment_method="Purchase order",
            payment_module="CUSTOM_PAYMENT_APP-x",
            payment_status=["PAID", "CUSTOM_PAYMENT_STATUS_1"],
            accept_marketing=True,
            contains_preorder_items=False,
            coupon_code="5PERCENTOFF",
            subscription_id=66839,
            referer_id=12,
            response_fields="total,items(id,email,total)",
            limit=50,
            offset=10,
        ).collect()
    assert found == [Order(order_number=20)]
    assert only(mocked).query == sorted(
        [
            ("ids", "EG4H2,SALE-G01ZG,20"),
            ("keywords", "cherry"),
            ("email", "john@example.com"),
            ("customerId", "177737165"),
            ("productId", "10031004,86427531"),
            ("totalFrom", "10"),
            ("totalTo", "99.5"),
            ("createdFrom", "1429660800"),
            ("createdTo", "2015-04-23"),
            ("updatedFrom", "1447804800"),
            ("updatedTo", "2015-04-22 18:48:38 -0500"),
            ("pickupTimeFrom", "1447804800"),
            ("pickupTimeTo", "2023-01-15 21:30:00"),
            ("shippingMethod", "2nd day delivery"),
            ("fulfillmentStatus", "SHIPPED,OUT_FOR_DELIVERY"),
            ("paymentMethod", "Purchase order"),
            ("paymentModule", "CUSTOM_PAYMENT_APP-x"),
            ("paymentStatus", "PAID,CUSTOM_PAYMENT_STATUS_1"),
            ("acceptMarketing", "true"),
            ("containsPreorderItems", "false"),
            ("couponCode", "5PERCENTOFF"),
            ("subscriptionId", "66839"),
            ("refererId", "12"),
            ("responseFields", "total,items(id,email,total)"),
            ("offset", "10"),
            ("limit", "50"),
        ]
    )


@pytest.mark.parametrize(
    ("keywords", "sent_as"),
    [
        ({"order_number": [20, 21, "22"]}, [("ids", "20,21,22")]),
        ({"vendor_order_number": "ABC20-q"}, [("ids", "ABC20-q")]),
        ({"customer": "johnsmith@example.com"}, [("keywords", "johnsmith@example.com")]),
    ],
    ids=["order_number", "vendor_order_number", "customer"],
)
@virtual_time
async def test_search_sends_deprecated_filters_as_todays_with_a_warning(
    mocked: aioresponses, keywords: dict[str, Any], sent_as: list[tuple[str, str]]
) -> None:
    mocked.get(url("/orders"), payload={"total": 0, "items": []})
    async with client() as ecwid:
        with pytest.warns(DeprecationWarning, match=f"{next(iter(keywords))}=.*today's"):
            assert await ecwid.orders.search(**keywords).collect() == []
    assert only(mocked).query == sorted([*sent_as, ("offset", "0"), ("limit", "100")])


@virtual_time
async def test_receipt_pdf_is_the_bytes_of_the_pdf(mocked: aioresponses) -> None:
    pdf = b"%PDF-1.7\n" + bytes(range(256))
    mocked.get(url("/orders/EBJFT/invoice-pdf"), body=pdf, content_type="application/pdf")
    async with client() as ecwid:
        assert await ecwid.orders.receipt_pdf("EBJFT") == pdf
    assert (only(mocked).method, only(mocked).path) == ("GET", "/orders/EBJFT/invoice-pdf")


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
    ("ids_empty", lambda e: e.orders.search(ids=[]), ValueError, "ids"),
    ("ids_bool", lambda e: e.orders.search(ids=[True]), ValueError, "ids"),
    ("ids_and_order_number", lambda e: e.orders.search(ids=[1], order_number=2), ValueError, "ids= only"),
    ("customer_and_keywords", lambda e: e.orders.search(keywords="a", customer="b"), ValueError, "keywords= only"),
    ("customer_id_str", lambda e: e.orders.search(customer_id="5"), TypeError, "customer_id"),
    ("fields_empty", lambda e: e.orders.get(1, response_fields=[]), ValueError, "response_fields"),
    ("bad_id", lambda e: e.orders.get(-1), ValueError, "order_id"),
    ("blank_id", lambda e: e.orders.delete("  "), ValueError, "order_id"),
    ("id_bool", lambda e: e.orders.invoice(True), TypeError, "order_id"),
    ("pdf_id_bool", lambda e: e.orders.receipt_pdf(False), TypeError, "order_id"),
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
