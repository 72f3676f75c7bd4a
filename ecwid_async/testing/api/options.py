"""Payment options, shipping options and checkout extra fields (docs: "Payment options",
"Shipping options", "Manage checkout extra fields with REST API")."""

from __future__ import annotations

from typing import Any

from ..backend import options
from ..routing import Ctx, RouteTable
from ._common import deleted, updated

routes = RouteTable()

_PAYMENT = "/profile/paymentOptions"
_SHIPPING = "/profile/shippingOptions"


@routes.get(_PAYMENT)
def search_payment(ctx: Ctx) -> Any:
    """Search payment options."""
    return options.options(ctx.store, "payment")


@routes.get(_PAYMENT + "/{optionId}")
def get_payment(ctx: Ctx) -> Any:
    """Get payment option."""
    return options.find_option(ctx.store, "payment", ctx.params["optionId"])


@routes.get(_SHIPPING)
def search_shipping(ctx: Ctx) -> Any:
    """Search shipping options."""
    return options.options(ctx.store, "shipping")


def _crud(path: str, kind: str) -> None:
    def create(ctx: Ctx) -> Any:
        return {"id": options.add_option(ctx.store, kind, ctx.json_object())}

    def update(ctx: Ctx) -> Any:
        options.update_option(ctx.store, kind, ctx.params["optionId"], ctx.json_object())
        return updated()

    def delete(ctx: Ctx) -> Any:
        return deleted(options.delete_option(ctx.store, kind, ctx.params["optionId"]))

    create.__doc__ = f"Create {kind} option."
    update.__doc__ = f"Update {kind} option."
    delete.__doc__ = f"Delete {kind} option."
    routes.add("POST", path, create)
    routes.add("PUT", path + "/{optionId}", update)
    routes.add("DELETE", path + "/{optionId}", delete)


_crud(_PAYMENT, "payment")
_crud(_SHIPPING, "shipping")


@routes.get("/profile/extrafields")
def search_extra_fields(ctx: Ctx) -> Any:
    """Search checkout extra fields."""
    return {"items": list(options.extra_fields(ctx.store).values())}


@routes.get("/profile/extrafields/{key}")
def get_extra_field(ctx: Ctx) -> Any:
    """Get checkout extra field."""
    return options.extra_field(ctx.store, ctx.params["key"])


@routes.post("/profile/extrafields")
def create_extra_field(ctx: Ctx) -> Any:
    """Create checkout extra field."""
    options.add_extra_field(ctx.store, ctx.json_object())
    return {"createCount": 1}


@routes.put("/profile/extrafields/{key}")
def update_extra_field(ctx: Ctx) -> Any:
    """Update checkout extra field."""
    options.update_extra_field(ctx.store, ctx.params["key"], ctx.json_object())
    return updated()


@routes.delete("/profile/extrafields/{key}")
def delete_extra_field(ctx: Ctx) -> Any:
    """Delete checkout extra field."""
    return deleted(options.delete_extra_field(ctx.store, ctx.params["key"]))
