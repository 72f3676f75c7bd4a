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
    "emaillogo": ("settings", "emailLogoUrl"),
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


def _logo_routes(kind: str, name: str) -> None:
    def upload_logo(ctx: Ctx) -> Any:
        blob_id, _data = upload(ctx)
        _set_logo(ctx, kind, media_url(ctx, blob_id, f"{kind}.png"))
        return created(blob_id)

    def delete_logo(ctx: Ctx) -> Any:
        _set_logo(ctx, kind, "")
        return deleted()

    upload_logo.__doc__ = f"Upload store logo image ({name})."
    delete_logo.__doc__ = f"Delete store logo image ({name})."
    # Today's reference uploads with PUT; the older one (and the official client) POST.
    routes.add("PUT", f"/profile/{kind}", upload_logo)
    routes.add("POST", f"/profile/{kind}", upload_logo)
    routes.add("DELETE", f"/profile/{kind}", delete_logo)


for _kind, _name in (("logo", "store"), ("invoicelogo", "invoice"), ("emaillogo", "email")):
    _logo_routes(_kind, _name)
