"""Checkout extra fields (docs: "Manage checkout extra fields with REST API")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..call import Call
from ..models.checkout_extra_field import (
    CheckoutExtraField,
    CheckoutExtraFieldInput,
    CheckoutExtraFields,
    CreateCountStatus,
)
from ..models.common import DeleteStatus, UpdateStatus
from ._base import Resource, json_body
from ._store_params import check_key

__all__ = ["CheckoutExtraFieldsResource"]


def _field(key: str) -> str:
    return f"/profile/extrafields/{check_key('key', key)}"


class CheckoutExtraFieldsResource(Resource):
    """``ecwid.checkout_extra_fields``: extra inputs shown at checkout, by ``key``."""

    __slots__ = ()

    def search(self) -> Call[CheckoutExtraFields]:
        """Search checkout extra fields: ``GET /profile/extrafields``."""
        return self._call("GET", "/profile/extrafields", CheckoutExtraFields)

    def get(self, key: str) -> Call[CheckoutExtraField]:
        """Get checkout extra field: ``GET /profile/extrafields/{key}``."""
        return self._call("GET", _field(key), CheckoutExtraField)

    def create(self, field: Mapping[str, Any] | CheckoutExtraFieldInput) -> Call[CreateCountStatus]:
        """Create checkout extra field: ``POST /profile/extrafields``."""
        return self._call(
            "POST",
            "/profile/extrafields",
            CreateCountStatus,
            body=json_body(field, CheckoutExtraFieldInput, "checkout extra field"),
        )

    def update(
        self, key: str, field: Mapping[str, Any] | CheckoutExtraFieldInput
    ) -> Call[UpdateStatus]:
        """Update checkout extra field: ``PUT /profile/extrafields/{key}``."""
        return self._call(
            "PUT",
            _field(key),
            UpdateStatus,
            body=json_body(field, CheckoutExtraFieldInput, "checkout extra field"),
        )

    def delete(self, key: str) -> Call[DeleteStatus]:
        """Delete checkout extra field: ``DELETE /profile/extrafields/{key}``."""
        return self._call("DELETE", _field(key), DeleteStatus)
