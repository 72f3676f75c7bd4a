"""Customer extra fields: list, get, create, update, delete (docs: "Customer extra fields")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._params import check_id
from ..call import Call
from ..models.common import DeleteStatus, UpdateStatus
from ..models.customer import CustomerExtraField, CustomerExtraFieldInput, CustomerExtraFields
from ..models.order_extras import ExtraFieldCreateStatus
from ._base import Resource, json_body

__all__ = ["CustomerExtraFieldsResource"]

_ROOT = "/store_extrafields/customers"


def _field(key: str) -> str:
    if not isinstance(key, str):
        raise TypeError(f"key must be the extra field's string key, got {key!r}")
    return f"{_ROOT}/{check_id('key', key)}"


class CustomerExtraFieldsResource(Resource):
    """``ecwid.customer_extra_fields``: the extra fields the store keeps on customers."""

    __slots__ = ()

    def list(self) -> Call[CustomerExtraFields]:
        """Search customer extra fields: ``GET /store_extrafields/customers``.

        Every customer extra field of the store, in one answer (``.items``).
        """
        return self._call("GET", _ROOT, CustomerExtraFields)

    def get(self, key: str) -> Call[CustomerExtraField]:
        """Get customer extra field: ``GET /store_extrafields/customers/{extrafield_key}``."""
        return self._call("GET", _field(key), CustomerExtraField)

    def create(
        self, field: Mapping[str, Any] | CustomerExtraFieldInput
    ) -> Call[ExtraFieldCreateStatus]:
        """Create customer extra field: ``POST /store_extrafields/customers``.

        The answer's ``key`` addresses the new field.
        """
        return self._call(
            "POST",
            _ROOT,
            ExtraFieldCreateStatus,
            body=json_body(field, CustomerExtraFieldInput, "customer extra field"),
        )

    def update(
        self, key: str, changes: Mapping[str, Any] | CustomerExtraFieldInput
    ) -> Call[UpdateStatus]:
        """Update customer extra field: ``PUT /store_extrafields/customers/{extrafield_key}``."""
        return self._call(
            "PUT",
            _field(key),
            UpdateStatus,
            body=json_body(changes, CustomerExtraFieldInput, "customer extra field"),
        )

    def delete(self, key: str) -> Call[DeleteStatus]:
        """Delete customer extra field: ``DELETE /store_extrafields/customers/{extrafield_key}``."""
        return self._call("DELETE", _field(key), DeleteStatus)
