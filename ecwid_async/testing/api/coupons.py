"""Discount coupons (docs: "Discount coupons"): thin handlers over ``backend.coupons``;
a coupon is addressed by id or by code."""

from __future__ import annotations

from typing import Any

from ..backend.coupons import add_coupon, find, render, search_coupons, update_coupon
from ..backend.fields import trimmed
from ..errors import not_found
from ..models import Entity
from ..params import page
from ..routing import Ctx, RouteTable
from ._common import deleted, updated

routes = RouteTable()


def _coupon(ctx: Ctx) -> Entity:
    coupon = find(ctx.store, ctx.params["couponIdentifier"])
    if coupon is None:
        raise not_found(f"Coupon '{ctx.params['couponIdentifier']}' not found")
    return coupon


@routes.get("/discount_coupons")
def search(ctx: Ctx) -> Any:
    """Search coupons (code, discount_type, availability, created/updated ranges)."""
    store = ctx.store
    found = search_coupons(store, ctx.query)
    return trimmed(ctx.query, page(ctx.query, found, 100, lambda c: render(store, c)))


@routes.get("/discount_coupons/{couponIdentifier}")
def get(ctx: Ctx) -> Any:
    """Get coupon by id or code."""
    return trimmed(ctx.query, render(ctx.store, _coupon(ctx)))


@routes.post("/discount_coupons")
def create(ctx: Ctx) -> Any:
    """Create coupon: answers ``{"id", "code"}`` (name and code are required)."""
    coupon = add_coupon(ctx.store, ctx.json_object())
    return {"id": coupon["id"], "code": coupon["code"]}


@routes.put("/discount_coupons/{couponIdentifier}")
def update(ctx: Ctx) -> Any:
    """Update coupon by id or code (only the fields sent change)."""
    update_coupon(ctx.store, _coupon(ctx), ctx.json_object())
    return updated()


@routes.delete("/discount_coupons/{couponIdentifier}")
def delete(ctx: Ctx) -> Any:
    """Delete coupon by id or code (``deleteCount`` 0 when not found, as documented)."""
    store = ctx.store
    coupon = find(store, ctx.params["couponIdentifier"])
    if coupon is None:
        return deleted(0)
    del store.coupons[coupon["id"]]
    store.record_deleted("discount_coupons", coupon["id"])
    store.touch("discountCouponsUpdated")
    return deleted()
