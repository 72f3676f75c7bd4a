"""Payment options, shipping options and checkout extra fields of one store.

Payment and shipping options live where GET /profile shows them (``payment.paymentOptions``
and ``shipping.shippingOptions`` of the profile), so both views always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import FakeApiError, bad_request, conflict, not_found
from ..models import Entity, StoreState
from ._state import area_state

__all__ = [
    "add_option",
    "delete_option",
    "extra_fields",
    "find_option",
    "options",
    "update_option",
]

#: kind -> (profile section, list key)
_KINDS = {"payment": ("payment", "paymentOptions"), "shipping": ("shipping", "shippingOptions")}
#: kind -> (title field, its longest length, error code prefix), per the error-codes page.
_TITLES = {
    "payment": ("checkoutTitle", 64, "PAYMENT_OPTION"),
    "shipping": ("title", 100, "SHIPPING_OPTION"),
}


def options(store: StoreState, kind: str) -> list[Entity]:
    """The store's payment or shipping options, in profile order (the list itself)."""
    section, key = _KINDS[kind]
    found: list[Entity] = store.profile.setdefault(section, {}).setdefault(key, [])
    return found


def find_option(store: StoreState, kind: str, option_id: str) -> Entity:
    """One option by id; 404 naming it."""
    for option in options(store, kind):
        if option.get("id") == option_id:
            return option
    code = "SHIPPING_NOT_FOUND" if kind == "shipping" else None
    raise FakeApiError(404, f"{kind.capitalize()} option {option_id} not found", code)


def _checked(kind: str, body: dict[str, Any], *, create: bool = False) -> dict[str, Any]:
    """The option fields of ``body`` (not its id), titles checked as Ecwid checks them."""
    field_name, longest, prefix = _TITLES[kind]
    title = body.get(field_name)
    if (create or field_name in body) and (not isinstance(title, str) or not title.strip()):
        raise bad_request(f"Field '{field_name}' is required", f"{prefix}_TITLE_REQUIRED")
    if isinstance(title, str) and len(title) > longest:
        code = (
            "SHIPPING_BAD_TITLE_LENGTH" if kind == "shipping" else "PAYMENT_OPTION_BAD_TITLE_LENGTH"
        )
        raise bad_request(f"Field '{field_name}' is longer than {longest} characters", code)
    for name in ("enabled", "configured", "scheduledPickup", "scheduled"):
        if name in body and not isinstance(body[name], bool):
            raise bad_request(f"Field '{name}' must be a boolean")
    return {k: v for k, v in body.items() if k != "id"}


def add_option(store: StoreState, kind: str, body: dict[str, Any]) -> str:
    """Add an option; its id is made here (``<number>-<millis>`` as Ecwid's look)."""
    option_id = f"{store.next_id(kind + '-option', 13378)}-{store.now() * 1000}"
    default_order = {"payment": "orderBy", "shipping": "orderby"}[kind]
    entry = {"id": option_id, "enabled": True, **_checked(kind, body, create=True)}
    entry.setdefault(default_order, len(options(store, kind)))
    options(store, kind).append(entry)
    store.touch("profileUpdated")
    return option_id


def update_option(store: StoreState, kind: str, option_id: str, body: dict[str, Any]) -> None:
    """Change the fields sent of one option."""
    find_option(store, kind, option_id).update(_checked(kind, body))
    store.touch("profileUpdated")


def delete_option(store: StoreState, kind: str, option_id: str) -> int:
    """Remove an option: 1 if it existed, else 0."""
    found = options(store, kind)
    kept = [o for o in found if o.get("id") != option_id]
    removed = len(found) - len(kept)
    found[:] = kept
    if removed:
        store.touch("profileUpdated")
    return removed


@dataclass
class ExtraFields:
    """Checkout extra fields by key, in creation order."""

    fields: dict[str, Entity] = field(default_factory=dict)


def extra_fields(store: StoreState) -> dict[str, Entity]:
    """The store's checkout extra fields by key."""
    return area_state(store, "extra_fields", ExtraFields).fields


def extra_field(store: StoreState, key: str) -> Entity:
    """One extra field; 404 naming its key."""
    found = extra_fields(store).get(key)
    if found is None:
        raise not_found(f"Checkout extra field '{key}' not found")
    return found


def add_extra_field(store: StoreState, body: dict[str, Any]) -> None:
    """Add a field (``key`` and ``title`` required; 409 if the key is taken)."""
    key, title = body.get("key"), body.get("title")
    if not isinstance(key, str) or not key or not isinstance(title, str):
        raise bad_request("Fields 'key' and 'title' are required")
    if key in extra_fields(store):
        raise conflict(f"Checkout extra field '{key}' already exists")
    defaults = {"type": "text", "available": True, "checkoutDisplaySection": "shipping_address"}
    extra_fields(store)[key] = {**defaults, **body, "orderBy": len(extra_fields(store))}


def update_extra_field(store: StoreState, key: str, body: dict[str, Any]) -> None:
    """Change the fields sent (the key stays)."""
    extra_field(store, key).update({k: v for k, v in body.items() if k != "key"})


def delete_extra_field(store: StoreState, key: str) -> int:
    """Remove a field: 1 if it existed, else 0."""
    return int(extra_fields(store).pop(key, None) is not None)
