"""Abandoned carts, order calculation and placing a cart (docs: "Carts")."""

from __future__ import annotations

from typing import Any

from ..backend.carts import calculate_order, place_cart, update_cart
from ..backend.fields import trimmed
from ..backend.orders import cart_filters
from ..models import Entity
from ..params import page, q_bool
from ..routing import Ctx, RouteTable
from ._common import get_or_404, updated

routes = RouteTable()


@routes.get("/carts")
def search(ctx: Ctx) -> Any:
    """Search abandoned carts (``showHidden`` defaults to true)."""
    preds = cart_filters(ctx.query)
    show_hidden = q_bool(ctx.query, "showHidden")
    if show_hidden is False:
        preds.append(lambda c: not c.get("hidden"))
    items = [c for c in ctx.store.carts.values() if all(p(c) for p in preds)]
    return trimmed(ctx.query, page(ctx.query, items, 100))


def _cart(ctx: Ctx) -> Entity:
    return get_or_404(ctx.store.carts, ctx.params["cartId"], "Cart")


@routes.get("/carts/{cartId}")
def get(ctx: Ctx) -> Any:
    """Get abandoned cart."""
    return trimmed(ctx.query, _cart(ctx))


@routes.put("/carts/{cartId}")
def update(ctx: Ctx) -> Any:
    """Update abandoned cart (``hidden``, shipping taxes, invoice fields)."""
    update_cart(ctx.store, _cart(ctx), ctx.json_object())
    return updated()


@routes.post("/carts/{cartId}/place")
def place(ctx: Ctx) -> Any:
    """Convert abandoned cart to order: ``{id, orderNumber, vendorOrderNumber, cartId}``."""
    cart = _cart(ctx)
    order = place_cart(ctx.store, cart)
    return {
        "id": order["id"],
        "orderNumber": order["orderNumber"],
        "vendorOrderNumber": order["vendorOrderNumber"],
        "cartId": cart["cartId"],
    }


@routes.post("/order/calculate")
def calculate(ctx: Ctx) -> Any:
    """Calculate order details (nothing is stored)."""
    return calculate_order(ctx.store, ctx.json_object())
