"""Customer groups (docs: "Customer groups"): list, get, create, update, delete."""

from __future__ import annotations

from typing import Any

from ..backend.fields import trimmed
from ..errors import bad_request
from ..params import page, q_int_list, q_str
from ..routing import Ctx, RouteTable
from ._common import created, deleted, get_or_404, updated

routes = RouteTable()


def _name(body: dict[str, Any], required: bool) -> str | None:
    name = body.get("name")
    if name is None and not required:
        return None
    if not isinstance(name, str) or not name:
        raise bad_request("Field CustomerMembership.name is absent")
    return name


@routes.get("/customer_groups")
def search(ctx: Ctx) -> Any:
    """Search customer groups (``customerGroupId`` list, ``keyword`` in the name), the
    built-in General (id 0) first (default limit 100, as today's reference says)."""
    ids = q_int_list(ctx.query, "customerGroupId")
    keyword = (q_str(ctx.query, "keyword") or "").lower()
    found = [
        g
        for g in ctx.store.customer_groups.values()
        if (ids is None or g["id"] in ids) and keyword in str(g.get("name", "")).lower()
    ]
    return trimmed(ctx.query, page(ctx.query, found, 100))


@routes.get("/customer_groups/{groupId}")
def get(ctx: Ctx) -> Any:
    """Get customer group."""
    group = get_or_404(ctx.store.customer_groups, ctx.int_param("groupId"), "Customer group")
    return trimmed(ctx.query, group)


@routes.post("/customer_groups")
def create(ctx: Ctx) -> Any:
    """Create customer group."""
    name = _name(ctx.json_object(), required=True)
    group_id = ctx.store.next_id("customer_group", 10000)
    ctx.store.customer_groups[group_id] = {"id": group_id, "name": name}
    return created(group_id)


@routes.put("/customer_groups/{groupId}")
def update(ctx: Ctx) -> Any:
    """Update customer group."""
    store = ctx.store
    group = get_or_404(store.customer_groups, ctx.int_param("groupId"), "Customer group")
    name = _name(ctx.json_object(), required=False)
    if group["id"] == 0 and name is not None:
        raise bad_request("The built-in General group cannot be renamed")
    if name is not None:
        group["name"] = name
        for customer in store.customers.values():
            if customer.get("customerGroupId") == group["id"]:
                customer["customerGroupName"] = name
    return updated()


@routes.delete("/customer_groups/{groupId}")
def delete(ctx: Ctx) -> Any:
    """Delete customer group; its customers move to General (0)."""
    store = ctx.store
    group = get_or_404(store.customer_groups, ctx.int_param("groupId"), "Customer group")
    if group["id"] == 0:
        raise bad_request("The built-in General group cannot be deleted")
    del store.customer_groups[group["id"]]
    for customer in store.customers.values():
        if customer.get("customerGroupId") == group["id"]:
            customer["customerGroupId"], customer["customerGroupName"] = 0, "General"
    return deleted()
