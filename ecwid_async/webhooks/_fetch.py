"""``WebhookEvent.fetch``: the entity an event names, loaded through the client's resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._event import WebhookError, WebhookEvent

if TYPE_CHECKING:
    from ..client import EcwidClient
    from ..models import Category, Customer, Order, Product, StoreProfile

__all__ = ["fetch_entity"]


def _number(event: WebhookEvent) -> int:
    try:
        return int(event.entity_id)
    except ValueError:
        raise WebhookError(
            f"{event.event_type} event {event.event_id} names no numeric entity "
            f"(entityId={event.entity_id!r})"
        ) from None


async def fetch_entity(
    event: WebhookEvent, client: EcwidClient
) -> Order | Product | Category | Customer | StoreProfile:
    """The order, product, category, customer or profile ``event`` is about, fresh."""
    if client.store_id != event.store_id:
        raise WebhookError(
            f"event {event.event_id} is from store {event.store_id}, "
            f"the client is for store {client.store_id}"
        )
    kind = event.entity
    if kind == "profile":
        return await client.profile.get()
    if kind in ("order", "unfinished_order"):
        number = _number(event)
        if number < 0:
            raise WebhookError(
                f"{event.event_type} event {event.event_id} has no order number yet "
                "(newer stores send entityId -1 for unfinished orders)"
            )
        return await client.orders.get(number)
    if kind == "product":
        return await client.products.get(_number(event))
    if kind == "category":
        return await client.categories.get(_number(event))
    if kind == "customer":
        return await client.customers.get(_number(event))
    raise WebhookError(f"{event.event_type} events name no entity that can be fetched")
