"""Today's sales endpoints against FakeEcwid over loopback: order ids, last order, repeat
URL, receipts and tax invoices, order extra fields, order statuses, subscriptions,
promotions and ``responseFields``."""

from __future__ import annotations

import pytest

from ecwid_async import BadRequestError, EcwidClient, NotFoundError, UnprocessableEntityError
from ecwid_async.models.order import OrderInput, OrderItem
from ecwid_async.models.order_extras import OrderExtraFieldInput, OrderStatusInput
from ecwid_async.models.order_parts import RecurringChargeSettings
from ecwid_async.models.promotion import PromotionInput, PromotionTriggers
from ecwid_async.models.subscription import SubscriptionChargeSettings, SubscriptionInput
from ecwid_async.testing import FakeEcwid

ITEM = {"name": "Cherry", "price": 15, "quantity": 2, "productId": 7}


async def test_create_answers_the_number_and_today_s_id_and_both_address_the_order(
    ecwid_client: EcwidClient,
) -> None:
    created = await ecwid_client.orders.create(
        OrderInput(email="ann@example.com", items=[OrderItem(name="Cherry", price=15, quantity=2)])
    )
    assert isinstance(created.id, int) and created.order_id
    by_number = await ecwid_client.orders.get(created.id)
    by_id = await ecwid_client.orders.get(created.order_id)
    assert by_number == by_id
    assert (by_id.id, by_id.order_number, by_id.internal_id) == (
        created.order_id,
        created.id,
        created.id,
    )
    assert by_id.public_uid and by_id.id.endswith(by_id.public_uid)
    trimmed = await ecwid_client.orders.get(created.order_id, response_fields="id,email,total")
    assert (trimmed.id, trimmed.email, trimmed.total, trimmed.items) == (
        created.order_id,
        "ann@example.com",
        30,
        None,
    )


async def test_last_order_repeat_url_and_receipt(ecwid_client: EcwidClient) -> None:
    with pytest.raises(NotFoundError):
        await ecwid_client.orders.last()
    await ecwid_client.orders.create({"items": [ITEM]})
    second = await ecwid_client.orders.create({"items": [ITEM], "email": "bob@example.com"})
    last = await ecwid_client.orders.last()
    assert (last.order_number, last.email) == (second.id, "bob@example.com")
    link = await ecwid_client.orders.repeat_url(second.order_id or "")
    assert link.repeat_order_url and f"id={second.order_id}" in link.repeat_order_url
    pdf = await ecwid_client.orders.receipt_pdf(second.id)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert str(second.order_id).encode() in pdf


async def test_tax_invoices_are_generated_and_listed(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    created = await ecwid_client.orders.create({"items": [ITEM], "paymentStatus": "PAID"})
    assert (await ecwid_client.orders.tax_invoices(created.id)).invoices == []
    first = await ecwid_client.orders.generate_tax_invoice(created.id)
    second = await ecwid_client.orders.generate_tax_invoice(created.order_id or "")
    invoices = (await ecwid_client.orders.tax_invoices(created.id)).invoices
    assert [i.internal_id for i in invoices] == [first.id, second.id]
    assert {i.type for i in invoices} == {"SALE"} and all(i.link for i in invoices)
    order = await ecwid_client.orders.get(created.id)
    assert order.invoices == invoices
    abandoned = await ecwid_client.orders.create({"items": [ITEM], "paymentStatus": "INCOMPLETE"})
    with pytest.raises(UnprocessableEntityError):
        await ecwid_client.orders.generate_tax_invoice(abandoned.id)


async def test_order_extra_fields_round_trip(ecwid_client: EcwidClient) -> None:
    created = await ecwid_client.orders.create({"items": [ITEM]})
    oid = created.order_id or ""
    added = await ecwid_client.order_extra_fields.add(
        oid,
        OrderExtraFieldInput(
            id="tips", value="3%", title="Tip", customer_input_type="TOGGLE_BUTTON_GROUP"
        ),
    )
    assert added.create_count == 1
    [field] = await ecwid_client.order_extra_fields.list(oid)
    assert (field.id, field.value, field.customer_input_type) == (
        "tips",
        "3%",
        "TOGGLE_BUTTON_GROUP",
    )
    await ecwid_client.order_extra_fields.update(
        oid, "tips", {"value": "4%", "showInInvoice": True}
    )
    [field] = await ecwid_client.order_extra_fields.list(created.id)
    assert (field.value, field.show_in_invoice) == ("4%", True)
    order = await ecwid_client.orders.get(oid)
    assert order.extra_fields == {"tips": "4%"}
    assert (await ecwid_client.order_extra_fields.delete(oid, "tips")).delete_count == 1
    assert await ecwid_client.order_extra_fields.list(oid) == []
    with pytest.raises(NotFoundError):
        await ecwid_client.order_extra_fields.delete(oid, "tips")
    with pytest.raises(BadRequestError):
        await ecwid_client.order_extra_fields.add(oid, {"id": "x", "value": "1"})  # no title


async def test_order_statuses_list_get_and_rename_a_custom_one(ecwid_client: EcwidClient) -> None:
    statuses = (await ecwid_client.order_statuses.list()).items
    ids = [s.status_id for s in statuses]
    assert ids[:2] == ["AWAITING_PAYMENT", "PAID"] and "CUSTOM_FULFILLMENT_STATUS_3" in ids
    assert len(ids) == 20
    custom = await ecwid_client.order_statuses.get("CUSTOM_PAYMENT_STATUS_1")
    assert (custom.enabled, custom.default_status) == (False, None)
    await ecwid_client.order_statuses.update(
        "CUSTOM_PAYMENT_STATUS_1",
        OrderStatusInput(
            name="Money on hold", enabled=True, name_translations={"fr": "En attente"}
        ),
    )
    renamed = await ecwid_client.order_statuses.get("CUSTOM_PAYMENT_STATUS_1")
    assert (renamed.name, renamed.enabled, renamed.name_translated) == (
        "Money on hold",
        True,
        {"fr": "En attente"},
    )
    assert renamed.last_name_change_date is not None
    with pytest.raises(BadRequestError):
        await ecwid_client.order_statuses.update("PAID", {"name": "Cash"})
    with pytest.raises(NotFoundError):
        await ecwid_client.order_statuses.get("paid")  # case sensitive


async def test_recurring_items_start_subscriptions_that_search_and_update(
    ecwid_client: EcwidClient,
) -> None:
    customer = await ecwid_client.customers.create({"email": "sub@example.com"})
    monthly = OrderItem(
        name="Coffee",
        price=12,
        quantity=1,
        product_id=11,
        recurring_charge_settings=RecurringChargeSettings(
            recurring_interval="MONTH", recurring_interval_count=1
        ),
    )
    weekly = OrderItem(
        name="Milk",
        price=2,
        quantity=1,
        product_id=12,
        recurring_charge_settings=RecurringChargeSettings(
            recurring_interval="WEEK", recurring_interval_count=2
        ),
    )
    placed = await ecwid_client.orders.create(
        OrderInput(customer_id=customer.id, email="sub@example.com", items=[monthly, weekly])
    )
    every = await ecwid_client.subscriptions.search(sort_by="DATE_CREATED_ASC").collect()
    assert len(every) == 2 and {s.customer_id for s in every} == {customer.id}
    order = await ecwid_client.orders.get(placed.id)
    assert order.items is not None
    assert sorted(i.subscription_id or 0 for i in order.items) == sorted(
        s.subscription_id for s in every
    )
    weekly_sub = await ecwid_client.subscriptions.search(recurring_interval="WEEK").collect()
    assert [
        s.charge_settings.recurring_interval_count for s in weekly_sub if s.charge_settings
    ] == [2]
    by_product = await ecwid_client.subscriptions.search(product_id=11).collect()
    assert len(by_product) == 1
    sub_id = by_product[0].subscription_id
    await ecwid_client.subscriptions.update(
        sub_id,
        SubscriptionInput(
            status="CANCELLED",
            charge_settings=SubscriptionChargeSettings(recurring_interval="YEAR"),
        ),
    )
    cancelled = await ecwid_client.subscriptions.get(sub_id)
    assert cancelled.status == "CANCELLED" and cancelled.cancelled is not None
    assert cancelled.charge_settings is not None
    assert cancelled.charge_settings.recurring_interval == "YEAR"
    active = await ecwid_client.subscriptions.search(status="ACTIVE").collect()
    assert [s.subscription_id for s in active] != [sub_id] and len(active) == 1
    orders_of_it = await ecwid_client.orders.search(subscription_id=sub_id).collect()
    assert [o.order_number for o in orders_of_it] == [placed.id]
    with pytest.raises(NotFoundError):
        await ecwid_client.subscriptions.get(1)


async def test_promotions_crud_and_search(ecwid_client: EcwidClient) -> None:
    created = await ecwid_client.promotions.create(
        PromotionInput(
            name="10% off above 50",
            discount_base="SUBTOTAL",
            discount_type="PERCENT",
            amount=10,
            enabled=True,
            triggers=PromotionTriggers(subtotal=50),
        )
    )
    [promotion] = await ecwid_client.promotions.search().collect()
    assert (promotion.id, promotion.amount, promotion.triggers) == (
        created.id,
        10,
        PromotionTriggers(subtotal=50),
    )
    await ecwid_client.promotions.update(created.id or 0, {"amount": 15})
    [trimmed] = await ecwid_client.promotions.search(
        response_fields="total,items(name,amount)"
    ).collect()
    assert (trimmed.id, trimmed.name, trimmed.amount, trimmed.enabled) == (
        0,
        "10% off above 50",
        15,
        None,
    )
    assert (await ecwid_client.promotions.delete(created.id or 0)).delete_count == 1
    assert await ecwid_client.promotions.search().collect() == []
    with pytest.raises(BadRequestError):
        await ecwid_client.promotions.create({"name": "x", "discountBase": "EVERYTHING"})


async def test_order_search_today_s_filters(ecwid_client: EcwidClient) -> None:
    ann = await ecwid_client.orders.create(
        {"items": [ITEM], "email": "ann@example.com", "acceptMarketing": True,
         "paymentModule": "Stripe", "pickupTime": "2024-05-01 10:00:00 +0000"}
    )  # fmt: skip
    bob = await ecwid_client.orders.create(
        {"items": [{**ITEM, "productId": 8, "isPreorder": True}], "email": "bob@example.com",
         "paymentStatus": "CUSTOM_PAYMENT_STATUS_2", "fulfillmentStatus": "OUT_FOR_DELIVERY"}
    )  # fmt: skip

    async def numbers(**filters: object) -> list[int]:
        return [o.order_number for o in await ecwid_client.orders.search(**filters).collect()]  # type: ignore[arg-type]

    assert await numbers(accept_marketing=True) == [ann.id]
    assert await numbers(payment_module="stripe") == [ann.id]
    assert await numbers(pickup_time_from="2024-05-01", pickup_time_to=1714600000) == [ann.id]
    assert await numbers(contains_preorder_items=True) == [bob.id]
    assert await numbers(product_id=[8, 99]) == [bob.id]
    assert await numbers(payment_status="CUSTOM_PAYMENT_STATUS_2") == [bob.id]
    assert await numbers(fulfillment_status="OUT_FOR_DELIVERY") == [bob.id]
    assert await numbers(ids=[ann.order_id or "", bob.id]) == [ann.id, bob.id]
    assert await numbers(keywords=ann.order_id) == [ann.id]
    page = await ecwid_client.orders.search(response_fields="total,items(id,email)").collect()
    assert [(o.id, o.email, o.order_number) for o in page] == [
        (ann.order_id, "ann@example.com", 0),
        (bob.order_id, "bob@example.com", 0),
    ]
