"""Product variations (docs: "Product variations"): search, get, create, update, delete one
or all, adjust stock, image. Thin handlers over :mod:`..backend.catalog`."""

from __future__ import annotations

from typing import Any

from ..backend import catalog
from ..backend.media import drop_image
from ..models import Entity
from ..routing import Ctx, RouteTable
from ._common import created, deleted, updated
from .product_media import async_image, set_image
from .products import changed, product_of, trimmed

routes = RouteTable()


def _combination(ctx: Ctx, product: Entity) -> Entity:
    return catalog.find_combination(product, ctx.int_param("combinationId"))


@routes.get("/products/{productId}/combinations")
def list_combinations(ctx: Ctx) -> Any:
    """Search product variations (a plain array)."""
    return trimmed(ctx, product_of(ctx).get("combinations") or [])


@routes.get("/products/{productId}/combinations/{combinationId}")
def get(ctx: Ctx) -> Any:
    """Get product variation."""
    return trimmed(ctx, _combination(ctx, product_of(ctx)))


@routes.post("/products/{productId}/combinations")
def create(ctx: Ctx) -> Any:
    """Create product variation."""
    return created(catalog.create_combination(ctx.store, product_of(ctx), ctx.json_object()))


@routes.put("/products/{productId}/combinations/{combinationId}")
def update(ctx: Ctx) -> Any:
    """Update product variation (only the fields sent change)."""
    product = product_of(ctx)
    catalog.update_combination(ctx.store, product, _combination(ctx, product), ctx.json_object())
    return updated()


@routes.delete("/products/{productId}/combinations/{combinationId}")
def delete(ctx: Ctx) -> Any:
    """Delete product variation."""
    product = product_of(ctx)
    combo = _combination(ctx, product)
    ctx.store.unindex_product_skus(product)
    product["combinations"] = [c for c in product["combinations"] if c["id"] != combo["id"]]
    drop_image(ctx.store, combo, f"combination:{combo['id']}")
    ctx.store.index_product_skus(product)
    changed(ctx.store, product)
    return deleted()


@routes.delete("/products/{productId}/combinations")
def delete_all(ctx: Ctx) -> Any:
    """Delete all product variations."""
    product = product_of(ctx)
    combos = product.get("combinations") or []
    ctx.store.unindex_product_skus(product)
    for combo in combos:
        drop_image(ctx.store, combo, f"combination:{combo['id']}")
    product["combinations"] = []
    ctx.store.index_product_skus(product)
    changed(ctx.store, product)
    return deleted(len(combos))


@routes.put("/products/{productId}/combinations/{combinationId}/inventory")
def adjust_inventory(ctx: Ctx) -> Any:
    """Adjust product variation stock by ``quantityDelta``."""
    product = product_of(ctx)
    combo = _combination(ctx, product)
    result = catalog.adjust_quantity(combo, ctx.json_object().get("quantityDelta"), "Combination")
    changed(ctx.store, product)
    return result


@routes.post("/products/{productId}/combinations/{combinationId}/image")
def upload_image(ctx: Ctx) -> Any:
    """Upload product variation image."""
    product = product_of(ctx)
    combo = _combination(ctx, product)
    blob_id = set_image(ctx, combo, f"combination:{combo['id']}")
    changed(ctx.store, product)
    return created(blob_id)


@routes.post("/products/{productId}/combinations/{combinationId}/image/async")
def upload_image_async(ctx: Ctx) -> Any:
    """Upload product variation image (async)."""
    product = product_of(ctx)
    combo = _combination(ctx, product)
    blob_id = set_image(ctx, combo, f"combination:{combo['id']}", async_image(ctx))
    changed(ctx.store, product)
    return created(blob_id)


@routes.delete("/products/{productId}/combinations/{combinationId}/image")
def delete_image(ctx: Ctx) -> Any:
    """Delete product variation image."""
    product = product_of(ctx)
    combo = _combination(ctx, product)
    count = int(drop_image(ctx.store, combo, f"combination:{combo['id']}"))
    changed(ctx.store, product)
    return deleted(count)
