"""Store profile and logos (docs: "Store information")."""

from __future__ import annotations

from typing import Any

from ..routing import Ctx, RouteTable
from ._common import created, deep_merge, deleted, updated
from .product_media import media_url, upload

routes = RouteTable()

_LOGOS = {
    "logo": ("generalInfo", "starterSite", "storeLogoUrl"),
    "invoicelogo": ("settings", "invoiceLogoUrl"),
}


_PUBLIC_SETTINGS = ("closed", "storeName", "googleAnalyticsId")


def _public_profile(profile: dict[str, Any]) -> dict[str, Any]:
    # What the docs' "public token request example" shows: no account, taxes or notes.
    settings = profile.get("settings", {})
    mail = profile.get("mailNotifications", {})
    return {
        "generalInfo": profile.get("generalInfo", {}),
        "settings": {k: settings[k] for k in _PUBLIC_SETTINGS if k in settings},
        "mailNotifications": {
            k: v for k, v in mail.items() if k == "customerNotificationFromEmail"
        },
        "company": profile.get("company", {}),
        "formatsAndUnits": profile.get("formatsAndUnits", {}),
        "languages": profile.get("languages", {}),
    }


@routes.get("/profile", public=True)
def get_profile(ctx: Ctx) -> Any:
    """Get store profile (the public part with a public token)."""
    return _public_profile(ctx.store.profile) if ctx.public else ctx.store.profile


@routes.put("/profile")
def update_profile(ctx: Ctx) -> Any:
    """Update store profile (nested sections merge; only the fields sent change)."""
    body = ctx.json_object()
    body.get("generalInfo", {}).pop("storeId", None)
    deep_merge(ctx.store.profile, body)
    ctx.store.touch("profileUpdated")
    return {**updated(), "success": True}


def _set_logo(ctx: Ctx, kind: str, url: str) -> None:
    *path, leaf = _LOGOS[kind]
    node = ctx.store.profile
    for key in path:
        node = node.setdefault(key, {})
    node[leaf] = url
    ctx.store.touch("profileUpdated")


@routes.post("/profile/logo")
def upload_logo(ctx: Ctx) -> Any:
    """Upload store logo."""
    blob_id, _data = upload(ctx)
    _set_logo(ctx, "logo", media_url(ctx, blob_id, "logo.png"))
    return created(blob_id)


@routes.delete("/profile/logo")
def delete_logo(ctx: Ctx) -> Any:
    """Remove store logo."""
    _set_logo(ctx, "logo", "")
    return deleted()


@routes.post("/profile/invoicelogo")
def upload_invoice_logo(ctx: Ctx) -> Any:
    """Upload invoice logo."""
    blob_id, _data = upload(ctx)
    _set_logo(ctx, "invoicelogo", media_url(ctx, blob_id, "invoice-logo.png"))
    return created(blob_id)


@routes.delete("/profile/invoicelogo")
def delete_invoice_logo(ctx: Ctx) -> Any:
    """Remove invoice logo."""
    _set_logo(ctx, "invoicelogo", "")
    return deleted()
