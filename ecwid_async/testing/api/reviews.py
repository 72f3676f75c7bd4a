"""Product reviews (docs: "Product reviews"): search, status update, bulk update/delete,
delete, stats (``/reviews/deleted`` is served by ``store_reports``). Thin handlers over
:mod:`..backend.reviews`."""

from __future__ import annotations

from typing import Any

from ..backend import reviews as domain
from ..params import page
from ..routing import Ctx, RouteTable
from ._common import deleted, get_or_404, updated
from .products import trimmed

routes = RouteTable()


@routes.get("/reviews")
def search(ctx: Ctx) -> Any:
    """Search product reviews."""
    return trimmed(ctx, page(ctx.query, domain.search_reviews(ctx.store, ctx.query), 100))


@routes.put("/reviews/mass_update")
def mass_update(ctx: Ctx) -> Any:
    """Bulk update/delete product reviews."""
    return updated(domain.mass_update(ctx.store, ctx.json_object()))


@routes.get("/reviews/filters_data")
def stats(ctx: Ctx) -> Any:
    """Get product reviews stats."""
    return domain.review_stats(ctx.store)


@routes.put("/reviews/{reviewId}")
def update_status(ctx: Ctx) -> Any:
    """Update product review status."""
    review = get_or_404(ctx.store.reviews, ctx.int_param("reviewId"), "Review")
    domain.set_status(ctx.store, review, ctx.json_object().get("status"))
    return updated()


@routes.delete("/reviews/{reviewId}")
def delete(ctx: Ctx) -> Any:
    """Delete product review."""
    review_id = ctx.int_param("reviewId")
    get_or_404(ctx.store.reviews, review_id, "Review")
    domain.delete_review(ctx.store, review_id)
    return deleted()
