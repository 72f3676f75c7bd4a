"""The application itself: app storage, subscription status, token details, Ecwid billing
(docs: "Application" pages)."""

from __future__ import annotations

from typing import Any

import msgspec

from ._base import EcwidDateTime, EcwidInput, EcwidModel

__all__ = [
    "AppStorageEntry",
    "AppStorageInput",
    "AppSubscription",
    "AppSubscriptionStatus",
    "AppTokenDetails",
    "BillingTransaction",
    "BillingTransactionInput",
]


class AppStorageEntry(EcwidModel):
    """One key of the app storage: ``key`` and its ``value`` (a string, often JSON)."""

    key: str | None = None
    value: str | None = None


class AppStorageInput(EcwidInput):
    """Body of "Add app storage data" / "Update specific app storage data"."""

    value: str | msgspec.UnsetType = msgspec.UNSET


class AppSubscription(EcwidModel):
    """The app's subscription in the store (``subscription``)."""

    start_date: EcwidDateTime | None = None
    expiration_date: EcwidDateTime | None = None
    status: str | None = None  # ACTIVE, SUSPENDED, TRIAL


class AppSubscriptionStatus(EcwidModel):
    """Answer to "Get app subscription status"."""

    subscription: AppSubscription | None = None
    subscription_status: str | None = None  # ACTIVE, SUSPENDED, TRIAL


class AppTokenDetails(EcwidModel):
    """The access token's scopes and dates (``GET /application/token``, official client)."""

    permissions: list[str] | None = None
    created: EcwidDateTime | None = None
    expires: EcwidDateTime | None = None


class BillingTransactionInput(EcwidInput):
    """Body of "Custom charge with Ecwid billing"."""

    amount: float | msgspec.UnsetType = msgspec.UNSET
    currency: str | msgspec.UnsetType = msgspec.UNSET
    description: str | msgspec.UnsetType = msgspec.UNSET
    idempotency_key: str | msgspec.UnsetType = msgspec.UNSET
    metadata: dict[str, Any] | msgspec.UnsetType = msgspec.UNSET


class BillingTransaction(EcwidModel):
    """Answer to "Custom charge with Ecwid billing": the transaction id and whether the
    idempotency key had been used already (then nothing was charged)."""

    transaction_id: str | None = None
    idempotency_key_in_use: bool | None = None
