"""Abandoned carts: ``/carts`` (search, get, update) and ``/carts/{cartId}/place``.

An abandoned cart is an unfinished order: ``Cart`` carries every ``Order`` field (the docs
describe both with the same tables) plus its ``cart_id`` and recovery details.
"""

from __future__ import annotations

import msgspec

from ._base import EcwidDateTime, EcwidInput, EcwidModel
from .order import Order
from .order_parts import ShippingTax

__all__ = ["Cart", "CartInput", "PlaceCartResult"]


class Cart(Order):
    """An abandoned cart, from GET /carts/{cartId} and the items of GET /carts (search)."""

    cart_id: str | None = None
    # The order the cart was recovered into. The table says string, the examples a number.
    recovered_order_id: int | str | None = None
    recovered_public_uid: str | None = None
    # A date string in today's example (a UNIX timestamp is tolerated).
    recovery_email_sent_timestamp: EcwidDateTime | None = None
    # The old reference's example spells both in snake_case; the API (today's examples,
    # the official client) sends camelCase. The old spellings are kept, apart, so neither
    # is lost; read the two fields above.
    legacy_recovered_order_id: int | str | None = msgspec.field(
        default=None, name="recovered_order_id"
    )
    legacy_recovery_email_sent_timestamp: str | int | None = msgspec.field(
        default=None, name="recovery_email_sent_timestamp"
    )


class CartInput(EcwidInput):
    """Body of PUT /carts/{cartId}: hide the cart, set its shipping taxes or invoice data."""

    hidden: bool | msgspec.UnsetType = msgspec.UNSET
    taxes_on_shipping: list[ShippingTax] | msgspec.UnsetType = msgspec.UNSET
    b2b_b2c: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="b2b_b2c")
    customer_requested_invoice: bool | msgspec.UnsetType = msgspec.UNSET
    customer_fiscal_code: str | msgspec.UnsetType = msgspec.UNSET
    electronic_invoice_pec_email: str | msgspec.UnsetType = msgspec.UNSET
    electronic_invoice_sdi_code: str | msgspec.UnsetType = msgspec.UNSET


class PlaceCartResult(EcwidModel):
    """Answer to POST /carts/{cartId}/place: the order the cart became."""

    id: str | None = None  # today's order id
    order_number: int | str | None = None
    vendor_order_number: str | None = None
    cart_id: str | None = None
