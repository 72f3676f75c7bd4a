"""Recurring subscriptions: started by orders with recurring items, searched, updated."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..errors import bad_request, not_found
from ..models import Entity, StoreState, format_date
from ..params import Query, in_range, parse_date, q_date, q_float, q_int, q_str

__all__ = [
    "INTERVALS",
    "SORTS",
    "STATUSES",
    "get_subscription",
    "search_subscriptions",
    "start_subscriptions",
    "update_subscription",
]

STATUSES = frozenset({"ACTIVE", "CANCELLED", "LAST_CHARGE_FAILED", "REQUIRES_PAYMENT_CONFIRMATION"})
INTERVALS = {"DAY": 86400, "WEEK": 7 * 86400, "MONTH": 30 * 86400, "YEAR": 365 * 86400}
SORTS: dict[str, tuple[Callable[[Entity], Any], bool]] = {
    "DATE_CREATED_ASC": (lambda s: (s["_created"], s["subscriptionId"]), False),
    "DATE_CREATED_DESC": (lambda s: (s["_created"], s["subscriptionId"]), True),
    "ORDER_COUNT_ASC": (lambda s: (len(s["orders"]), s["subscriptionId"]), False),
    "ORDER_COUNT_DESC": (lambda s: (len(s["orders"]), s["subscriptionId"]), True),
    "NEXT_CHARGE_DATE_ASC": (lambda s: (s["_nextCharge"], s["subscriptionId"]), False),
    "NEXT_CHARGE_DATE_DESC": (lambda s: (s["_nextCharge"], s["subscriptionId"]), True),
}
_TEMPLATE_FIELDS = (
    "email",
    "paymentMethod",
    "paymentModule",
    "total",
    "subtotal",
    "usdTotal",
    "tax",
    "billingPerson",
    "shippingPerson",
    "shippingOption",
)


def start_subscriptions(store: StoreState, order: Entity) -> list[int]:
    """A subscription for each item of ``order`` with ``recurringChargeSettings``; the
    item gets its ``subscriptionId``. Returns the new ids."""
    started = []
    for item in order.get("items") or ():
        settings = item.get("recurringChargeSettings")
        if not isinstance(settings, dict) or "subscriptionId" in item:
            continue
        interval = str(settings.get("recurringInterval", "MONTH"))
        count = int(settings.get("recurringIntervalCount", 1))
        created = int(order.get("createTimestamp", store.now()))
        sid = store.next_id("subscription", 66000)
        nxt = created + INTERVALS.get(interval, INTERVALS["MONTH"]) * count
        store.subscriptions[sid] = {
            "subscriptionId": sid,
            "customerId": order.get("customerId", 0),
            "status": "ACTIVE",
            "statusUpdated": format_date(created),
            "created": format_date(created),
            "nextCharge": format_date(nxt),
            "createTimestamp": created * 1000,
            "updateTimestamp": created * 1000,
            "chargeSettings": {"recurringInterval": interval, "recurringIntervalCount": count},
            "orderTemplate": {
                "id": order.get("id"),
                **{k: order[k] for k in _TEMPLATE_FIELDS if k in order},
                "items": [item],
            },
            "orders": [
                {
                    "id": order["orderNumber"],
                    "total": order.get("total", 0),
                    "createDate": order["createDate"],
                }
            ],
            "_created": created,
            "_nextCharge": nxt,
            "_cancelled": None,
            "_updated": created,
        }
        item["subscriptionId"] = sid
        started.append(sid)
    return started


def get_subscription(store: StoreState, subscription_id: int) -> Entity:
    """The subscription, or 404."""
    found = store.subscriptions.get(subscription_id)
    if found is None:
        raise not_found(f"Subscription #{subscription_id} not found")
    return found


def update_subscription(store: StoreState, sub: Entity, body: Mapping[str, Any]) -> None:
    """Change the schedule, the next charge date or the status."""
    now = store.now()
    if "status" in body:
        if body["status"] not in STATUSES:
            raise bad_request(f"Unknown subscription status '{body['status']}'")
        sub["status"], sub["statusUpdated"] = body["status"], format_date(now)
        if body["status"] == "CANCELLED":
            sub["cancelled"], sub["_cancelled"] = format_date(now), now
    if "nextCharge" in body:
        when = parse_date(str(body["nextCharge"]))
        if when is None:
            raise bad_request(f"Wrong nextCharge value '{body['nextCharge']}'")
        sub["nextCharge"], sub["_nextCharge"] = format_date(when), int(when)
    settings = body.get("chargeSettings")
    if isinstance(settings, dict):
        if settings.get("recurringInterval", "MONTH") not in INTERVALS:
            raise bad_request(f"Unknown recurringInterval '{settings.get('recurringInterval')}'")
        sub["chargeSettings"].update(settings)
    sub["updateTimestamp"], sub["_updated"] = now * 1000, now


def _range(
    q: Query, prefix: str, read: Callable[[Entity], float | None]
) -> Callable[[Entity], bool] | None:
    low, high = q_date(q, f"{prefix}From"), q_date(q, f"{prefix}To")
    if low is None and high is None:
        return None
    return lambda s: in_range(read(s), low, high)


def _template(s: Entity) -> Entity:
    template: Entity = s.get("orderTemplate") or {}
    return template


Read = Callable[[Entity], Any]
_NUMBERS: dict[str, Read] = {
    "id": lambda s: s["subscriptionId"],
    "customerId": lambda s: s.get("customerId"),
    "recurringIntervalCount": lambda s: s["chargeSettings"].get("recurringIntervalCount"),
}
_TEXTS: dict[str, Read] = {
    "status": lambda s: s.get("status"),
    "recurringInterval": lambda s: s["chargeSettings"].get("recurringInterval"),
    "email": lambda s: _template(s).get("email"),
    "orderId": lambda s: _template(s).get("id"),
}


def _is(
    read: Read, wanted: Any, norm: Callable[[Any], Any] = lambda v: v
) -> Callable[[Entity], bool]:
    return lambda s: bool(norm(read(s)) == wanted)


def search_subscriptions(store: StoreState, q: Query) -> list[Entity]:
    """The subscriptions matching today's filters, in ``sortBy`` order."""
    preds: list[Callable[[Entity], bool]] = []
    for wire, read in _NUMBERS.items():
        wanted = q_int(q, wire)
        if wanted is not None:
            preds.append(_is(read, wanted))
    for wire, read in _TEXTS.items():
        text = q_str(q, wire)
        if text:
            preds.append(_is(read, text.lower(), lambda v: str(v or "").lower()))
    product = q_int(q, "productId")
    if product is not None:
        preds.append(
            lambda s: any(i.get("productId") == product for i in _template(s).get("items") or ())
        )
    total = q_float(q, "orderTotal")
    if total is not None:
        preds.append(lambda s: _template(s).get("total") == total)
    for pred in (
        _range(q, "created", lambda s: s["_created"]),
        _range(q, "cancelled", lambda s: s["_cancelled"]),
        _range(q, "updated", lambda s: s["_updated"]),
        _range(q, "nextCharge", lambda s: s["_nextCharge"]),
        _range(
            q,
            "orderCreated",
            lambda s: parse_date(s["orders"][0]["createDate"]) if s["orders"] else None,
        ),
    ):
        if pred is not None:
            preds.append(pred)
    sort = q_str(q, "sortBy") or "DATE_CREATED_DESC"
    if sort not in SORTS:
        raise bad_request(f"Wrong parameter 'sortBy' value: '{sort}'")
    key, reverse = SORTS[sort]
    return sorted(
        (s for s in store.subscriptions.values() if all(p(s) for p in preds)),
        key=key,
        reverse=reverse,
    )
