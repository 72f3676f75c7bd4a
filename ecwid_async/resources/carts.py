"""Abandoned carts: search, get, update, place, and order calculation (docs: "Carts")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._params import DateLike, check_id, query, sales_filters
from .._typing import Unpack
from ..call import Call
from ..models.cart import Cart, CartInput, PlaceCartResult
from ..models.common import UpdateStatus
from ..models.order import CalculatedOrder, OrderCalculationInput
from ..pagination import Paginator, Paging
from ._base import Resource, json_body

__all__ = ["CartsResource"]


def _cart(cart_id: str) -> str:
    if not isinstance(cart_id, str):
        raise TypeError(f"cart_id must be the cart's string id, got {cart_id!r}")
    return f"/carts/{check_id('cart_id', cart_id)}"


class CartsResource(Resource):
    """``ecwid.carts``: abandoned carts, turning them into orders, and pricing an order."""

    __slots__ = ()

    def search(
        self,
        *,
        show_hidden: bool | None = None,
        total_from: float | None = None,
        total_to: float | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_from: DateLike | None = None,
        updated_to: DateLike | None = None,
        coupon_code: str | None = None,
        customer: str | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[Cart]:
        """Search abandoned carts: ``GET /carts``.

        Ecwid includes carts hidden in the control panel unless ``show_hidden=False``;
        ``customer`` searches the customer details.
        """
        return self._paginate(
            "/carts",
            Cart,
            query(
                {
                    "showHidden": show_hidden,
                    **sales_filters(
                        total_from=total_from,
                        total_to=total_to,
                        created_from=created_from,
                        created_to=created_to,
                        updated_from=updated_from,
                        updated_to=updated_to,
                        coupon_code=coupon_code,
                        customer=customer,
                    ),
                }
            ),
            **paging,
        )

    def get(self, cart_id: str) -> Call[Cart]:
        """Get abandoned cart: ``GET /carts/{cartId}``."""
        return self._call("GET", _cart(cart_id), Cart)

    def update(self, cart_id: str, cart: Mapping[str, Any] | CartInput) -> Call[UpdateStatus]:
        """Update abandoned cart: ``PUT /carts/{cartId}``.

        ``{"hidden": True}`` (or ``CartInput(hidden=True)``) hides the cart in the control
        panel.
        """
        return self._call(
            "PUT", _cart(cart_id), UpdateStatus, body=json_body(cart, CartInput, "cart")
        )

    def place(self, cart_id: str) -> Call[PlaceCartResult]:
        """Convert abandoned cart to order: ``POST /carts/{cartID}/place``.

        The answer names the new order (``order_number``, ``vendor_order_number``); the
        cart is gone afterwards. Never retried after a server error.
        """
        return self._call("POST", f"{_cart(cart_id)}/place", PlaceCartResult)

    def calculate(self, order: Mapping[str, Any] | OrderCalculationInput) -> Call[CalculatedOrder]:
        """Calculate order details: ``POST /order/calculate``.

        Prices the items for the addresses given (taxes, shipping options, discounts)
        without creating an order; nothing is stored. Send an ``OrderCalculationInput``
        or a dict with ``items`` (and ``billingPerson``/``shippingPerson``).
        """
        return self._calculate_order(order)
