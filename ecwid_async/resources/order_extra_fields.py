"""Order extra fields: list, add, update, delete (docs: "Order extra fields")."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any

from .._params import check_id
from ..call import Call
from ..models.common import DeleteStatus, UpdateStatus
from ..models.order_extras import ExtraFieldCreateStatus, OrderExtraField, OrderExtraFieldInput
from ._base import Resource, json_body
from ._sales import order_path

__all__ = ["OrderExtraFieldsResource"]


def _fields(order_id: int | str) -> str:
    return f"{order_path(order_id)}/extraFields"


def _field(order_id: int | str, field_id: str) -> str:
    if not isinstance(field_id, str):
        raise TypeError(f"field_id must be the extra field's string id, got {field_id!r}")
    return f"{_fields(order_id)}/{check_id('field_id', field_id)}"


class OrderExtraFieldsResource(Resource):
    """``ecwid.order_extra_fields``: the checkout extra fields saved to one order."""

    __slots__ = ()

    def list(self, order_id: int | str) -> Call[builtins.list[OrderExtraField]]:
        """Search order extra fields: ``GET /orders/{orderId}/extraFields``.

        Every extra field of the order (the answer is one list, not paged).
        """
        return self._call("GET", _fields(order_id), list[OrderExtraField])

    def add(
        self, order_id: int | str, field: Mapping[str, Any] | OrderExtraFieldInput
    ) -> Call[ExtraFieldCreateStatus]:
        """Add extra fields to order: ``POST /orders/{orderId}/extraFields``.

        ``id``, ``value`` and ``title`` are required.
        """
        return self._call(
            "POST",
            _fields(order_id),
            ExtraFieldCreateStatus,
            body=json_body(field, OrderExtraFieldInput, "order extra field"),
        )

    def update(
        self,
        order_id: int | str,
        field_id: str,
        changes: Mapping[str, Any] | OrderExtraFieldInput,
    ) -> Call[UpdateStatus]:
        """Update order extra field: ``PUT /orders/{orderId}/extraFields/{extraFieldId}``."""
        return self._call(
            "PUT",
            _field(order_id, field_id),
            UpdateStatus,
            body=json_body(changes, OrderExtraFieldInput, "order extra field"),
        )

    def delete(self, order_id: int | str, field_id: str) -> Call[DeleteStatus]:
        """Delete order extra field: ``DELETE /orders/{orderId}/extraFields/{extraFieldId}``."""
        return self._call("DELETE", _field(order_id, field_id), DeleteStatus)
