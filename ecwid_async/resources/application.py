"""The application's subscription and Ecwid billing (docs: "Application")."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .._params import check_choice, check_number, query
from ..call import Call
from ..models.application import AppSubscriptionStatus, BillingTransaction
from ..models.common import DeleteStatus
from ._base import Resource
from ._store_params import check_text

__all__ = ["BILLING_CURRENCIES", "ApplicationResource"]

#: The currencies "Custom charge with Ecwid billing" accepts.
BILLING_CURRENCIES = frozenset({"USD", "EUR", "MXN", "INR", "GBP", "AUD"})


def _charge_query(
    amount: float, currency: str, description: str, idempotency_key: str, metadata: Any
) -> tuple[tuple[str, str], ...]:
    if check_number("amount", amount) is None or not amount > 0:
        raise ValueError(f"amount must be a positive number, got {amount!r}")
    check_choice("currency", check_text("currency", currency), BILLING_CURRENCIES)
    if len(check_text("description", description)) > 255:
        raise ValueError("description must be at most 255 characters")
    if metadata is not None and not isinstance(metadata, Mapping):
        raise TypeError(f"metadata must be a dict, not {type(metadata).__name__}")
    return query(
        amount=amount,
        currency=currency,
        description=description,
        idempotencyKey=check_text("idempotency_key", idempotency_key),
        metadata=None if metadata is None else json.dumps(dict(metadata), separators=(",", ":")),
    )


class ApplicationResource(Resource):
    """``ecwid.application``: the app's subscription in this store and its charges."""

    __slots__ = ()

    def subscription(self) -> Call[AppSubscriptionStatus]:
        """Get app subscription status: ``GET /application``."""
        return self._call("GET", "/application", AppSubscriptionStatus)

    def cancel_subscription(self, namespace: str) -> Call[DeleteStatus]:
        """Cancel app subscription: ``DELETE /application``.

        Cancels the subscription, revokes every token of the app (this client's too) and
        uninstalls it; ``namespace`` is the app's ``client_id``.
        """
        return self._call(
            "DELETE",
            "/application",
            DeleteStatus,
            params=query(namespace=check_text("namespace", namespace)),
        )

    def charge(
        self,
        amount: float,
        currency: str,
        description: str,
        idempotency_key: str,
        *,
        metadata: Mapping[str, Any] | None = None,
    ) -> Call[BillingTransaction]:
        """Custom charge with Ecwid billing: ``POST /billing/transactions``.

        The parameters go in the query, as the docs put them. Ecwid charges an
        ``idempotency_key`` once (a repeat answers ``idempotency_key_in_use=True``), so the
        call is retried like a PUT: use a fresh UUID per intended charge.
        """
        return self._call(
            "POST",
            "/billing/transactions",
            BillingTransaction,
            params=_charge_query(amount, currency, description, idempotency_key, metadata),
            idempotent=True,
        )
