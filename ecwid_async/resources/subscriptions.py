"""Recurring subscriptions: search, get, update (docs: "Recurring subscriptions")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, get_args

from .._params import (
    DateLike,
    check_choice,
    check_int_id,
    check_number,
    optional_date,
    optional_int,
    query,
)
from .._typing import Unpack
from ..call import Call
from ..models.common import UpdateStatus
from ..models.subscription import (
    RecurringInterval,
    Subscription,
    SubscriptionInput,
    SubscriptionSortBy,
    SubscriptionStatus,
)
from ..pagination import Paginator, Paging
from ._base import Resource, json_body

__all__ = ["INTERVALS", "SORT_BY", "STATUSES", "SubscriptionsResource"]

#: The documented ``status`` values of Search recurring subscriptions.
STATUSES = frozenset(get_args(SubscriptionStatus))
#: The documented ``recurringInterval`` values.
INTERVALS = frozenset(get_args(RecurringInterval))
#: The documented ``sortBy`` values (Ecwid's default is ``DATE_CREATED_DESC``).
SORT_BY = frozenset(get_args(SubscriptionSortBy))


def _subscription(subscription_id: int) -> str:
    return f"/subscriptions/{check_int_id('subscription_id', subscription_id)}"


def _dates(**given: DateLike | None) -> dict[str, str | None]:
    """Date filters by wire name (``createdFrom=...``), each checked under its own name."""
    return {wire: optional_date(wire, value) for wire, value in given.items()}


class SubscriptionsResource(Resource):
    """``ecwid.subscriptions``: the store's recurring subscriptions."""

    __slots__ = ()

    def search(
        self,
        *,
        id: int | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        cancelled_from: DateLike | None = None,
        cancelled_to: DateLike | None = None,
        updated_from: DateLike | None = None,
        updated_to: DateLike | None = None,
        customer_id: int | None = None,
        status: str | None = None,
        next_charge_from: DateLike | None = None,
        next_charge_to: DateLike | None = None,
        recurring_interval: str | None = None,
        recurring_interval_count: int | None = None,
        product_id: int | None = None,
        email: str | None = None,
        order_id: int | str | None = None,
        order_total: float | None = None,
        order_created_from: DateLike | None = None,
        order_created_to: DateLike | None = None,
        sort_by: str | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[Subscription]:
        """Search recurring subscriptions: ``GET /subscriptions``.

        Every filter of today's reference is a keyword; ``status``, ``recurring_interval``
        and ``sort_by`` take one documented value.
        """
        return self._paginate(
            "/subscriptions",
            Subscription,
            query(
                {
                    "id": optional_int("id", id),
                    **_dates(
                        createdFrom=created_from,
                        createdTo=created_to,
                        cancelledFrom=cancelled_from,
                        cancelledTo=cancelled_to,
                        updatedFrom=updated_from,
                        updatedTo=updated_to,
                    ),
                    "customerId": optional_int("customer_id", customer_id),
                    "status": check_choice("status", status, STATUSES),
                    **_dates(nextChargeFrom=next_charge_from, nextChargeTo=next_charge_to),
                    "recurringInterval": check_choice(
                        "recurring_interval", recurring_interval, INTERVALS
                    ),
                    "recurringIntervalCount": optional_int(
                        "recurring_interval_count", recurring_interval_count
                    ),
                    "productId": optional_int("product_id", product_id),
                    "email": email,
                    "orderId": order_id,
                    "orderTotal": check_number("order_total", order_total),
                    **_dates(orderCreatedFrom=order_created_from, orderCreatedTo=order_created_to),
                    "sortBy": check_choice("sort_by", sort_by, SORT_BY),
                }
            ),
            **paging,
        )

    def get(self, subscription_id: int) -> Call[Subscription]:
        """Get recurring subscription: ``GET /subscriptions/{subscriptionId}``."""
        return self._call("GET", _subscription(subscription_id), Subscription)

    def update(
        self, subscription_id: int, changes: Mapping[str, Any] | SubscriptionInput
    ) -> Call[UpdateStatus]:
        """Update recurring subscription: ``PUT /subscriptions/{subscriptionId}``.

        Changes the schedule (``charge_settings``), the ``next_charge`` date or the
        ``status`` (``"CANCELLED"`` cancels it).
        """
        return self._call(
            "PUT",
            _subscription(subscription_id),
            UpdateStatus,
            body=json_body(changes, SubscriptionInput, "subscription"),
        )
