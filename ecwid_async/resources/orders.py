"""Orders: search, CRUD, invoice, deleted orders, item option files (docs: "Orders")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, get_args

from .._params import (
    DateLike,
    check_choices,
    check_id,
    check_ids,
    check_int_id,
    query,
    sales_filters,
)
from .._typing import Unpack
from ..call import Call
from ..models.common import CreateStatus, DeletedItem, DeleteStatus, UpdateStatus, UploadStatus
from ..models.order import (
    CalculatedOrder,
    FulfillmentStatus,
    Order,
    OrderCalculationInput,
    OrderInput,
    PaymentStatus,
)
from ..pagination import Paginator, Paging
from ._base import json_body
from ._uploads import UploadingResource, UploadSource, file_name_of, file_payload

__all__ = ["FULFILLMENT_STATUSES", "PAYMENT_STATUSES", "OrdersResource"]

#: The documented ``paymentStatus`` values of Search orders.
PAYMENT_STATUSES = frozenset(get_args(PaymentStatus))
#: The documented ``fulfillmentStatus`` values of Search orders.
FULFILLMENT_STATUSES = frozenset(get_args(FulfillmentStatus))

OrderNumber = int | str


def _order(order_number: OrderNumber) -> str:
    return f"/orders/{check_id('order_number', order_number)}"


def _option(order_number: OrderNumber, item_id: int, option_name: str) -> str:
    if not isinstance(option_name, str):
        raise TypeError(f"option_name must be a string, got {type(option_name).__name__}")
    return (
        f"{_order(order_number)}/items/{check_int_id('item_id', item_id)}"
        f"/options/{check_id('option_name', option_name)}"
    )


def _file_id(file_id: int) -> str:
    return check_int_id("file_id", file_id)


class OrdersResource(UploadingResource):
    """``ecwid.orders``: the store's orders, their invoices and their item option files."""

    __slots__ = ()

    def search(
        self,
        *,
        keywords: str | None = None,
        coupon_code: str | None = None,
        total_from: float | None = None,
        total_to: float | None = None,
        order_number: OrderNumber | Sequence[OrderNumber] | None = None,
        vendor_order_number: str | None = None,
        customer: str | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_from: DateLike | None = None,
        updated_to: DateLike | None = None,
        payment_method: str | None = None,
        shipping_method: str | None = None,
        payment_status: str | Sequence[str] | None = None,
        fulfillment_status: str | Sequence[str] | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[Order]:
        """Search orders: ``GET /orders``.

        Every documented filter is a keyword. ``payment_status`` and ``fulfillment_status``
        take one documented value or a list (``INCOMPLETE`` finds abandoned sales);
        ``customer`` searches the customer details. Ecwid ignores the other filters when
        ``order_number`` (one number or a list) is given.
        """
        return self._paginate(
            "/orders",
            Order,
            query(
                {
                    "keywords": keywords,
                    "orderNumber": check_ids("order_number", order_number),
                    "vendorOrderNumber": vendor_order_number,
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
                    "paymentMethod": payment_method,
                    "shippingMethod": shipping_method,
                    "paymentStatus": check_choices(
                        "payment_status", payment_status, PAYMENT_STATUSES
                    ),
                    "fulfillmentStatus": check_choices(
                        "fulfillment_status", fulfillment_status, FULFILLMENT_STATUSES
                    ),
                }
            ),
            **paging,
        )

    def get(self, order_number: OrderNumber) -> Call[Order]:
        """Get order details: ``GET /orders/{orderNumber}``.

        ``order_number`` is the ``orderNumber``, not the ``vendorOrderNumber``.
        """
        return self._call("GET", _order(order_number), Order)

    def invoice(self, order_number: OrderNumber) -> Call[str]:
        """Get order invoice: ``GET /orders/{orderNumber}/invoice``.

        ``await`` it for the HTML page as text, or ``async with call.stream() as chunks:``.
        """
        return self._call("GET", f"{_order(order_number)}/invoice", str)

    def update(
        self, order_number: OrderNumber, order: Mapping[str, Any] | OrderInput
    ) -> Call[UpdateStatus]:
        """Update order: ``PUT /orders/{orderNumber}``.

        Only the fields sent change, except ``items``, which replaces every item. Send an
        ``OrderInput`` or a dict of the fields to change, never a decoded ``Order``.
        """
        return self._call(
            "PUT", _order(order_number), UpdateStatus, body=json_body(order, OrderInput, "order")
        )

    def delete(self, order_number: OrderNumber) -> Call[DeleteStatus]:
        """Delete order: ``DELETE /orders/{orderNumber}``."""
        return self._call("DELETE", _order(order_number), DeleteStatus)

    def create(self, order: Mapping[str, Any] | OrderInput) -> Call[CreateStatus]:
        """Create order: ``POST /orders``.

        The answer's ``id`` is the new order's ``orderNumber``. A create is never retried
        after a server error, so an order is never placed twice.
        """
        return self._call(
            "POST", "/orders", CreateStatus, body=json_body(order, OrderInput, "order")
        )

    def deleted(
        self,
        *,
        from_date: DateLike | None = None,
        to_date: DateLike | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[DeletedItem]:
        """Get deleted orders stats: ``GET /orders/deleted``.

        Each item's ``id`` is the deleted order's number.
        """
        return self._deleted(
            "/orders/deleted",
            from_date,
            to_date,
            **paging,
        )

    def upload_item_option_file(
        self,
        order_number: OrderNumber,
        item_id: int,
        option_name: str,
        file: UploadSource,
        *,
        file_name: str | None = None,
    ) -> Call[UploadStatus]:
        """Upload item option file: ``POST /orders/{orderNumber}/items/{itemId}/options/{optionName}``.

        Attaches a file (bytes, a path or an async stream, up to 100 MB) to an item's
        "file upload" option named ``option_name``; ``file_name`` defaults to the path's.
        """  # noqa: E501
        return self._upload(
            _option(order_number, item_id, option_name),
            file_payload(file, what="item option file"),
            query(fileName=file_name_of(file_name, file, None)),
        )

    def delete_item_option_file(
        self, order_number: OrderNumber, item_id: int, option_name: str, file_id: int
    ) -> Call[DeleteStatus]:
        """Delete item option file: ``DELETE /orders/{orderNumber}/items/{itemId}/options/{optionName}/files/{fileId}``."""  # noqa: E501
        return self._call(
            "DELETE",
            f"{_option(order_number, item_id, option_name)}/files/{_file_id(file_id)}",
            DeleteStatus,
        )

    def delete_item_option_files(
        self, order_number: OrderNumber, item_id: int, option_name: str
    ) -> Call[DeleteStatus]:
        """Delete all item option’s files: ``DELETE /orders/{orderNumber}/items/{itemId}/options/{optionName}/files``."""  # noqa: E501, RUF002
        return self._call(
            "DELETE", f"{_option(order_number, item_id, option_name)}/files", DeleteStatus
        )

    def calculate(self, order: Mapping[str, Any] | OrderCalculationInput) -> Call[CalculatedOrder]:
        """Calculate order details: ``POST /order/calculate``.

        Prices the items for the addresses given (taxes, shipping options, discounts)
        without creating an order; the same as ``ecwid.carts.calculate``.
        """
        return self._calculate_order(order)
