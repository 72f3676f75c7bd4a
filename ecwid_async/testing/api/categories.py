"""Categories (docs: "Categories"): search, get, add, update, delete, image."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import bad_request, not_found
from ..models import Entity, StoreState
from ..params import page, q_bool, q_clean_urls, q_int, q_str
from ..routing import Ctx, RouteTable
from ._common import (
    category_children,
    created,
    deleted,
    get_or_404,
    merge,
    slug,
    subtree,
    updated,
)
from .product_media import drop_image, set_image
from .products import changed as product_changed
from .products import refresh

routes = RouteTable()

_SERVER_OWNED = frozenset({"id", "url", "productCount", "enabledProductCount", "productIds"})


def category_url(store: StoreState, cat: Entity, base: str | None, clean: bool) -> str:
    """The storefront URL of a category."""
    root = (base or store.profile["generalInfo"]["storeUrl"]).rstrip("/")
    name = slug(str(cat.get("name", "")))
    return f"{root}/{name}-c{cat['id']}" if clean else f"{root}#!/{name}/c/{cat['id']}"


def _membership(store: StoreState) -> tuple[dict[int, list[int]], dict[int, int]]:
    members: dict[int, list[int]] = {}
    enabled: dict[int, int] = {}
    for product in store.products.values():
        for cid in product.get("categoryIds") or ():
            members.setdefault(cid, []).append(product["id"])
            if product.get("enabled"):
                enabled[cid] = enabled.get(cid, 0) + 1
    return members, enabled


def _renderer(ctx: Ctx) -> Callable[[Entity], Entity]:
    store = ctx.store
    members, enabled = store.cached_search(("category-membership",), lambda: _membership(store))
    children = category_children(store)
    with_ids = q_bool(ctx.query, "productIds")
    base, clean = q_str(ctx.query, "baseUrl"), q_clean_urls(ctx.query)

    def render(cat: Entity) -> Entity:
        in_tree = {p for cid in subtree(store, cat["id"], children) for p in members.get(cid, ())}
        out = {
            **cat,
            "url": category_url(store, cat, base, clean),
            "productCount": len(in_tree),
            "enabledProductCount": enabled.get(cat["id"], 0),
        }
        if with_ids:
            out["productIds"] = list(members.get(cat["id"], ()))
        return out

    return render


@routes.get("/categories", public=True)
def search(ctx: Ctx) -> Any:
    """Get categories (``parent``, ``hidden_categories``, ``productIds``)."""
    parent = q_int(ctx.query, "parent")
    hidden = q_bool(ctx.query, "hidden_categories") and not ctx.public
    items = [
        c
        for c in ctx.store.categories.values()
        if (parent is None or c.get("parentId", 0) == parent) and (hidden or c.get("enabled"))
    ]
    return page(ctx.query, items, 100, _renderer(ctx))


@routes.get("/categories/{categoryId}", public=True)
def get(ctx: Ctx) -> Any:
    """Get category (with a public token, a disabled one is just ``{id, enabled}``)."""
    cat = get_or_404(ctx.store.categories, ctx.int_param("categoryId"), "Category")
    if ctx.public and not cat.get("enabled"):
        return {"id": cat["id"], "enabled": False}
    out = _renderer(ctx)(cat)
    members = ctx.store.cached_search(("category-membership",), lambda: _membership(ctx.store))
    out["productIds"] = list(members[0].get(cat["id"], ()))
    return out


def _check_links(store: StoreState, body: dict[str, Any], cat_id: int | None) -> None:
    parent = body.get("parentId")
    if parent:
        if parent not in store.categories:
            raise not_found(f"Parent category #{parent} not found")
        if cat_id is not None and parent in subtree(store, cat_id):
            raise bad_request("A category cannot be moved under itself or its subcategory")
    for pid in body.get("productIds") or ():
        if pid not in store.products:
            raise not_found(f"Product #{pid} not found")


def _assign(store: StoreState, cat_id: int, product_ids: list[int]) -> None:
    wanted = set(product_ids)
    ts = store.touch("productsUpdated")
    for product in store.products.values():
        ids = product.get("categoryIds") or []
        if product["id"] in wanted and cat_id not in ids:
            product["categoryIds"] = [*ids, cat_id]
            product_changed(store, product, ts)
        elif product["id"] not in wanted and cat_id in ids:
            product["categoryIds"] = [c for c in ids if c != cat_id]
            product_changed(store, product, ts)


@routes.post("/categories")
def create(ctx: Ctx) -> Any:
    """Add new category."""
    store, body = ctx.store, ctx.json_object()
    if not isinstance(body.get("name"), str) or not body["name"]:
        raise bad_request("Category name is required")
    _check_links(store, body, None)
    cat_id = store.next_id("category", 9000000)
    cat: Entity = {
        "id": cat_id,
        "orderBy": 10 * (len(store.categories) + 1),
        "name": "",
        "description": "",
        "enabled": True,
    }
    merge(cat, body, _SERVER_OWNED)
    if not cat.get("parentId"):
        cat.pop("parentId", None)
    store.categories[cat_id] = cat
    if "productIds" in body:
        _assign(store, cat_id, list(body["productIds"] or ()))
    store.touch("categoriesUpdated", "productsUpdated")
    return created(cat_id)


@routes.put("/categories/{categoryId}")
def update(ctx: Ctx) -> Any:
    """Update category (only the fields sent change)."""
    store, body = ctx.store, ctx.json_object()
    cat = get_or_404(store.categories, ctx.int_param("categoryId"), "Category")
    _check_links(store, body, cat["id"])
    merge(cat, body, _SERVER_OWNED)
    if not cat.get("parentId"):
        cat.pop("parentId", None)
    if "productIds" in body:
        _assign(store, cat["id"], list(body["productIds"] or ()))
    if "enabled" in body:
        for product in store.products.values():
            if cat["id"] in (product.get("categoryIds") or ()):
                refresh(store, product)
    store.touch("categoriesUpdated", "productsUpdated")
    return updated()


@routes.delete("/categories/{categoryId}")
def delete(ctx: Ctx) -> Any:
    """Delete a category (and its subcategories; products stay, unlinked)."""
    store = ctx.store
    cat = get_or_404(store.categories, ctx.int_param("categoryId"), "Category")
    gone = set(subtree(store, cat["id"]))
    ts = store.touch("categoriesUpdated", "productsUpdated")
    for cid in gone:
        store.categories.pop(cid, None)
        drop_image(store, {}, f"category:{cid}")
    for product in store.products.values():
        ids = product.get("categoryIds") or []
        if not gone.isdisjoint(ids):
            product["categoryIds"] = [c for c in ids if c not in gone]
            product_changed(store, product, ts)
    return deleted()


@routes.post("/categories/{categoryId}/image")
def upload_image(ctx: Ctx) -> Any:
    """Upload category image."""
    cat = get_or_404(ctx.store.categories, ctx.int_param("categoryId"), "Category")
    blob_id = set_image(ctx, cat, f"category:{cat['id']}")
    ctx.store.touch("categoriesUpdated")
    return created(blob_id)


@routes.delete("/categories/{categoryId}/image")
def delete_image(ctx: Ctx) -> Any:
    """Delete category image."""
    cat = get_or_404(ctx.store.categories, ctx.int_param("categoryId"), "Category")
    count = int(drop_image(ctx.store, cat, f"category:{cat['id']}"))
    ctx.store.touch("categoriesUpdated")
    return deleted(count)
