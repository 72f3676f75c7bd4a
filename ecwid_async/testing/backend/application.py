"""App storage, the app's subscription and Ecwid billing charges of one store."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from ..errors import FakeApiError, bad_request, not_found
from ..models import StoreState, format_date
from ._state import area_state

__all__ = [
    "AppState",
    "app_state",
    "cancel",
    "charge",
    "storage_delete",
    "storage_get",
    "storage_set",
]

#: Private keys hold up to 1 MB (the docs' limit).
MAX_VALUE_BYTES = 1024 * 1024
#: Most a store may be charged in one request and in one day, in USD (the docs' limits).
MAX_CHARGE = 500.0
MAX_DAILY_CHARGES = 5000.0


@dataclass
class AppState:
    """The app's storage, subscription and charges in one store."""

    storage: dict[str, str] = field(default_factory=dict)
    status: str = "ACTIVE"
    installed: bool = True
    started: int = 0
    #: idempotencyKey -> transaction id, so a repeated charge is not charged again.
    charges: dict[str, str] = field(default_factory=dict)
    charged_total: float = 0.0


def app_state(store: StoreState) -> AppState:
    """The app's state in ``store``."""
    return area_state(store, "application", lambda: AppState(started=store.now()))


def storage_get(store: StoreState, key: str) -> dict[str, Any]:
    """One storage entry; 404 if the key was never set."""
    storage = app_state(store).storage
    if key not in storage:
        raise not_found(f"Storage key '{key}' not found")
    return {"key": key, "value": storage[key]}


def storage_set(store: StoreState, key: str, value: Any) -> None:
    """Set ``key`` (an existing value is replaced); 400 for a value that is no string."""
    if not isinstance(value, str):
        raise bad_request("Field 'value' must be a string")
    if len(value.encode()) > MAX_VALUE_BYTES:
        raise bad_request("Field 'value' is longer than 1MB")
    app_state(store).storage[key] = value


def storage_delete(store: StoreState, key: str) -> None:
    """Forget ``key``; 404 if it was never set."""
    if app_state(store).storage.pop(key, None) is None:
        raise not_found(f"Storage key '{key}' not found")


def subscription(store: StoreState) -> dict[str, Any]:
    """The "Get app subscription status" answer."""
    state = app_state(store)
    return {
        "subscription": {
            "startDate": format_date(state.started),
            "expirationDate": format_date(state.started + 365 * 86400),
            "status": state.status,
        },
        "subscriptionStatus": state.status,
    }


def cancel(store: StoreState, namespace: str, client_id: str) -> int:
    """Cancel the subscription of app ``namespace``: 1 if it was installed, else 0."""
    state = app_state(store)
    if namespace != client_id or not state.installed:
        return 0
    state.installed, state.status = False, "SUSPENDED"
    return 1


def charge(store: StoreState, amount: float, key: str) -> dict[str, Any]:
    """Charge ``amount`` once per idempotency ``key`` within the per-request and daily limits."""
    state = app_state(store)
    if key in state.charges:
        return {"transactionId": state.charges[key], "idempotencyKeyInUse": True}
    if not 0 < amount <= MAX_CHARGE:
        raise bad_request(
            f"amount must be more than 0 and at most {MAX_CHARGE:g}", "CHARGE_AMOUNT_INVALID"
        )
    if state.charged_total + amount > MAX_DAILY_CHARGES:
        raise FakeApiError(
            402, "The daily charge limit of this store is reached", "CHARGE_LIMIT_EXCEEDED"
        )
    state.charged_total += amount
    state.charges[key] = str(uuid.uuid4())
    return {"transactionId": state.charges[key], "idempotencyKeyInUse": False}
