"""Product combinations (docs: "Product combinations"): list, get, add, update, delete one
or all, adjust inventory, image."""

from __future__ import annotations

from typing import Any

from ..errors import bad_request, conflict, not_found
from ..models import Entity
from ..routing import Ctx, RouteTable
from ._common import created, deleted, merge, require_number, updated
from .product_media import drop_image, set_image
from .products import changed, product_of

routes = RouteTable()

_SERVER_OWNED = frozenset({"id", "combinationNumber"})


def _combination(ctx: Ctx, product: Entity) -> Entity:
    combo_id = ctx.int_param("combinationId")
    for combo in product.get("combinations") or ():
        if combo["id"] == combo_id:
            return combo  # type: ignore[no-any-return]
    raise not_found(f"Combination #{combo_id} of product #{product['id']} not found")


def _options_key(options: Any) -> frozenset[tuple[str, str]]:
    return frozenset((str(o.get("name")), str(o.get("value"))) for o in options or ())


def _validate(ctx: Ctx, product: Entity, body: dict[str, Any], combo_id: int | None) -> None:
    require_number(body, "price", "quantity", "weight", "warningLimit")
    options = body.get("options")
    if options is not None:
        if not isinstance(options, list) or not all(isinstance(o, dict) for o in options):
            raise bad_request("Field 'options' must be an array of {name, value} objects")
        key = _options_key(options)
        for other in product.get("combinations") or ():
            if other["id"] != combo_id and _options_key(other.get("options")) == key:
                raise conflict("A combination with these options already exists")
    sku = body.get("sku")
    # -1: a new combination owns no SKU yet (None would mean the product itself)
    owner = -1 if combo_id is None else combo_id
    if sku and ctx.store.sku_taken(str(sku), product["id"], owner):
        raise conflict(f"The product with SKU '{sku}' already exists", "SKU_ALREADY_EXISTS")


@routes.get("/products/{productId}/combinations")
def list_combinations(ctx: Ctx) -> Any:
    """Get all product combinations (a plain array)."""
    return product_of(ctx).get("combinations") or []


@routes.get("/products/{productId}/combinations/{combinationId}")
def get(ctx: Ctx) -> Any:
    """Get product combination."""
    return _combination(ctx, product_of(ctx))


@routes.post("/products/{productId}/combinations")
def create(ctx: Ctx) -> Any:
    """Create product combination."""
    product, body = product_of(ctx), ctx.json_object()
    if not body.get("options"):
        raise bad_request("Field 'options' is required")
    _validate(ctx, product, body, None)
    combos = product.setdefault("combinations", [])
    combo: Entity = {
        "id": ctx.store.next_id("combination", 7000000),
        "combinationNumber": max((c["combinationNumber"] for c in combos), default=0) + 1,
    }
    merge(combo, body, _SERVER_OWNED)
    if "quantity" in combo and "unlimited" not in combo:
        combo["unlimited"] = False
    combos.append(combo)
    ctx.store.index_product_skus(product)
    changed(ctx.store, product)
    return created(combo["id"])


@routes.put("/products/{productId}/combinations/{combinationId}")
def update(ctx: Ctx) -> Any:
    """Update product combination (only the fields sent change)."""
    product, body = product_of(ctx), ctx.json_object()
    combo = _combination(ctx, product)
    _validate(ctx, product, body, combo["id"])
    ctx.store.unindex_product_skus(product)
    merge(combo, body, _SERVER_OWNED)
    ctx.store.index_product_skus(product)
    changed(ctx.store, product)
    return updated()


@routes.delete("/products/{productId}/combinations/{combinationId}")
def delete(ctx: Ctx) -> Any:
    """Delete product combination."""
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
    """Delete all product combinations."""
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
    """Adjust combination inventory by ``quantityDelta``."""
    product, body = product_of(ctx), ctx.json_object()
    combo = _combination(ctx, product)
    delta = body.get("quantityDelta")
    if isinstance(delta, bool) or not isinstance(delta, int):
        raise bad_request("Field 'quantityDelta' must be an integer")
    result: dict[str, Any] = updated()
    if not combo.get("unlimited"):
        combo["quantity"] = combo.get("quantity", 0) + delta
        if combo["quantity"] < 0:
            result["warning"] = "Combination quantity became negative"
    changed(ctx.store, product)
    return result


@routes.post("/products/{productId}/combinations/{combinationId}/image")
def upload_image(ctx: Ctx) -> Any:
    """Upload combination image."""
    product = product_of(ctx)
    combo = _combination(ctx, product)
    blob_id = set_image(ctx, combo, f"combination:{combo['id']}")
    changed(ctx.store, product)
    return created(blob_id)


@routes.delete("/products/{productId}/combinations/{combinationId}/image")
def delete_image(ctx: Ctx) -> Any:
    """Delete combination image."""
    product = product_of(ctx)
    combo = _combination(ctx, product)
    count = int(drop_image(ctx.store, combo, f"combination:{combo['id']}"))
    changed(ctx.store, product)
    return deleted(count)
