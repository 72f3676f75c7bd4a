"""Orders (search filters, CRUD, invoice, option files), carts, calculate and place."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from ecwid_async.testing import FakeEcwid

from .fake_http import Api

ITEM = {"name": "Cherry", "price": 15, "quantity": 2, "sku": "00004"}


async def order(api: Api, **fields: Any) -> int:
    body = await api.ok("POST", "/orders", json={"items": [ITEM], **fields})
    assert set(body) == {"id", "orderid"}  # today's answer: the number and the order id
    return int(body["id"])


async def numbers(api: Api, **params: Any) -> list[int]:
    body = await api.ok("GET", "/orders", params=params)
    return [o["orderNumber"] for o in body["items"]]


async def test_create_and_get_order(api: Api) -> None:
    number = await order(
        api,
        email="ann@example.com",
        paymentStatus="PAID",
        billingPerson={"name": "Ann Lee"},
        createDate="2015-09-20 19:59:43 +0000",
    )
    got = await api.ok("GET", f"/orders/{number}")
    assert got["orderNumber"] == number
    assert got["vendorOrderNumber"] == str(number)
    assert (got["subtotal"], got["total"]) == (30, 30)  # computed from the items
    assert got["paymentStatus"] == "PAID"
    assert got["fulfillmentStatus"] == "AWAITING_PROCESSING"
    assert got["items"][0]["id"]
    assert got["createDate"] == "2015-09-20 19:59:43 +0000"
    assert got["createTimestamp"] == 1442779183


async def test_vendor_order_number_uses_profile_prefix_and_suffix(api: Api) -> None:
    units = {"orderNumberPrefix": "ABC", "orderNumberSuffix": "-q"}
    await api.ok("PUT", "/profile", json={"formatsAndUnits": units})
    number = await order(api)
    assert (await api.ok("GET", f"/orders/{number}"))["vendorOrderNumber"] == f"ABC{number}-q"


async def test_create_rejects_item_without_quantity_and_unknown_customer(api: Api) -> None:
    status, body = await api.post("/orders", json={"items": [{"name": "x", "price": 1}]})
    assert (status, body["errorMessage"]) == (400, "Field OrderItem.quantity is absent")
    assert (await api.post("/orders", json={"items": [], "customerId": 5}))[0] == 404
    assert (await api.post("/orders", json={"paymentStatus": "QUEUED"}))[0] == 400


async def test_search_envelope_and_order_number_list(fake: FakeEcwid, api: Api) -> None:
    fake.seed_orders(120)
    body = await api.ok("GET", "/orders")
    assert (body["total"], body["count"], body["limit"]) == (120, 100, 100)
    assert await numbers(api, orderNumber="7,3", paymentStatus="REFUNDED") == [3, 7]


async def test_status_filters_take_comma_lists(api: Api) -> None:
    paid = await order(api, paymentStatus="PAID", fulfillmentStatus="SHIPPED")
    waiting = await order(api, paymentStatus="AWAITING_PAYMENT")
    refunded = await order(api, paymentStatus="REFUNDED", fulfillmentStatus="RETURNED")
    assert await numbers(api, paymentStatus="PAID,REFUNDED") == [paid, refunded]
    assert await numbers(api, paymentStatus="AWAITING_PAYMENT") == [waiting]
    assert await numbers(api, fulfillmentStatus="SHIPPED,RETURNED") == [paid, refunded]
    assert (await api.get("/orders", params={"paymentStatus": "MAYBE"}))[0] == 400


async def test_incomplete_orders_only_when_asked(api: Api) -> None:
    done = await order(api)
    abandoned = await order(api, paymentStatus="INCOMPLETE")
    assert await numbers(api) == [done]
    assert await numbers(api, paymentStatus="INCOMPLETE") == [abandoned]


async def test_keyword_customer_total_coupon_method_filters(api: Api) -> None:
    ann = await order(
        api,
        email="ann@example.com",
        billingPerson={"name": "Ann Lee"},
        total=40,
        paymentMethod="PayPal",
        shippingOption={"shippingMethodName": "Express"},
        discountCoupon={"code": "SAVE5"},
    )
    bob = await order(
        api,
        email="bob@example.com",
        billingPerson={"name": "Bob Ray"},
        total=100,
        paymentMethod="Credit card",
        items=[{"name": "Teapot", "price": 100, "quantity": 1}],
    )
    assert await numbers(api, keywords="teapot") == [bob]
    assert await numbers(api, keywords="lee") == [ann]
    assert await numbers(api, customer="ann lee") == [ann]
    assert await numbers(api, customer="bob@example") == [bob]
    assert await numbers(api, totalFrom=50) == [bob]
    assert await numbers(api, totalTo=50) == [ann]
    assert await numbers(api, couponCode="SAVE5") == [ann]
    assert await numbers(api, paymentMethod="paypal") == [ann]
    assert await numbers(api, shippingMethod="Express") == [ann]
    assert await numbers(api, vendorOrderNumber=str(bob)) == [bob]


@pytest.mark.parametrize(
    ("low", "high"),
    [
        ("1420070400", "1420156799"),
        ("2015-01-01 05:00:00 +0500", "2015-01-01 23:59:59 +0000"),
        ("2015-01-01 00:00:00", "2015-01-01 23:59:59"),
        ("2015-01-01", "2015-01-01 23:59:59"),
    ],
)
async def test_created_date_range(api: Api, low: str, high: str) -> None:
    await order(api, createDate="2014-12-31 23:00:00")
    inside = await order(api, createDate="2015-01-01 10:00:00 +0000")
    await order(api, createDate="2015-01-02 00:00:01")
    assert await numbers(api, createdFrom=low, createdTo=high) == [inside]


async def test_update_is_partial_and_moves_orders_stat(fake: FakeEcwid, api: Api) -> None:
    number = await order(api, email="a@b.c", privateAdminNotes="keep")
    before = await api.ok("GET", "/latest-stats")
    fake.advance_clock(1)  # stamps have one-second resolution
    body = await api.ok("PUT", f"/orders/{number}", json={"fulfillmentStatus": "SHIPPED"})
    assert body == {"updateCount": 1}
    got = await api.ok("GET", f"/orders/{number}")
    assert (got["fulfillmentStatus"], got["email"], got["privateAdminNotes"]) == (
        "SHIPPED",
        "a@b.c",
        "keep",
    )
    assert len(got["items"]) == 1
    await api.ok("PUT", f"/orders/{number}", json={"items": []})
    assert (await api.ok("GET", f"/orders/{number}"))["items"] == []
    after = await api.ok("GET", "/latest-stats")
    assert after["ordersUpdated"] > before["ordersUpdated"]
    assert after["productsUpdated"] == before["productsUpdated"]
    status, body = await api.put(f"/orders/{number}", json={"paymentStatus": "QUEUED"})
    assert (status, body["errorMessage"]) == (
        400,
        "Status QUEUED is deprecated, use AWAITING_PAYMENT instead",
    )


async def test_delete_order_and_deleted_stats(api: Api) -> None:
    number = await order(api)
    assert await api.ok("DELETE", f"/orders/{number}") == {"deleteCount": 1}
    assert (await api.get(f"/orders/{number}"))[0] == 404
    assert (await api.delete(f"/orders/{number}"))[0] == 404
    deleted = await api.ok("GET", "/orders/deleted")
    assert [i["id"] for i in deleted["items"]] == [number]


async def test_invoice_is_html(api: Api) -> None:
    number = await order(api)
    status, content = await api.get(f"/orders/{number}/invoice")
    assert status == 200
    assert b"<html>" in content
    assert f"#{number}".encode() in content
    unfinished = await order(api, paymentStatus="INCOMPLETE")
    assert (await api.get(f"/orders/{unfinished}/invoice"))[0] == 422
    assert (await api.get("/orders/999/invoice"))[0] == 404


async def test_item_option_files(api: Api) -> None:
    item = {
        **ITEM,
        "selectedOptions": [
            {"name": "Attach your image", "type": "FILES", "files": []},
            {"name": "Size", "type": "CHOICE", "value": "L"},
        ],
    }
    number = await order(api, items=[item])
    item_id = (await api.ok("GET", f"/orders/{number}"))["items"][0]["id"]
    base = f"/orders/{number}/items/{item_id}/options"
    file_id = (
        await api.ok(
            "POST", f"{base}/Attach%20your%20image", params={"fileName": "me.jpg"}, data=b"jpeg"
        )
    )["id"]
    await api.ok("POST", f"{base}/Attach+your+image", params={"fileName": "b.jpg"}, data=b"b")
    option = (await api.ok("GET", f"/orders/{number}"))["items"][0]["selectedOptions"][0]
    assert [(f["name"], f["size"]) for f in option["files"]] == [("me.jpg", 4), ("b.jpg", 1)]
    path = f"{base}/Attach%20your%20image/files/{file_id}"
    assert await api.ok("DELETE", path) == {"deleteCount": 1}
    assert await api.ok("DELETE", f"{base}/Attach%20your%20image/files") == {"deleteCount": 1}
    status, body = await api.post(f"{base}/Size", data=b"x")
    assert (status, body["errorCode"]) == (409, "OPTIONS_IS_NOT_FILES_TYPE")
    assert (await api.post(f"{base}/Nope", data=b"x"))[0] == 404


async def test_option_files_link_to_their_bytes_or_their_external_url(
    api: Api, session: aiohttp.ClientSession
) -> None:
    item = {**ITEM, "selectedOptions": [{"name": "Photo", "type": "FILES", "files": []}]}
    number = await order(api, items=[item])
    item_id = (await api.ok("GET", f"/orders/{number}"))["items"][0]["id"]
    path = f"/orders/{number}/items/{item_id}/options/Photo"
    await api.ok("POST", path, params={"fileName": "me.jpg"}, data=b"jpeg")
    external = "https://cdn.example.com/me.png"
    await api.ok("POST", path, params={"fileName": "me.png", "externalUrl": external})
    option = (await api.ok("GET", f"/orders/{number}"))["items"][0]["selectedOptions"][0]
    uploaded, linked = option["files"]
    async with session.get(uploaded["url"]) as resp:
        assert (resp.status, await resp.read()) == (200, b"jpeg")
    assert linked["url"] == external


# -- carts -------------------------------------------------------------------------------------
async def test_carts_search_get_update(fake: FakeEcwid, api: Api) -> None:
    visible = fake.add_cart({"total": 10, "email": "ann@example.com", "items": [ITEM]})
    hidden = fake.add_cart({"total": 99, "hidden": True, "email": "bob@example.com"})
    body = await api.ok("GET", "/carts")
    assert (body["total"], body["limit"]) == (2, 100)
    assert [c["cartId"] for c in body["items"]] == [visible, hidden]
    body = await api.ok("GET", "/carts", params={"showHidden": "false"})
    assert [c["cartId"] for c in body["items"]] == [visible]
    body = await api.ok("GET", "/carts", params={"customer": "bob", "totalFrom": 50})
    assert [c["cartId"] for c in body["items"]] == [hidden]
    got = await api.ok("GET", f"/carts/{visible}")
    assert got["paymentStatus"] == "INCOMPLETE"
    before = await api.ok("GET", "/latest-stats")
    fake.advance_clock(1)  # stamps have one-second resolution
    assert await api.ok("PUT", f"/carts/{visible}", json={"hidden": True}) == {"updateCount": 1}
    assert (await api.ok("GET", f"/carts/{visible}"))["hidden"] is True
    after = await api.ok("GET", "/latest-stats")
    assert after["abandonedSalesUpdated"] > before["abandonedSalesUpdated"]
    assert (await api.get("/carts/NOPE"))[0] == 404


async def test_place_cart_creates_order(fake: FakeEcwid, api: Api) -> None:
    cart = fake.add_cart({"email": "ann@example.com", "items": [ITEM], "total": 30})
    body = await api.ok("POST", f"/carts/{cart}/place")
    assert set(body) == {"id", "orderNumber", "vendorOrderNumber", "cartId"}
    assert body["cartId"] == cart
    placed = await api.ok("GET", f"/orders/{body['id']}")
    assert placed["orderNumber"] == body["orderNumber"]
    assert placed["email"] == "ann@example.com"
    assert placed["paymentStatus"] == "AWAITING_PAYMENT"
    assert placed["items"][0]["name"] == "Cherry"
    assert (await api.get(f"/carts/{cart}"))[0] == 404
    assert (await api.post(f"/carts/{cart}/place"))[0] == 404


async def test_seeded_carts(fake: FakeEcwid, api: Api) -> None:
    fake.seed_products(5)
    ids = fake.seed_carts(3)
    body = await api.ok("GET", "/carts")
    assert [c["cartId"] for c in body["items"]] == ids


# -- calculate -----------------------------------------------------------------------------------
async def test_calculate_totals_with_coupon(fake: FakeEcwid, api: Api) -> None:
    pid = (await api.ok("POST", "/products", json={"name": "Tea", "price": 4}))["id"]
    await api.ok(
        "POST",
        "/discount_coupons",
        json={"name": "Ten", "code": "TEN", "discountType": "PERCENT", "discount": 10},
    )
    body = {
        "items": [
            {"price": 15, "quantity": 2, "name": "Cherry"},
            {"productId": pid, "quantity": 5},
        ],
        "discountCoupon": {"code": "TEN"},
        "billingPerson": {"name": "Peter Doe"},
    }
    result = await api.ok("POST", "/order/calculate", json=body)
    assert result["subtotal"] == 50
    assert result["couponDiscount"] == 5
    assert (result["tax"], result["total"]) == (0, 45)
    assert result["items"][1]["price"] == 4  # taken from the product
    assert result["shippingPerson"] == {"name": "Peter Doe"}
    assert result["paymentStatus"] == "INCOMPLETE"
    assert (await api.ok("GET", "/orders"))["total"] == 0  # nothing is stored


async def test_calculate_without_items_is_422(api: Api) -> None:
    assert (await api.post("/order/calculate", json={"items": []}))[0] == 422
    assert (await api.post("/order/calculate", json={"items": [{"price": 1}]}))[0] == 422


# -- today's reference ---------------------------------------------------------------------------
async def test_orders_carry_today_s_ids_and_paths_take_any_of_them(api: Api) -> None:
    body = await api.ok("POST", "/orders", json={"items": [ITEM]})
    by_id = await api.ok("GET", f"/orders/{body['orderid']}")
    assert by_id["orderNumber"] == body["id"] == by_id["internalId"]
    assert by_id["id"] == body["orderid"] and by_id["publicUid"] in by_id["id"]
    assert by_id == await api.ok("GET", f"/orders/{body['id']}")
    assert (await api.get("/orders/ZZZZZ"))[0] == 404


async def test_response_fields_trim_searches_and_gets(api: Api) -> None:
    number = await order(api, email="ann@example.com")
    page = await api.ok("GET", "/orders", params={"responseFields": "total,items(id,email)"})
    assert set(page) == {"total"} | {"items"}
    assert set(page["items"][0]) == {"id", "email"}
    got = await api.ok("GET", f"/orders/{number}", params={"responseFields": "email"})
    assert got == {"email": "ann@example.com"}
    status, body = await api.get("/orders", params={"responseFields": "items(id"})
    assert status == 400 and "responseFields" in body["errorMessage"]


async def test_last_order_receipt_pdf_and_repeat_url(api: Api) -> None:
    assert (await api.get("/orders/last"))[0] == 404
    await order(api)
    last = await order(api, email="bob@example.com")
    assert (await api.ok("GET", "/orders/last"))["orderNumber"] == last
    status, pdf = await api.get(f"/orders/{last}/invoice-pdf")
    assert status == 200 and pdf.startswith(b"%PDF-1.4") and b"Cherry" in pdf
    link = (await api.ok("GET", f"/orders/{last}/repeatURL"))["repeatOrderUrl"]
    assert link.startswith("https://store") and "repeat-order?id=" in link


async def test_order_search_new_filters(api: Api) -> None:
    a = await order(api, email="A@Example.com", acceptMarketing=True)
    b = await order(api, email="b@example.com", paymentModule="PayPal", refererId="77")
    assert await numbers(api, email="a@example.com") == [a]
    assert await numbers(api, acceptMarketing="true") == [a]
    assert await numbers(api, paymentModule="paypal") == [b]
    assert await numbers(api, refererId="77") == [b]
    assert await numbers(api, ids=f"{a},{b}") == [a, b]
    status, _ = await api.get("/orders", params={"paymentStatus": "CUSTOM_PAYMENT_STATUS_4"})
    assert status == 400
