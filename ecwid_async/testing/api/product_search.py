"""Product search: the documented filters and sort orders, and storefront URLs (used by
``products``; declares no routes)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..errors import bad_request
from ..models import Entity, StoreState
from ..params import (
    date_filter,
    in_range,
    q_bool,
    q_clean_urls,
    q_float,
    q_int,
    q_int_list,
    q_str,
)
from ..routing import Ctx
from ._common import keyword_matches, slug, subtree, text_of

SORTS: dict[str, tuple[Callable[[Entity], Any], bool]] = {
    "ADDED_TIME_DESC": (lambda p: (p.get("createTimestamp", 0), p["id"]), True),
    "ADDED_TIME_ASC": (lambda p: (p.get("createTimestamp", 0), p["id"]), False),
    "NAME_ASC": (lambda p: (str(p.get("name", "")).lower(), p["id"]), False),
    "NAME_DESC": (lambda p: (str(p.get("name", "")).lower(), p["id"]), True),
    "PRICE_ASC": (lambda p: (p.get("price", 0), p["id"]), False),
    "PRICE_DESC": (lambda p: (p.get("price", 0), p["id"]), True),
    "UPDATED_TIME_ASC": (lambda p: (p.get("updateTimestamp", 0), p["id"]), False),
    "UPDATED_TIME_DESC": (lambda p: (p.get("updateTimestamp", 0), p["id"]), True),
}


def product_url(store: StoreState, product: Entity, base: str | None, clean: bool) -> str:
    """The storefront URL of a product, hash-style or clean."""
    root = (base or store.profile["generalInfo"]["storeUrl"]).rstrip("/")
    name = slug(str(product.get("name", "")))
    if clean:
        return f"{root}/{name}-p{product['id']}"
    return f"{root}#!/{name}/p/{product['id']}"


# -- search ------------------------------------------------------------------------------------
def _haystack(store: StoreState, product: Entity) -> str:
    parts = [
        str(product.get("name", "")),
        str(product.get("description", "")),
        str(product.get("sku", "")),
        text_of(product.get("options")),
        " ".join(str(g.get("alt", "")) for g in product.get("galleryImages") or ()),
        " ".join(str(a.get("value", "")) for a in product.get("attributes") or ()),
        " ".join(str(c.get("sku", "")) for c in product.get("combinations") or ()),
        " ".join(
            str(store.categories[c].get("name", ""))
            for c in product.get("categoryIds") or ()
            if c in store.categories
        ),
    ]
    return " ".join(parts)


def _attribute_filters(ctx: Ctx) -> list[tuple[str, set[str]]]:
    filters = []
    for key in set(ctx.query):
        if key.startswith("field") and len(key) > 5:
            values = {v.strip() for raw in ctx.query.getall(key) for v in raw.split(",")}
            filters.append((key[5:], values))
    return filters


def _has_attribute(product: Entity, name: str, values: set[str]) -> bool:
    return any(
        (str(a.get("name")) == name or str(a.get("id")) == name) and str(a.get("value")) in values
        for a in product.get("attributes") or ()
    )


def search_products(ctx: Ctx) -> list[Entity]:
    """The products matching the documented filters, in the requested order."""
    store, q = ctx.store, ctx.query
    ids = q_int_list(q, "productId")
    sku = q_str(q, "sku")
    products: Iterable[Entity] = store.products.values()
    if ids is not None or sku is not None:
        # productId (and sku) make Ecwid ignore every other filter.
        wanted = set(ids or ())
        if sku is not None:
            owner = store.skus.get(sku)
            hits = {owner[0]} if owner else set()
            wanted = hits if ids is None else hits & wanted
        found = [store.products[i] for i in sorted(wanted) if i in store.products]
        return [p for p in found if p.get("enabled")] if ctx.public else found
    preds: list[Callable[[Entity], bool]] = []
    keyword = q_str(q, "keyword")
    if keyword:
        preds.append(lambda p: keyword_matches(keyword, _haystack(store, p)))
    low, high = q_float(q, "priceFrom"), q_float(q, "priceTo")
    if low is not None or high is not None:
        preds.append(lambda p: in_range(p.get("price", 0), low, high))
    category = q_int(q, "category")
    if category is not None:
        if category == 0:
            preds.append(lambda p: not p.get("categoryIds"))
        else:
            cats = set(subtree(store, category)) if q_bool(q, "withSubcategories") else {category}
            preds.append(lambda p: not cats.isdisjoint(p.get("categoryIds") or ()))
    for pred in (
        date_filter(q, "created", "createTimestamp"),
        date_filter(q, "updated", "updateTimestamp"),
    ):
        if pred is not None:
            preds.append(pred)
    enabled, in_stock = q_bool(q, "enabled"), q_bool(q, "inStock")
    if ctx.public:  # a public token sees enabled products only
        preds.append(lambda p: bool(p.get("enabled")))
    if enabled is not None:
        preds.append(lambda p: bool(p.get("enabled")) is enabled)
    if in_stock is not None:
        preds.append(lambda p: bool(p.get("inStock")) is in_stock)
    for name, values in _attribute_filters(ctx):
        preds.append(lambda p, n=name, v=values: _has_attribute(p, n, v))  # type: ignore[misc]
    sort = q_str(q, "sortBy") or "RELEVANCE"
    if sort != "RELEVANCE" and sort not in SORTS:
        raise bad_request(f"Wrong parameter 'sortBy' value: '{sort}'")
    found = [p for p in products if all(pred(p) for pred in preds)] if preds else list(products)
    if sort in SORTS:
        key, reverse = SORTS[sort]
        found.sort(key=key, reverse=reverse)
    return found


def renderer(ctx: Ctx) -> Callable[[Entity], Entity] | None:
    """Rewrites ``url`` when ``baseUrl``/``cleanUrls`` are given (400 for a bad cleanUrls)."""
    base, clean = q_str(ctx.query, "baseUrl"), q_clean_urls(ctx.query)
    if base is None and not clean:
        return None
    return lambda p: {**p, "url": product_url(ctx.store, p, base, clean)}
