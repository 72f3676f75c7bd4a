"""``ecwid.carts``: abandoned carts, placing them, and order calculation."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from aioresponses import aioresponses

from ecwid_async.models.cart import Cart, CartInput, PlaceCartResult
from ecwid_async.models.common import UpdateStatus
from ecwid_async.models.order import (
    CalculatedOrder,
    OrderCalculationInput,
    OrderItem,
    PersonInfo,
    ShippingTax,
)
from tests.vtime import virtual_time

from ..conftest import url
from . import Build, Refusal, client, only, refusal_test, request_test

CART = "6626E60A-A6F9-4CD5-8230-43D5F162E0CD"

CASES: list[tuple[str, Build, str, str, Any, Any, type]] = [
    (
        "get",
        lambda e: e.carts.get(CART),
        "GET", f"/carts/{CART}", None,
        {"cartId": CART, "total": 37.39, "recovered_order_id": 1231245}, Cart,
    ),
    (
        "get_trimmed",
        lambda e: e.carts.get(CART, response_fields=["cartId", "total"]),
        "GET", f"/carts/{CART}", [("responseFields", "cartId,total")], None,
        {"cartId": CART, "total": 220}, Cart,
    ),
    (
        "update_taxes",
        lambda e: e.carts.update(CART, CartInput(taxes_on_shipping=[ShippingTax(name="Tax X", value=20, total=2.86)])),
        "PUT", f"/carts/{CART}", {"taxesOnShipping": [{"name": "Tax X", "value": 20, "total": 2.86}]},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "update_struct",
        lambda e: e.carts.update(CART, CartInput(hidden=True)),
        "PUT", f"/carts/{CART}", {"hidden": True}, {"updateCount": 1}, UpdateStatus,
    ),
    (
        "update_dict",
        lambda e: e.carts.update(CART, {"hidden": False}),
        "PUT", f"/carts/{CART}", {"hidden": False}, {"updateCount": 1}, UpdateStatus,
    ),
    (
        "place",
        lambda e: e.carts.place(CART),
        "POST", f"/carts/{CART}/place", None,
        {"orderNumber": 829, "vendorOrderNumber": "000008292017"}, PlaceCartResult,
    ),
    (
        "calculate",
        lambda e: e.carts.calculate(
            OrderCalculationInput(
                items=[OrderItem(price=15, quantity=2, sku="00004", is_shipping_required=False)],
                billing_person=PersonInfo(name="Peter Doe", postal_code="90002"),
            )
        ),
        "POST", "/order/calculate",
        {
            "items": [{"price": 15, "quantity": 2, "sku": "00004", "isShippingRequired": False}],
            "billingPerson": {"name": "Peter Doe", "postalCode": "90002"},
        },
        {"subtotal": 30, "total": 30, "availableTaxes": [{"id": 1, "rules": []}]},
        CalculatedOrder,
    ),
    (
        "calculate_dict",
        lambda e: e.carts.calculate({"items": [{"productId": 5, "quantity": 1}]}),
        "POST", "/order/calculate", {"items": [{"productId": 5, "quantity": 1}]},
        {"total": 5}, CalculatedOrder,
    ),
]  # fmt: skip


test_each_method_sends_its_request_and_decodes_the_answer = request_test(CASES)


@virtual_time
async def test_place_answers_the_new_order_numbers(mocked: aioresponses) -> None:
    mocked.post(url(f"/carts/{CART}/place"), payload={"orderNumber": 829, "vendorOrderNumber": "8"})
    async with client() as ecwid:
        placed = await ecwid.carts.place(CART)
    assert placed == PlaceCartResult(order_number=829, vendor_order_number="8")
    assert only(mocked).data is None


@virtual_time
async def test_search_sends_every_documented_filter_by_its_wire_name(
    mocked: aioresponses,
) -> None:
    mocked.get(url("/carts"), payload={"total": 1, "count": 1, "items": [{"cartId": CART}]})
    async with client() as ecwid:
        found = await ecwid.carts.search(
            show_hidden=False,
            total_from=1,
            total_to=2.5,
            created_from=dt.date(2020, 1, 1),
            created_to="2020-02-01 00:00:00",
            updated_from=dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc),
            updated_to=1580515200.7,
            email="johnsmith@example.com",
            customer_id=177737165,
            response_fields="total,items(cartId,total,email)",
            limit=20,
        ).collect()
    assert found == [Cart(cart_id=CART)]
    assert only(mocked).query == sorted(
        [
            ("showHidden", "false"),
            ("totalFrom", "1"),
            ("totalTo", "2.5"),
            ("createdFrom", "2020-01-01"),
            ("createdTo", "2020-02-01 00:00:00"),
            ("updatedFrom", "1577836800"),
            ("updatedTo", "1580515200"),
            ("email", "johnsmith@example.com"),
            ("customerId", "177737165"),
            ("responseFields", "total,items(cartId,total,email)"),
            ("offset", "0"),
            ("limit", "20"),
        ]
    )


@virtual_time
async def test_search_sends_the_deprecated_customer_email_as_email(mocked: aioresponses) -> None:
    mocked.get(url("/carts"), payload={"total": 0, "items": []})
    async with client() as ecwid:
        with pytest.warns(DeprecationWarning, match="customer=.*email="):
            assert await ecwid.carts.search(customer="john@example.com").collect() == []
    assert only(mocked).query == [("email", "john@example.com"), ("limit", "100"), ("offset", "0")]


def test_calculate_is_the_same_endpoint_on_orders_and_carts() -> None:
    ecwid = client()
    by_carts, by_orders = (
        ecwid.carts.calculate({"items": []}),
        ecwid.orders.calculate({"items": []}),
    )
    assert (by_carts.method, by_carts.path, by_carts.result_type) == (
        by_orders.method,
        by_orders.path,
        by_orders.result_type,
    )


BAD: list[Refusal] = [
    ("limit_101", lambda e: e.carts.search(limit=101), ValueError, "limit"),
    ("total_str", lambda e: e.carts.search(total_to="5"), TypeError, "total_to"),
    ("date_blank", lambda e: e.carts.search(created_from=" "), TypeError, "created_from"),
    ("cart_id_int", lambda e: e.carts.get(123), TypeError, "cart_id"),
    ("coupon_code_gone", lambda e: e.carts.search(coupon_code="SALE"), TypeError, "coupon_code= is no longer"),
    ("customer_name", lambda e: e.carts.search(customer="John Smith"), ValueError, "email="),
    ("customer_id_str", lambda e: e.carts.search(customer_id="1"), TypeError, "customer_id"),
    ("cart_id_blank", lambda e: e.carts.place(""), ValueError, "cart_id"),
    ("update_body", lambda e: e.carts.update(CART, "hidden"), TypeError, "CartInput"),
    ("update_decoded", lambda e: e.carts.update(CART, Cart(hidden=True)), TypeError, "CartInput"),
    ("calculate_body", lambda e: e.carts.calculate([{"quantity": 1}]), TypeError, "OrderCalculationInput"),
]  # fmt: skip


test_bad_input_is_refused_before_anything_is_sent = refusal_test(BAD)


@virtual_time
async def test_cart_recovery_fields_are_read_by_their_camel_case_wire_names(
    mocked: aioresponses,
) -> None:
    # Ecwid sends recoveredOrderId / recoveryEmailSentTimestamp (today's examples and the
    # official client); the models used to look for snake_case keys and stayed empty.
    mocked.get(
        url(f"/carts/{CART}"),
        payload={
            "cartId": CART,
            "recoveredOrderId": 223,
            "recoveredPublicUid": "AB1CD",
            "recoveryEmailSentTimestamp": "2017-12-14 13:33:15 +0000",
        },
    )
    async with client() as ecwid:
        cart = await ecwid.carts.get(CART)
    assert cart.recovered_order_id == 223
    assert cart.recovered_public_uid == "AB1CD"
    assert cart.recovery_email_sent_timestamp == dt.datetime(
        2017, 12, 14, 13, 33, 15, tzinfo=dt.timezone.utc
    )
