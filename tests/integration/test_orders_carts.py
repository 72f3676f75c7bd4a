"""``ecwid.carts`` against FakeEcwid: abandoned carts, placing them, pricing an order."""

from __future__ import annotations

import pytest

from ecwid_async import EcwidClient, NotFoundError
from ecwid_async.models.cart import CartInput
from ecwid_async.models.order import (
    DiscountCouponInfo,
    OrderCalculationInput,
    OrderItem,
    PersonInfo,
)
from ecwid_async.testing import FakeEcwid


def _cart(email: str, total: float, **fields: object) -> dict[str, object]:
    return {
        "email": email,
        "subtotal": total,
        "total": total,
        "items": [{"id": 1, "name": "Cherry", "price": total, "quantity": 1}],
        "billingPerson": {"name": "Mary Watson", "city": "San Diego"},
        **fields,
    }


async def test_search_filters_abandoned_carts(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    shown = fake_ecwid.add_cart(_cart("mary@example.com", 12.5))
    hidden = fake_ecwid.add_cart(_cart("john@example.com", 40, hidden=True))
    coupon = fake_ecwid.add_cart(
        _cart("ann@example.com", 70, customerId=77, discountCoupon={"code": "SALE", "name": "Sale"})
    )

    every = {c.cart_id for c in await ecwid_client.carts.search().collect()}
    assert every == {shown, hidden, coupon}  # hidden ones too, unless show_hidden=False
    visible = await ecwid_client.carts.search(show_hidden=False).collect()
    assert {c.cart_id for c in visible} == {shown, coupon}
    by_email = await ecwid_client.carts.search(email="john@example.com").collect()
    assert [c.cart_id for c in by_email] == [hidden]
    with pytest.warns(DeprecationWarning, match="customer="):
        by_customer = await ecwid_client.carts.search(customer="john@example.com").collect()
    assert by_customer == by_email
    by_total = await ecwid_client.carts.search(total_from=20, total_to=50).collect()
    assert [c.cart_id for c in by_total] == [hidden]
    by_customer_id = await ecwid_client.carts.search(customer_id=77).collect()
    assert [c.cart_id for c in by_customer_id] == [coupon]
    trimmed = await ecwid_client.carts.search(
        email="mary@example.com", response_fields="total,items(cartId,total)"
    ).collect()
    assert [(c.cart_id, c.total, c.email) for c in trimmed] == [(shown, 12.5, None)]
    fresh = await ecwid_client.carts.search(created_from=0, updated_to=4102444800).collect()
    assert len(fresh) == 3


async def test_search_pages_through_seeded_carts(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    ids = fake_ecwid.seed_carts(120)
    found = [c.cart_id async for c in ecwid_client.carts.search(limit=25)]
    assert sorted(i for i in found if i) == sorted(ids)


async def test_get_returns_the_cart(fake_ecwid: FakeEcwid, ecwid_client: EcwidClient) -> None:
    cart_id = fake_ecwid.add_cart(_cart("mary@example.com", 12.5))
    cart = await ecwid_client.carts.get(cart_id)
    assert (cart.cart_id, cart.email, cart.total, cart.payment_status) == (
        cart_id,
        "mary@example.com",
        12.5,
        "INCOMPLETE",
    )
    assert cart.items is not None and cart.items[0].name == "Cherry"
    with pytest.raises(NotFoundError):
        await ecwid_client.carts.get("00000000-0000-0000-0000-000000000000")


async def test_update_hides_the_cart(fake_ecwid: FakeEcwid, ecwid_client: EcwidClient) -> None:
    cart_id = fake_ecwid.add_cart(_cart("mary@example.com", 12.5))
    status = await ecwid_client.carts.update(cart_id, CartInput(hidden=True))
    assert status.update_count == 1
    cart = await ecwid_client.carts.get(cart_id)
    assert (cart.hidden, cart.email, cart.total) == (True, "mary@example.com", 12.5)
    assert await ecwid_client.carts.search(show_hidden=False).collect() == []
    await ecwid_client.carts.update(cart_id, {"hidden": False})
    assert (await ecwid_client.carts.get(cart_id)).hidden is False


async def test_place_turns_the_cart_into_an_order(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    cart_id = fake_ecwid.add_cart(_cart("mary@example.com", 12.5))
    placed = await ecwid_client.carts.place(cart_id)
    assert isinstance(placed.order_number, int)
    order = await ecwid_client.orders.get(placed.order_number)
    assert order.vendor_order_number == placed.vendor_order_number
    assert (order.email, order.total) == ("mary@example.com", 12.5)
    assert order.items is not None and [i.name for i in order.items] == ["Cherry"]
    assert order.payment_status != "INCOMPLETE"
    with pytest.raises(NotFoundError):
        await ecwid_client.carts.get(cart_id)
    assert placed.id is not None and order.id == placed.id
    found = await ecwid_client.orders.search(ids=placed.id).collect()
    assert [o.order_number for o in found] == [placed.order_number]


async def test_calculate_totals_items_and_applies_a_coupon(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    body = OrderCalculationInput(
        email="peter@example.com",
        items=[
            OrderItem(name="Cherry", price=15, quantity=2, sku="00004", is_shipping_required=False),
            OrderItem(name="Apple", price=4.22, quantity=2, sku="00014"),
        ],
        billing_person=PersonInfo(name="Peter Doe", city="San Diego", country_code="US"),
    )
    result = await ecwid_client.carts.calculate(body)
    assert (result.subtotal, result.total, result.coupon_discount) == (38.44, 38.44, 0)
    assert result.items is not None and [i.quantity for i in result.items] == [2, 2]
    assert result.shipping_person is not None and result.shipping_person.name == "Peter Doe"

    await ecwid_client.discount_coupons.create(
        {"name": "Ten", "code": "TEN", "discountType": "PERCENT", "discount": 10}
    )
    coupon = DiscountCouponInfo(code="TEN")
    discounted = await ecwid_client.carts.calculate(
        {"items": [{"name": "Cherry", "price": 15, "quantity": 2}], "discountCoupon": coupon}
    )
    assert (discounted.subtotal, discounted.coupon_discount, discounted.total) == (30, 3, 27)
    assert discounted.discount_coupon is not None and discounted.discount_coupon.code == "TEN"
    assert await ecwid_client.orders.search().collect() == []
    assert await ecwid_client.carts.search().collect() == []
