"""Abandoned carts: search, get, update, place, and order calculation (docs: "Carts")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._params import DateLike, check_id, optional_int, query, sales_filters
from .._typing import Unpack
from ..call import Call
from ..models.cart import Cart, CartInput, PlaceCartResult
from ..models.common import UpdateStatus
from ..models.order import CalculatedOrder, OrderCalculationInput
from ..pagination import Paginator, Paging
from ._base import Resource, json_body
from ._sales import ResponseFields, refuse_removed, renamed, search_fields
from ._sales import response_fields as response_fields_of

__all__ = ["CartsResource"]


def _customer_email(customer: str | None) -> str | None:
    """The deprecated ``customer`` filter, which today's ``email`` replaces for emails only."""
    if customer is not None and "@" not in customer:
        raise ValueError(
            "customer= is not in today's Search abandoned carts; it maps to email= only for "
            f"an email address, got {customer!r} (use email= or customer_id=)"
        )
    return customer


def _no_coupon_filter(coupon_code: str | None) -> str | None:
    """Refuse ``coupon_code``: today's Search abandoned carts has no such filter."""
    refuse_removed(
        "coupon_code", coupon_code, "today's Search abandoned carts has no coupon filter"
    )
    return None


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
        email: str | None = None,
        customer_id: int | None = None,
        response_fields: ResponseFields | None = None,
        customer: str | None = None,
        coupon_code: str | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[Cart]:
        """Search abandoned carts: ``GET /carts``.

        Ecwid includes carts hidden in the control panel unless ``show_hidden=False``.
        Deprecated: ``customer`` (an email) is sent as ``email`` with a
        ``DeprecationWarning``; ``coupon_code`` is gone from today's reference and refused.
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
                        coupon_code=_no_coupon_filter(coupon_code),
                        customer=None,
                    ),
                    "email": renamed("customer", "email", _customer_email(customer), email),
                    "customerId": optional_int("customer_id", customer_id),
                    "responseFields": search_fields(response_fields),
                }
            ),
            **paging,
        )

    def get(self, cart_id: str, *, response_fields: ResponseFields | None = None) -> Call[Cart]:
        """Get abandoned cart: ``GET /carts/{cartId}``."""
        return self._call(
            "GET",
            _cart(cart_id),
            Cart,
            params=query(responseFields=response_fields_of(response_fields)),
        )

    def update(self, cart_id: str, cart: Mapping[str, Any] | CartInput) -> Call[UpdateStatus]:
        """Update abandoned cart: ``PUT /carts/{cartId}``.

        ``{"hidden": True}`` (or ``CartInput(hidden=True)``) hides the cart in the control
        panel; ``taxes_on_shipping`` and the invoice fields can be set too.
        """
        return self._call(
            "PUT", _cart(cart_id), UpdateStatus, body=json_body(cart, CartInput, "cart")
        )

    def place(self, cart_id: str) -> Call[PlaceCartResult]:
        """Convert abandoned cart to order: ``POST /carts/{cartId}/place``.

        The answer names the new order (``id``, ``order_number``, ``vendor_order_number``);
        the cart is gone afterwards. Never retried after a server error.
        """
        return self._call("POST", f"{_cart(cart_id)}/place", PlaceCartResult)

    def calculate(self, order: Mapping[str, Any] | OrderCalculationInput) -> Call[CalculatedOrder]:
        """Calculate order details: ``POST /order/calculate``.

        Prices the items for the addresses given (taxes, shipping options, discounts)
        without creating an order; nothing is stored. Send an ``OrderCalculationInput``
        or a dict with ``items`` (and ``billingPerson``/``shippingPerson``).
        """
        return self._calculate_order(order)
