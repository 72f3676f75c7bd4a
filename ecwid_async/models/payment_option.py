"""Payment options: ``/profile/paymentOptions`` and ``payment`` of the store profile
(docs: "Search payment options", "Create payment option", ...)."""

from __future__ import annotations

import msgspec

from ._base import EcwidInput, EcwidModel

__all__ = [
    "ApplePay",
    "PaymentInstructions",
    "PaymentMethod",
    "PaymentOption",
    "PaymentOptionCreateStatus",
    "PaymentOptionInput",
    "PaymentShippingSettings",
    "PaymentSurcharges",
    "StorePayment",
]


class PaymentInstructions(EcwidModel):
    """Payment instructions shown to customers (``instructionsForCustomer``)."""

    instructions_title: str | None = None
    instructions: str | None = None
    instructions_translated: dict[str, str] | None = None


class PaymentSurcharges(EcwidModel):
    """Payment method fee (``paymentSurcharges``): ``type`` ABSOLUTE or PERCENT, ``value``."""

    type: str | None = None
    value: float | None = None


class PaymentShippingSettings(EcwidModel):
    """Shipping methods the payment option is limited to (``shippingSettings``)."""

    enabled_shipping_methods: list[str] | None = None


class PaymentMethod(EcwidModel):
    """A method of a payment processor: its card brands and subtype (``methods``)."""

    cards: list[str] | None = None
    subtype: str | None = None
    subtype_method_name: str | None = None


class PaymentOption(EcwidModel):
    """A payment method of the store (``GET /profile/paymentOptions`` items and
    ``payment.paymentOptions`` of the profile)."""

    id: str | None = None
    enabled: bool | None = None
    configured: bool | None = None
    checkout_title: str | None = None
    checkout_title_translated: dict[str, str] | None = None
    checkout_description: str | None = None
    payment_processor_id: str | None = None
    payment_processor_title: str | None = None
    order_by: int | None = None
    app_client_id: str | None = None
    app_namespace: str | None = None
    payment_surcharges: PaymentSurcharges | None = None
    instructions_for_customer: PaymentInstructions | None = None
    shipping_settings: PaymentShippingSettings | None = None
    methods: list[PaymentMethod] | None = None
    supports_subtypes: bool | None = None


class ApplePay(EcwidModel):
    """Apple Pay availability (profile ``payment.applePay``)."""

    enabled: bool | None = None
    available: bool | None = None
    gateway: str | None = None
    verification_file_url: str | None = None
    verification_file: str | None = None


class StorePayment(EcwidModel):
    """Payment settings (GET /profile, ``payment``)."""

    payment_options: list[PaymentOption] | None = None
    apple_pay: ApplePay | None = None
    apple_pay_options: list[ApplePay] | None = None
    country_code: str | None = None


class PaymentOptionInput(EcwidInput):
    """Body of "Create payment option" / "Update payment option": only set fields are sent."""

    enabled: bool | msgspec.UnsetType = msgspec.UNSET
    configured: bool | msgspec.UnsetType = msgspec.UNSET
    checkout_title: str | msgspec.UnsetType = msgspec.UNSET
    checkout_title_translated: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
    checkout_description: str | msgspec.UnsetType = msgspec.UNSET
    payment_processor_id: str | msgspec.UnsetType = msgspec.UNSET
    payment_processor_title: str | msgspec.UnsetType = msgspec.UNSET
    order_by: int | msgspec.UnsetType = msgspec.UNSET
    app_client_id: str | msgspec.UnsetType = msgspec.UNSET
    app_namespace: str | msgspec.UnsetType = msgspec.UNSET
    methods: list[PaymentMethod] | msgspec.UnsetType = msgspec.UNSET
    supports_subtypes: bool | msgspec.UnsetType = msgspec.UNSET
    payment_surcharges: PaymentSurcharges | msgspec.UnsetType = msgspec.UNSET
    instructions_for_customer: PaymentInstructions | msgspec.UnsetType = msgspec.UNSET
    shipping_settings: PaymentShippingSettings | msgspec.UnsetType = msgspec.UNSET


class PaymentOptionCreateStatus(EcwidModel):
    """Answer to "Create payment option": the new option's ``id`` (the docs type it as a
    number, the official client and every payment option id as a string: both decode)."""

    id: str | int
