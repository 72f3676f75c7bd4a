"""Categories (docs: "Categories"): search, by path, get, create, update, delete, images,
order of categories and of products, assign/unassign. Thin handlers over
:mod:`..backend.categories`."""

from __future__ import annotations

from typing import Any

from ..backend import categories as domain
from ..backend.media import drop_image
from ..errors import bad_request
from ..models import Entity
from ..params import page, q_bool, q_clean_urls, q_int, q_int_list, q_str
from ..routing import Ctx, RouteTable
from ._common import created, deleted, get_or_404, keyword_matches, updated
from .product_media import async_image, set_image
from .products import trimmed

routes = RouteTable()


def _render(ctx: Ctx, *, with_ids: bool | None = None) -> Any:
    return domain.renderer(
        ctx.store,
        with_ids=bool(q_bool(ctx.query, "productIds")) if with_ids is None else with_ids,
        base=q_str(ctx.query, "baseUrl"),
        clean=q_clean_urls(ctx.query),
    )


def _category_of(ctx: Ctx) -> Entity:
    return get_or_404(ctx.store.categories, ctx.int_param("categoryId"), "Category")


def _visible(ctx: Ctx, cat: Entity, keyword: str | None) -> bool:
    hidden = q_bool(ctx.query, "hidden_categories") and not ctx.public
    text = f"{cat.get('name', '')} {cat.get('description', '')}"
    return bool(hidden or cat.get("enabled")) and (not keyword or keyword_matches(keyword, text))


@routes.get("/categories", public=True)
def search(ctx: Ctx) -> Any:
    """Search categories (``keyword``, ``parent``, ``parentIds``, ``withSubcategories``,
    ``hidden_categories``)."""
    q = ctx.query
    parent = q_int(q, "parent")
    parents = [*(q_int_list(q, "parentIds") or ()), *([] if parent is None else [parent])]
    items = domain.categories_under(ctx.store, parents, deep=bool(q_bool(q, "withSubcategories")))
    keyword = q_str(q, "keyword")
    found = [c for c in items if _visible(ctx, c, keyword)]
    return trimmed(ctx, page(q, found, 100, _render(ctx)))


@routes.get("/categoriesByPath", public=True)
def search_by_path(ctx: Ctx) -> Any:
    """Search categories by path: the category at the end of ``path`` split by
    ``delimeter`` (sic)."""
    path, delimiter = (
        q_str(ctx.query, "path"),
        ctx.query.get("delimeter") or ctx.query.get("delimiter"),
    )
    if not path or not delimiter:
        raise bad_request("Parameters 'path' and 'delimeter' are required")
    names = [n.strip() for n in path.split(delimiter) if n.strip()]
    found = domain.find_by_path(
        ctx.store, names, q_int(ctx.query, "parent") or 0, lambda c: _visible(ctx, c, None)
    )
    return trimmed(ctx, page(ctx.query, found, 100, _render(ctx)))


@routes.get("/categories/{categoryId}", public=True)
def get(ctx: Ctx) -> Any:
    """Get category (with a public token, a disabled one is just ``{id, enabled}``)."""
    cat = _category_of(ctx)
    if ctx.public and not cat.get("enabled"):
        return {"id": cat["id"], "enabled": False}
    return trimmed(ctx, _render(ctx, with_ids=True)(cat))


@routes.post("/categories")
def create(ctx: Ctx) -> Any:
    """Create category."""
    return created(domain.create_category(ctx.store, ctx.json_object()))


@routes.put("/categories/{categoryId}")
def update(ctx: Ctx) -> Any:
    """Update category (only the fields sent change)."""
    domain.update_category(ctx.store, _category_of(ctx), ctx.json_object())
    return updated()


@routes.delete("/categories/{categoryId}")
def delete(ctx: Ctx) -> Any:
    """Delete category (and its subcategories; products stay, unlinked)."""
    domain.delete_category(ctx.store, _category_of(ctx))
    return deleted()


@routes.post("/categories/{categoryId}/image")
def upload_image(ctx: Ctx) -> Any:
    """Upload category image."""
    cat = _category_of(ctx)
    blob_id = set_image(ctx, cat, f"category:{cat['id']}")
    ctx.store.touch("categoriesUpdated")
    return created(blob_id)


@routes.post("/categories/{categoryId}/image/async")
def upload_image_async(ctx: Ctx) -> Any:
    """Upload category image (async): Ecwid fetches the body's ``url``."""
    cat = _category_of(ctx)
    blob_id = set_image(ctx, cat, f"category:{cat['id']}", async_image(ctx))
    ctx.store.touch("categoriesUpdated")
    return created(blob_id)


@routes.delete("/categories/{categoryId}/image")
def delete_image(ctx: Ctx) -> Any:
    """Delete category image."""
    cat = _category_of(ctx)
    count = int(drop_image(ctx.store, cat, f"category:{cat['id']}"))
    ctx.store.touch("categoriesUpdated")
    return deleted(count)


@routes.get("/categories/sort")
def get_order(ctx: Ctx) -> Any:
    """Get order of categories under ``parentCategory`` (the top level if omitted)."""
    parent = q_int(ctx.query, "parentCategory") or 0
    return {"sortedIds": [c["id"] for c in domain.sorted_categories(ctx.store, parent)]}


@routes.put("/categories/sort")
def update_order(ctx: Ctx) -> Any:
    """Update order of categories under ``parentCategory``."""
    parent = q_int(ctx.query, "parentCategory") or 0
    domain.set_categories_order(ctx.store, parent, ctx.json_object().get("sortedIds"))
    return updated()


def _parent_category(ctx: Ctx) -> int:
    cat_id = q_int(ctx.query, "parentCategory")
    if cat_id is None:
        raise bad_request("Parameter 'parentCategory' is required")
    return int(get_or_404(ctx.store.categories, cat_id, "Category")["id"])


@routes.get("/products/sort")
def get_products_order(ctx: Ctx) -> Any:
    """Get order of products in the ``parentCategory`` category."""
    return {"sortedIds": domain.products_order(ctx.store, _parent_category(ctx))}


@routes.put("/products/sort")
def update_products_order(ctx: Ctx) -> Any:
    """Update order of products in the ``parentCategory`` category."""
    cat_id = _parent_category(ctx)
    domain.set_products_order(ctx.store, cat_id, ctx.json_object().get("sortedIds"))
    return updated()


@routes.post("/categories/{categoryId}/assignProducts")
def assign_products(ctx: Ctx) -> Any:
    """Assign products to the category."""
    domain.assign(ctx.store, _category_of(ctx), ctx.json_object().get("productIds"))
    return updated()


@routes.post("/categories/{categoryId}/unassignProducts")
def unassign_products(ctx: Ctx) -> Any:
    """Unassign products from the category."""
    count = domain.unassign(ctx.store, _category_of(ctx), ctx.json_object().get("productIds"))
    return deleted(count)
