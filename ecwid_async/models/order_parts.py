"""The parts of an order: items, options, taxes, discounts, people, shipping, invoices
(shipments are in :mod:`ecwid_async.models.order_shipments`).

Shared by orders, abandoned carts, order calculations and subscriptions' order
templates. Field names follow today's "Get order" tables and examples, completed with
the official client's ``FetchedOrder`` DTO; translations are ``dict[str, str]`` by
language code.
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec

from ._base import EcwidDateTime, EcwidModel
from .coupon import DiscountCoupon
from .product import ProductDimensions

__all__ = [
    "CreditCardStatus",
    "CustomSurcharge",
    "DiscountBase",
    "DiscountCouponInfo",
    "DiscountInfo",
    "DiscountInfoType",
    "ExternalOrderData",
    "HandlingFeeInfo",
    "Loyalty",
    "LoyaltyRedemption",
    "OrderExtraFieldInfo",
    "OrderItem",
    "OrderItemAttribute",
    "OrderItemDiscount",
    "OrderItemOption",
    "OrderItemOptionFile",
    "OrderItemOptionSelection",
    "OrderItemOptionType",
    "OrderItemProductFile",
    "OrderItemTax",
    "OrderRefund",
    "PersonInfo",
    "PredictedPackage",
    "RecurringChargeSettings",
    "SelectedPrice",
    "ShippingOptionDiscount",
    "ShippingOptionInfo",
    "ShippingTax",
    "StoreCredit",
    "TaxInvoice",
    "UtmData",
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
    tax_on_handling_fee: float | None = None
    include_in_price: bool | None = None
    source_tax_rate_id: int | None = None
    source_tax_rate_type: str | None = None  # "MANUAL", "AUTOMATIC", ...
    tax_type: str | None = None
    tax_class_code: str | None = None
    tax_class_name: str | None = None


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
    name_translated: dict[str, str] | None = None
    type: str | None = None  # OrderItemOptionType
    value: str | None = None
    value_translated: dict[str, str] | None = None
    values_array: list[str] | None = None
    values_array_translated: dict[str, list[str]] | None = None
    files: list[OrderItemOptionFile] | None = None
    selections: list[OrderItemOptionSelection] | None = None
    hex_codes: list[str] | None = None
    changed_time: int | None = None


class DiscountInfo(EcwidModel):
    """A discount applied to an order, coupons excepted (GET /orders, ``discountInfo``)."""

    id: int | str | None = None
    value: float | None = None
    type: str | None = None  # DiscountInfoType
    base: str | None = None  # DiscountBase
    # The old field tables spell the minimum subtotal ``order_total``; every example (and
    # the API) sends ``orderTotal``. Both are kept so neither spelling is lost.
    order_total: float | None = None
    legacy_order_total: float | None = msgspec.field(default=None, name="order_total")
    membership_id: int | None = None
    description: str | None = None
    applies_to_products: list[int] | None = None
    applies_to_items: list[int] | None = None
    applies_to_order_items: list[Any] | None = None


class OrderItemDiscount(EcwidModel):
    """A discount's share of one order item (GET /orders, ``items[].discounts``)."""

    discount_info: DiscountInfo | None = None
    total: float | None = None


class OrderItemAttribute(EcwidModel):
    """A product attribute value copied into an order item (``items[].attributes``)."""

    id: int | None = None
    name: str | None = None
    name_translated: dict[str, str] | None = None
    value: str | None = None
    value_translated: dict[str, str] | None = None


class RecurringChargeSettings(EcwidModel):
    """How a subscription item recurs (``items[].recurringChargeSettings``)."""

    recurring_interval: str | None = None  # "DAY", "WEEK", "MONTH", "YEAR"
    recurring_interval_count: int | None = None
    # Subscriptions' order templates spell the count ``intervalCount``.
    interval_count: int | None = None
    subscription_price_with_sign_up_fee: float | None = None
    sign_up_fee: float | None = None


class SelectedPrice(EcwidModel):
    """The price a customer chose for a pay-what-you-want item (``items[].selectedPrice``)."""

    value: float | None = None


class ShippingTax(EcwidModel):
    """A tax charged on shipping or a fee (``taxesOnShipping``, ``handlingFee.taxes``)."""

    name: str | None = None
    value: float | None = None  # percent
    total: float | None = None
    include_in_price: bool | None = None
    tax_type: str | None = None


class OrderItem(EcwidModel):
    """A product line of an order or cart (GET /orders, ``items``)."""

    id: int | None = None
    product_id: int | None = None
    category_id: int | None = None
    combination_id: int | None = None
    subscription_id: int | None = None
    recurring_charge_settings: RecurringChargeSettings | None = None
    price: float | None = None
    price_without_tax: float | None = None
    product_price: float | None = None
    cost_price: float | None = None
    is_customer_set_price: bool | None = None
    selected_price: SelectedPrice | None = None
    weight: float | None = None
    sku: str | None = None
    quantity: int | None = None
    short_description: str | None = None
    short_description_translated: dict[str, str] | None = None
    tax: float | None = None
    shipping: float | None = None
    handling_fee: float | None = None
    quantity_in_stock: int | None = None
    name: str | None = None
    name_translated: dict[str, str] | None = None
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
    gift_card: bool | None = None
    taxable: bool | None = None
    tax_already_deducted_from_price: bool | None = None
    tax_class_code: str | None = None
    recurring_tax_ids: list[int] | None = None
    discounts_allowed: bool | None = None
    is_preorder: bool | None = None
    external_reference_id: str | None = None
    selected_options: list[OrderItemOption] | None = None
    taxes: list[OrderItemTax] | None = None
    taxes_on_shipping: list[ShippingTax] | None = None
    files: list[OrderItemProductFile] | None = None
    product_dimensions: ProductDimensions | None = None
    # The newer examples name the dimensions ``dimensions``.
    dimensions: ProductDimensions | None = None
    discounts: list[OrderItemDiscount] | None = None
    attributes: list[OrderItemAttribute] | None = None
    # Bundle parts (the official client's product components), kept as sent.
    composite_components: list[dict[str, Any]] | None = None


class PersonInfo(EcwidModel):
    """A name and address: ``billingPerson``/``shippingPerson`` of orders, customers' ``Person``."""

    name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    company_name: str | None = None
    email: str | None = None  # shipments' ``shipFrom``
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


class ShippingOptionDiscount(EcwidModel):
    """A discount on the chosen shipping method (``shippingOption.discount``)."""

    id: str | None = None
    value: float | None = None
    type: str | None = None
    base: str | None = None
    order_total: float | None = None
    description: str | None = None
    applies_to_items: list[int] | None = None
    applies_to_order_items: list[int] | None = None
    triggered_by_order_items: list[int] | None = None
    applies_to_shipping_method_id: str | None = None


class ShippingOptionInfo(EcwidModel):
    """The shipping method chosen for an order (GET /orders, ``shippingOption``)."""

    shipping_method_id: str | None = None
    shipping_carrier_name: str | None = None
    shipping_method_name: str | None = None
    shipping_rate: float | None = None
    shipping_rate_without_tax: float | None = None
    discounted_shipping_rate: float | None = None
    estimated_transit_time: str | int | None = None  # "5" or "4-9" (days)
    is_pickup: bool | None = None
    pickup_instruction: str | None = None
    pickup_precision_type: str | None = None
    fulfillment_type: str | None = None  # "SHIPPING", "PICKUP", "DELIVERY"
    location_id: str | None = None
    localized_label: str | None = None
    is_shipping_limit: bool | None = None
    scheduled: bool | None = None
    scheduled_time_precision_type: str | None = None
    time_slot_length_in_minutes: int | None = None
    discount: ShippingOptionDiscount | None = None


class HandlingFeeInfo(EcwidModel):
    """The handling fee of an order (GET /orders, ``handlingFee``)."""

    name: str | None = None
    value: float | None = None
    value_without_tax: float | None = None
    description: str | None = None
    taxes: list[ShippingTax] | None = None


class CustomSurcharge(EcwidModel):
    """A fee or tip added to an order (``customSurcharges``)."""

    id: str | None = None
    value: float | None = None
    type: str | None = None  # "ABSOLUTE" or "PERCENT"
    total: float | None = None
    total_without_tax: float | None = None
    description: str | None = None
    description_translated: str | None = None
    taxable: bool | None = None
    taxes: list[ShippingTax] | None = None


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


class OrderExtraFieldInfo(EcwidModel):
    """A checkout extra field's value in an order (``orderExtraFields``)."""

    id: str | None = None
    value: str | None = None
    customer_input_type: str | None = None
    title: str | None = None
    order_details_display_section: str | None = None
    order_by: str | None = None
    show_in_notifications: bool | None = None
    show_in_invoice: bool | None = None


class UtmData(EcwidModel):
    """UTM tags of the visit that placed an order (``utmData``, ``utmDataSets``)."""

    timestamp: EcwidDateTime | None = None  # a date string or UNIX seconds
    source: str | None = None
    campaign: str | None = None
    medium: str | None = None
    mc_eid: str | None = None
    mc_cid: str | None = None


class TaxInvoice(EcwidModel):
    """A tax invoice of an order (``invoices``; GET /orders/{orderId}/invoices)."""

    internal_id: int | None = None
    id: str | None = None
    created: EcwidDateTime | None = None
    link: str | None = None
    type: str | None = None  # "SALE", "FULL_CANCEL"


class ExternalOrderData(EcwidModel):
    """Where an order placed outside Ecwid comes from (``externalOrderData``)."""

    external_order_id: str | None = None
    external_fulfillment: bool | None = None
    referer_channel: str | None = None
    referer_id: str | None = None
    # The table says string; the official client reads a map.
    platform_specific_fields: dict[str, str] | str | None = None


class LoyaltyRedemption(EcwidModel):
    """Loyalty points spent on an order (``loyalty.redemption``)."""

    id: str | None = None
    amount: float | None = None
    cancelled: bool | None = None


class Loyalty(EcwidModel):
    """Loyalty program totals of an order (``loyalty``)."""

    customer_enabled: bool | None = None
    earned: float | None = None
    redemption: LoyaltyRedemption | None = None
    balance: float | None = None


class StoreCredit(EcwidModel):
    """Store credit used by an order (``storeCredit``)."""

    redemption: LoyaltyRedemption | None = None
    balance: float | None = None
    refund: float | None = None
