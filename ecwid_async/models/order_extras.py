"""Order extra fields (``/orders/{orderId}/extraFields``) and order statuses
(``/profile/order_statuses``, ``/profile/order_status/{statusId}``)."""

from __future__ import annotations

from typing import Literal

import msgspec

from ._base import EcwidDateTime, EcwidInput, EcwidModel

__all__ = [
    "ExtraFieldCreateStatus",
    "OrderExtraField",
    "OrderExtraFieldInput",
    "OrderExtraFieldInputType",
    "OrderStatus",
    "OrderStatusInput",
    "OrderStatusType",
    "OrderStatuses",
]

OrderExtraFieldInputType = Literal[
    "TEXT",
    "TEXTAREA",
    "SELECT",
    "CHECKBOX",
    "TOGGLE_BUTTON_GROUP",
    "RADIO_BUTTONS",
    "DATETIME",
    "LABEL",
]
OrderStatusType = Literal["PAYMENT_STATUS", "FULFILLMENT_STATUS"]


class OrderExtraField(EcwidModel):
    """An extra field saved to an order (GET /orders/{orderId}/extraFields items)."""

    id: str = ""
    value: str | None = None
    customer_input_type: str | None = None  # OrderExtraFieldInputType
    title: str | None = None
    # "shipping_info", "billing_info", "customer_info" or "order_comments".
    order_details_display_section: str | None = None
    order_by: str | None = None  # a number as a string: "0", "1", ...
    show_in_notifications: bool | None = None
    show_in_invoice: bool | None = None


class OrderExtraFieldInput(EcwidInput):
    """Body of POST /orders/{orderId}/extraFields (``id``, ``value``, ``title`` required)
    and PUT /orders/{orderId}/extraFields/{extraFieldId} (``id`` not sent)."""

    id: str | msgspec.UnsetType = msgspec.UNSET
    value: str | msgspec.UnsetType = msgspec.UNSET
    customer_input_type: str | msgspec.UnsetType = msgspec.UNSET
    title: str | msgspec.UnsetType = msgspec.UNSET
    order_details_display_section: str | msgspec.UnsetType = msgspec.UNSET
    order_by: str | msgspec.UnsetType = msgspec.UNSET
    show_in_notifications: bool | msgspec.UnsetType = msgspec.UNSET
    show_in_invoice: bool | msgspec.UnsetType = msgspec.UNSET


class ExtraFieldCreateStatus(EcwidModel):
    """Answer to adding an extra field: ``create_count`` and, for customer fields, its ``key``."""

    create_count: int = 0
    key: str | None = None


class OrderStatus(EcwidModel):
    """A payment or fulfillment status of the store (GET /profile/order_status/{statusId})."""

    status_id: str = ""  # "PAID", ..., "CUSTOM_FULFILLMENT_STATUS_3"
    order_status_type: str | None = None  # OrderStatusType
    default_status: bool | None = None  # built in (True) or custom
    enabled: bool | None = None
    send_notification_when_status_is_assigned: bool | None = None
    # Custom statuses only.
    name: str | None = None
    name_translated: dict[str, str] | None = None
    last_name_change_date: EcwidDateTime | None = None


class OrderStatuses(EcwidModel):
    """Answer to GET /profile/order_statuses: every status, built in and custom."""

    items: list[OrderStatus] = []


class OrderStatusInput(EcwidInput):
    """Body of PUT /profile/order_status/{statusId} (a custom status: name and switches)."""

    enabled: bool | msgspec.UnsetType = msgspec.UNSET
    send_notification_when_status_is_assigned: bool | msgspec.UnsetType = msgspec.UNSET
    name: str | msgspec.UnsetType = msgspec.UNSET
    name_translations: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
