"""Orders: ``/orders`` (search, get, create, update, delete) and ``/order/calculate``.

``Order`` is what GET /orders/{orderNumber} returns and what each item of GET /orders
(search; the docs' ``OrderEntry``, same fields) is. ``CalculatedOrder`` is the answer of
POST /order/calculate. Abandoned carts (:mod:`ecwid_async.models.cart`) and customers
reuse ``OrderItem`` and ``PersonInfo`` from here.

The field tables are completed with the fields that the newer order example of the Batch
API docs carries (refunds, extra fields, per-item discounts, predicted packages, ...).
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec

from ._base import EcwidDateTime, EcwidInput, EcwidModel
from .coupon import DiscountCoupon
from .product import ProductDimensions

__all__ = [
    "CalculatedOrder",
    "CreditCardStatus",
    "DiscountBase",
    "DiscountCouponInfo",
    "DiscountInfo",
    "DiscountInfoType",
    "FulfillmentStatus",
    "HandlingFeeInfo",
    "Order",
    "OrderCalculationInput",
    "OrderInput",
    "OrderItem",
    "OrderItemDiscount",
    "OrderItemOption",
    "OrderItemOptionFile",
    "OrderItemOptionSelection",
    "OrderItemOptionType",
    "OrderItemProductFile",
    "OrderItemTax",
    "OrderRefund",
    "PaymentStatus",
    "PersonInfo",
    "PredictedPackage",
    "ShippingOptionInfo",
    "ShippingTax",
    "TaxInfo",
    "TaxRule",
]

# Documented enumeration values. Fields are annotated ``str`` so values Ecwid adds later
# still decode; these aliases exist for documentation and for callers' own filters
# (``payment_status=`` and ``fulfillment_status=`` of the order search).
PaymentStatus = Literal[
    "AWAITING_PAYMENT",
    "PAID",
    "CANCELLED",
    "REFUNDED",
    "PARTIALLY_REFUNDED",
    "INCOMPLETE",
]
FulfillmentStatus = Literal[
    "AWAITING_PROCESSING",
    "PROCESSING",
    "SHIPPED",
    "DELIVERED",
    "WILL_NOT_DELIVER",
    "RETURNED",
    "READY_FOR_PICKUP",
]
OrderItemOptionType = Literal["CHOICE", "CHOICES", "TEXT", "DATE", "FILES"]
# The tables say "ABS or PERCENT"; the examples also show "ABSOLUTE".
DiscountInfoType = Literal["ABS", "PERCENT", "ABSOLUTE"]
DiscountBase = Literal["ON_TOTAL", "ON_MEMBERSHIP", "ON_TOTAL_AND_MEMBERSHIP", "CUSTOM"]


class OrderItemTax(EcwidModel):
    """A tax applied to an order item (GET /orders, ``items[].taxes``)."""

    name: str | None = None
    value: float | None = None  # percent
    total: float | None = None
    tax_on_discounted_subtotal: float | None = None
    tax_on_shipping: float | None = None
    include_in_price: bool | None = None


class OrderItemProductFile(EcwidModel):
    """A downloadable product file bought with an order item (GET /orders, ``items[].files``)."""

    product_file_id: int | None = None
    max_downloads: int | None = None
    remaining_downloads: int | None = None
    expire: EcwidDateTime | None = None
    name: str | None = None
    description: str | None = None
    size: int | None = None
    # Contains the API access token: never show it to customers.
    admin_url: str | None = None
    customer_url: str | None = None


class OrderItemOptionFile(EcwidModel):
    """A file a customer attached to a FILES option (GET /orders, ``selectedOptions[].files``)."""

    id: int | None = None
    name: str | None = None
    size: int | None = None
    url: str | None = None


class OrderItemOptionSelection(EcwidModel):
    """One chosen value of an option with its price modifier (``selectedOptions[].selections``)."""

    selection_title: str | None = None
    selection_modifier: float | None = None
    selection_modifier_type: str | None = None  # "PERCENT" or "ABSOLUTE"


class OrderItemOption(EcwidModel):
    """A product option value chosen by the customer (GET /orders, ``items[].selectedOptions``)."""

    name: str | None = None
    type: str | None = None  # OrderItemOptionType
    value: str | None = None
    values_array: list[str] | None = None
    files: list[OrderItemOptionFile] | None = None
    selections: list[OrderItemOptionSelection] | None = None


class DiscountInfo(EcwidModel):
    """A discount applied to an order, coupons excepted (GET /orders, ``discountInfo``)."""

    value: float | None = None
    type: str | None = None  # DiscountInfoType
    base: str | None = None  # DiscountBase
    # The field tables spell the minimum subtotal ``order_total``; every example (and the
    # API) sends ``orderTotal``. Both are kept so neither spelling is lost.
    order_total: float | None = None
    legacy_order_total: float | None = msgspec.field(default=None, name="order_total")
    description: str | None = None


class OrderItemDiscount(EcwidModel):
    """A discount's share of one order item (GET /orders, ``items[].discounts``)."""

    discount_info: DiscountInfo | None = None
    total: float | None = None


class OrderItem(EcwidModel):
    """A product line of an order or cart (GET /orders, ``items``)."""

    id: int | None = None
    product_id: int | None = None
    category_id: int | None = None
    price: float | None = None
    product_price: float | None = None
    weight: float | None = None
    sku: str | None = None
    quantity: int | None = None
    short_description: str | None = None
    tax: float | None = None
    shipping: float | None = None
    quantity_in_stock: int | None = None
    name: str | None = None
    is_shipping_required: bool | None = None
    track_quantity: bool | None = None
    fixed_shipping_rate_only: bool | None = None
    image_url: str | None = None
    small_thumbnail_url: str | None = None
    hd_thumbnail_url: str | None = None
    fixed_shipping_rate: float | None = None
    digital: bool | None = None
    product_available: bool | None = None
    coupon_applied: bool | None = None
    coupon_amount: float | None = None
    selected_options: list[OrderItemOption] | None = None
    taxes: list[OrderItemTax] | None = None
    files: list[OrderItemProductFile] | None = None
    product_dimensions: ProductDimensions | None = None
    # The newer (Batch API) example names the dimensions ``dimensions``.
    dimensions: ProductDimensions | None = None
    discounts: list[OrderItemDiscount] | None = None


class PersonInfo(EcwidModel):
    """A name and address: ``billingPerson``/``shippingPerson`` of orders, customers' ``Person``."""

    name: str | None = None
    company_name: str | None = None
    street: str | None = None  # address lines separated by "\n"
    city: str | None = None
    country_code: str | None = None
    country_name: str | None = None
    postal_code: str | None = None
    state_or_province_code: str | None = None
    state_or_province_name: str | None = None
    phone: str | None = None


class DiscountCouponInfo(DiscountCoupon):
    """The coupon applied to an order (GET /orders, ``discountCoupon``); a ``DiscountCoupon``."""


class ShippingOptionInfo(EcwidModel):
    """The shipping method chosen for an order (GET /orders, ``shippingOption``)."""

    shipping_carrier_name: str | None = None
    shipping_method_name: str | None = None
    shipping_rate: float | None = None
    estimated_transit_time: str | None = None  # "5" or "4-9" (days)
    is_pickup: bool | None = None
    pickup_instruction: str | None = None


class HandlingFeeInfo(EcwidModel):
    """The handling fee of an order (GET /orders, ``handlingFee``)."""

    name: str | None = None
    value: float | None = None
    description: str | None = None


class CreditCardStatus(EcwidModel):
    """Card verification messages of the payment system (GET /orders, ``creditCardStatus``)."""

    avs_message: str | None = None
    cvv_message: str | None = None


class OrderRefund(EcwidModel):
    """A refund made on an order (GET /orders, ``refunds``)."""

    date: EcwidDateTime | None = None
    source: str | None = None  # e.g. "CP" (the control panel)
    reason: str | None = None
    amount: float | None = None


class PredictedPackage(EcwidModel):
    """The parcel Ecwid predicts for shipping an order (GET /orders, ``predictedPackage``)."""

    length: float | None = None
    width: float | None = None
    height: float | None = None
    weight: float | None = None
    declared_value: float | None = None


class ShippingTax(EcwidModel):
    """A tax charged on an order's shipping (GET /orders, ``taxesOnShipping``)."""

    name: str | None = None
    value: float | None = None  # percent
    total: float | None = None


class Order(EcwidModel):
    """An order, from GET /orders/{orderNumber} and the items of GET /orders (search)."""

    # Newer docs: a unique order id (a string) that also works in place of orderNumber.
    id: int | str | None = None
    # Abandoned sales (INCOMPLETE) may carry a string order id here ("coming soon").
    order_number: int | str | None = None
    vendor_order_number: str | None = None
    subtotal: float | None = None
    total: float | None = None
    usd_total: float | None = None
    email: str | None = None
    payment_method: str | None = None
    payment_module: str | None = None
    tax: float | None = None
    customer_tax_exempt: bool | None = None
    customer_tax_id: str | None = None
    customer_tax_id_valid: bool | None = None
    reversed_tax_applied: bool | None = None
    ip_address: str | None = None
    payment_status: str | None = None  # PaymentStatus
    fulfillment_status: str | None = None  # FulfillmentStatus
    referer_url: str | None = None
    order_comments: str | None = None
    coupon_discount: float | None = None
    volume_discount: float | None = None
    discount: float | None = None
    membership_based_discount: float | None = None
    total_and_membership_based_discount: float | None = None
    custom_discount: list[Any] | None = None  # only ever shown empty in the docs
    discount_coupon: DiscountCouponInfo | None = None
    discount_info: list[DiscountInfo] | None = None
    customer_id: int | None = None
    hidden: bool | None = None
    global_referer: str | None = None
    create_date: EcwidDateTime | None = None
    update_date: EcwidDateTime | None = None
    create_timestamp: int | None = None
    update_timestamp: int | None = None
    customer_group_id: int | None = None
    customer_group: str | None = None
    items: list[OrderItem] | None = None
    refunded_amount: float | None = None
    refunds: list[OrderRefund] | None = None
    billing_person: PersonInfo | None = None
    shipping_person: PersonInfo | None = None
    shipping_option: ShippingOptionInfo | None = None
    handling_fee: HandlingFeeInfo | None = None
    predicted_package: list[PredictedPackage] | None = None
    taxes_on_shipping: list[ShippingTax] | None = None
    additional_info: dict[str, str] | None = None
    payment_params: dict[str, str] | None = None
    extra_fields: dict[str, str] | None = None
    tracking_number: str | None = None
    payment_message: str | None = None
    external_transaction_id: str | None = None
    affiliate_id: str | None = None
    credit_card_status: CreditCardStatus | None = None
    private_admin_notes: str | None = None
    accept_marketing: bool | None = None
    referer_id: str | None = None
    disable_all_customer_notifications: bool | None = None


class TaxRule(EcwidModel):
    """A tax rate for one destination zone (POST /order/calculate, ``availableTaxes[].rules``)."""

    zone_id: str | None = None
    tax: float | None = None  # percent


class TaxInfo(EcwidModel):
    """A tax that may apply to an order (POST /order/calculate, ``availableTaxes``)."""

    id: int | None = None
    name: str | None = None
    enabled: bool | None = None
    include_in_price: bool | None = None
    use_shipping_address: bool | None = None
    tax_shipping: bool | None = None
    applied_by_default: bool | None = None
    default_tax: float | None = None  # percent, when no destination zone matches
    rules: list[TaxRule] | None = None


class CalculatedOrder(Order):
    """Answer to POST /order/calculate: the order with totals, taxes and shipping options."""

    available_shipping_options: list[ShippingOptionInfo] | None = None
    available_taxes: list[TaxInfo] | None = None


class OrderInput(EcwidInput):
    """Body of POST /orders (create) and PUT /orders/{orderNumber} (update).

    On update, omitted fields are left unchanged, but ``items`` replaces the whole list:
    items left out are removed from the order.
    """

    subtotal: float | msgspec.UnsetType = msgspec.UNSET
    total: float | msgspec.UnsetType = msgspec.UNSET
    email: str | msgspec.UnsetType = msgspec.UNSET
    payment_method: str | msgspec.UnsetType = msgspec.UNSET
    payment_module: str | msgspec.UnsetType = msgspec.UNSET
    tax: float | msgspec.UnsetType = msgspec.UNSET
    customer_tax_exempt: bool | msgspec.UnsetType = msgspec.UNSET
    customer_tax_id: str | msgspec.UnsetType = msgspec.UNSET
    customer_tax_id_valid: bool | msgspec.UnsetType = msgspec.UNSET
    reversed_tax_applied: bool | msgspec.UnsetType = msgspec.UNSET
    ip_address: str | msgspec.UnsetType = msgspec.UNSET
    coupon_discount: float | msgspec.UnsetType = msgspec.UNSET
    # Both statuses are ignored when creating orders with a public token.
    payment_status: str | msgspec.UnsetType = msgspec.UNSET  # PaymentStatus
    fulfillment_status: str | msgspec.UnsetType = msgspec.UNSET  # FulfillmentStatus
    referer_url: str | msgspec.UnsetType = msgspec.UNSET
    order_comments: str | msgspec.UnsetType = msgspec.UNSET
    volume_discount: float | msgspec.UnsetType = msgspec.UNSET
    customer_id: int | msgspec.UnsetType = msgspec.UNSET
    hidden: bool | msgspec.UnsetType = msgspec.UNSET
    membership_based_discount: float | msgspec.UnsetType = msgspec.UNSET
    total_and_membership_based_discount: float | msgspec.UnsetType = msgspec.UNSET
    discount: float | msgspec.UnsetType = msgspec.UNSET
    global_referer: str | msgspec.UnsetType = msgspec.UNSET
    create_date: EcwidDateTime | msgspec.UnsetType = msgspec.UNSET  # create only
    customer_group: str | msgspec.UnsetType = msgspec.UNSET
    discount_coupon: DiscountCouponInfo | msgspec.UnsetType = msgspec.UNSET
    items: list[OrderItem] | msgspec.UnsetType = msgspec.UNSET
    billing_person: PersonInfo | msgspec.UnsetType = msgspec.UNSET
    shipping_person: PersonInfo | msgspec.UnsetType = msgspec.UNSET
    shipping_option: ShippingOptionInfo | msgspec.UnsetType = msgspec.UNSET
    handling_fee: HandlingFeeInfo | msgspec.UnsetType = msgspec.UNSET
    additional_info: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
    payment_params: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
    discount_info: list[DiscountInfo] | msgspec.UnsetType = msgspec.UNSET
    tracking_number: str | msgspec.UnsetType = msgspec.UNSET
    payment_message: str | msgspec.UnsetType = msgspec.UNSET
    external_transaction_id: str | msgspec.UnsetType = msgspec.UNSET
    affiliate_id: str | msgspec.UnsetType = msgspec.UNSET
    credit_card_status: CreditCardStatus | msgspec.UnsetType = msgspec.UNSET
    # Ignored when creating orders with a public token.
    private_admin_notes: str | msgspec.UnsetType = msgspec.UNSET


class OrderCalculationInput(EcwidInput):
    """Body of POST /order/calculate: the items and addresses to price (no order is created)."""

    email: str | msgspec.UnsetType = msgspec.UNSET
    ip_address: str | msgspec.UnsetType = msgspec.UNSET
    customer_id: int | msgspec.UnsetType = msgspec.UNSET
    discount_coupon: DiscountCouponInfo | msgspec.UnsetType = msgspec.UNSET
    items: list[OrderItem] | msgspec.UnsetType = msgspec.UNSET
    billing_person: PersonInfo | msgspec.UnsetType = msgspec.UNSET
    # Taken from ``billing_person`` when absent.
    shipping_person: PersonInfo | msgspec.UnsetType = msgspec.UNSET
