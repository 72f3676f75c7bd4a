"""Shipping options (docs: "Shipping options")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._params import query
from ..call import Call
from ..models.common import DeleteStatus, UpdateStatus
from ..models.shipping_option import (
    ShippingOptionCreateStatus,
    ShippingOptionInput,
    StoreShippingOption,
)
from ._base import Resource, json_body
from ._store_params import check_key

__all__ = ["ShippingOptionsResource"]


def _option(shipping_option_id: str) -> str:
    return f"/profile/shippingOptions/{check_key('shipping_option_id', shipping_option_id)}"


class ShippingOptionsResource(Resource):
    """``ecwid.shipping_options``: the store's shipping, delivery and pickup methods."""

    __slots__ = ()

    def search(self, *, lang: str | None = None) -> Call[list[StoreShippingOption]]:
        """Search shipping options: ``GET /profile/shippingOptions``."""
        return self._call(
            "GET", "/profile/shippingOptions", list[StoreShippingOption], params=query(lang=lang)
        )

    def create(
        self, option: Mapping[str, Any] | ShippingOptionInput
    ) -> Call[ShippingOptionCreateStatus]:
        """Create shipping option: ``POST /profile/shippingOptions``."""
        return self._call(
            "POST",
            "/profile/shippingOptions",
            ShippingOptionCreateStatus,
            body=json_body(option, ShippingOptionInput, "shipping option"),
        )

    def update(
        self, shipping_option_id: str, option: Mapping[str, Any] | ShippingOptionInput
    ) -> Call[UpdateStatus]:
        """Update shipping option: ``PUT /profile/shippingOptions/{shippingOptionId}``."""
        return self._call(
            "PUT",
            _option(shipping_option_id),
            UpdateStatus,
            body=json_body(option, ShippingOptionInput, "shipping option"),
        )

    def delete(self, shipping_option_id: str) -> Call[DeleteStatus]:
        """Delete shipping option: ``DELETE /profile/shippingOptions/{shippingOptionId}``."""
        return self._call("DELETE", _option(shipping_option_id), DeleteStatus)
