"""Abandoned carts: ``/carts`` (search, get, update) and ``/carts/{cartId}/place``.

An abandoned cart is an unfinished order: ``Cart`` carries every ``Order`` field (the docs
describe both as ``OrderEntry``) plus its ``cart_id`` and recovery details.
"""

from __future__ import annotations

import msgspec

from ._base import EcwidInput, EcwidModel
from .order import Order

__all__ = ["Cart", "CartInput", "PlaceCartResult"]


class Cart(Order):
    """An abandoned cart, from GET /carts/{cartId} and the items of GET /carts (search)."""

    cart_id: str | None = None
    # Internal id of the order the cart was recovered into. The table says string, the
    # examples give a number.
    recovered_order_id: int | str | None = msgspec.field(default=None, name="recovered_order_id")
    # UNIX timestamp of the recovery email, sent as a string (a number is tolerated).
    recovery_email_sent_timestamp: str | int | None = msgspec.field(
        default=None, name="recovery_email_sent_timestamp"
    )


class CartInput(EcwidInput):
    """Body of PUT /carts/{cartId}: ``hidden`` hides or shows the cart in the control panel."""

    hidden: bool | msgspec.UnsetType = msgspec.UNSET


class PlaceCartResult(EcwidModel):
    """Answer to POST /carts/{cartId}/place: the number of the order the cart became."""

    order_number: int | str | None = None
    vendor_order_number: str | None = None
