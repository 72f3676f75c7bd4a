"""Recurring subscriptions: ``/subscriptions`` (search, get, update)."""

from __future__ import annotations

from typing import Literal

import msgspec

from ._base import EcwidDateTime, EcwidInput, EcwidModel
from .order_parts import HandlingFeeInfo, OrderItem, PersonInfo, ShippingOptionInfo

__all__ = [
    "RecurringInterval",
    "Subscription",
    "SubscriptionChargeSettings",
    "SubscriptionInput",
    "SubscriptionOrder",
    "SubscriptionOrderTemplate",
    "SubscriptionPaymentMethod",
    "SubscriptionSortBy",
    "SubscriptionStatus",
]

SubscriptionStatus = Literal[
    "ACTIVE", "CANCELLED", "LAST_CHARGE_FAILED", "REQUIRES_PAYMENT_CONFIRMATION"
]
RecurringInterval = Literal["DAY", "WEEK", "MONTH", "YEAR"]
SubscriptionSortBy = Literal[
    "DATE_CREATED_ASC",
    "DATE_CREATED_DESC",
    "ORDER_COUNT_ASC",
    "ORDER_COUNT_DESC",
    "NEXT_CHARGE_DATE_ASC",
    "NEXT_CHARGE_DATE_DESC",
]


class SubscriptionChargeSettings(EcwidModel):
    """How often a subscription charges (``chargeSettings``)."""

    recurring_interval: str | None = None  # RecurringInterval
    recurring_interval_count: int | None = None


class SubscriptionPaymentMethod(EcwidModel):
    """The saved card a subscription charges (``paymentMethod``)."""

    credit_card_masked_number: str | None = None
    credit_card_brand: str | None = None


class SubscriptionOrder(EcwidModel):
    """An order a subscription placed (``orders``)."""

    id: int | str | None = None
    total: float | None = None
    create_date: EcwidDateTime | None = None


class SubscriptionOrderTemplate(EcwidModel):
    """The order each charge repeats (``orderTemplate``)."""

    id: str | None = None
    email: str | None = None
    # Payment details by name (``creditCard``, ``stripeCustomerId``, ``google_customer_id``...).
    additional_info: dict[str, str] | None = None
    order_comments: str | None = None
    payment_method: str | None = None
    payment_module: str | None = None
    total: float | None = None
    subtotal: float | None = None
    usd_total: float | None = None
    tax: float | None = None
    customer_tax_exempt: bool | None = None
    customer_tax_id: str | None = None
    customer_tax_id_valid: bool | None = None
    reversed_tax_applied: bool | None = None
    items: list[OrderItem] | None = None
    billing_person: PersonInfo | None = None
    shipping_person: PersonInfo | None = None
    shipping_option: ShippingOptionInfo | None = None
    handling_fee: HandlingFeeInfo | None = None
    prices_include_tax: bool | None = None


class Subscription(EcwidModel):
    """A recurring subscription, from GET /subscriptions/{subscriptionId} and the search."""

    subscription_id: int
    customer_id: int | None = None
    status: str | None = None  # SubscriptionStatus
    status_updated: EcwidDateTime | None = None
    created: EcwidDateTime | None = None
    cancelled: EcwidDateTime | None = None
    next_charge: EcwidDateTime | None = None
    next_charge_formatted: str | None = None
    create_timestamp: int | None = None  # milliseconds
    update_timestamp: int | None = None  # milliseconds
    charge_settings: SubscriptionChargeSettings | None = None
    payment_method: SubscriptionPaymentMethod | None = None
    order_template: SubscriptionOrderTemplate | None = None
    orders: list[SubscriptionOrder] | None = None


class SubscriptionInput(EcwidInput):
    """Body of PUT /subscriptions/{subscriptionId}: schedule, next charge or status."""

    charge_settings: SubscriptionChargeSettings | msgspec.UnsetType = msgspec.UNSET
    next_charge: EcwidDateTime | msgspec.UnsetType = msgspec.UNSET
    status: str | msgspec.UnsetType = msgspec.UNSET  # SubscriptionStatus
