"""Brands (docs: "Search product brands"): the Brand attribute values of the products."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote_plus

from ..backend.catalog_search import brands
from ..params import page, q_bool, q_clean_urls, q_str
from ..routing import Ctx, RouteTable

routes = RouteTable()


@routes.get("/brands", public=True)
def search(ctx: Ctx) -> Any:
    """Search product brands (most used first; ``hidden_brands`` adds disabled products')."""
    store = ctx.store
    hidden = bool(q_bool(ctx.query, "hidden_brands")) and not ctx.public
    found = brands(store, hidden=hidden, sort_by=q_str(ctx.query, "sortBy"))
    root = (q_str(ctx.query, "baseUrl") or store.profile["generalInfo"]["storeUrl"]).rstrip("/")
    search_page = f"{root}/products/search" if q_clean_urls(ctx.query) else f"{root}#!/search"

    def render(brand: tuple[str, int]) -> dict[str, Any]:
        name = brand[0]
        return {
            "name": name,
            "productsFilteredByBrandUrl": f"{search_page}?attribute_Brand={quote_plus(name)}",
        }

    return page(ctx.query, found, 100, render)
