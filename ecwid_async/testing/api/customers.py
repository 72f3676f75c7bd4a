"""Customers (docs: "Customers"): search, get, create, update, delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import bad_request, conflict, not_found
from ..models import Entity, StoreState, format_date
from ..params import date_filter, in_range, page, q_int, q_str, search_key
from ..routing import Ctx, RouteTable
from ._common import created, deleted, get_or_404, keyword_matches, merge, text_of, updated

routes = RouteTable()

SORTS: dict[str, tuple[Callable[[Entity], Any], bool]] = {
    "NAME_ASC": (lambda c: (str(c.get("name", "")).lower(), c["id"]), False),
    "NAME_DESC": (lambda c: (str(c.get("name", "")).lower(), c["id"]), True),
    "EMAIL_ASC": (lambda c: (str(c.get("email", "")).lower(), c["id"]), False),
    "EMAIL_DESC": (lambda c: (str(c.get("email", "")).lower(), c["id"]), True),
    "ORDER_COUNT_ASC": (lambda c: (c.get("totalOrderCount", 0), c["id"]), False),
    "ORDER_COUNT_DESC": (lambda c: (c.get("totalOrderCount", 0), c["id"]), True),
    "REGISTERED_DATE_ASC": (lambda c: (c.get("_registered", 0), c["id"]), False),
    "REGISTERED_DATE_DESC": (lambda c: (c.get("_registered", 0), c["id"]), True),
}
_SERVER_OWNED = frozenset(
    {
        "id",
        "registered",
        "updated",
        "totalOrderCount",
        "customerGroupName",
        "name",
        "password",
        "_registered",
        "_updated",
    }
)
#: The fields a search answers for each customer.
ENTRY_FIELDS = (
    "id",
    "name",
    "email",
    "totalOrderCount",
    "customerGroupId",
    "customerGroupName",
    "updated",
)


def stamp_updated(store: StoreState, customer: Entity) -> None:
    """Set the customer's ``updated`` to now and move ``customersUpdated``."""
    now = store.touch("customersUpdated")
    customer["updated"], customer["_updated"] = format_date(now), now


def public(customer: Entity) -> Entity:
    """A customer as the API shows it (no password, no private fields)."""
    return {k: v for k, v in customer.items() if not k.startswith("_") and k != "password"}


def group_name(store: StoreState, group_id: Any) -> str:
    """The name of a customer group (``General`` for 0/none)."""
    if not group_id:
        return "General"
    return str(store.customer_groups.get(group_id, {}).get("name", ""))


def _apply(store: StoreState, customer: Entity, body: dict[str, Any]) -> None:
    email = body.get("email")
    if email is not None:
        if not isinstance(email, str) or "@" not in email:
            raise bad_request(f"Invalid email '{email}'")
        for other in store.customers.values():
            if (
                other["id"] != customer.get("id")
                and other.get("email", "").lower() == email.lower()
            ):
                raise conflict(f"The customer with email '{email}' already exists")
    group = body.get("customerGroupId")
    if group and group not in store.customer_groups:
        raise not_found(f"Customer group #{group} not found")
    merge(customer, body, _SERVER_OWNED)
    for address in customer.get("shippingAddresses") or ():
        if isinstance(address, dict):
            address.setdefault("id", store.next_id("address", 1000))
    customer["name"] = str((customer.get("billingPerson") or {}).get("name", ""))
    customer["customerGroupName"] = group_name(store, customer.get("customerGroupId"))


def search_customers(ctx: Ctx) -> list[Entity]:
    """The customers matching the documented filters, in ``sortBy`` order."""
    q = ctx.query
    preds: list[Callable[[Entity], bool]] = []
    keyword, name, email = q_str(q, "keyword"), q_str(q, "name"), q_str(q, "email")
    if keyword:
        preds.append(lambda c: keyword_matches(keyword, text_of(public(c))))
    if name:
        preds.append(lambda c: name.lower() in str(c.get("name", "")).lower())
    if email:
        preds.append(lambda c: email.lower() == str(c.get("email", "")).lower())
    group = q_int(q, "customerGroup")
    group = q_int(q, "groupId") if group is None else group
    if group is not None:
        preds.append(lambda c: (c.get("customerGroupId") or 0) == group)
    low, high = q_int(q, "minOrderCount"), q_int(q, "maxOrderCount")
    if low is not None or high is not None:
        preds.append(lambda c: in_range(c.get("totalOrderCount", 0), low, high))
    for dated in (date_filter(q, "created", "_registered"), date_filter(q, "updated", "_updated")):
        if dated is not None:
            preds.append(dated)
    sort = q_str(q, "sortBy") or "NAME_ASC"
    if sort not in SORTS:
        raise bad_request(f"Wrong parameter 'sortBy' value: '{sort}'")
    found = [c for c in ctx.store.customers.values() if all(p(c) for p in preds)]
    key, reverse = SORTS[sort]
    found.sort(key=key, reverse=reverse)
    return found


@routes.get("/customers")
def search(ctx: Ctx) -> Any:
    """Search customers (default limit 10)."""
    return page(
        ctx.query,
        ctx.store.cached_search(search_key(ctx), lambda: search_customers(ctx)),
        10,
        lambda c: {k: c[k] for k in ENTRY_FIELDS if k in c},
    )


@routes.get("/customers/{customerId}")
def get(ctx: Ctx) -> Any:
    """Get customer."""
    return public(get_or_404(ctx.store.customers, ctx.int_param("customerId"), "Customer"))


@routes.post("/customers")
def create(ctx: Ctx) -> Any:
    """Create customer (409 for an email already registered)."""
    store, body = ctx.store, ctx.json_object()
    if not body.get("email"):
        raise bad_request("Customer email is required")
    now = store.now()
    customer: Entity = {
        "billingPerson": {},
        "shippingAddresses": [],
        "customerGroupId": 0,
        "taxId": "",
        "taxIdValid": False,
        "taxExempt": False,
        "totalOrderCount": 0,
        "registered": format_date(now),
        "_registered": now,
    }
    _apply(store, customer, body)
    stamp_updated(store, customer)
    customer["id"] = store.next_id("customer", 15000000)
    customer = {"id": customer.pop("id"), **customer}
    store.customers[customer["id"]] = customer
    return created(customer["id"])


@routes.put("/customers/{customerId}")
def update(ctx: Ctx) -> Any:
    """Update customer (only the fields sent change)."""
    customer = get_or_404(ctx.store.customers, ctx.int_param("customerId"), "Customer")
    _apply(ctx.store, customer, ctx.json_object())
    stamp_updated(ctx.store, customer)
    return updated()


@routes.delete("/customers/{customerId}")
def delete(ctx: Ctx) -> Any:
    """Delete customer."""
    customer_id = ctx.int_param("customerId")
    get_or_404(ctx.store.customers, customer_id, "Customer")
    del ctx.store.customers[customer_id]
    ctx.store.record_deleted("customers", customer_id)
    ctx.store.touch("customersUpdated")
    return deleted()
