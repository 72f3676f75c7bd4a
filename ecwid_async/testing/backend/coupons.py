"""Discount coupons: validation, their effective status, finding by id or code, search."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import bad_request, conflict
from ..models import Entity, StoreState, format_date
from ..params import Query, date_filter, parse_date, q_list, q_str

__all__ = [
    "APPLICATION_LIMITS",
    "DISCOUNT_TYPES",
    "STATES",
    "USES_LIMITS",
    "add_coupon",
    "effective_status",
    "find",
    "render",
    "search_coupons",
    "update_coupon",
]

DISCOUNT_TYPES = frozenset(
    {"ABS", "PERCENT", "SHIPPING", "ABS_AND_SHIPPING", "PERCENT_AND_SHIPPING"}
)
STATES = frozenset({"ACTIVE", "PAUSED", "EXPIRED", "USEDUP"})
USES_LIMITS = frozenset({"UNLIMITED", "ONCEPERCUSTOMER", "SINGLE"})
APPLICATION_LIMITS = frozenset({"UNLIMITED", "NEW_CUSTOMER_ONLY", "REPEAT_CUSTOMER_ONLY"})
_WRITABLE = (
    "name",
    "code",
    "discountType",
    "status",
    "discount",
    "launchDate",
    "expirationDate",
    "totalLimit",
    "usesLimit",
    "repeatCustomerOnly",
    "applicationLimit",
    "orderCount",
    "catalogLimit",
    "shippingLimit",
)


def effective_status(store: StoreState, coupon: Entity) -> str:
    """ACTIVE/PAUSED as set, EXPIRED past ``expirationDate``, USEDUP for a used SINGLE."""
    status = str(coupon.get("status", "ACTIVE"))
    expires = coupon.get("expirationDate")
    if status == "ACTIVE" and isinstance(expires, str):
        ts = parse_date(expires)
        if ts is not None and ts < store.now():
            return "EXPIRED"
    if status == "ACTIVE" and coupon.get("usesLimit") == "SINGLE" and coupon.get("orderCount"):
        return "USEDUP"
    return status


def find(store: StoreState, identifier: str) -> Entity | None:
    """A coupon by internal id or by code."""
    if identifier.isdigit() and int(identifier) in store.coupons:
        return store.coupons[int(identifier)]
    return next((c for c in store.coupons.values() if c.get("code") == identifier), None)


def render(store: StoreState, coupon: Entity) -> Entity:
    """A coupon as the API shows it: private fields dropped, the status as in effect."""
    out = {k: v for k, v in coupon.items() if not k.startswith("_")}
    out["status"] = effective_status(store, coupon)
    return out


def _validate(store: StoreState, body: Mapping[str, Any], coupon_id: int | None) -> None:
    for field, allowed in (
        ("discountType", DISCOUNT_TYPES),
        ("usesLimit", USES_LIMITS),
        ("applicationLimit", APPLICATION_LIMITS),
    ):
        if field in body and body[field] not in allowed:
            raise bad_request(f"Wrong value of '{field}': '{body[field]}'")
    if "status" in body and body["status"] not in ("ACTIVE", "PAUSED"):
        raise bad_request(f"Coupon status '{body['status']}' cannot be set: use ACTIVE or PAUSED")
    code = body.get("code")
    if code is not None:
        if not str(code) or len(str(code)) > 128:
            raise bad_request("Coupon code must be 1 to 128 characters")
        other = find(store, str(code))
        if other is not None and other["id"] != coupon_id and other.get("code") == str(code):
            raise conflict(f"The coupon with code '{code}' already exists")


def _apply(coupon: Entity, body: Mapping[str, Any]) -> None:
    for field in _WRITABLE:
        if field in body:
            coupon[field] = str(body[field]) if field == "code" else body[field]
    if "applicationLimit" not in body and "repeatCustomerOnly" in body:
        coupon["applicationLimit"] = (
            "REPEAT_CUSTOMER_ONLY" if body["repeatCustomerOnly"] else "UNLIMITED"
        )
    for field in ("launchDate", "expirationDate"):
        value = coupon.get(field)
        if isinstance(value, str) and (ts := parse_date(value)) is not None:
            coupon[field] = format_date(ts)  # "corrected to the UTC timezone"


def search_coupons(store: StoreState, q: Query) -> list[Entity]:
    """The coupons matching code, discount_type, availability and the date ranges."""
    code = q_str(q, "code")
    types = q_list(q, "discount_type")
    states = q_list(q, "availability")
    for value in types or ():
        if value not in DISCOUNT_TYPES:
            raise bad_request(f"Wrong parameter 'discount_type' value: '{value}'")
    for value in states or ():
        if value not in STATES:
            raise bad_request(f"Wrong parameter 'availability' value: '{value}'")
    preds = [
        p
        for p in (date_filter(q, "created", "_created"), date_filter(q, "updated", "_updated"))
        if p is not None
    ]
    return [
        c
        for c in store.coupons.values()
        if (code is None or c.get("code") == code)
        and (types is None or c.get("discountType") in types)
        and (states is None or effective_status(store, c) in states)
        and all(p(c) for p in preds)
    ]


def add_coupon(store: StoreState, body: Mapping[str, Any]) -> Entity:
    """Store a new coupon (``name`` and ``code`` required, the code unique)."""
    if not body.get("name") or not body.get("code"):
        raise bad_request("Coupon 'name' and 'code' are required")
    _validate(store, body, None)
    now = store.touch("discountCouponsUpdated")
    coupon: Entity = {
        "id": store.next_id("coupon", 21000000),
        "name": "",
        "code": "",
        "discountType": "ABS",
        "status": "ACTIVE",
        "discount": 0,
        "usesLimit": "UNLIMITED",
        "applicationLimit": "UNLIMITED",
        "orderCount": 0,
        "creationDate": format_date(now),
        "updateDate": format_date(now),
        "_created": now,
        "_updated": now,
    }
    _apply(coupon, body)
    store.coupons[coupon["id"]] = coupon
    return coupon


def update_coupon(store: StoreState, coupon: Entity, body: Mapping[str, Any]) -> None:
    """Change the fields sent; ``updateDate`` moves."""
    _validate(store, body, coupon["id"])
    _apply(coupon, body)
    now = store.touch("discountCouponsUpdated")
    coupon["updateDate"], coupon["_updated"] = format_date(now), now
