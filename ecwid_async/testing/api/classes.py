"""Product types (classes) (docs: "Product types"): list, get, create, update, delete."""

from __future__ import annotations

from typing import Any

from ..errors import bad_request, conflict
from ..models import Entity, StoreState
from ..routing import Ctx, RouteTable
from ._common import created, deleted, get_or_404, updated
from .products import changed

routes = RouteTable()


def _attributes(store: StoreState, attributes: Any) -> list[Entity]:
    if not isinstance(attributes, list) or not all(isinstance(a, dict) for a in attributes):
        raise bad_request("Field 'attributes' must be an array of objects")
    out = []
    for attr in attributes:
        entry = {"type": "CUSTOM", "show": "DESCR", **attr}
        entry.setdefault("id", store.next_id("attribute", 5000000))
        out.append(entry)
    return out


def _check_name(store: StoreState, name: Any, class_id: int | None) -> None:
    if name is None:
        return
    if not isinstance(name, str):
        raise bad_request("Field 'name' must be a string")
    for other in store.classes.values():
        if other["id"] != class_id and other.get("name") == name:
            raise conflict(f"The product type '{name}' already exists")


@routes.get("/classes")
def list_classes(ctx: Ctx) -> Any:
    """Get product types (a plain array, the General type first)."""
    return list(ctx.store.classes.values())


@routes.get("/classes/{classId}")
def get(ctx: Ctx) -> Any:
    """Get product type."""
    return get_or_404(ctx.store.classes, ctx.int_param("classId"), "Product class")


@routes.post("/classes")
def create(ctx: Ctx) -> Any:
    """Create product type."""
    store, body = ctx.store, ctx.json_object()
    if not body.get("name"):
        raise bad_request("Product type name is required")
    _check_name(store, body["name"], None)
    class_id = store.next_id("class", 4200000)
    store.classes[class_id] = {
        "id": class_id,
        "name": body["name"],
        "googleTaxonomy": body.get("googleTaxonomy", ""),
        "attributes": _attributes(store, body.get("attributes", [])),
    }
    store.touch("productsUpdated")
    return created(class_id)


@routes.put("/classes/{classId}")
def update(ctx: Ctx) -> Any:
    """Update product type (only the fields sent change)."""
    store, body = ctx.store, ctx.json_object()
    cls = get_or_404(store.classes, ctx.int_param("classId"), "Product class")
    _check_name(store, body.get("name"), cls["id"])
    for key in ("name", "googleTaxonomy"):
        if key in body:
            cls[key] = body[key]
    if "attributes" in body:
        cls["attributes"] = _attributes(store, body["attributes"])
    store.touch("productsUpdated")
    return updated()


@routes.delete("/classes/{classId}")
def delete(ctx: Ctx) -> Any:
    """Delete product type; its products move to the General type (0)."""
    store = ctx.store
    class_id = ctx.int_param("classId")
    get_or_404(store.classes, class_id, "Product class")
    if class_id == 0:
        raise bad_request("The General product type cannot be deleted")
    del store.classes[class_id]
    ts = store.touch("productsUpdated")
    for product in store.products.values():
        if product.get("productClassId") == class_id:
            product["productClassId"] = 0
            changed(store, product, ts)
    return deleted()
