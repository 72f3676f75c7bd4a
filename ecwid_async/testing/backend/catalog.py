"""Catalog domain: products, their stock and attributes, variations and product types.

Functions take a :class:`~ecwid_async.testing.models.StoreState` and plain JSON-like
values; they raise :class:`~ecwid_async.testing.errors.FakeApiError` the way Ecwid answers.
"""

from __future__ import annotations

from typing import Any

from ..api._common import IMAGE_FIELDS, READ_ONLY, merge, require_number, slug, stamp
from ..errors import bad_request, conflict, not_found
from ..models import Entity, StoreState, format_date
from ..params import parse_date
from .media import refresh_media

__all__ = [
    "adjust_quantity",
    "build_product",
    "changed",
    "create_class",
    "create_combination",
    "create_product",
    "delete_all_products",
    "delete_class",
    "find_combination",
    "new_product",
    "product_url",
    "refresh",
    "remove_product",
    "resolve_attributes",
    "update_class",
    "update_combination",
    "update_product",
]

#: What the server owns beyond ``READ_ONLY``: the image fields and the derived ones.
SERVER_OWNED = READ_ONLY.union(
    IMAGE_FIELDS,
    ("inStock", "url", "categories", "priceInProductList", "media"),
    ("combinations", "galleryImages", "files", "favorites"),
)
_COMBINATION_OWNED = frozenset({"id", "combinationNumber"})


def product_url(store: StoreState, product: Entity, base: str | None, clean: bool) -> str:
    """The storefront URL of a product, hash-style or clean."""
    root = (base or store.profile["generalInfo"]["storeUrl"]).rstrip("/")
    name = slug(str(product.get("name", "")))
    if clean:
        return f"{root}/{name}-p{product['id']}"
    return f"{root}#!/{name}/p/{product['id']}"


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
    refresh_media(store, product)


def changed(store: StoreState, product: Entity, ts: int | None = None) -> None:
    """Mark a product changed: its update time (``ts``, or now after moving the catalog's
    ``productsUpdated``) and its derived fields."""
    stamp(product, store.touch("productsUpdated") if ts is None else ts)
    refresh(store, product)


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


def new_product(product_id: int, *, unlimited: bool) -> Entity:
    """A product with Ecwid's defaults for every field a create leaves out (fresh nested
    values each call); creates and seeds start from it."""
    return {
        "id": product_id,
        "sku": "",
        "name": "",
        "price": 0,
        "unlimited": unlimited,
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


def build_product(store: StoreState, body: dict[str, Any], now: int) -> Entity:
    """A complete product from a create body (defaults for what is not sent)."""
    product = new_product(store.next_id("product", 100000), unlimited="quantity" not in body)
    merge(product, body, SERVER_OWNED)
    resolve_attributes(store, product)
    if not product.get("sku"):
        product["sku"] = new_sku(store)
    stamp(product, now, create=True)
    when = body.get("created")
    if isinstance(when, str) and (ts := parse_date(when)) is not None:
        product["created"], product["createTimestamp"] = format_date(ts), int(ts)
    product.setdefault("showOnFrontpage", -1 if product["categoryIds"] else 1)
    return product


def create_product(store: StoreState, body: dict[str, Any], *, save_combinations: bool) -> int:
    """Add a product (and, with ``save_combinations``, the ``combinations`` sent); its id."""
    _validate(store, body, None)
    product = build_product(store, body, store.touch("productsUpdated"))
    store.products[product["id"]] = product
    for combo in body.get("combinations") or () if save_combinations else ():
        if isinstance(combo, dict):
            create_combination(store, product, combo)
    refresh(store, product)
    store.index_product_skus(product)
    return int(product["id"])


def update_product(store: StoreState, product: Entity, body: dict[str, Any]) -> None:
    """Change the fields sent (server-owned ones ignored); alt texts of ``media.images``."""
    _validate(store, body, product["id"])
    store.unindex_product_skus(product)
    merge(product, body, SERVER_OWNED)
    _update_alts(product, body.get("media"))
    if "attributes" in body or "productClassId" in body:
        resolve_attributes(store, product)
    if body.get("unlimited") is False:
        product.setdefault("quantity", 0)
    elif "quantity" in body and "unlimited" not in body:
        product["unlimited"] = False
    store.index_product_skus(product)
    changed(store, product)


def _update_alts(product: Entity, media: Any) -> None:
    if not isinstance(media, dict):
        return
    alts = {str(i.get("id")): i.get("alt") for i in media.get("images") or () if "alt" in i}
    for image in (product.get("media") or {}).get("images") or ():
        if image["id"] in alts:
            image["alt"] = alts[image["id"]]


def adjust_quantity(entity: Entity, delta: Any, what: str) -> dict[str, Any]:
    """Add ``delta`` to a product's or variation's stock; the Adjust-stock answer."""
    if isinstance(delta, bool) or not isinstance(delta, int):
        raise bad_request("Field 'quantityDelta' must be an integer")
    result: dict[str, Any] = {"updateCount": 1}
    if not entity.get("unlimited"):
        entity["quantity"] = entity.get("quantity", 0) + delta
        if entity["quantity"] < 0:
            result["warning"] = f"{what} quantity became negative"
    return result


def remove_product(store: StoreState, product_id: int) -> None:
    """Delete a product: SKUs, blobs and a deletion record."""
    product = store.products.pop(product_id)
    store.unindex_product_skus(product)
    for item in (*product.get("galleryImages", ()), *product.get("files", ())):
        store.blobs.pop(item["id"], None)
    store.record_deleted("products", product_id)
    store.touch("productsUpdated")


def delete_all_products(store: StoreState) -> int:
    """Delete every product of the store (Delete all products); how many went."""
    ids = list(store.products)
    for product_id in ids:
        remove_product(store, product_id)
    return len(ids)


# -- variations ---------------------------------------------------------------------------------
def find_combination(product: Entity, combo_id: int) -> Entity:
    """The variation ``combo_id`` of ``product`` (404 when it has none such)."""
    for combo in product.get("combinations") or ():
        if combo["id"] == combo_id:
            return combo  # type: ignore[no-any-return]
    raise not_found(f"Combination #{combo_id} of product #{product['id']} not found")


def _options_key(options: Any) -> frozenset[tuple[str, str]]:
    return frozenset((str(o.get("name")), str(o.get("value"))) for o in options or ())


def _check_combination(
    store: StoreState, product: Entity, body: dict[str, Any], combo_id: int | None
) -> None:
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
    if sku and store.sku_taken(str(sku), product["id"], owner):
        raise conflict(f"The product with SKU '{sku}' already exists", "SKU_ALREADY_EXISTS")


def create_combination(store: StoreState, product: Entity, body: dict[str, Any]) -> int:
    """Add a variation to ``product``; its id."""
    if not body.get("options"):
        raise bad_request("Field 'options' is required")
    _check_combination(store, product, body, None)
    combos = product.setdefault("combinations", [])
    combo: Entity = {
        "id": store.next_id("combination", 7000000),
        "combinationNumber": max((c["combinationNumber"] for c in combos), default=0) + 1,
    }
    merge(combo, body, _COMBINATION_OWNED)
    if "quantity" in combo and "unlimited" not in combo:
        combo["unlimited"] = False
    combos.append(combo)
    store.index_product_skus(product)
    changed(store, product)
    return int(combo["id"])


def update_combination(
    store: StoreState, product: Entity, combo: Entity, body: dict[str, Any]
) -> None:
    """Change the fields sent of a variation."""
    _check_combination(store, product, body, combo["id"])
    store.unindex_product_skus(product)
    merge(combo, body, _COMBINATION_OWNED)
    store.index_product_skus(product)
    changed(store, product)


# -- product types ------------------------------------------------------------------------------
def _attributes(store: StoreState, attributes: Any) -> list[Entity]:
    if not isinstance(attributes, list) or not all(isinstance(a, dict) for a in attributes):
        raise bad_request("Field 'attributes' must be an array of objects")
    out = []
    for attr in attributes:
        entry = {"type": "CUSTOM", "show": "DESCR", **attr}
        entry.setdefault("id", store.next_id("attribute", 5000000))
        out.append(entry)
    return out


def _check_class_name(store: StoreState, name: Any, class_id: int | None) -> None:
    if name is None:
        return
    if not isinstance(name, str):
        raise bad_request("Field 'name' must be a string")
    for other in store.classes.values():
        if other["id"] != class_id and other.get("name") == name:
            raise conflict(f"The product type '{name}' already exists")


def create_class(store: StoreState, body: dict[str, Any]) -> int:
    """Add a product type; its id."""
    if not body.get("name"):
        raise bad_request("Product type name is required")
    _check_class_name(store, body["name"], None)
    class_id = store.next_id("class", 4200000)
    store.classes[class_id] = {
        "id": class_id,
        "name": body["name"],
        "googleTaxonomy": body.get("googleTaxonomy", ""),
        "attributes": _attributes(store, body.get("attributes", [])),
    }
    store.touch("productsUpdated")
    return class_id


def update_class(store: StoreState, cls: Entity, body: dict[str, Any]) -> None:
    """Change the fields sent of a product type (``attributes`` replaces the list)."""
    _check_class_name(store, body.get("name"), cls["id"])
    for key in ("name", "googleTaxonomy"):
        if key in body:
            cls[key] = body[key]
    if "attributes" in body:
        cls["attributes"] = _attributes(store, body["attributes"])
    store.touch("productsUpdated")


def delete_class(store: StoreState, class_id: int) -> None:
    """Delete a product type; its products move to the General type (0)."""
    if class_id == 0:
        raise bad_request("The General product type cannot be deleted")
    del store.classes[class_id]
    ts = store.touch("productsUpdated")
    for product in store.products.values():
        if product.get("productClassId") == class_id:
            product["productClassId"] = 0
            changed(store, product, ts)
