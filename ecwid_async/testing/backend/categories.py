"""Categories domain: the tree, product membership and counts, storefront order of
categories and of the products in a category, assigning products."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..api._common import category_children, merge, slug, subtree
from ..errors import bad_request, not_found
from ..models import Entity, StoreState
from .catalog import changed as product_changed
from .catalog import refresh
from .media import drop_image

__all__ = [
    "assign",
    "categories_under",
    "category_url",
    "create_category",
    "delete_category",
    "find_by_path",
    "membership",
    "new_category",
    "products_order",
    "renderer",
    "set_categories_order",
    "set_products_order",
    "sorted_categories",
    "unassign",
    "update_category",
]

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


def membership(store: StoreState) -> tuple[dict[int, list[int]], dict[int, int]]:
    """Each category's products, and its enabled-product count (cached per version)."""
    return store.cached_search(("category-membership",), lambda: _membership(store))


def renderer(
    store: StoreState, *, with_ids: bool, base: str | None, clean: bool
) -> Callable[[Entity], Entity]:
    """Renders a category as Ecwid answers: url, product counts, optionally productIds."""
    members, enabled = membership(store)
    children = category_children(store)

    def render(cat: Entity) -> Entity:
        in_tree = {p for cid in subtree(store, cat["id"], children) for p in members.get(cid, ())}
        out = {
            **cat,
            "url": category_url(store, cat, base, clean),
            "productCount": len(in_tree),
            "productCountWithoutSubcategories": len(members.get(cat["id"], ())),
            "enabledProductCount": enabled.get(cat["id"], 0),
        }
        if with_ids:
            out["productIds"] = products_order(store, cat["id"])
        return out

    return render


def sorted_categories(store: StoreState, parent: int | None) -> list[Entity]:
    """The categories under ``parent`` (all when None) in storefront order."""
    found = [
        c for c in store.categories.values() if parent is None or c.get("parentId", 0) == parent
    ]
    return sorted(found, key=lambda c: (c.get("orderBy", 0), c["id"]))


def categories_under(store: StoreState, parents: list[int], *, deep: bool) -> list[Entity]:
    """The direct children of ``parents`` (every category when none), or with ``deep`` all
    their descendants; in storefront order."""
    if not parents:
        return sorted_categories(store, None)
    if not deep:
        return [c for p in parents for c in sorted_categories(store, p)]
    children = category_children(store)
    wanted = {c for p in parents for c in subtree(store, p, children) if c != p}
    return [c for c in sorted_categories(store, None) if c["id"] in wanted]


def find_by_path(
    store: StoreState, names: list[str], parent: int, visible: Callable[[Entity], bool]
) -> list[Entity]:
    """The categories at the end of a path of names, starting under ``parent``."""
    level = sorted_categories(store, parent)
    found: list[Entity] = []
    for n, name in enumerate(names):
        found = [c for c in level if c.get("name") == name and visible(c)]
        if n < len(names) - 1:
            level = [k for c in found for k in sorted_categories(store, c["id"])]
    return found


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


def _set_members(store: StoreState, cat_id: int, product_ids: list[int]) -> None:
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


def new_category(store: StoreState, name: str, *, enabled: bool) -> Entity:
    """A category with a fresh id, last in the storefront order (not stored yet)."""
    return {
        "id": store.next_id("category", 9000000),
        "orderBy": 10 * (len(store.categories) + 1),
        "name": name,
        "description": "",
        "enabled": enabled,
    }


def create_category(store: StoreState, body: dict[str, Any]) -> int:
    """Add a category (last in its parent's order); its id."""
    if not isinstance(body.get("name"), str) or not body["name"]:
        raise bad_request("Category name is required")
    _check_links(store, body, None)
    cat = new_category(store, "", enabled=True)
    cat_id: int = cat["id"]
    merge(cat, body, _SERVER_OWNED)
    if not cat.get("parentId"):
        cat.pop("parentId", None)
    store.categories[cat_id] = cat
    if "productIds" in body:
        _set_members(store, cat_id, list(body["productIds"] or ()))
    store.touch("categoriesUpdated", "productsUpdated")
    return cat_id


def update_category(store: StoreState, cat: Entity, body: dict[str, Any]) -> None:
    """Change the fields sent; ``productIds`` replaces the category's products."""
    _check_links(store, body, cat["id"])
    merge(cat, body, _SERVER_OWNED)
    if not cat.get("parentId"):
        cat.pop("parentId", None)
    if "productIds" in body:
        _set_members(store, cat["id"], list(body["productIds"] or ()))
    if "enabled" in body:
        for product in store.products.values():
            if cat["id"] in (product.get("categoryIds") or ()):
                refresh(store, product)
    store.touch("categoriesUpdated", "productsUpdated")


def delete_category(store: StoreState, cat: Entity) -> None:
    """Delete a category and its subcategories; products stay, unlinked."""
    gone = set(subtree(store, cat["id"]))
    ts = store.touch("categoriesUpdated", "productsUpdated")
    for cid in gone:
        store.categories.pop(cid, None)
        store.product_order.pop(cid, None)
        drop_image(store, {}, f"category:{cid}")
    for product in store.products.values():
        ids = product.get("categoryIds") or []
        if not gone.isdisjoint(ids):
            product["categoryIds"] = [c for c in ids if c not in gone]
            product_changed(store, product, ts)


def _check_products(store: StoreState, product_ids: Any) -> list[int]:
    if not isinstance(product_ids, list) or not product_ids:
        raise bad_request("Field 'productIds' must be a non-empty array of product ids")
    for pid in product_ids:
        if pid not in store.products:
            raise not_found(f"Product #{pid} not found")
    return product_ids


def assign(store: StoreState, cat: Entity, product_ids: Any) -> int:
    """Add products to a category (the ones in it stay); how many were added."""
    current = membership(store)[0].get(cat["id"], [])
    new = [p for p in _check_products(store, product_ids) if p not in current]
    _set_members(store, cat["id"], [*current, *new])
    store.touch("categoriesUpdated")
    return len(new)


def unassign(store: StoreState, cat: Entity, product_ids: Any) -> int:
    """Take products out of a category; how many were in it."""
    current = membership(store)[0].get(cat["id"], [])
    gone = set(_check_products(store, product_ids)) & set(current)
    _set_members(store, cat["id"], [p for p in current if p not in gone])
    store.touch("categoriesUpdated")
    return len(gone)


def _sorted_ids(value: Any) -> list[int]:
    if not isinstance(value, list) or not all(
        isinstance(i, int) and not isinstance(i, bool) for i in value
    ):
        raise bad_request("Field 'sortedIds' must be an array of ids")
    return value


def set_categories_order(store: StoreState, parent: int, sorted_ids: Any) -> None:
    """Reorder the categories under ``parent``: the listed ones first, in that order."""
    ids = _sorted_ids(sorted_ids)
    siblings = [c["id"] for c in sorted_categories(store, parent)]
    unknown = [i for i in ids if i not in siblings]
    if unknown:
        raise bad_request(f"Categories {unknown} are not under category #{parent}")
    rest = [i for i in siblings if i not in ids]
    for n, cid in enumerate([*ids, *rest], start=1):
        store.categories[cid]["orderBy"] = 10 * n
    store.touch("categoriesUpdated")


def products_order(store: StoreState, cat_id: int) -> list[int]:
    """The products of a category in storefront order (set order first, then the rest)."""
    members = membership(store)[0].get(cat_id, [])
    chosen = [p for p in store.product_order.get(cat_id, []) if p in members]
    return [*chosen, *(p for p in members if p not in chosen)]


def set_products_order(store: StoreState, cat_id: int, sorted_ids: Any) -> None:
    """Reorder a category's products: the listed ones first, in that order."""
    ids = _sorted_ids(sorted_ids)
    members = membership(store)[0].get(cat_id, [])
    unknown = [i for i in ids if i not in members]
    if unknown:
        raise bad_request(f"Products {unknown} are not in category #{cat_id}")
    store.product_order[cat_id] = list(ids)
    store.touch("productsUpdated")
