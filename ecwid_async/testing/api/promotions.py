"""Promotions (docs: "Promotions"): thin handlers over ``backend.order_extras``."""

from __future__ import annotations

from typing import Any

from ..backend.fields import trimmed
from ..backend.order_extras import add_promotion, update_promotion
from ..models import Entity
from ..params import page
from ..routing import Ctx, RouteTable
from ._common import created, deleted, get_or_404, updated

routes = RouteTable()


def _promotion(ctx: Ctx) -> Entity:
    return get_or_404(ctx.store.promotions, ctx.int_param("promotionId"), "Promotion")


@routes.get("/promotions")
def search(ctx: Ctx) -> Any:
    """Search promotions (``responseFields`` trims the page)."""
    return trimmed(ctx.query, page(ctx.query, list(ctx.store.promotions.values()), 100))


@routes.post("/promotions")
def create(ctx: Ctx) -> Any:
    """Create promotion."""
    promotion = add_promotion(ctx.store, ctx.json_object())
    ctx.store.touch("discountCouponsUpdated")
    return created(promotion["id"])


@routes.put("/promotions/{promotionId}")
def update(ctx: Ctx) -> Any:
    """Update promotion."""
    update_promotion(_promotion(ctx), ctx.json_object())
    ctx.store.touch("discountCouponsUpdated")
    return updated()


@routes.delete("/promotions/{promotionId}")
def delete(ctx: Ctx) -> Any:
    """Delete promotion."""
    del ctx.store.promotions[_promotion(ctx)["id"]]
    ctx.store.touch("discountCouponsUpdated")
    return deleted()
