"""Products: search, get, add, update, adjust inventory, delete (docs: "Products")."""

from __future__ import annotations

from typing import Any

from ..errors import bad_request, conflict, not_found
from ..models import Entity, StoreState, format_date
from ..params import (
    page,
    parse_date,
    search_key,
)
from ..routing import Ctx, RouteTable
from ._common import (
    IMAGE_FIELDS,
    READ_ONLY,
    created,
    deleted,
    get_or_404,
    merge,
    require_number,
    stamp,
    updated,
)
from .product_search import product_url, renderer, search_products

routes = RouteTable()

#: What the server owns beyond ``READ_ONLY``: the image fields and the derived ones.
_SERVER_OWNED = READ_ONLY.union(
    IMAGE_FIELDS,
    ("inStock", "url", "categories", "priceInProductList"),
    ("combinations", "galleryImages", "files", "favorites"),
)


# -- model -------------------------------------------------------------------------------------
def refresh(store: StoreState, product: Entity) -> None:
    """Recompute the derived fields: inStock, priceInProductList, categories, url."""
    combos = product.get("combinations") or []
    if product.get("unlimited"):
        product.pop("quantity", None)
        in_stock = True
    else:
        product.setdefault("quantity", 0)
        in_stock = product["quantity"] > 0
    in_stock = in_stock or any(c.get("unlimited") or (c.get("quantity") or 0) > 0 for c in combos)
    product["inStock"] = in_stock
    product["priceInProductList"] = product.get("price", 0)
    ids = product.get("categoryIds") or []
    product["categories"] = [
        {"id": cid, "enabled": bool(store.categories.get(cid, {}).get("enabled", True))}
        for cid in ids
    ]
    product["url"] = product_url(store, product, None, False)


def _validate(store: StoreState, body: dict[str, Any], product_id: int | None) -> None:
    require_number(body, "price", "quantity", "weight", "compareToPrice", "productClassId")
    for tier in body.get("wholesalePrices") or ():
        price = tier.get("price") if isinstance(tier, dict) else None
        if price is None:
            raise conflict("WholesalePrice cannot be null", "WHOLESALE_PRICES_CANT_BE_NULL")
        if isinstance(price, bool) or not isinstance(price, int | float):
            raise bad_request("WholesalePrice.price must be a number")
        if price < 0:
            raise conflict("WholesalePrice cannot be negative", "WHOLESALE_PRICES_CANT_BE_NEGATIVE")
    sku = body.get("sku")
    if sku and store.sku_taken(str(sku), product_id, None):
        raise conflict(f"The product with SKU '{sku}' already exists", "SKU_ALREADY_EXISTS")
    class_id = body.get("productClassId")
    if class_id and class_id not in store.classes:
        raise not_found(f"Product class #{class_id} not found")
    for cid in body.get("categoryIds") or ():
        if cid not in store.categories:
            raise not_found(f"Category #{cid} not found")


def resolve_attributes(store: StoreState, product: Entity) -> None:
    """Fill each attribute value's id, name, type and show from the product's class; an
    ``alias`` (``BRAND``, ``UPC``) picks the class attribute of that type."""
    cls = store.classes.get(product.get("productClassId") or 0) or store.classes[0]
    known = cls.get("attributes") or []
    resolved = []
    for value in product.get("attributes") or ():
        if not isinstance(value, dict):
            raise bad_request("Each attribute must be an object")
        value = dict(value)
        alias = value.pop("alias", None)
        match = next(
            (a for a in known if (alias and a.get("type") == alias) or a["id"] == value.get("id")),
            None,
        )
        if match is not None:
            value = {**{k: match[k] for k in ("id", "name", "type", "show") if k in match}, **value}
            value["id"] = match["id"]
        resolved.append(value)
    product["attributes"] = resolved


def new_sku(store: StoreState) -> str:
    """An unused auto-generated SKU, as Ecwid makes when none is given."""
    while True:
        sku = f"{store.next_id('sku', 0):05d}"
        if sku not in store.skus:
            return sku


def build_product(store: StoreState, body: dict[str, Any], now: int) -> Entity:
    """A complete product from a create body (defaults for what is not sent)."""
    pid = store.next_id("product", 100000)
    product: Entity = {
        "id": pid,
        "sku": "",
        "name": "",
        "price": 0,
        "unlimited": "quantity" not in body,
        "enabled": True,
        "description": "",
        "categoryIds": [],
        "productClassId": 0,
        "options": [],
        "combinations": [],
        "galleryImages": [],
        "files": [],
        "attributes": [],
        "wholesalePrices": [],
        "isShippingRequired": True,
        "weight": 0,
        "warningLimit": 0,
        "fixedShippingRateOnly": False,
        "fixedShippingRate": 0,
        "defaultCombinationId": 0,
        "defaultCategoryId": 0,
        "seoTitle": "",
        "seoDescription": "",
        "favorites": {"count": 0, "displayedCount": "0"},
        "relatedProducts": {
            "productIds": [],
            "relatedCategory": {"enabled": False, "categoryId": 0, "productCount": 3},
        },
        "dimensions": {"length": 0, "width": 0, "height": 0},
    }
    merge(product, body, _SERVER_OWNED)
    resolve_attributes(store, product)
    if not product.get("sku"):
        product["sku"] = new_sku(store)
    stamp(product, now, create=True)
    when = body.get("created")
    if isinstance(when, str) and (ts := parse_date(when)) is not None:
        product["created"], product["createTimestamp"] = format_date(ts), int(ts)
    product.setdefault("showOnFrontpage", -1 if product["categoryIds"] else 1)
    return product


def changed(store: StoreState, product: Entity, ts: int | None = None) -> None:
    """Mark a product changed: its update time (``ts``, or now after moving the catalog's
    ``productsUpdated``) and its derived fields."""
    stamp(product, store.touch("productsUpdated") if ts is None else ts)
    refresh(store, product)


def product_of(ctx: Ctx) -> Entity:
    """The product of the ``{productId}`` path parameter (404 when there is none)."""
    return get_or_404(ctx.store.products, ctx.int_param("productId"), "Product")


# -- handlers ----------------------------------------------------------------------------------
@routes.get("/products", public=True)
def search(ctx: Ctx) -> Any:
    """Search products."""
    render = renderer(ctx)
    found = ctx.store.cached_search(search_key(ctx), lambda: search_products(ctx))
    return page(ctx.query, found, 100, render)


@routes.get("/products/{productId}", public=True)
def get(ctx: Ctx) -> Any:
    """Get a product (with a public token, a disabled one is just ``{id, enabled}``)."""
    product = product_of(ctx)
    if ctx.public and not product.get("enabled"):
        return {"id": product["id"], "enabled": False}
    render = renderer(ctx)
    return render(product) if render else product


@routes.post("/products")
def create(ctx: Ctx) -> Any:
    """Add a product."""
    store, body = ctx.store, ctx.json_object()
    _validate(store, body, None)
    product = build_product(store, body, store.touch("productsUpdated"))
    store.products[product["id"]] = product
    refresh(store, product)
    store.index_product_skus(product)
    return created(product["id"])


@routes.put("/products/{productId}")
def update(ctx: Ctx) -> Any:
    """Update a product (only the fields sent change)."""
    store, body = ctx.store, ctx.json_object()
    product = product_of(ctx)
    _validate(store, body, product["id"])
    store.unindex_product_skus(product)
    merge(product, body, _SERVER_OWNED)
    if "attributes" in body or "productClassId" in body:
        resolve_attributes(store, product)
    if body.get("unlimited") is False:
        product.setdefault("quantity", 0)
    elif "quantity" in body and "unlimited" not in body:
        product["unlimited"] = False
    store.index_product_skus(product)
    changed(store, product)
    return updated()


@routes.put("/products/{productId}/inventory")
def adjust_inventory(ctx: Ctx) -> Any:
    """Adjust product inventory by ``quantityDelta``."""
    store, body = ctx.store, ctx.json_object()
    product = product_of(ctx)
    delta = body.get("quantityDelta")
    if isinstance(delta, bool) or not isinstance(delta, int):
        raise bad_request("Field 'quantityDelta' must be an integer")
    result: dict[str, Any] = updated()
    if not product.get("unlimited"):
        product["quantity"] = product.get("quantity", 0) + delta
        if product["quantity"] < 0:
            result["warning"] = "Product quantity became negative"
    changed(store, product)
    return result


def remove_product(store: StoreState, product_id: int) -> None:
    """Delete a product: SKUs, category links, blobs and a deletion record."""
    product = store.products.pop(product_id)
    store.unindex_product_skus(product)
    for item in (*product.get("galleryImages", ()), *product.get("files", ())):
        store.blobs.pop(item["id"], None)
    store.record_deleted("products", product_id)
    store.touch("productsUpdated")


@routes.delete("/products/{productId}")
def delete(ctx: Ctx) -> Any:
    """Delete a product."""
    product_id = ctx.int_param("productId")
    get_or_404(ctx.store.products, product_id, "Product")
    remove_product(ctx.store, product_id)
    return deleted()
