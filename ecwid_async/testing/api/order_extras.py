"""Order extra fields and order statuses (docs: "Order extra fields", "Order statuses"):
thin handlers over ``backend.order_extras``."""

from __future__ import annotations

from typing import Any

from ..backend.order_extras import (
    add_extra_field,
    delete_extra_field,
    order_statuses,
    update_extra_field,
    update_order_status,
)
from ..backend.orders import find_order, order_stamp
from ..errors import not_found
from ..models import Entity
from ..routing import Ctx, RouteTable
from ._common import deleted, updated

routes = RouteTable()


def _order(ctx: Ctx) -> Entity:
    return find_order(ctx.store, ctx.params["orderId"])


def _changed(ctx: Ctx, order: Entity) -> None:
    order_stamp(order, ctx.store.touch("ordersUpdated"))


@routes.get("/orders/{orderId}/extraFields")
def search_extra_fields(ctx: Ctx) -> Any:
    """Search order extra fields: a JSON array."""
    return list(_order(ctx).get("orderExtraFields") or [])


@routes.post("/orders/{orderId}/extraFields")
def add_extra_fields(ctx: Ctx) -> Any:
    """Add extra fields to order: ``{"createCount": 1}``."""
    order = _order(ctx)
    add_extra_field(order, ctx.json_object())
    _changed(ctx, order)
    return {"createCount": 1}


@routes.put("/orders/{orderId}/extraFields/{extraFieldId}")
def update_extra_fields(ctx: Ctx) -> Any:
    """Update order extra field."""
    order = _order(ctx)
    update_extra_field(order, ctx.params["extraFieldId"], ctx.json_object())
    _changed(ctx, order)
    return updated()


@routes.delete("/orders/{orderId}/extraFields/{extraFieldId}")
def delete_extra_fields(ctx: Ctx) -> Any:
    """Delete order extra field."""
    order = _order(ctx)
    delete_extra_field(order, ctx.params["extraFieldId"])
    _changed(ctx, order)
    return deleted()


@routes.get("/profile/order_statuses")
def search_statuses(ctx: Ctx) -> Any:
    """Search order statuses."""
    return {"items": list(order_statuses(ctx.store).values())}


@routes.get("/profile/order_status/{statusId}")
def get_status(ctx: Ctx) -> Any:
    """Get order status (the id is case sensitive)."""
    status = order_statuses(ctx.store).get(ctx.params["statusId"])
    if status is None:
        raise not_found(f"Order status '{ctx.params['statusId']}' not found")
    return status


@routes.put("/profile/order_status/{statusId}")
def update_status(ctx: Ctx) -> Any:
    """Update custom order status."""
    update_order_status(ctx.store, ctx.params["statusId"], ctx.json_object())
    ctx.store.touch("profileUpdated")
    return updated()
