"""Customers (docs: "Customers", "Customer contacts", "Customer extra fields"): thin
handlers over ``backend.customers``."""

from __future__ import annotations

from typing import Any

from ..backend.customers import (
    Stats,
    add_contact,
    add_customer,
    add_customer_extra_field,
    customer_contact,
    customer_stats,
    render_customer,
    search_customers,
    update_contact,
    update_customer,
)
from ..backend.fields import trimmed
from ..errors import not_found
from ..models import Entity
from ..params import page, search_key
from ..routing import Ctx, RouteTable
from ._common import created, deleted, get_or_404, merge, updated

routes = RouteTable()


def _stats(ctx: Ctx) -> Stats:
    """Customers' order stats, computed once per store version (not per request)."""
    return ctx.store.cached_search(("customer-stats",), lambda: customer_stats(ctx.store))


def _customer(ctx: Ctx) -> Entity:
    return get_or_404(ctx.store.customers, ctx.int_param("customerId"), "Customer")


@routes.get("/customers")
def search(ctx: Ctx) -> Any:
    """Search customers: full records, and ``allCustomerCount`` (default limit 100)."""
    store = ctx.store
    stats = _stats(ctx)
    found = store.cached_search(search_key(ctx), lambda: search_customers(store, ctx.query, stats))
    body = page(ctx.query, found, 100, lambda c: render_customer(c, stats))
    return trimmed(ctx.query, {**body, "allCustomerCount": len(store.customers)})


@routes.get("/customers/{customerId}")
def get(ctx: Ctx) -> Any:
    """Get customer."""
    return trimmed(ctx.query, render_customer(_customer(ctx), _stats(ctx)))


@routes.post("/customers")
def create(ctx: Ctx) -> Any:
    """Create customer (409 for an email already registered)."""
    return created(add_customer(ctx.store, ctx.json_object())["id"])


@routes.put("/customers/{customerId}")
def update(ctx: Ctx) -> Any:
    """Update customer (only the fields sent change)."""
    update_customer(ctx.store, _customer(ctx), ctx.json_object())
    return updated()


@routes.delete("/customers/{customerId}")
def delete(ctx: Ctx) -> Any:
    """Delete customer."""
    customer = _customer(ctx)
    del ctx.store.customers[customer["id"]]
    ctx.store.record_deleted("customers", customer["id"])
    ctx.store.touch("customersUpdated")
    return deleted()


# -- contacts ----------------------------------------------------------------------------------
@routes.get("/customers/{customerId}/contacts")
def contacts(ctx: Ctx) -> Any:
    """Search customer contacts."""
    return {"items": _customer(ctx).get("contacts") or []}


@routes.get("/customers/{customerId}/contacts/{contactId}")
def get_contact(ctx: Ctx) -> Any:
    """Get customer contact."""
    return customer_contact(_customer(ctx), ctx.int_param("contactId"))


@routes.post("/customers/{customerId}/contacts")
def create_contact(ctx: Ctx) -> Any:
    """Create customer contact: the stored contact, as today's example shows it."""
    return {"createCount": 1, **add_contact(ctx.store, _customer(ctx), ctx.json_object())}


@routes.put("/customers/{customerId}/contacts/{contactId}")
def update_contact_route(ctx: Ctx) -> Any:
    """Update customer contact."""
    customer = _customer(ctx)
    update_contact(customer_contact(customer, ctx.int_param("contactId")), ctx.json_object())
    return updated()


@routes.delete("/customers/{customerId}/contacts/{contactId}")
def delete_contact(ctx: Ctx) -> Any:
    """Delete customer contact."""
    customer = _customer(ctx)
    gone = customer_contact(customer, ctx.int_param("contactId"))
    customer["contacts"] = [c for c in customer["contacts"] if c is not gone]
    return deleted()


# -- customer extra fields ---------------------------------------------------------------------
def _extra_field(ctx: Ctx) -> Entity:
    key = ctx.params["key"]
    field = ctx.store.customer_extra_fields.get(key)
    if field is None:
        raise not_found(f"Customer extra field '{key}' not found")
    return field


@routes.get("/store_extrafields/customers")
def extra_fields(ctx: Ctx) -> Any:
    """Search customer extra fields."""
    return {"items": list(ctx.store.customer_extra_fields.values())}


@routes.get("/store_extrafields/customers/{key}")
def get_extra_field(ctx: Ctx) -> Any:
    """Get customer extra field."""
    return _extra_field(ctx)


@routes.post("/store_extrafields/customers")
def create_extra_field(ctx: Ctx) -> Any:
    """Create customer extra field: ``{"createCount": 1, "key": ...}``."""
    return {"createCount": 1, "key": add_customer_extra_field(ctx.store, ctx.json_object())["key"]}


@routes.put("/store_extrafields/customers/{key}")
def update_extra_field(ctx: Ctx) -> Any:
    """Update customer extra field."""
    field, body = _extra_field(ctx), ctx.json_object()
    merge(field, {k: v for k, v in body.items() if k in ("title", "type", "shownOnOrderDetails")})
    return updated()


@routes.delete("/store_extrafields/customers/{key}")
def delete_extra_field(ctx: Ctx) -> Any:
    """Delete customer extra field."""
    del ctx.store.customer_extra_fields[_extra_field(ctx)["key"]]
    return deleted()
