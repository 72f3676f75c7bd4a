"""Customers: creating, changing and searching them, their contacts, and the store's
customer extra fields.

Search customers' filters are one table (``FILTERS``: wire name -> predicate factory),
so a filter is one line; ``stats`` (orders, sales value, first and last order) are
computed from the store's orders.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from typing import Any

from ..api._common import keyword_matches, merge, text_of
from ..errors import bad_request, conflict, not_found
from ..models import Entity, StoreState, format_date
from ..params import (
    Query,
    date_filter,
    in_range,
    q_bool,
    q_date,
    q_float,
    q_int,
    q_int_list,
    q_list,
    q_str,
)

__all__ = [
    "CONTACT_TYPES",
    "FILTERS",
    "SORTS",
    "Stats",
    "add_contact",
    "add_customer",
    "add_customer_extra_field",
    "customer_contact",
    "customer_stats",
    "group_name",
    "public",
    "render_customer",
    "search_customers",
    "update_contact",
    "update_customer",
]

CONTACT_TYPES = frozenset(
    {
        "EMAIL", "PHONE", "FACEBOOK", "INSTAGRAM", "TWITTER", "YOUTUBE", "TIKTOK", "PINTEREST",
        "VK", "FB_MESSENGER", "WHATSAPP", "TELEGRAM", "VIBER", "URL", "OTHER",
    }
)  # fmt: skip
_SERVER_OWNED = frozenset(
    {
        "id",
        "registered",
        "updated",
        "totalOrderCount",
        "customerGroupName",
        "name",
        "password",
        "stats",
        "_registered",
        "_updated",
    }
)
Stats = dict[int, Entity]
#: A filter: (query, the store's customer stats) -> predicate over a customer, or None.
Filter = Callable[[Query, Stats], Callable[[Entity], bool] | None]


def public(customer: Entity) -> Entity:
    """A customer as the API shows it (no password, no private fields)."""
    return {k: v for k, v in customer.items() if not k.startswith("_") and k != "password"}


def group_name(store: StoreState, group_id: Any) -> str:
    """The name of a customer group (``General`` for 0/none)."""
    if not group_id:
        return "General"
    return str(store.customer_groups.get(group_id, {}).get("name", ""))


# -- stats -------------------------------------------------------------------------------------
def customer_stats(store: StoreState) -> Stats:
    """Per customer id: ``numberOfOrders``, ``salesValue``, ``averageOrderValue``, first and
    last order dates (abandoned sales aside), and the product ids bought (``_products``)."""
    out: Stats = {}
    for order in store.orders.values():
        cid = order.get("customerId")
        if cid is None or order.get("paymentStatus") == "INCOMPLETE":
            continue
        entry = out.setdefault(cid, {"numberOfOrders": 0, "salesValue": 0.0, "_products": set()})
        entry["numberOfOrders"] += 1
        entry["salesValue"] = round(entry["salesValue"] + float(order.get("total", 0)), 2)
        ts = order.get("createTimestamp", 0)
        entry["_first"] = min(entry.get("_first", ts), ts)
        entry["_last"] = max(entry.get("_last", ts), ts)
        entry["_products"].update(i.get("productId") for i in order.get("items") or ())
    for entry in out.values():
        entry["averageOrderValue"] = round(entry["salesValue"] / entry["numberOfOrders"], 2)
        entry["firstOrderDate"] = format_date(entry["_first"])
        entry["lastOrderDate"] = format_date(entry["_last"])
    return out


_NO_STATS: Entity = {"numberOfOrders": 0, "salesValue": 0, "averageOrderValue": 0}


def render_customer(customer: Entity, stats: Stats) -> Entity:
    """The full record the API sends (get and search items): ``stats`` included."""
    entry = stats.get(customer["id"])
    shown = {k: v for k, v in (entry or _NO_STATS).items() if not k.startswith("_")}
    return {**public(customer), "stats": shown}


# -- create and change -------------------------------------------------------------------------
def _check_email(store: StoreState, customer: Entity, email: Any) -> None:
    if not isinstance(email, str) or "@" not in email:
        raise bad_request(f"Invalid email '{email}'")
    for other in store.customers.values():
        if other["id"] != customer.get("id") and other.get("email", "").lower() == email.lower():
            raise conflict(f"The customer with email '{email}' already exists")


def _apply(store: StoreState, customer: Entity, body: Mapping[str, Any]) -> None:
    if body.get("email") is not None:
        _check_email(store, customer, body["email"])
    group = body.get("customerGroupId")
    if group and group not in store.customer_groups:
        raise not_found(f"Customer group #{group} not found")
    if body.get("b2b_b2c", "b2c") not in ("b2b", "b2c"):
        raise bad_request(f"Wrong b2b_b2c value '{body.get('b2b_b2c')}'")
    merge(customer, dict(body), _SERVER_OWNED)
    for address in customer.get("shippingAddresses") or ():
        if isinstance(address, dict):
            address.setdefault("id", store.next_id("address", 1000))
    for contact in customer.get("contacts") or ():
        if isinstance(contact, dict):
            contact.setdefault("id", store.next_id("contact", 113000000))
            contact.setdefault("timestamp", format_date(store.now()))
    person = customer.get("billingPerson") or {}
    customer["name"] = str(person.get("name") or body.get("name") or customer.get("name", ""))
    customer["customerGroupName"] = group_name(store, customer.get("customerGroupId"))
    now = store.touch("customersUpdated")
    customer["updated"], customer["_updated"] = format_date(now), now


def add_customer(store: StoreState, body: Mapping[str, Any]) -> Entity:
    """Register a customer (``email`` required and unique); an EMAIL contact comes with it."""
    if not body.get("email"):
        raise bad_request("Customer email is required")
    now = store.now()
    customer: Entity = {
        "billingPerson": {},
        "shippingAddresses": [],
        "contacts": [],
        "customerGroupId": 0,
        "taxId": "",
        "taxIdValid": False,
        "taxExempt": False,
        "b2b_b2c": "b2c",
        "acceptMarketing": False,
        "privateAdminNotes": "",
        "favorites": [],
        "totalOrderCount": 0,
        "registered": format_date(now),
        "_registered": now,
    }
    _apply(store, customer, body)
    customer = {"id": store.next_id("customer", 15000000), **customer}
    if not customer["contacts"]:
        add_contact(
            store, customer, {"contact": customer["email"], "type": "EMAIL", "default": True}
        )
    store.customers[customer["id"]] = customer
    return customer


def update_customer(store: StoreState, customer: Entity, body: Mapping[str, Any]) -> None:
    """Change the fields sent."""
    _apply(store, customer, body)


# -- contacts ----------------------------------------------------------------------------------
def _check_contact(body: Mapping[str, Any], creating: bool) -> None:
    if creating and (not body.get("contact") or not body.get("type")):
        raise bad_request("Fields 'contact' and 'type' are required")
    if "type" in body and body["type"] not in CONTACT_TYPES:
        raise bad_request(f"Unknown contact type '{body['type']}'")


def add_contact(store: StoreState, customer: Entity, body: Mapping[str, Any]) -> Entity:
    """A new contact of the customer, placed last unless ``orderBy`` says otherwise."""
    _check_contact(body, creating=True)
    contacts: list[Entity] = customer.setdefault("contacts", [])
    contact: Entity = {
        "id": store.next_id("contact", 113000000),
        "default": False,
        "orderBy": len(contacts),
        "timestamp": format_date(store.now()),
        **{k: v for k, v in body.items() if k != "id"},
    }
    contacts.append(contact)
    return contact


def customer_contact(customer: Entity, contact_id: int) -> Entity:
    """One contact of the customer, or 404."""
    for contact in customer.get("contacts") or ():
        if contact.get("id") == contact_id:
            found: Entity = contact
            return found
    raise not_found(f"Contact #{contact_id} not found")


def update_contact(contact: Entity, body: Mapping[str, Any]) -> None:
    """Change the fields sent (the id stays)."""
    _check_contact(body, creating=False)
    merge(contact, dict(body), frozenset({"id"}))


# -- customer extra fields ---------------------------------------------------------------------
def add_customer_extra_field(store: StoreState, body: Mapping[str, Any]) -> Entity:
    """A new customer extra field (``title`` required; ``type`` TEXT or DATETIME)."""
    if not body.get("title"):
        raise bad_request("Field 'title' is required")
    kind = str(body.get("type", "TEXT")).upper()
    if kind not in ("TEXT", "DATETIME"):
        raise bad_request(f"Unknown extra field type '{body.get('type')}'")
    now = format_date(store.now())
    key = secrets.token_urlsafe(5)[:7]
    field: Entity = {
        "key": key,
        "title": body["title"],
        "entityTypes": ["CUSTOMERS"],
        "type": kind,
        "shownOnOrderDetails": bool(body.get("shownOnOrderDetails", False)),
        "linkedWithCheckoutField": False,
        "createdDate": now,
        "lastModifiedDate": now,
    }
    store.customer_extra_fields[key] = field
    return field


# -- search ------------------------------------------------------------------------------------
def _addresses(c: Entity) -> list[Entity]:
    return [a for a in c.get("shippingAddresses") or () if isinstance(a, dict)]


def _in_address(field: str) -> Filter:
    def make(q: Query, _stats: Stats) -> Callable[[Entity], bool] | None:
        wanted = q_str(q, field)
        if not wanted:
            return None
        return lambda c: any(wanted.lower() in str(a.get(field, "")).lower() for a in _addresses(c))

    return make


def _text(
    q: Query, name: str, read: Callable[[Entity], str], exact: bool = False
) -> Callable[[Entity], bool] | None:
    wanted = q_str(q, name)
    if not wanted:
        return None
    if exact:
        return lambda c: read(c).lower() == wanted.lower()
    return lambda c: wanted.lower() in read(c).lower()


def _flag(name: str, read: Callable[[Entity], Any]) -> Filter:
    def make(q: Query, _stats: Stats) -> Callable[[Entity], bool] | None:
        wanted = q_bool(q, name)
        return None if wanted is None else (lambda c: bool(read(c)) is wanted)

    return make


def _phones(c: Entity) -> str:
    contacts = [
        str(x.get("contact", "")) for x in c.get("contacts") or () if x.get("type") == "PHONE"
    ]
    addresses = [str(a.get("phone", "")) for a in _addresses(c)]
    return " ".join([*contacts, *addresses, str((c.get("billingPerson") or {}).get("phone", ""))])


def _groups(q: Query, _stats: Stats) -> Callable[[Entity], bool] | None:
    wanted = q_int_list(q, "customerGroupIds")
    if wanted is None:  # the older single-group filters
        one = q_int(q, "customerGroup")
        one = q_int(q, "groupId") if one is None else one
        wanted = None if one is None else [one]
    return None if wanted is None else (lambda c: (c.get("customerGroupId") or 0) in wanted)


def _count_range(low_name: str, high_name: str, read: Callable[[Entity, Stats], float]) -> Filter:
    def make(q: Query, stats: Stats) -> Callable[[Entity], bool] | None:
        low, high = q_float(q, low_name), q_float(q, high_name)
        if low is None and high is None:
            return None
        return lambda c: in_range(read(c, stats), low, high)

    return make


def _bought(q: Query, stats: Stats) -> Callable[[Entity], bool] | None:
    wanted = q_int_list(q, "purchasedProductIds")
    if not wanted:
        return None
    return lambda c: bool(set(wanted) & stats.get(c["id"], {}).get("_products", set()))


def _registered(q: Query, _stats: Stats) -> Callable[[Entity], bool] | None:
    low, high = q_date(q, "createdFrom"), q_date(q, "createdTo")
    if low is None and high is None:
        return None
    return lambda c: in_range(c.get("_registered"), low, high)


def _sales(c: Entity, stats: Stats) -> float:
    return float(stats.get(c["id"], {}).get("salesValue", 0))


#: Search customers' filters by wire name (``updatedFrom``/``updatedTo`` are the clock's).
FILTERS: dict[str, Filter] = {
    "keyword": lambda q, _s: (
        None
        if not (word := q_str(q, "keyword"))
        else (lambda c: keyword_matches(word, text_of(public(c))))
    ),
    "name": lambda q, _s: _text(q, "name", lambda c: str(c.get("name", ""))),
    "email": lambda q, _s: _text(
        q, "email", lambda c: str(c.get("email", "")), exact=q_bool(q, "useExactEmailMatch") is True
    ),
    "phone": lambda q, _s: _text(q, "phone", _phones),
    "city": _in_address("city"),
    "postalCode": _in_address("postalCode"),
    "stateOrProvinceCode": _in_address("stateOrProvinceCode"),
    "companyName": _in_address("companyName"),
    "countryCodes": lambda q, _s: (
        None
        if not (codes := {x.upper() for x in q_list(q, "countryCodes") or ()})
        else (lambda c: any(str(a.get("countryCode", "")).upper() in codes for a in _addresses(c)))
    ),
    "acceptMarketing": _flag("acceptMarketing", lambda c: c.get("acceptMarketing")),
    "lang": lambda q, _s: _text(q, "lang", lambda c: str(c.get("lang", "")), exact=True),
    "customerGroupIds": _groups,
    "orderCount": _count_range(
        "minOrderCount", "maxOrderCount", lambda c, _s: c.get("totalOrderCount", 0)
    ),
    "salesValue": _count_range("minSalesValue", "maxSalesValue", _sales),
    "purchasedProductIds": _bought,
    "b2b_b2c": lambda q, _s: _text(
        q, "b2b_b2c", lambda c: str(c.get("b2b_b2c", "b2c")), exact=True
    ),
    "taxExempt": _flag("taxExempt", lambda c: c.get("taxExempt")),
    "created": _registered,
    "updated": lambda q, _s: date_filter(q, "updated", "_updated"),
}


def _stat_date(field: str) -> Callable[[Entity, Stats], Any]:
    return lambda c, s: (s.get(c["id"], {}).get(field, 0), c["id"])


SORTS: dict[str, tuple[Callable[[Entity, Stats], Any], bool]] = {
    "NAME_ASC": (lambda c, _s: (str(c.get("name", "")).lower(), c["id"]), False),
    "NAME_DESC": (lambda c, _s: (str(c.get("name", "")).lower(), c["id"]), True),
    "EMAIL_ASC": (lambda c, _s: (str(c.get("email", "")).lower(), c["id"]), False),
    "EMAIL_DESC": (lambda c, _s: (str(c.get("email", "")).lower(), c["id"]), True),
    "ORDER_COUNT_ASC": (lambda c, _s: (c.get("totalOrderCount", 0), c["id"]), False),
    "ORDER_COUNT_DESC": (lambda c, _s: (c.get("totalOrderCount", 0), c["id"]), True),
    "REGISTERED_DATE_ASC": (lambda c, _s: (c.get("_registered", 0), c["id"]), False),
    "REGISTERED_DATE_DESC": (lambda c, _s: (c.get("_registered", 0), c["id"]), True),
    "UPDATED_DATE_ASC": (lambda c, _s: (c.get("_updated", 0), c["id"]), False),
    "UPDATED_DATE_DESC": (lambda c, _s: (c.get("_updated", 0), c["id"]), True),
    "SALES_VALUE_ASC": (lambda c, s: (_sales(c, s), c["id"]), False),
    "SALES_VALUE_DESC": (lambda c, s: (_sales(c, s), c["id"]), True),
    "FIRST_ORDER_DATE_ASC": (_stat_date("_first"), False),
    "FIRST_ORDER_DATE_DESC": (_stat_date("_first"), True),
    "LAST_ORDER_DATE_ASC": (_stat_date("_last"), False),
    "LAST_ORDER_DATE_DESC": (_stat_date("_last"), True),
}


def search_customers(store: StoreState, q: Query, stats: Stats) -> list[Entity]:
    """The customers matching every filter of ``FILTERS``, in ``sortBy`` order."""
    preds = [p for make in FILTERS.values() if (p := make(q, stats)) is not None]
    sort = q_str(q, "sortBy") or "NAME_ASC"
    if sort not in SORTS:
        raise bad_request(f"Wrong parameter 'sortBy' value: '{sort}'")
    found = [c for c in store.customers.values() if all(p(c) for p in preds)]
    key, reverse = SORTS[sort]
    found.sort(key=lambda c: key(c, stats), reverse=reverse)
    return found
