"""Checkout extra fields: ``/profile/extrafields`` (docs: "Manage checkout extra fields
with REST API"; completed with the official client's ``FetchedExtrafieldConfig``)."""

from __future__ import annotations

from typing import Any

import msgspec

from ._base import EcwidInput, EcwidModel

__all__ = [
    "CheckoutExtraField",
    "CheckoutExtraFieldInput",
    "CheckoutExtraFieldOption",
    "CheckoutExtraFields",
    "CreateCountStatus",
    "ExtraFieldDatePickerOptions",
    "ExtraFieldSurchargeName",
]


class ExtraFieldSurchargeName(EcwidModel):
    """How a surcharge is named in the order totals (``surchargeShortName``)."""

    name: str | None = None
    name_translated: dict[str, str] | None = None
    show_surcharge_percent_value: bool | None = None


class CheckoutExtraFieldOption(EcwidModel):
    """One choice of a select, radio or checkbox field (``options``)."""

    title: str | None = None
    title_translated: dict[str, str] | None = None
    subtitle: str | None = None
    subtitle_translated: dict[str, str] | None = None
    surcharge: float | None = None
    surcharge_type: str | None = None  # ABSOLUTE or PERCENT
    surcharge_taxable: bool | None = None
    show_zero_surcharge_in_total: bool | None = None
    surcharge_short_name: ExtraFieldSurchargeName | None = None


class ExtraFieldDatePickerOptions(EcwidModel):
    """Date picker settings (``datepickerOptions``)."""

    min_date: str | None = None
    max_date: str | None = None
    showtime: bool | None = msgspec.field(default=None, name="showtime")
    increment_minute_by: int | None = None
    #: Weekday (``MON``...) -> list of ``[from, to]`` time ranges.
    limit_available_hours_weekly: dict[str, list[list[str]]] | None = None
    #: List of ``[from, to]`` date-time ranges.
    disallow_dates: list[list[str]] | None = None


class _ExtraFieldBase(EcwidModel):
    key: str | None = None
    title: str | None = None
    title_translated: dict[str, str] | None = None
    type: str | None = None  # text, textarea, select, checkbox, radio_buttons, datetime...
    text_placeholder: str | None = None
    text_placeholder_translated: dict[str, str] | None = None
    available: bool | None = None
    required: bool | None = None
    checkout_display_section: str | None = None
    order_details_display_section: str | None = None
    show_in_invoice: bool | None = None
    show_in_notifications: bool | None = None
    value: str | None = None
    value_translated: dict[str, str] | None = None
    subtitle: str | None = None
    subtitle_translated: dict[str, str] | None = None
    tip: str | None = None
    tip_translated: dict[str, str] | None = None
    show_for_payment_method_ids: list[str] | None = None
    show_for_shipping_method_ids: list[str] | None = None
    show_for_country: list[str] | None = None
    options: list[CheckoutExtraFieldOption] | None = None
    datepicker_options: ExtraFieldDatePickerOptions | None = None
    #: Overrides by condition (e.g. a shipping method), as sent.
    overrides: Any = None
    order_by: int | None = None
    shown_on_order_details: bool | None = None
    save_to_customer_profile: bool | None = None
    surcharge_type: str | None = None
    surcharge_taxable: bool | None = None
    show_zero_surcharge_in_total: bool | None = None
    surcharge_short_name: ExtraFieldSurchargeName | None = None


class CheckoutExtraField(_ExtraFieldBase):
    """A checkout extra field (``cp_field``: whether it is a customer-profile field)."""

    cp_field: bool | None = None


class CheckoutExtraFields(EcwidModel):
    """Answer to "Search checkout extra fields": ``items``."""

    items: list[CheckoutExtraField] | None = None


class CheckoutExtraFieldInput(EcwidInput):
    """Body of "Create checkout extra field" / "Update checkout extra field"."""

    key: str | msgspec.UnsetType = msgspec.UNSET
    title: str | msgspec.UnsetType = msgspec.UNSET
    title_translated: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
    type: str | msgspec.UnsetType = msgspec.UNSET
    text_placeholder: str | msgspec.UnsetType = msgspec.UNSET
    text_placeholder_translated: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
    available: bool | msgspec.UnsetType = msgspec.UNSET
    required: bool | msgspec.UnsetType = msgspec.UNSET
    checkout_display_section: str | msgspec.UnsetType = msgspec.UNSET
    order_details_display_section: str | msgspec.UnsetType = msgspec.UNSET
    show_in_invoice: bool | msgspec.UnsetType = msgspec.UNSET
    show_in_notifications: bool | msgspec.UnsetType = msgspec.UNSET
    value: str | msgspec.UnsetType = msgspec.UNSET
    value_translated: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
    subtitle: str | msgspec.UnsetType = msgspec.UNSET
    subtitle_translated: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
    tip: str | msgspec.UnsetType = msgspec.UNSET
    tip_translated: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
    show_for_payment_method_ids: list[str] | msgspec.UnsetType = msgspec.UNSET
    show_for_shipping_method_ids: list[str] | msgspec.UnsetType = msgspec.UNSET
    show_for_country: list[str] | msgspec.UnsetType = msgspec.UNSET
    options: list[CheckoutExtraFieldOption] | msgspec.UnsetType = msgspec.UNSET
    datepicker_options: ExtraFieldDatePickerOptions | msgspec.UnsetType = msgspec.UNSET
    overrides: Any = msgspec.UNSET
    order_by: int | msgspec.UnsetType = msgspec.UNSET
    shown_on_order_details: bool | msgspec.UnsetType = msgspec.UNSET
    save_to_customer_profile: bool | msgspec.UnsetType = msgspec.UNSET
    surcharge_type: str | msgspec.UnsetType = msgspec.UNSET
    surcharge_taxable: bool | msgspec.UnsetType = msgspec.UNSET
    show_zero_surcharge_in_total: bool | msgspec.UnsetType = msgspec.UNSET
    surcharge_short_name: ExtraFieldSurchargeName | msgspec.UnsetType = msgspec.UNSET


class CreateCountStatus(EcwidModel):
    """Answer to "Create checkout extra field": ``create_count`` (always sent)."""

    create_count: int
