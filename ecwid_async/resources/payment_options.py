"""Payment options (docs: "Payment options")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._params import query
from ..call import Call
from ..models.common import DeleteStatus, UpdateStatus
from ..models.payment_option import PaymentOption, PaymentOptionCreateStatus, PaymentOptionInput
from ._base import Resource, json_body
from ._store_params import check_key

__all__ = ["PaymentOptionsResource"]


def _option(payment_option_id: str) -> str:
    return f"/profile/paymentOptions/{check_key('payment_option_id', payment_option_id)}"


class PaymentOptionsResource(Resource):
    """``ecwid.payment_options``: the store's payment methods."""

    __slots__ = ()

    def search(self, *, lang: str | None = None) -> Call[list[PaymentOption]]:
        """Search payment options: ``GET /profile/paymentOptions``."""
        return self._call(
            "GET", "/profile/paymentOptions", list[PaymentOption], params=query(lang=lang)
        )

    def get(self, payment_option_id: str, *, lang: str | None = None) -> Call[PaymentOption]:
        """Get payment option: ``GET /profile/paymentOptions/{paymentOptionId}``."""
        return self._call("GET", _option(payment_option_id), PaymentOption, params=query(lang=lang))

    def create(
        self, option: Mapping[str, Any] | PaymentOptionInput
    ) -> Call[PaymentOptionCreateStatus]:
        """Create payment option: ``POST /profile/paymentOptions``."""
        return self._call(
            "POST",
            "/profile/paymentOptions",
            PaymentOptionCreateStatus,
            body=json_body(option, PaymentOptionInput, "payment option"),
        )

    def update(
        self, payment_option_id: str, option: Mapping[str, Any] | PaymentOptionInput
    ) -> Call[UpdateStatus]:
        """Update payment option: ``PUT /profile/paymentOptions/{paymentOptionId}``."""
        return self._call(
            "PUT",
            _option(payment_option_id),
            UpdateStatus,
            body=json_body(option, PaymentOptionInput, "payment option"),
        )

    def delete(self, payment_option_id: str) -> Call[DeleteStatus]:
        """Delete payment option: ``DELETE /profile/paymentOptions/{paymentOptionId}``."""
        return self._call("DELETE", _option(payment_option_id), DeleteStatus)
