"""Orders: search, CRUD, last order, repeat URL, invoices, deleted orders, item option files
(docs: "Orders", "Order invoices")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, get_args

from .._params import (
    DateLike,
    check_choices,
    check_id,
    check_ids,
    check_int_id,
    optional_date,
    optional_int,
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
    OrderCreateStatus,
    OrderInput,
    PaymentStatus,
    RepeatOrderUrl,
    TaxInvoices,
)
from ..pagination import Paginator, Paging
from ._base import json_body
from ._sales import ResponseFields, order_path, renamed, search_fields
from ._sales import response_fields as response_fields_of
from ._uploads import UploadingResource, UploadSource, file_name_of, file_payload

__all__ = ["FULFILLMENT_STATUSES", "PAYMENT_STATUSES", "OrderId", "OrdersResource"]

#: The documented ``paymentStatus`` values of Search orders.
PAYMENT_STATUSES = frozenset(get_args(PaymentStatus))
#: The documented ``fulfillmentStatus`` values of Search orders.
FULFILLMENT_STATUSES = frozenset(get_args(FulfillmentStatus))

#: Today's order id (``"EBJFT"``) or the order number.
OrderId = int | str
OrderNumber = OrderId


def _id_list(name: str, value: OrderId | Sequence[OrderId] | None) -> list[str] | None:
    """One order id or number, or a non-empty list of them, as query values."""
    if value is None:
        return None
    values = [value] if isinstance(value, (int, str)) else list(value)
    if not values:
        raise ValueError(f"{name} must not be an empty list")
    for item in values:
        if isinstance(item, bool) or not isinstance(item, (int, str)) or str(item).strip() == "":
            raise ValueError(f"{name} must hold order ids or numbers, got {item!r}")
    return [str(item).strip() for item in values]


def _order_ids(
    ids: OrderId | Sequence[OrderId] | None,
    order_number: OrderId | Sequence[OrderId] | None,
    vendor_order_number: str | None,
) -> list[str] | None:
    """``ids``, or the deprecated ``orderNumber``/``vendorOrderNumber`` filters sent as it."""
    current = _id_list("ids", ids)
    for old, value in (
        ("order_number", order_number),
        ("vendor_order_number", vendor_order_number),
    ):
        legacy = _id_list(old, value)
        if legacy is not None:
            current = renamed(old, "ids", legacy, current, stacklevel=4)
    return current


def _option(order_number: OrderNumber, item_id: int, option_name: str) -> str:
    if not isinstance(option_name, str):
        raise TypeError(f"option_name must be a string, got {type(option_name).__name__}")
    return (
        f"{order_path(order_number)}/items/{check_int_id('item_id', item_id)}"
        f"/options/{check_id('option_name', option_name)}"
    )


def _file_id(file_id: int) -> str:
    return check_int_id("file_id", file_id)


class OrdersResource(UploadingResource):
    """``ecwid.orders``: the store's orders, their invoices and their item option files.

    An order is addressed by today's order id (``"EBJFT"``, a string) or by its order
    number (an int); Ecwid takes either in the path.
    """

    __slots__ = ()

    def search(
        self,
        *,
        ids: OrderId | Sequence[OrderId] | None = None,
        keywords: str | None = None,
        email: str | None = None,
        customer_id: int | None = None,
        product_id: int | Sequence[int] | None = None,
        total_from: float | None = None,
        total_to: float | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_from: DateLike | None = None,
        updated_to: DateLike | None = None,
        pickup_time_from: DateLike | None = None,
        pickup_time_to: DateLike | None = None,
        shipping_method: str | None = None,
        fulfillment_status: str | Sequence[str] | None = None,
        payment_method: str | None = None,
        payment_module: str | None = None,
        payment_status: str | Sequence[str] | None = None,
        accept_marketing: bool | None = None,
        contains_preorder_items: bool | None = None,
        coupon_code: str | None = None,
        subscription_id: int | None = None,
        referer_id: int | str | None = None,
        response_fields: ResponseFields | None = None,
        order_number: OrderId | Sequence[OrderId] | None = None,
        vendor_order_number: str | None = None,
        customer: str | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[Order]:
        """Search orders: ``GET /orders``.

        Every filter of today's reference is a keyword. ``ids`` takes order ids, internal
        ids or numbers (one or a list); ``payment_status`` and ``fulfillment_status`` one
        documented value or a list (``INCOMPLETE`` finds abandoned sales). Deprecated:
        ``order_number`` and ``vendor_order_number`` are sent as ``ids``, ``customer`` as
        ``keywords`` (each with a ``DeprecationWarning``).
        """
        return self._paginate(
            "/orders",
            Order,
            query(
                {
                    "ids": _order_ids(ids, order_number, vendor_order_number),
                    "keywords": renamed("customer", "keywords", customer, keywords),
                    "email": email,
                    "customerId": optional_int("customer_id", customer_id),
                    "productId": check_ids("product_id", product_id),
                    **sales_filters(
                        total_from=total_from,
                        total_to=total_to,
                        created_from=created_from,
                        created_to=created_to,
                        updated_from=updated_from,
                        updated_to=updated_to,
                        coupon_code=coupon_code,
                        customer=None,
                    ),
                    "pickupTimeFrom": optional_date("pickup_time_from", pickup_time_from),
                    "pickupTimeTo": optional_date("pickup_time_to", pickup_time_to),
                    "shippingMethod": shipping_method,
                    "fulfillmentStatus": check_choices(
                        "fulfillment_status", fulfillment_status, FULFILLMENT_STATUSES
                    ),
                    "paymentMethod": payment_method,
                    "paymentModule": payment_module,
                    "paymentStatus": check_choices(
                        "payment_status", payment_status, PAYMENT_STATUSES
                    ),
                    "acceptMarketing": accept_marketing,
                    "containsPreorderItems": contains_preorder_items,
                    "subscriptionId": optional_int("subscription_id", subscription_id),
                    "refererId": referer_id,
                    "responseFields": search_fields(response_fields),
                }
            ),
            **paging,
        )

    def get(
        self, order_id: OrderId, *, response_fields: ResponseFields | None = None
    ) -> Call[Order]:
        """Get order: ``GET /orders/{orderId}``.

        ``order_id`` is today's order id or the order number.
        """
        return self._call(
            "GET",
            order_path(order_id),
            Order,
            params=query(responseFields=response_fields_of(response_fields)),
        )

    def last(self, *, response_fields: ResponseFields | None = None) -> Call[Order]:
        """Get last order: ``GET /orders/last``.

        The store's most recently placed order.
        """
        return self._call(
            "GET",
            "/orders/last",
            Order,
            params=query(responseFields=response_fields_of(response_fields)),
        )

    def repeat_url(self, order_id: OrderId) -> Call[RepeatOrderUrl]:
        """Get repeat order URL: ``GET /orders/{orderId}/repeatURL``.

        A storefront link that fills a new cart with the order's items.
        """
        return self._call("GET", f"{order_path(order_id)}/repeatURL", RepeatOrderUrl)

    def invoice(self, order_id: OrderId) -> Call[str]:
        """Get order invoice: ``GET /orders/{orderNumber}/invoice``.

        ``await`` it for the HTML page as text, or ``async with call.stream() as chunks:``.
        """
        return self._call("GET", f"{order_path(order_id)}/invoice", str)

    def receipt_pdf(self, order_id: OrderId) -> Call[bytes]:
        """Get order receipt PDF: ``GET /orders/{orderId}/invoice-pdf``.

        ``await`` it for the PDF bytes, or ``async with call.stream() as chunks:``.
        """
        return self._call("GET", f"{order_path(order_id)}/invoice-pdf", bytes)

    def tax_invoices(
        self, order_id: OrderId, *, response_fields: ResponseFields | None = None
    ) -> Call[TaxInvoices]:
        """Get tax invoices for order: ``GET /orders/{orderId}/invoices``."""
        return self._call(
            "GET",
            f"{order_path(order_id)}/invoices",
            TaxInvoices,
            params=query(responseFields=response_fields_of(response_fields)),
        )

    def generate_tax_invoice(self, order_id: OrderId) -> Call[CreateStatus]:
        """Generate tax invoice for order: ``POST /orders/{orderId}/invoices/create-invoice``.

        The answer's ``id`` is the new invoice's internal id. Never retried after a
        server error, so an invoice is never issued twice.
        """
        return self._call("POST", f"{order_path(order_id)}/invoices/create-invoice", CreateStatus)

    def update(
        self, order_id: OrderId, order: Mapping[str, Any] | OrderInput
    ) -> Call[UpdateStatus]:
        """Update order: ``PUT /orders/{orderId}``.

        Only the fields sent change, except ``items``, which replaces every item. Send an
        ``OrderInput`` or a dict of the fields to change, never a decoded ``Order``.
        """
        return self._call(
            "PUT", order_path(order_id), UpdateStatus, body=json_body(order, OrderInput, "order")
        )

    def delete(self, order_id: OrderId) -> Call[DeleteStatus]:
        """Delete order: ``DELETE /orders/{orderId}``."""
        return self._call("DELETE", order_path(order_id), DeleteStatus)

    def create(self, order: Mapping[str, Any] | OrderInput) -> Call[OrderCreateStatus]:
        """Create order: ``POST /orders``.

        The answer's ``id`` is the new order's number and ``order_id`` its order id. A
        create is never retried after a server error, so an order is never placed twice.
        """
        return self._call(
            "POST", "/orders", OrderCreateStatus, body=json_body(order, OrderInput, "order")
        )

    def deleted(
        self,
        *,
        from_date: DateLike | None = None,
        to_date: DateLike | None = None,
        response_fields: ResponseFields | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[DeletedItem]:
        """Get deleted orders stats: ``GET /orders/deleted``.

        Each item's ``id`` is the deleted order's number.
        """
        return self._deleted(
            "/orders/deleted",
            from_date,
            to_date,
            response_fields,
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
