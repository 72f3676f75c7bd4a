"""Orders: ``/orders`` (search, get, create, update, delete, last) and ``/order/calculate``.

``Order`` is what GET /orders/{orderId} returns and what each item of GET /orders (search)
is; ``CalculatedOrder`` is the answer of POST /order/calculate. The parts (items, people,
taxes, shipments, ...) live in :mod:`ecwid_async.models.order_parts` and are re-exported
here; abandoned carts, customers and subscriptions reuse them.

Fields follow today's reference (tables and examples) and the official client's
``FetchedOrder``. ``id`` (today's order id, e.g. ``"EBJFT"``) and ``order_number`` are
always sent, so they are typed without ``None``; they fall back to ``""`` and ``0`` only
when ``responseFields`` trims them out of the answer.
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec

from ._base import EcwidDateTime, EcwidInput, EcwidModel
from .order_parts import (
    CreditCardStatus,
    CustomSurcharge,
    DiscountBase,
    DiscountCouponInfo,
    DiscountInfo,
    DiscountInfoType,
    ExternalOrderData,
    HandlingFeeInfo,
    Loyalty,
    OrderExtraFieldInfo,
    OrderItem,
    OrderItemDiscount,
    OrderItemOption,
    OrderItemOptionFile,
    OrderItemOptionSelection,
    OrderItemOptionType,
    OrderItemProductFile,
    OrderItemTax,
    OrderRefund,
    PersonInfo,
    PredictedPackage,
    ShippingOptionInfo,
    ShippingTax,
    StoreCredit,
    TaxInvoice,
    UtmData,
)
from .order_shipments import Shipment

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
    "OrderCreateStatus",
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
    "RepeatOrderUrl",
    "ShippingOptionInfo",
    "ShippingTax",
    "TaxInfo",
    "TaxInvoices",
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
    "CUSTOM_PAYMENT_STATUS_1",
    "CUSTOM_PAYMENT_STATUS_2",
    "CUSTOM_PAYMENT_STATUS_3",
]
FulfillmentStatus = Literal[
    "AWAITING_PROCESSING",
    "PROCESSING",
    "SHIPPED",
    "DELIVERED",
    "WILL_NOT_DELIVER",
    "RETURNED",
    "READY_FOR_PICKUP",
    "OUT_FOR_DELIVERY",
    "CUSTOM_FULFILLMENT_STATUS_1",
    "CUSTOM_FULFILLMENT_STATUS_2",
    "CUSTOM_FULFILLMENT_STATUS_3",
]


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


class _OrderTotals(EcwidModel):
    """The money and customer fields every order-like answer carries."""

    subtotal: float | None = None
    subtotal_without_tax: float | None = None
    total: float | None = None
    total_without_tax: float | None = None
    usd_total: float | None = None
    refunded_amount: float | None = None
    gift_card_redemption: float | None = None
    total_before_gift_card_redemption: float | None = None
    gift_card_double_spending: bool | None = None
    gift_card_code: str | None = None
    gift_card_id: int | None = None
    gift_card_uuid: str | None = None
    email: str | None = None
    payment_method: str | None = None
    payment_module: str | None = None
    tax: float | None = None
    customer_tax_exempt: bool | None = None
    customer_tax_id: str | None = None
    customer_tax_id_valid: bool | None = None
    reversed_tax_applied: bool | None = None
    b2b_b2c: str | None = msgspec.field(default=None, name="b2b_b2c")  # or "b2b"
    customer_requested_invoice: bool | None = None
    customer_fiscal_code: str | None = None
    electronic_invoice_pec_email: str | None = None
    electronic_invoice_sdi_code: str | None = None
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
    custom_discount: list[float] | None = None
    discount_coupon: DiscountCouponInfo | None = None
    discount_info: list[DiscountInfo] | None = None
    custom_surcharges: list[CustomSurcharge] | None = None
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
    billing_person: PersonInfo | None = None
    shipping_person: PersonInfo | None = None
    shipping_option: ShippingOptionInfo | None = None
    handling_fee: HandlingFeeInfo | None = None
    predicted_package: list[PredictedPackage] | None = None
    # Today's table names it ``predictedPackages``; the examples send ``predictedPackage``.
    predicted_packages: list[PredictedPackage] | None = None
    taxes_on_shipping: list[ShippingTax] | None = None
    additional_info: dict[str, str] | None = None
    payment_params: dict[str, str] | None = None
    prices_include_tax: bool | None = None
    accept_marketing: bool | None = None
    # Today's table says an array, the official client an object: both decode.
    utm_data: UtmData | list[UtmData] | None = None
    utm_data_sets: list[UtmData] | None = None
    lang: str | None = None


class Order(_OrderTotals):
    """An order, from GET /orders/{orderId} and the items of GET /orders (search)."""

    # Today's order id (prefix + public id + suffix), usable wherever an order id goes.
    id: str = ""
    internal_id: int | None = None
    # The older numeric id; still sent, and still accepted in paths.
    order_number: int = 0
    vendor_order_number: str | None = None
    public_uid: str | None = None
    refunds: list[OrderRefund] | None = None
    shipping_label_available_for_shipment: bool | None = None
    shipments: list[Shipment] | None = None
    extra_fields: dict[str, str] | None = None
    order_extra_fields: list[OrderExtraFieldInfo] | None = None
    tracking_number: str | None = None
    tracking_url: str | None = None
    pickup_time: EcwidDateTime | None = None
    latest_ship_date: EcwidDateTime | None = None
    latest_delivery_date: EcwidDateTime | None = None
    payment_message: str | None = None
    payment_subtype: str | None = None
    payment_reference: str | None = None
    external_transaction_id: str | None = None
    external_transaction_url: str | None = None
    reference_transaction_id: str | None = None
    affiliate_id: str | None = None
    credit_card_status: CreditCardStatus | None = None
    private_admin_notes: str | None = None
    referer_id: str | None = None
    disable_all_customer_notifications: bool | None = None
    external_fulfillment: bool | None = None
    external_order_id: str | None = None
    external_order_data: ExternalOrderData | None = None
    invoices: list[TaxInvoice] | None = None
    ticket: int | None = None
    ebay_id: str | None = None
    customer_user_agent: str | None = None
    loyalty: Loyalty | None = None
    store_credit: StoreCredit | None = None
    withdrawal_requested: bool | None = None
    # In the official client's FetchedOrder too, not only in calculations.
    available_shipping_options: list[ShippingOptionInfo] | None = None
    available_taxes: list[TaxInfo] | None = None


class OrderCreateStatus(EcwidModel):
    """Answer to POST /orders: the new order's number (``id``) and today's id (``orderid``)."""

    id: int
    order_id: str | None = msgspec.field(default=None, name="orderid")


class RepeatOrderUrl(EcwidModel):
    """Answer to GET /orders/{orderId}/repeatURL: a link that refills the cart."""

    repeat_order_url: str | None = None


class TaxInvoices(EcwidModel):
    """Answer to GET /orders/{orderId}/invoices: the order's tax invoices."""

    invoices: list[TaxInvoice] = []


class CalculatedOrder(Order):
    """Answer to POST /order/calculate: the order with totals, taxes and shipping options
    (``available_shipping_options``, ``available_taxes``)."""


class OrderInput(EcwidInput):
    """Body of POST /orders (create) and PUT /orders/{orderId} (update).

    On update, omitted fields are left unchanged, but ``items`` replaces the whole list:
    items left out are removed from the order. ``create_date`` is honoured on create only.
    """

    subtotal: float | msgspec.UnsetType = msgspec.UNSET
    total: float | msgspec.UnsetType = msgspec.UNSET
    email: str | msgspec.UnsetType = msgspec.UNSET
    payment_method: str | msgspec.UnsetType = msgspec.UNSET
    payment_module: str | msgspec.UnsetType = msgspec.UNSET
    tax: float | msgspec.UnsetType = msgspec.UNSET
    gift_card_redemption: float | msgspec.UnsetType = msgspec.UNSET
    total_before_gift_card_redemption: float | msgspec.UnsetType = msgspec.UNSET
    customer_tax_exempt: bool | msgspec.UnsetType = msgspec.UNSET
    customer_tax_id: str | msgspec.UnsetType = msgspec.UNSET
    customer_tax_id_valid: bool | msgspec.UnsetType = msgspec.UNSET
    reversed_tax_applied: bool | msgspec.UnsetType = msgspec.UNSET
    b2b_b2c: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="b2b_b2c")
    customer_requested_invoice: bool | msgspec.UnsetType = msgspec.UNSET
    customer_fiscal_code: str | msgspec.UnsetType = msgspec.UNSET
    electronic_invoice_pec_email: str | msgspec.UnsetType = msgspec.UNSET
    electronic_invoice_sdi_code: str | msgspec.UnsetType = msgspec.UNSET
    ip_address: str | msgspec.UnsetType = msgspec.UNSET
    coupon_discount: float | msgspec.UnsetType = msgspec.UNSET
    # Both statuses are ignored when creating orders with a public token.
    payment_status: str | msgspec.UnsetType = msgspec.UNSET
    fulfillment_status: str | msgspec.UnsetType = msgspec.UNSET
    referer_url: str | msgspec.UnsetType = msgspec.UNSET
    order_comments: str | msgspec.UnsetType = msgspec.UNSET
    volume_discount: float | msgspec.UnsetType = msgspec.UNSET
    customer_id: int | msgspec.UnsetType = msgspec.UNSET
    hidden: bool | msgspec.UnsetType = msgspec.UNSET
    membership_based_discount: float | msgspec.UnsetType = msgspec.UNSET
    total_and_membership_based_discount: float | msgspec.UnsetType = msgspec.UNSET
    custom_discount: list[float] | msgspec.UnsetType = msgspec.UNSET
    discount: float | msgspec.UnsetType = msgspec.UNSET
    global_referer: str | msgspec.UnsetType = msgspec.UNSET
    create_date: EcwidDateTime | msgspec.UnsetType = msgspec.UNSET
    customer_group: str | msgspec.UnsetType = msgspec.UNSET
    customer_group_id: int | msgspec.UnsetType = msgspec.UNSET
    discount_coupon: DiscountCouponInfo | msgspec.UnsetType = msgspec.UNSET
    items: list[OrderItem] | msgspec.UnsetType = msgspec.UNSET
    billing_person: PersonInfo | msgspec.UnsetType = msgspec.UNSET
    shipping_person: PersonInfo | msgspec.UnsetType = msgspec.UNSET
    shipping_option: ShippingOptionInfo | msgspec.UnsetType = msgspec.UNSET
    handling_fee: HandlingFeeInfo | msgspec.UnsetType = msgspec.UNSET
    custom_surcharges: list[CustomSurcharge] | msgspec.UnsetType = msgspec.UNSET
    additional_info: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
    payment_params: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
    extra_fields: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
    order_extra_fields: list[OrderExtraFieldInfo] | msgspec.UnsetType = msgspec.UNSET
    discount_info: list[DiscountInfo] | msgspec.UnsetType = msgspec.UNSET
    tracking_number: str | msgspec.UnsetType = msgspec.UNSET
    payment_message: str | msgspec.UnsetType = msgspec.UNSET
    external_transaction_id: str | msgspec.UnsetType = msgspec.UNSET
    affiliate_id: str | msgspec.UnsetType = msgspec.UNSET
    credit_card_status: CreditCardStatus | msgspec.UnsetType = msgspec.UNSET
    # Ignored when creating orders with a public token.
    private_admin_notes: str | msgspec.UnsetType = msgspec.UNSET
    pickup_time: EcwidDateTime | msgspec.UnsetType = msgspec.UNSET
    taxes_on_shipping: list[ShippingTax] | msgspec.UnsetType = msgspec.UNSET
    accept_marketing: bool | msgspec.UnsetType = msgspec.UNSET
    referer_id: str | msgspec.UnsetType = msgspec.UNSET
    disable_all_customer_notifications: bool | msgspec.UnsetType = msgspec.UNSET
    external_fulfillment: bool | msgspec.UnsetType = msgspec.UNSET
    external_order_id: str | msgspec.UnsetType = msgspec.UNSET
    prices_include_tax: bool | msgspec.UnsetType = msgspec.UNSET
    utm_data: UtmData | list[UtmData] | msgspec.UnsetType = msgspec.UNSET
    utm_data_sets: list[UtmData] | msgspec.UnsetType = msgspec.UNSET
    lang: str | msgspec.UnsetType = msgspec.UNSET
    # Fields the official client's UpdatedOrder sends too.
    latest_ship_date: EcwidDateTime | msgspec.UnsetType = msgspec.UNSET
    latest_delivery_date: EcwidDateTime | msgspec.UnsetType = msgspec.UNSET
    tracking_url: str | msgspec.UnsetType = msgspec.UNSET
    gift_card_double_spending: bool | msgspec.UnsetType = msgspec.UNSET
    gift_card_code: str | msgspec.UnsetType = msgspec.UNSET
    gift_card_id: int | msgspec.UnsetType = msgspec.UNSET
    gift_card_uuid: str | msgspec.UnsetType = msgspec.UNSET
    external_transaction_url: str | msgspec.UnsetType = msgspec.UNSET
    reference_transaction_id: str | msgspec.UnsetType = msgspec.UNSET
    ebay_id: str | msgspec.UnsetType = msgspec.UNSET
    external_order_data: ExternalOrderData | msgspec.UnsetType = msgspec.UNSET
    payment_reference: str | msgspec.UnsetType = msgspec.UNSET
    loyalty: Loyalty | msgspec.UnsetType = msgspec.UNSET
    store_credit: StoreCredit | msgspec.UnsetType = msgspec.UNSET


class OrderCalculationInput(EcwidInput):
    """Body of POST /order/calculate: the items and addresses to price (no order is created)."""

    email: str | msgspec.UnsetType = msgspec.UNSET
    ip_address: str | msgspec.UnsetType = msgspec.UNSET
    customer_id: int | msgspec.UnsetType = msgspec.UNSET
    customer_tax_exempt: bool | msgspec.UnsetType = msgspec.UNSET
    discount_coupon: DiscountCouponInfo | msgspec.UnsetType = msgspec.UNSET
    discount_info: list[DiscountInfo] | msgspec.UnsetType = msgspec.UNSET
    items: list[OrderItem] | msgspec.UnsetType = msgspec.UNSET
    billing_person: PersonInfo | msgspec.UnsetType = msgspec.UNSET
    # Taken from ``billing_person`` when absent.
    shipping_person: PersonInfo | msgspec.UnsetType = msgspec.UNSET
    custom_surcharges: list[CustomSurcharge] | msgspec.UnsetType = msgspec.UNSET
    gift_card_code: str | msgspec.UnsetType = msgspec.UNSET
    handling_fee: HandlingFeeInfo | msgspec.UnsetType = msgspec.UNSET
    shipping_option: ShippingOptionInfo | msgspec.UnsetType = msgspec.UNSET
    payment_options_details: dict[str, Any] | msgspec.UnsetType = msgspec.UNSET
