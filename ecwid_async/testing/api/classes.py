"""Product types (classes) (docs: "Product types and attributes"): search, get, create,
update, delete. Thin handlers over :mod:`..backend.catalog`."""

from __future__ import annotations

from typing import Any

from ..backend import catalog
from ..routing import Ctx, RouteTable
from ._common import created, deleted, get_or_404, updated

routes = RouteTable()


@routes.get("/classes")
def list_classes(ctx: Ctx) -> Any:
    """Search product types (a plain array, the General type first)."""
    return list(ctx.store.classes.values())


@routes.get("/classes/{classId}")
def get(ctx: Ctx) -> Any:
    """Get product type."""
    return get_or_404(ctx.store.classes, ctx.int_param("classId"), "Product class")


@routes.post("/classes")
def create(ctx: Ctx) -> Any:
    """Create product type."""
    return created(catalog.create_class(ctx.store, ctx.json_object()))


@routes.put("/classes/{classId}")
def update(ctx: Ctx) -> Any:
    """Update product type and attributes (only the fields sent change)."""
    cls = get_or_404(ctx.store.classes, ctx.int_param("classId"), "Product class")
    catalog.update_class(ctx.store, cls, ctx.json_object())
    return updated()


@routes.delete("/classes/{classId}")
def delete(ctx: Ctx) -> Any:
    """Delete product type; its products move to the General type (0)."""
    class_id = ctx.int_param("classId")
    get_or_404(ctx.store.classes, class_id, "Product class")
    catalog.delete_class(ctx.store, class_id)
    return deleted()
