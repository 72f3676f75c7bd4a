"""Today's new sales resources: order extra fields, order statuses, recurring
subscriptions, promotions (and ``responseFields`` on coupons)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from aioresponses import aioresponses

from ecwid_async.models.common import CreateStatus, DeleteStatus, UpdateStatus
from ecwid_async.models.coupon import DiscountCoupon
from ecwid_async.models.order_extras import (
    ExtraFieldCreateStatus,
    OrderExtraFieldInput,
    OrderStatus,
    OrderStatuses,
    OrderStatusInput,
)
from ecwid_async.models.promotion import Promotion, PromotionInput, PromotionTriggers
from ecwid_async.models.subscription import (
    Subscription,
    SubscriptionChargeSettings,
    SubscriptionInput,
)
from tests.vtime import virtual_time

from ..conftest import url
from . import Refusal, client, only, refusal_test, request_test, sent

CASES: list[tuple[Any, ...]] = [
    (
        "order_extra_fields.list",
        lambda e: e.order_extra_fields.list("EBJFT"),
        "GET", "/orders/EBJFT/extraFields", None,
        [{"id": "tips", "value": "3%", "customerInputType": "TOGGLE_BUTTON_GROUP"}], list,
    ),
    (
        "order_extra_fields.add",
        lambda e: e.order_extra_fields.add(
            "EBJFT", OrderExtraFieldInput(id="reference_number", value="#334", title="Affiliate")
        ),
        "POST", "/orders/EBJFT/extraFields",
        {"id": "reference_number", "value": "#334", "title": "Affiliate"},
        {"createCount": 1}, ExtraFieldCreateStatus,
    ),
    (
        "order_extra_fields.update",
        lambda e: e.order_extra_fields.update(20, "tips", {"value": "4%", "showInInvoice": True}),
        "PUT", "/orders/20/extraFields/tips", {"value": "4%", "showInInvoice": True},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "order_extra_fields.delete",
        lambda e: e.order_extra_fields.delete("EBJFT", "tips"),
        "DELETE", "/orders/EBJFT/extraFields/tips", None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "order_statuses.list",
        lambda e: e.order_statuses.list(),
        "GET", "/profile/order_statuses", None,
        {"items": [{"statusId": "PAID", "orderStatusType": "PAYMENT_STATUS"}]}, OrderStatuses,
    ),
    (
        "order_statuses.get",
        lambda e: e.order_statuses.get("CUSTOM_PAYMENT_STATUS_1"),
        "GET", "/profile/order_status/CUSTOM_PAYMENT_STATUS_1", None,
        {"statusId": "CUSTOM_PAYMENT_STATUS_1", "name": "Money on hold"}, OrderStatus,
    ),
    (
        "order_statuses.update",
        lambda e: e.order_statuses.update(
            "CUSTOM_PAYMENT_STATUS_1",
            OrderStatusInput(name="Money on hold", enabled=True, name_translations={"fr": "En attente"}),
        ),
        "PUT", "/profile/order_status/CUSTOM_PAYMENT_STATUS_1",
        {"name": "Money on hold", "enabled": True, "nameTranslations": {"fr": "En attente"}},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "subscriptions.get",
        lambda e: e.subscriptions.get(66839),
        "GET", "/subscriptions/66839", None,
        {"subscriptionId": 66839, "status": "ACTIVE", "nextCharge": "2021-07-16 12:53:40 +0000"},
        Subscription,
    ),
    (
        "subscriptions.update",
        lambda e: e.subscriptions.update(
            66839,
            SubscriptionInput(
                charge_settings=SubscriptionChargeSettings(recurring_interval="WEEK", recurring_interval_count=2),
                status="CANCELLED",
            ),
        ),
        "PUT", "/subscriptions/66839",
        {"chargeSettings": {"recurringInterval": "WEEK", "recurringIntervalCount": 2}, "status": "CANCELLED"},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "promotions.create",
        lambda e: e.promotions.create(
            PromotionInput(
                name="10% off above 50", discount_base="SUBTOTAL", discount_type="PERCENT",
                amount=10, enabled=True, triggers=PromotionTriggers(subtotal=50),
            )
        ),
        "POST", "/promotions",
        {
            "name": "10% off above 50", "discountBase": "SUBTOTAL", "discountType": "PERCENT",
            "amount": 10, "enabled": True, "triggers": {"subtotal": 50},
        },
        {"id": 182018}, CreateStatus,
    ),
    (
        "promotions.update",
        lambda e: e.promotions.update(182018, {"amount": 15}),
        "PUT", "/promotions/182018", {"amount": 15}, {"updateCount": 1}, UpdateStatus,
    ),
    (
        "promotions.delete",
        lambda e: e.promotions.delete(182018),
        "DELETE", "/promotions/182018", None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "discount_coupons.get_trimmed",
        lambda e: e.discount_coupons.get(162428889, response_fields="id,name,status"),
        "GET", "/discount_coupons/162428889", [("responseFields", "id,name,status")], None,
        {"id": 162428889, "name": "Summer Promo", "status": "ACTIVE"}, DiscountCoupon,
    ),
]  # fmt: skip


test_each_method_sends_its_request_and_decodes_the_answer = request_test(CASES)


@virtual_time
async def test_subscription_search_sends_every_documented_filter(mocked: aioresponses) -> None:
    mocked.get(
        url("/subscriptions"), payload={"total": 1, "count": 1, "items": [{"subscriptionId": 1}]}
    )
    async with client() as ecwid:
        found = await ecwid.subscriptions.search(
            id=1,
            created_from="2021-06-01 00:00:00",
            created_to=dt.date(2021, 7, 1),
            cancelled_from=1623848020,
            cancelled_to=1627075046,
            updated_from=1623848020,
            updated_to=1627075046,
            customer_id=43343272,
            status="ACTIVE",
            next_charge_from=1623848020,
            next_charge_to=1627075046,
            recurring_interval="MONTH",
            recurring_interval_count=1,
            product_id=11111111,
            email="test@test.test",
            order_id="121",
            order_total=26.84,
            order_created_from=1623848020,
            order_created_to=1627075046,
            sort_by="NEXT_CHARGE_DATE_ASC",
        ).collect()
    assert [s.subscription_id for s in found] == [1]
    assert dict(only(mocked).query) == {
        "id": "1",
        "createdFrom": "2021-06-01 00:00:00",
        "createdTo": "2021-07-01",
        "cancelledFrom": "1623848020",
        "cancelledTo": "1627075046",
        "updatedFrom": "1623848020",
        "updatedTo": "1627075046",
        "customerId": "43343272",
        "status": "ACTIVE",
        "nextChargeFrom": "1623848020",
        "nextChargeTo": "1627075046",
        "recurringInterval": "MONTH",
        "recurringIntervalCount": "1",
        "productId": "11111111",
        "email": "test@test.test",
        "orderId": "121",
        "orderTotal": "26.84",
        "orderCreatedFrom": "1623848020",
        "orderCreatedTo": "1627075046",
        "sortBy": "NEXT_CHARGE_DATE_ASC",
        "offset": "0",
        "limit": "100",
    }


@virtual_time
async def test_promotions_and_coupons_search_send_response_fields(mocked: aioresponses) -> None:
    mocked.get(url("/promotions"), payload={"total": 1, "items": [{"id": 608502, "name": "x"}]})
    mocked.get(url("/discount_coupons"), payload={"total": 0, "items": []})
    async with client() as ecwid:
        promos = await ecwid.promotions.search(response_fields="total,items(id,name)").collect()
        await ecwid.discount_coupons.search(response_fields=["total", "items(id)"]).collect()
    assert promos == [Promotion(id=608502, name="x")]
    queries = [dict(r.query)["responseFields"] for r in sent(mocked)]
    assert queries == ["total,items(id,name)", "total,items(id)"]


BAD: list[Refusal] = [
    ("field_id_int", lambda e: e.order_extra_fields.delete(1, 5), TypeError, "field_id"),
    ("extra_body", lambda e: e.order_extra_fields.add(1, "tips=3%"), TypeError, "OrderExtraFieldInput"),
    ("status_id_int", lambda e: e.order_statuses.get(1), TypeError, "status_id"),
    ("status_body", lambda e: e.order_statuses.update("PAID", ["x"]), TypeError, "OrderStatusInput"),
    ("subscription_id_str", lambda e: e.subscriptions.get("66839"), TypeError, "subscription_id"),
    ("subscription_status", lambda e: e.subscriptions.search(status="PAUSED"), ValueError, "status"),
    ("subscription_interval", lambda e: e.subscriptions.search(recurring_interval="HOUR"), ValueError, "recurring_interval"),
    ("subscription_sort", lambda e: e.subscriptions.search(sort_by="NAME"), ValueError, "sort_by"),
    ("subscription_total", lambda e: e.subscriptions.search(order_total="5"), TypeError, "order_total"),
    ("subscription_date", lambda e: e.subscriptions.search(next_charge_from=True), TypeError, "nextChargeFrom"),
    ("promotion_id_str", lambda e: e.promotions.delete("x"), TypeError, "promotion_id"),
]  # fmt: skip


test_bad_input_is_refused_before_anything_is_sent = refusal_test(BAD)
