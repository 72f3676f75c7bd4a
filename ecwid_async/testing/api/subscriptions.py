"""Recurring subscriptions (docs: "Recurring subscriptions"): thin handlers over
``backend.subscriptions``."""

from __future__ import annotations

from typing import Any

from ..backend.subscriptions import get_subscription, search_subscriptions, update_subscription
from ..models import Entity
from ..params import page, search_key
from ..routing import Ctx, RouteTable
from ._common import updated

routes = RouteTable()


def _shown(subscription: Entity) -> Entity:
    return {k: v for k, v in subscription.items() if not k.startswith("_")}


@routes.get("/subscriptions")
def search(ctx: Ctx) -> Any:
    """Search recurring subscriptions."""
    found = ctx.store.cached_search(
        search_key(ctx), lambda: search_subscriptions(ctx.store, ctx.query)
    )
    return page(ctx.query, found, 100, _shown)


@routes.get("/subscriptions/{subscriptionId}")
def get(ctx: Ctx) -> Any:
    """Get recurring subscription."""
    return _shown(get_subscription(ctx.store, ctx.int_param("subscriptionId")))


@routes.put("/subscriptions/{subscriptionId}")
def update(ctx: Ctx) -> Any:
    """Update recurring subscription."""
    subscription = get_subscription(ctx.store, ctx.int_param("subscriptionId"))
    update_subscription(ctx.store, subscription, ctx.json_object())
    return updated()
