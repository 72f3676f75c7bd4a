"""``ecwid.orders`` against FakeEcwid over loopback: real state changes, end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ecwid_async import EcwidClient, NotFoundError
from ecwid_async.models.order import (
    Order,
    OrderCalculationInput,
    OrderInput,
    OrderItem,
    OrderItemOption,
    OrderItemOptionFile,
    PersonInfo,
)
from ecwid_async.testing import FakeEcwid

BUYER = PersonInfo(name="Eugene K", street="My Street", city="San Diego", country_code="US")


async def _create(ecwid: EcwidClient, **fields: object) -> int:
    body = {
        "email": "eugene@example.com",
        "paymentMethod": "Phone order",
        "paymentStatus": "PAID",
        "items": [{"name": "Cherry", "sku": "00004", "price": 15, "quantity": 2}],
        **fields,
    }
    created = await ecwid.orders.create(body)
    assert isinstance(created.id, int)
    return created.id


async def test_create_then_get_returns_what_was_sent(ecwid_client: EcwidClient) -> None:
    created = await ecwid_client.orders.create(
        OrderInput(
            email="example@example.com",
            payment_method="Phone order",
            payment_status="PAID",
            fulfillment_status="AWAITING_PROCESSING",
            items=[OrderItem(name="Cherry", sku="00004", price=15, quantity=2, weight=0.32)],
            billing_person=BUYER,
            shipping_person=BUYER,
            private_admin_notes="Must be delivered till Sunday.",
        )
    )
    assert created.id
    order = await ecwid_client.orders.get(created.id)
    assert order.order_number == created.id
    assert (order.email, order.payment_method, order.payment_status) == (
        "example@example.com",
        "Phone order",
        "PAID",
    )
    assert order.items is not None and len(order.items) == 1
    item = order.items[0]
    assert (item.name, item.sku, item.price, item.quantity) == ("Cherry", "00004", 15, 2)
    assert order.billing_person is not None and order.billing_person.city == "San Diego"
    assert order.private_admin_notes == "Must be delivered till Sunday."
    assert order.create_date is not None


async def test_update_changes_only_the_fields_sent(ecwid_client: EcwidClient) -> None:
    number = await _create(ecwid_client, orderComments="Leave at the door")
    before = await ecwid_client.orders.get(number)
    status = await ecwid_client.orders.update(
        number, OrderInput(fulfillment_status="SHIPPED", tracking_number="1Z999")
    )
    assert status.update_count == 1
    after = await ecwid_client.orders.get(number)
    assert (after.fulfillment_status, after.tracking_number) == ("SHIPPED", "1Z999")
    assert (after.email, after.order_comments, after.payment_status, after.total) == (
        before.email,
        "Leave at the door",
        "PAID",
        before.total,
    )
    assert after.items == before.items


async def test_search_filters_by_every_kind_of_field(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    fake_ecwid.seed_customers(5)
    numbers = fake_ecwid.seed_orders(60)
    every = await ecwid_client.orders.search().collect()
    assert sorted(o.order_number for o in every if isinstance(o.order_number, int)) == numbers

    paid = await ecwid_client.orders.search(payment_status=["PAID", "REFUNDED"]).collect()
    assert paid and {o.payment_status for o in paid} <= {"PAID", "REFUNDED"}
    assert len(paid) == sum(o.payment_status in ("PAID", "REFUNDED") for o in every)

    shipped = await ecwid_client.orders.search(fulfillment_status="SHIPPED").collect()
    assert len(shipped) == sum(o.fulfillment_status == "SHIPPED" for o in every)

    picked = await ecwid_client.orders.search(ids=[o.id for o in every[3:6]]).collect()
    assert [o.order_number for o in picked] == numbers[3:6]
    with pytest.warns(DeprecationWarning, match="order_number"):
        by_number = await ecwid_client.orders.search(order_number=numbers[3:6]).collect()
    assert [o.order_number for o in by_number] == numbers[3:6]

    low, high = 20, 80
    ranged = await ecwid_client.orders.search(total_from=low, total_to=high).collect()
    assert len(ranged) == sum(low <= (o.total or 0) <= high for o in every)

    one = every[7]
    assert one.email
    by_email = await ecwid_client.orders.search(email=one.email).collect()
    assert one.order_number in [o.order_number for o in by_email]
    assert all(o.email == one.email for o in by_email)
    assert one.customer_id is not None
    by_customer = await ecwid_client.orders.search(customer_id=one.customer_id).collect()
    assert {o.customer_id for o in by_customer} == {one.customer_id}
    assert [o.order_number for o in by_customer] == [
        o.order_number for o in every if o.customer_id == one.customer_id
    ]

    with pytest.warns(DeprecationWarning, match="vendor_order_number"):
        by_vendor = ecwid_client.orders.search(vendor_order_number=one.vendor_order_number)
    assert [o.order_number for o in await by_vendor.collect()] == [one.order_number]
    assert one.items and one.items[0].product_id is not None
    product = one.items[0].product_id
    by_product = await ecwid_client.orders.search(product_id=product).collect()
    assert one.order_number in [o.order_number for o in by_product]
    assert all(any(i.product_id == product for i in o.items or ()) for o in by_product)

    assert one.payment_method is not None
    methods = await ecwid_client.orders.search(payment_method=one.payment_method).collect()
    assert len(methods) == sum(o.payment_method == one.payment_method for o in every)

    assert one.shipping_option is not None and one.shipping_option.shipping_method_name
    shipping = one.shipping_option.shipping_method_name
    by_shipping = await ecwid_client.orders.search(shipping_method=shipping).collect()
    assert len(by_shipping) == sum(
        o.shipping_option is not None and o.shipping_option.shipping_method_name == shipping
        for o in every
    )

    assert one.create_date is not None
    since = one.create_date
    recent = await ecwid_client.orders.search(created_from=since).collect()
    assert len(recent) == sum(o.create_date is not None and o.create_date >= since for o in every)


async def test_search_by_keywords_and_coupon_code(ecwid_client: EcwidClient) -> None:
    plain = await _create(ecwid_client)
    special = await _create(
        ecwid_client,
        items=[{"name": "Dragonfruit Jam", "price": 4, "quantity": 1}],
        discountCoupon={"code": "JAM10", "name": "Jam", "discountType": "ABS", "discount": 1},
    )
    by_keywords = await ecwid_client.orders.search(keywords="Dragonfruit").collect()
    assert [o.order_number for o in by_keywords] == [special]
    by_coupon = await ecwid_client.orders.search(coupon_code="JAM10").collect()
    assert [o.order_number for o in by_coupon] == [special]
    assert plain != special


async def test_search_pages_through_every_order_once(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    numbers = fake_ecwid.seed_orders(230)
    seen = [o.order_number async for o in ecwid_client.orders.search(limit=50, prefetch=3)]
    assert seen == numbers
    pages = [page.count async for page in ecwid_client.orders.search(limit=100).pages()]
    assert pages == [100, 100, 30]


async def test_delete_then_get_is_not_found_and_deleted_lists_it(
    ecwid_client: EcwidClient,
) -> None:
    start = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)
    number = await _create(ecwid_client)
    status = await ecwid_client.orders.delete(number)
    assert status.delete_count == 1
    with pytest.raises(NotFoundError):
        await ecwid_client.orders.get(number)
    deleted = await ecwid_client.orders.deleted(from_date=start).collect()
    assert [d.id for d in deleted] == [number]
    assert deleted[0].date is not None
    assert await ecwid_client.orders.deleted(to_date=start).collect() == []


async def test_invoice_is_the_order_html_and_streams(ecwid_client: EcwidClient) -> None:
    number = await _create(ecwid_client)
    order = await ecwid_client.orders.get(number)
    html = await ecwid_client.orders.invoice(number)
    assert isinstance(html, str)
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert f"#{order.vendor_order_number}" in html and "Cherry" in html
    async with ecwid_client.orders.invoice(number).stream(chunk_size=16) as chunks:
        streamed = b"".join([chunk async for chunk in chunks])
    assert streamed.decode("utf-8") == html


async def test_item_option_files_upload_and_delete(
    ecwid_client: EcwidClient, tmp_path: Path
) -> None:
    option = OrderItemOption(name="Your photo", type="FILES", files=[])
    number = await _create(
        ecwid_client,
        items=[{"name": "Mug", "price": 9, "quantity": 1, "selectedOptions": [option]}],
    )
    items = (await ecwid_client.orders.get(number)).items
    assert items is not None and items[0].id is not None
    item_id = items[0].id

    photo = b"\xff\xd8\xff photo bytes"
    first = await ecwid_client.orders.upload_item_option_file(
        number, item_id, "Your photo", photo, file_name="me.jpg"
    )
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7 " * 5000)
    second = await ecwid_client.orders.upload_item_option_file(number, item_id, "Your photo", path)
    assert first.id and second.id and first.id != second.id

    files = await _option_files(ecwid_client, number)
    assert [(f.id, f.name, f.size) for f in files] == [
        (first.id, "me.jpg", len(photo)),
        (second.id, "scan.pdf", 45000),
    ]

    gone = await ecwid_client.orders.delete_item_option_file(
        number, item_id, "Your photo", first.id
    )
    assert gone.delete_count == 1
    assert [f.id for f in await _option_files(ecwid_client, number)] == [second.id]

    third = await ecwid_client.orders.upload_item_option_file(
        number, item_id, "Your photo", b"more", file_name="b.txt"
    )
    assert third.id
    cleared = await ecwid_client.orders.delete_item_option_files(number, item_id, "Your photo")
    assert cleared.delete_count == 2
    assert await _option_files(ecwid_client, number) == []


async def _option_files(ecwid: EcwidClient, number: int) -> list[OrderItemOptionFile]:
    order: Order = await ecwid.orders.get(number)
    assert order.items is not None and order.items[0].selected_options is not None
    [option] = order.items[0].selected_options
    return list(option.files or [])


async def test_item_option_file_of_a_missing_item_is_not_found(ecwid_client: EcwidClient) -> None:
    number = await _create(ecwid_client)
    with pytest.raises(NotFoundError):
        await ecwid_client.orders.upload_item_option_file(
            number, 1, "Your photo", b"data", file_name="x.jpg"
        )


async def test_calculate_on_orders_prices_without_creating_an_order(
    ecwid_client: EcwidClient,
) -> None:
    result = await ecwid_client.orders.calculate(
        OrderCalculationInput(
            email="peter@example.com",
            items=[OrderItem(name="Apple", price=4.22, quantity=2, sku="00014")],
            billing_person=BUYER,
        )
    )
    assert (result.subtotal, result.total) == (8.44, 8.44)
    assert await ecwid_client.orders.search().collect() == []
