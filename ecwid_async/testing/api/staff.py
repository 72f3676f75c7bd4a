"""Staff accounts (docs: "Staff accounts")."""

from __future__ import annotations

from typing import Any

from ..backend import staff
from ..routing import Ctx, RouteTable
from ._common import deleted, updated

routes = RouteTable()


@routes.get("/staff")
def search(ctx: Ctx) -> Any:
    """Search staff accounts."""
    return {"staffList": list(staff.staff_state(ctx.store).accounts.values())}


@routes.post("/staff")
def create(ctx: Ctx) -> Any:
    """Create staff account (sends an invite)."""
    staff.create(ctx.store, ctx.json_object())
    return {"success": True}


@routes.post("/staff/invite")
def resend_invite(ctx: Ctx) -> Any:
    """Resend staff account invite."""
    staff.resend_invite(ctx.store, ctx.json_object())
    return {"success": True}


@routes.delete("/staff/invite")
def cancel_invite(ctx: Ctx) -> Any:
    """Cancel staff account invite."""
    return deleted(staff.cancel_invite(ctx.store, ctx.json_object()))


@routes.get("/staff/{staffAccountId}")
def get(ctx: Ctx) -> Any:
    """Get staff account."""
    account = staff.get(ctx.store, ctx.params["staffAccountId"])
    return {"email": account["email"], "staffScopes": account["staffScopes"]}


@routes.put("/staff/{staffAccountId}")
def update(ctx: Ctx) -> Any:
    """Update staff account."""
    staff.update(ctx.store, ctx.params["staffAccountId"], ctx.json_object())
    return updated()


@routes.delete("/staff/{staffAccountId}")
def delete(ctx: Ctx) -> Any:
    """Delete staff account."""
    return deleted(staff.delete(ctx.store, ctx.params["staffAccountId"]))


@routes.get("/profile/staffScopes")
def scopes(ctx: Ctx) -> Any:
    """Get staff account scopes."""
    return {"staffScopes": list(staff.STAFF_SCOPES)}
