"""Order statuses: list, get, update a custom one (docs: "Order statuses")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._params import check_id
from ..call import Call
from ..models.common import UpdateStatus
from ..models.order_extras import OrderStatus, OrderStatuses, OrderStatusInput
from ._base import Resource, json_body

__all__ = ["OrderStatusesResource"]


def _status(status_id: str) -> str:
    if not isinstance(status_id, str):
        raise TypeError(f"status_id must be a status id such as 'PAID', got {status_id!r}")
    return f"/profile/order_status/{check_id('status_id', status_id)}"


class OrderStatusesResource(Resource):
    """``ecwid.order_statuses``: the store's payment and fulfillment statuses."""

    __slots__ = ()

    def list(self) -> Call[OrderStatuses]:
        """Search order statuses: ``GET /profile/order_statuses``.

        Every built-in and custom status, in one answer (``.items``).
        """
        return self._call("GET", "/profile/order_statuses", OrderStatuses)

    def get(self, status_id: str) -> Call[OrderStatus]:
        """Get order status: ``GET /profile/order_status/{statusId}``.

        ``status_id`` is case sensitive: ``"PAID"``, ``"CUSTOM_PAYMENT_STATUS_1"``, ...
        """
        return self._call("GET", _status(status_id), OrderStatus)

    def update(
        self, status_id: str, changes: Mapping[str, Any] | OrderStatusInput
    ) -> Call[UpdateStatus]:
        """Update custom order status: ``PUT /profile/order_status/{statusId}``.

        Names can only be set on the custom statuses (``CUSTOM_..._STATUS_1`` to ``_3``).
        """
        return self._call(
            "PUT",
            _status(status_id),
            UpdateStatus,
            body=json_body(changes, OrderStatusInput, "order status"),
        )
