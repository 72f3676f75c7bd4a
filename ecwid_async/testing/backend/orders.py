"""Orders and abandoned carts: building, storing, finding and searching them.

An order carries today's identity (``id`` = prefix + ``publicUid`` + suffix, e.g.
``"EBJFT"``; ``internalId``) beside the older ``orderNumber`` and ``vendorOrderNumber``;
a path may name an order by any of them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..api._common import keyword_matches, merge, text_of
from ..errors import bad_request, not_found
from ..models import Entity, StoreState, format_date
from ..params import (
    Query,
    date_filter,
    in_range,
    parse_date,
    q_bool,
    q_date,
    q_float,
    q_int,
    q_int_list,
    q_list,
    q_str,
)

__all__ = [
    "BUILT_IN_FULFILLMENT",
    "BUILT_IN_PAYMENT",
    "FULFILLMENT_STATUSES",
    "PAYMENT_STATUSES",
    "SERVER_OWNED",
    "add_order",
    "build_items",
    "cart_filters",
    "check_statuses",
    "find_order",
    "last_order",
    "new_order",
    "order_identity",
    "order_stamp",
    "search_orders",
    "update_order",
]

#: The built-in statuses, in the order Ecwid lists them.
BUILT_IN_PAYMENT = (
    "AWAITING_PAYMENT",
    "PAID",
    "CANCELLED",
    "REFUNDED",
    "PARTIALLY_REFUNDED",
    "INCOMPLETE",
)
BUILT_IN_FULFILLMENT = (
    "AWAITING_PROCESSING",
    "PROCESSING",
    "SHIPPED",
    "DELIVERED",
    "WILL_NOT_DELIVER",
    "RETURNED",
    "READY_FOR_PICKUP",
    "OUT_FOR_DELIVERY",
)
PAYMENT_STATUSES = frozenset(
    (*BUILT_IN_PAYMENT, *(f"CUSTOM_PAYMENT_STATUS_{n}" for n in (1, 2, 3)))
)
FULFILLMENT_STATUSES = frozenset(
    (*BUILT_IN_FULFILLMENT, *(f"CUSTOM_FULFILLMENT_STATUS_{n}" for n in (1, 2, 3)))
)
SERVER_OWNED = frozenset(
    {
        "id",
        "internalId",
        "publicUid",
        "orderNumber",
        "vendorOrderNumber",
        "createTimestamp",
        "updateDate",
        "updateTimestamp",
        "invoices",
    }
)
_UID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_UID_SPACE = 36**5


# -- identity and building ---------------------------------------------------------------------
def _public_uid(number: int) -> str:
    """A 5-character public id, unique per order number (a bijection on 36**5 numbers)."""
    value = (number * 7919 + 1_000_003) % _UID_SPACE
    chars = []
    for _ in range(5):
        value, digit = divmod(value, 36)
        chars.append(_UID_ALPHABET[digit])
    return "".join(reversed(chars))


def order_identity(store: StoreState, number: int) -> Entity:
    """``id``, ``internalId``, ``orderNumber``, ``publicUid``, ``vendorOrderNumber``."""
    units = store.profile.get("formatsAndUnits") or {}
    uid = _public_uid(number)
    prefix, suffix = units.get("orderNumberPrefix", ""), units.get("orderNumberSuffix", "")
    return {
        "id": f"{prefix}{uid}{suffix}",
        "internalId": number,
        "orderNumber": number,
        "publicUid": uid,
        "vendorOrderNumber": store.vendor_order_number(number),
    }


def check_statuses(body: Mapping[str, Any]) -> None:
    """400 for a payment or fulfillment status the docs do not list."""
    payment = body.get("paymentStatus")
    if payment == "QUEUED":
        raise bad_request("Status QUEUED is deprecated, use AWAITING_PAYMENT instead")
    if payment is not None and payment not in PAYMENT_STATUSES:
        raise bad_request(f"Unknown paymentStatus '{payment}'")
    fulfillment = body.get("fulfillmentStatus")
    if fulfillment is not None and fulfillment not in FULFILLMENT_STATUSES:
        raise bad_request(f"Unknown fulfillmentStatus '{fulfillment}'")


def build_items(store: StoreState, items: Any) -> list[Entity]:
    """Order items with ids; 400 (as Ecwid words it) when one has no quantity."""
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise bad_request("Field 'items' must be an array of objects")
    out = []
    for item in items:
        if "quantity" not in item:
            raise bad_request("Field OrderItem.quantity is absent")
        entry: Entity = {
            "price": 0,
            "productPrice": item.get("price", 0),
            "tax": 0,
            "shipping": 0,
            "isShippingRequired": True,
            "selectedOptions": [],
            **item,
        }
        entry.setdefault("id", store.next_id("order_item", 40000000))
        entry.setdefault("name", store.products.get(entry.get("productId", -1), {}).get("name", ""))
        out.append(entry)
    return out


def order_stamp(order: Entity, ts: int, create: bool = False) -> None:
    """Set ``updateDate``/``updateTimestamp`` (and the creation pair when ``create``)."""
    if create:
        order["createDate"], order["createTimestamp"] = format_date(ts), ts
    order["updateDate"], order["updateTimestamp"] = format_date(ts), ts


_DEFAULTS: Entity = {
    "tax": 0,
    "email": "",
    "paymentMethod": "",
    "paymentStatus": "AWAITING_PAYMENT",
    "fulfillmentStatus": "AWAITING_PROCESSING",
    "hidden": False,
    "couponDiscount": 0,
    "discount": 0,
    "volumeDiscount": 0,
    "membershipBasedDiscount": 0,
    "totalAndMembershipBasedDiscount": 0,
    "customerTaxExempt": False,
    "customerTaxId": "",
    "customerTaxIdValid": False,
    "reversedTaxApplied": False,
    "b2b_b2c": "b2c",
    "refererUrl": "",
    "globalReferer": "",
    "ipAddress": "",
    "orderComments": "",
    "privateAdminNotes": "",
    "additionalInfo": {},
    "paymentParams": {},
    "extraFields": {},
    "discountInfo": [],
    "customSurcharges": [],
    "invoices": [],
}


def new_order(store: StoreState, body: Mapping[str, Any], now: int) -> Entity:
    """A complete order from a create body; totals default to the items' sum."""
    check_statuses(body)
    items = build_items(store, body.get("items", []))
    customer_id = body.get("customerId")
    if customer_id is not None and customer_id not in store.customers:
        raise not_found(f"Customer #{customer_id} not found")
    subtotal = round(sum(i.get("price", 0) * i["quantity"] for i in items), 2)
    order: Entity = {
        **order_identity(store, store.next_id("order", 0)),
        "subtotal": subtotal,
        "total": subtotal,
        **{k: (v.copy() if isinstance(v, (dict, list)) else v) for k, v in _DEFAULTS.items()},
    }
    merge(order, {k: v for k, v in body.items() if k != "createDate"}, SERVER_OWNED)
    order["items"] = items
    order.setdefault("usdTotal", order["total"])
    order_stamp(order, now, create=True)
    when = body.get("createDate")
    if isinstance(when, str) and (ts := parse_date(when)) is not None:
        order["createDate"], order["createTimestamp"] = format_date(ts), int(ts)
    if customer_id is not None:
        customer = store.customers[customer_id]
        customer["totalOrderCount"] = customer.get("totalOrderCount", 0) + 1
    return order


def add_order(store: StoreState, body: Mapping[str, Any]) -> Entity:
    """Create, store and announce (``ordersUpdated``) an order; a store coupon it names
    counts one more use (``orderCount``); recurring items start subscriptions."""
    from .subscriptions import start_subscriptions

    order = new_order(store, body, store.touch("ordersUpdated"))
    store.orders[order["orderNumber"]] = order
    code = (order.get("discountCoupon") or {}).get("code")
    for coupon in store.coupons.values() if code else ():
        if coupon.get("code") == code:
            coupon["orderCount"] = coupon.get("orderCount", 0) + 1
            store.touch("discountCouponsUpdated")
    start_subscriptions(store, order)
    return order


def update_order(store: StoreState, order: Entity, body: Mapping[str, Any]) -> None:
    """Apply an update body (only the fields sent change; ``items`` replaces all items)."""
    check_statuses(body)
    if "items" in body:
        body = {**body, "items": build_items(store, body["items"])}
    merge(order, dict(body), SERVER_OWNED | {"createDate"})
    order_stamp(order, store.touch("ordersUpdated"))


def find_order(store: StoreState, key: str) -> Entity:
    """The order a path names: its number (or internal id), or today's id / public id."""
    if key.isdigit() and int(key) in store.orders:
        return store.orders[int(key)]
    wanted = key.upper()
    for order in store.orders.values():
        if wanted in (str(order.get("id", "")).upper(), str(order.get("publicUid", "")).upper()):
            return order
    raise not_found(f"Order #{key} not found")


def last_order(store: StoreState) -> Entity:
    """The most recently placed order (abandoned sales aside); 404 when there is none."""
    placed = [o for o in store.orders.values() if o.get("paymentStatus") != "INCOMPLETE"]
    if not placed:
        raise not_found("The store has no orders")
    return max(placed, key=lambda o: (o.get("createTimestamp", 0), o["orderNumber"]))


# -- search ------------------------------------------------------------------------------------
Pred = Callable[[Entity], bool]


def _customer_text(order: Entity) -> str:
    return " ".join(
        (
            str(order.get("email", "")),
            text_of(order.get("billingPerson")),
            text_of(order.get("shippingPerson")),
        )
    )


def _identities(order: Entity) -> set[str]:
    keys = ("id", "publicUid", "internalId", "orderNumber", "vendorOrderNumber")
    return {str(order[k]).upper() for k in keys if order.get(k) not in (None, "")}


def _items_have(field: str, wanted: set[int]) -> Pred:
    return lambda o: any(i.get(field) in wanted for i in o.get("items") or ())


def cart_filters(q: Query) -> list[Pred]:
    """The filters orders and carts share: totals, dates, email, customer id (and the old
    ``couponCode``/``customer`` terms the fake still honours)."""
    preds: list[Pred] = []
    low, high = q_float(q, "totalFrom"), q_float(q, "totalTo")
    if low is not None or high is not None:
        preds.append(lambda o: in_range(o.get("total", 0), low, high))
    for prefix, field in (("created", "createTimestamp"), ("updated", "updateTimestamp")):
        pred = date_filter(q, prefix, field)
        if pred is not None:
            preds.append(pred)
    email = q_str(q, "email")
    if email:
        preds.append(lambda o: str(o.get("email", "")).lower() == email.lower())
    customer_id = q_int(q, "customerId")
    if customer_id is not None:
        preds.append(lambda o: o.get("customerId") == customer_id)
    coupon = q_str(q, "couponCode")
    if coupon:
        preds.append(lambda o: str((o.get("discountCoupon") or {}).get("code")) == coupon)
    customer = q_str(q, "customer")
    if customer:
        preds.append(lambda o: customer.lower() in _customer_text(o).lower())
    return preds


def _statuses(q: Query, name: str, allowed: frozenset[str]) -> list[str] | None:
    values = q_list(q, name)
    for value in values or ():
        if value not in allowed:
            raise bad_request(f"Wrong parameter '{name}' value: '{value}'")
    return values


def _keywords(keywords: str) -> Pred:
    return lambda o: keyword_matches(
        keywords,
        " ".join(
            (
                " ".join(_identities(o)),
                _customer_text(o),
                text_of(o.get("items")),
                str(o.get("privateAdminNotes", "")),
                str(o.get("trackingNumber", "")),
            )
        ),
    )


def _equals(q: Query, name: str, read: Callable[[Entity], Any], text: bool = True) -> Pred | None:
    if text:
        wanted: Any = q_str(q, name)
        if not wanted:
            return None
        return lambda o: str(read(o) or "").lower() == str(wanted).lower()
    wanted = q_bool(q, name)
    return None if wanted is None else (lambda o: bool(read(o)) is wanted)


def _order_filters(q: Query) -> list[Pred]:
    preds = cart_filters(q)
    ids = q_list(q, "ids")
    if ids:
        wanted_ids = {i.strip().upper() for i in ids}
        preds.append(lambda o: bool(_identities(o) & wanted_ids))
    keywords = q_str(q, "keywords")
    if keywords:
        preds.append(_keywords(keywords))
    products = q_int_list(q, "productId")
    if products:
        preds.append(_items_have("productId", set(products)))
    subscription = q_int(q, "subscriptionId")
    if subscription is not None:
        preds.append(_items_have("subscriptionId", {subscription}))
    low, high = q_date(q, "pickupTimeFrom"), q_date(q, "pickupTimeTo")
    if low is not None or high is not None:
        preds.append(lambda o: in_range(parse_date(str(o.get("pickupTime") or "")), low, high))
    for pred in (
        _equals(q, "vendorOrderNumber", lambda o: o.get("vendorOrderNumber")),
        _equals(q, "paymentMethod", lambda o: o.get("paymentMethod")),
        _equals(q, "paymentModule", lambda o: o.get("paymentModule")),
        _equals(q, "refererId", lambda o: o.get("refererId")),
        _equals(
            q, "shippingMethod", lambda o: (o.get("shippingOption") or {}).get("shippingMethodName")
        ),
        _equals(q, "acceptMarketing", lambda o: o.get("acceptMarketing"), text=False),
        _equals(
            q,
            "containsPreorderItems",
            lambda o: any(i.get("isPreorder") for i in o.get("items") or ()),
            text=False,
        ),
    ):
        if pred is not None:
            preds.append(pred)
    return preds


def search_orders(store: StoreState, q: Query) -> list[Entity]:
    """The orders matching today's filters (and the old ``orderNumber``), by number."""
    numbers = q_int_list(q, "orderNumber")
    if numbers is not None:  # the old docs: other filters are then ignored
        return [store.orders[n] for n in sorted(set(numbers)) if n in store.orders]
    preds = _order_filters(q)
    payment = _statuses(q, "paymentStatus", PAYMENT_STATUSES)
    if payment:
        preds.append(lambda o: o.get("paymentStatus") in payment)
    else:  # abandoned sales only when asked for
        preds.append(lambda o: o.get("paymentStatus") != "INCOMPLETE")
    fulfillment = _statuses(q, "fulfillmentStatus", FULFILLMENT_STATUSES)
    if fulfillment:
        preds.append(lambda o: o.get("fulfillmentStatus") in fulfillment)
    return [o for o in store.orders.values() if all(p(o) for p in preds)]
