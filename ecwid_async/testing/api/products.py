"""Products (docs: "Products"): search, get, create, update, adjust stock, delete one or
all, product filters, swatches. Thin handlers over :mod:`..backend.catalog`."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from multidict import MultiDict, MultiDictProxy

from ..backend import catalog
from ..backend.catalog import changed, refresh
from ..backend.catalog_search import product_filters, recent_swatches, search_products
from ..backend.fields import parse_fields, trim
from ..errors import bad_request
from ..models import Entity
from ..params import page, q_bool, q_clean_urls, q_str, search_key
from ..routing import Ctx, RouteTable
from ._common import created, deleted, get_or_404

__all__ = ["changed", "product_of", "refresh", "render_product", "routes", "trimmed"]

routes = RouteTable()


def product_of(ctx: Ctx) -> Entity:
    """The product of the ``{productId}`` path parameter (404 when there is none)."""
    return get_or_404(ctx.store.products, ctx.int_param("productId"), "Product")


def render_product(ctx: Ctx) -> Any:
    """Rewrites ``url`` when ``baseUrl``/``cleanUrls`` are given (None: as stored)."""
    base, clean = q_str(ctx.query, "baseUrl"), q_clean_urls(ctx.query)
    if base is None and not clean:
        return None
    return lambda p: {**p, "url": catalog.product_url(ctx.store, p, base, clean)}


def trimmed(ctx: Ctx, answer: Any) -> Any:
    """The answer trimmed to ``responseFields`` when the request names some."""
    spec = q_str(ctx.query, "responseFields")
    return answer if spec is None else trim(answer, parse_fields(spec))


@routes.get("/products", public=True)
def search(ctx: Ctx) -> Any:
    """Search products."""
    store = ctx.store
    found = store.cached_search(
        search_key(ctx), lambda: search_products(store, ctx.query, ctx.public)
    )
    return trimmed(ctx, page(ctx.query, found, 100, render_product(ctx)))


@routes.get("/products/{productId}", public=True)
def get(ctx: Ctx) -> Any:
    """Get product (with a public token, a disabled one is just ``{id, enabled}``)."""
    product = product_of(ctx)
    if ctx.public and not product.get("enabled"):
        return {"id": product["id"], "enabled": False}
    render = render_product(ctx)
    return trimmed(ctx, render(product) if render else product)


@routes.post("/products")
def create(ctx: Ctx) -> Any:
    """Create product (``saveCombinations=true`` also creates the combinations sent)."""
    save = bool(q_bool(ctx.query, "saveCombinations"))
    return created(catalog.create_product(ctx.store, ctx.json_object(), save_combinations=save))


@routes.put("/products/{productId}")
def update(ctx: Ctx) -> Any:
    """Update product (only the fields sent change; ``returnItem`` adds the product)."""
    product = product_of(ctx)
    catalog.update_product(ctx.store, product, ctx.json_object())
    if not q_bool(ctx.query, "returnItem"):
        return {"updateCount": 1}
    return trimmed(ctx, {"updateCount": 1, "item": product})


@routes.put("/products/{productId}/inventory")
def adjust_inventory(ctx: Ctx) -> Any:
    """Adjust product stock by ``quantityDelta``."""
    product = product_of(ctx)
    result = catalog.adjust_quantity(product, ctx.json_object().get("quantityDelta"), "Product")
    changed(ctx.store, product)
    return result


@routes.delete("/products/{productId}")
def delete(ctx: Ctx) -> Any:
    """Delete product."""
    product_id = product_of(ctx)["id"]
    catalog.remove_product(ctx.store, product_id)
    return deleted()


@routes.delete("/products")
def delete_all(ctx: Ctx) -> Any:
    """Delete all products: ``202 Accepted`` with no body."""
    catalog.delete_all_products(ctx.store)
    return web.Response(status=202)


def _filter_fields(text: str) -> list[str]:
    """Split ``filterFields`` at unescaped commas, unescaping ``\\,`` and ``\\\\``."""
    names, name, escaped = [], "", False
    for char in text:
        if escaped:
            name, escaped = name + char, False
        elif char == "\\":
            escaped = True
        elif char == ",":
            names.append(name.strip())
            name = ""
        else:
            name += char
    return [n for n in [*names, name.strip()] if n]


@routes.post("/products/filters")
def filters(ctx: Ctx) -> Any:
    """Get product filters (the filter params in the body's ``params``)."""
    params = ctx.json_object().get("params") or {}
    if not isinstance(params, dict):
        raise bad_request("Field 'params' must be an object")
    fields = params.get("filterFields") or ctx.query.get("filterFields")
    if not fields:
        raise bad_request("Parameter 'filterFields' is required")
    query = MultiDictProxy(MultiDict({k: str(v) for k, v in params.items()}))
    return product_filters(ctx.store, query, _filter_fields(str(fields)))


@routes.get("/swatches")
def swatches(ctx: Ctx) -> Any:
    """Get recently used product swatches."""
    return {"colors": recent_swatches(ctx.store)}
