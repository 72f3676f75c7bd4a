"""Which webhook events a successful change through the fake's API causes, as Ecwid
documents them: pure functions of the route, the store before and after, and the answer.

``snapshot`` runs before a mutating handler (what an event must report as "old"),
``changes`` after it succeeded. Routes with no documented event (coupons, classes,
customer groups, batch submission itself) cause none; each item a batch runs is a
request of its own and causes its own events.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .models import StoreState

__all__ = ["Change", "changes", "snapshot"]

#: ``paymentStatus`` of an unfinished order (an abandoned checkout).
UNFINISHED = "INCOMPLETE"
#: ``entityId`` of ``unfinished_order.*`` events in newer stores (no order number yet).
NO_ORDER_NUMBER = -1


@dataclass(frozen=True)
class Change:
    """One event to send: its type, ``entityId`` and ``data`` (``None``: no data field)."""

    event_type: str
    entity_id: int | str
    data: dict[str, Any] | None = None


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _statuses(order: dict[str, Any] | None) -> tuple[str, str] | None:
    if order is None:
        return None
    return str(order.get("paymentStatus", "")), str(order.get("fulfillmentStatus", ""))


def snapshot(
    method: str, template: str, params: dict[str, str], store: StoreState
) -> tuple[Any, ...] | None:
    """What ``changes`` needs from before the handler ran: an order's statuses, a
    customer's email, a product's categories."""
    if template.startswith("/products/{productId}"):
        product = store.products.get(_int(params.get("productId")) or 0)
        return _categories(product)
    if template.startswith("/orders/{orderNumber}"):
        number = _int(params.get("orderNumber"))
        return _statuses(store.orders.get(number)) if number is not None else None
    if template.startswith("/customers/{customerId}"):
        customer = store.customers.get(_int(params.get("customerId")) or 0)
        return (customer.get("email"),) if customer is not None else None
    return None


def _categories(product: dict[str, Any] | None) -> tuple[int, ...]:
    return tuple(product.get("categoryIds") or ()) if product is not None else ()


def _product_changes(verb: str, product_id: int, before: Any, store: StoreState) -> list[Change]:
    """``product.<verb>``, then ``category.updated`` for each category whose product list
    changed with it (the docs: a category's "product list" is part of it)."""
    after = _categories(store.products.get(product_id))
    moved = sorted(set(before or ()) ^ set(after))
    return [Change(f"product.{verb}", product_id)] + [Change("category.updated", c) for c in moved]


def _order_data(before: tuple[str, str] | None, after: tuple[str, str]) -> dict[str, Any]:
    if before is None:
        return {"newPaymentStatus": after[0], "newFulfillmentStatus": after[1]}
    return {
        "oldPaymentStatus": before[0],
        "newPaymentStatus": after[0],
        "oldFulfillmentStatus": before[1],
        "newFulfillmentStatus": after[1],
    }


def _order_changes(
    method: str, template: str, number: int, before: Any, store: StoreState
) -> list[Change]:
    after = _statuses(store.orders.get(number))
    was_unfinished = before is not None and before[0] == UNFINISHED
    if method == "DELETE" and template == "/orders/{orderNumber}":
        kind = "unfinished_order" if was_unfinished else "order"
        return [Change(f"{kind}.deleted", number)]
    if after is None:
        return []
    if after[0] == UNFINISHED:
        return [
            Change("unfinished_order.updated" if before else "unfinished_order.created", number)
        ]
    if was_unfinished or before is None:  # placed now: an unfinished order paid for
        return [Change("order.created", number, _order_data(None, after))]
    return [Change("order.updated", number, _order_data(before, after))]


def _entity(
    method: str, template: str, root: str, param: str, params: dict[str, str], result: Any
) -> tuple[str, int] | None:
    """``(verb, id)`` for the CRUD routes of one area: ``POST root`` creates (id in the
    answer), ``PUT/DELETE root/{param}`` update/delete, anything below updates."""
    if template == root and method == "POST":
        created = _int(result.get("id")) if isinstance(result, dict) else None
        return ("created", created) if created is not None else None
    item = f"{root}/{{{param}}}"
    if template != item and not template.startswith(f"{item}/"):
        return None
    entity_id = _int(params.get(param))
    if entity_id is None:
        return None
    if template == item and method == "DELETE":
        return "deleted", entity_id
    return "updated", entity_id


_AREAS = (
    ("product", "/products", "productId"),
    ("category", "/categories", "categoryId"),
    ("customer", "/customers", "customerId"),
)


def changes(
    method: str,
    template: str,
    params: dict[str, str],
    store: StoreState,
    before: Any,
    result: Any,
) -> list[Change]:
    """The events a successful ``method template`` request causes in ``store``."""
    for kind, root, param in _AREAS:
        found = _entity(method, template, root, param, params, result)
        if found is None:
            continue
        verb, entity_id = found
        if kind == "product":
            return _product_changes(verb, entity_id, before, store)
        if kind != "customer":
            return [Change(f"{kind}.{verb}", entity_id)]
        customer = store.customers.get(entity_id)
        email = before[0] if verb == "deleted" and before else (customer or {}).get("email")
        return [Change(f"customer.{verb}", entity_id, {"customerEmail": email})]
    if template == "/orders" and method == "POST" and isinstance(result, dict):
        number = _int(result.get("id"))
        return [] if number is None else _order_changes(method, template, number, None, store)
    if template.startswith("/orders/{orderNumber}"):
        number = _int(params.get("orderNumber"))
        return [] if number is None else _order_changes(method, template, number, before, store)
    if template == "/carts/{cartId}/place" and isinstance(result, dict):
        number = _int(result.get("orderNumber"))
        return [] if number is None else _order_changes(method, template, number, None, store)
    if template.startswith("/carts/{cartId}"):
        return [Change("unfinished_order.updated", NO_ORDER_NUMBER)]
    if template == "/profile" or template.startswith("/profile/"):
        return [Change("profile.updated", store.store_id)]
    return []
