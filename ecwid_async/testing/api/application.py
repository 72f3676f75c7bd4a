"""App storage, app subscription and Ecwid billing (docs: "Application")."""

from __future__ import annotations

import json
from typing import Any

from ...resources.application import BILLING_CURRENCIES
from ..backend import application as app
from ..errors import bad_request
from ..params import q_float, q_str
from ..routing import Ctx, RouteTable
from ._common import deleted

routes = RouteTable()


@routes.get("/storage")
def all_storage(ctx: Ctx) -> Any:
    """Get all app storage data."""
    return [{"key": k, "value": v} for k, v in app.app_state(ctx.store).storage.items()]


@routes.get("/storage/{key}")
def get_storage(ctx: Ctx) -> Any:
    """Get specific app storage data."""
    return app.storage_get(ctx.store, ctx.params["key"])


def _set(ctx: Ctx) -> Any:
    """Add or update specific app storage data (both overwrite)."""
    app.storage_set(ctx.store, ctx.params["key"], ctx.json_object().get("value"))
    return {"success": True}


routes.add("POST", "/storage/{key}", _set)
routes.add("PUT", "/storage/{key}", _set)


@routes.delete("/storage/{key}")
def delete_storage(ctx: Ctx) -> Any:
    """Delete specific app storage data."""
    app.storage_delete(ctx.store, ctx.params["key"])
    return {"success": True}


@routes.get("/application")
def subscription(ctx: Ctx) -> Any:
    """Get app subscription status."""
    return app.subscription(ctx.store)


@routes.delete("/application")
def cancel(ctx: Ctx) -> Any:
    """Cancel app subscription (``namespace`` must be the app's client_id)."""
    namespace = q_str(ctx.query, "namespace")
    if not namespace:
        raise bad_request("namespace is required")
    return deleted(app.cancel(ctx.store, namespace, ctx.backend.client_id))


@routes.post("/billing/transactions")
def charge(ctx: Ctx) -> Any:
    """Custom charge with Ecwid billing (parameters in the query, as the docs put them)."""
    amount = q_float(ctx.query, "amount")
    key = q_str(ctx.query, "idempotencyKey")
    if amount is None:
        raise bad_request("amount is required", "CHARGE_AMOUNT_INVALID")
    if q_str(ctx.query, "currency") not in BILLING_CURRENCIES:
        raise bad_request(
            "currency must be one of USD, EUR, MXN, INR, GBP, AUD", "CHARGE_CURRENCY_INVALID"
        )
    description = q_str(ctx.query, "description") or ""
    if not description or len(description) > 255:
        raise bad_request("description must have 1 to 255 characters", "CHARGE_DESCRIPTION_INVALID")
    if not key:
        raise bad_request("idempotencyKey is required", "CHARGE_IDEMPOTENCY_KEY_INVALID")
    metadata = q_str(ctx.query, "metadata")
    if metadata is not None:
        try:
            json.loads(metadata)
        except ValueError:
            raise bad_request("metadata must be a JSON object") from None
    return app.charge(ctx.store, amount, key)
