"""Type-checked by ``nox -s typecheck`` (mypy --strict), not run: the ids that the sales
API always sends are typed without ``None``, so user code reads them as plain values."""

from __future__ import annotations

from ecwid_async import EcwidClient
from ecwid_async.models.customer import CustomerSearchResult
from ecwid_async.models.order import OrderInput, OrderItem


async def sales_job() -> list[str]:
    """Create an order, read it back by today's id, look at customers and subscriptions."""
    async with EcwidClient(1003, "secret_token") as ecwid:
        created = await ecwid.orders.create(OrderInput(items=[OrderItem(quantity=1)]))
        number: int = created.id
        order = await ecwid.orders.get(created.order_id or number)
        order_id: str = order.id
        order_number: int = order.order_number
        coupon = await ecwid.discount_coupons.create({"name": "Ten", "code": "TEN"})
        coupon_id: int = coupon.id
        envelope: CustomerSearchResult = await ecwid.customers.search().envelope()
        everyone: int | None = envelope.all_customer_count
        customer_ids: list[int] = [c.id async for c in ecwid.customers.search(lang="en")]
        sub_ids: list[int] = [s.subscription_id async for s in ecwid.subscriptions.search()]
        statuses: list[str] = [s.status_id for s in (await ecwid.order_statuses.list()).items]
        assert number == order_number and coupon_id and everyone is not None
        return [order_id, *map(str, customer_ids), *map(str, sub_ids), *statuses]
