"""Shipping options: ``/profile/shippingOptions`` and ``shipping.shippingOptions`` of the
store profile (docs: "Search shipping options", "Create shipping option", ...).

Fields follow today's tables and examples, completed with the official client's
``FetchedShippingOption`` (``orderBy``, ``locationId``, ``type``, ``pickupBusinessHours``,
``customAvailabilityPeriodInDays``...). ``businessHours`` is a JSON-encoded string such as
``'{"MON":[["09:00","18:00"]]}'`` in every example, kept as sent.
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec

from ._base import EcwidInput, EcwidModel

__all__ = [
    "BlackoutDates",
    "CarrierMethod",
    "CarrierSettings",
    "EstimatedShippingTime",
    "FlatRate",
    "FulfilmentType",
    "PostageDimensions",
    "RatesCalculationType",
    "ShippingOptionCreateStatus",
    "ShippingOptionInput",
    "ShippingRate",
    "ShippingRateConditions",
    "ShippingRatesTable",
    "ShippingTableRate",
    "StoreShippingOption",
    "Zone",
]

FulfilmentType = Literal["pickup", "delivery", "shipping"]
RatesCalculationType = Literal["carrier-calculated", "table", "flat", "app"]


class Zone(EcwidModel):
    """A destination zone (profile ``zones``, a shipping option's ``destinationZone``)."""

    id: str | None = None
    name: str | None = None
    country_codes: list[str] | None = None
    state_or_province_codes: list[str] | None = None
    post_codes: list[str] | None = None
    #: Each polygon a list of ``[latitude, longitude]`` points.
    geo_polygons: list[Any] | None = None


class FlatRate(EcwidModel):
    """The rate of a flat-rate shipping option (``flatRate``)."""

    rate_type: str | None = None  # "ABSOLUTE" or "PERCENT"
    rate: float | None = None


class CarrierMethod(EcwidModel):
    """One carrier service of a carrier-calculated shipping option (``carrierMethods``)."""

    id: str | None = None
    name: str | None = None
    enabled: bool | None = None
    order_by: int | None = None


class PostageDimensions(EcwidModel):
    """Default parcel dimensions for carrier rates (``defaultPostageDimensions``)."""

    length: float | None = None
    width: float | None = None
    height: float | None = None


class CarrierSettings(EcwidModel):
    """Carrier account settings of a shipping option (``carrierSettings``)."""

    default_carrier_account_enabled: bool | None = None
    default_postage_dimensions: PostageDimensions | None = None


class ShippingRateConditions(EcwidModel):
    """When a table rate applies (``ratesTable.rates[].conditions``)."""

    weight_from: float | None = None
    weight_to: float | None = None
    subtotal_from: float | None = None
    subtotal_to: float | None = None
    discounted_subtotal_from: float | None = None
    discounted_subtotal_to: float | None = None


class ShippingRate(EcwidModel):
    """The cost parts of a table rate (``ratesTable.rates[].rate``)."""

    per_order: float | None = None
    percent: float | None = None
    per_item: float | None = None
    per_weight: float | None = None


class ShippingTableRate(EcwidModel):
    """One row of a shipping rates table (``ratesTable.rates``)."""

    conditions: ShippingRateConditions | None = None
    rate: ShippingRate | None = None


class ShippingRatesTable(EcwidModel):
    """Custom table rates of a shipping option (``ratesTable``)."""

    table_based_on: str | None = None  # "subtotal", "discountedSubtotal", "weight"
    rates: list[ShippingTableRate] | None = None


class BlackoutDates(EcwidModel):
    """A period when the option is unavailable (``blackoutDates``)."""

    from_date: str | None = None
    to_date: str | None = None
    repeated_annually: bool | None = None


class EstimatedShippingTime(EcwidModel):
    """Delivery-date estimate shown at checkout (``estimatedShippingTimeAtCheckoutSettings``)."""

    estimated_delivery_date_at_checkout_enabled: bool | None = None
    estimated_transit_time_in_days: list[int | None] | None = None
    fulfillment_time_in_days: list[int | None] | None = None
    cutoff_time_for_same_day_packing: str | None = None
    shipping_business_days: list[str] | None = None
    delivery_days: list[str] | None = None


class _ShippingOptionFields(EcwidModel):
    title: str | None = None
    title_translated: dict[str, str] | None = None
    enabled: bool | None = None
    #: Position at checkout; the docs spell it ``orderby``, the official client ``orderBy``.
    orderby: int | None = msgspec.field(default=None, name="orderby")
    order_by: int | None = None
    fulfilment_type: str | None = None  # FulfilmentType
    minimum_order_subtotal: float | None = None
    destination_zone: Zone | None = None
    delivery_time_days: str | None = None
    description: str | None = None
    description_translated: dict[str, str] | None = None
    carrier: str | None = None
    carrier_methods: list[CarrierMethod] | None = None
    carrier_settings: CarrierSettings | None = None
    rates_calculation_type: str | None = None  # RatesCalculationType
    shipping_cost_markup: float | None = None
    flat_rate: FlatRate | None = None
    rates_table: ShippingRatesTable | None = None
    app_client_id: str | None = None
    location_id: str | None = None
    type: str | None = None
    pickup_instruction: str | None = None
    pickup_instruction_translated: dict[str, str] | None = None
    pickup_precision_type: str | None = None
    pickup_preparation_time_hours: int | None = None
    #: A JSON-encoded string such as '{"MON":[["09:00","18:00"]]}', kept as sent.
    pickup_business_hours: str | None = None
    scheduled_pickup: bool | None = None
    fulfillment_time_in_minutes: int | None = None
    #: A JSON-encoded string in every example (the tables call it an object): kept as sent.
    business_hours: str | dict[str, Any] | None = None
    business_hours_limitation_type: str | None = None
    scheduled: bool | None = None
    scheduled_time_precision_type: str | None = None
    time_slot_length_in_minutes: int | None = None
    allow_same_day_delivery: bool | None = None
    cutoff_time_for_same_day_delivery: str | None = None
    availability_period: str | None = None
    custom_availability_period_in_days: int | None = None
    blackout_dates: list[BlackoutDates] | None = None
    estimated_shipping_time_at_checkout_settings: EstimatedShippingTime | None = None


class StoreShippingOption(_ShippingOptionFields):
    """A shipping or pickup method of the store (``GET /profile/shippingOptions`` items,
    ``shipping.shippingOptions`` of the profile)."""

    id: str | None = None


class ShippingOptionInput(EcwidInput):
    """Body of "Create shipping option" / "Update shipping option": only set fields are sent."""

    title: str | msgspec.UnsetType = msgspec.UNSET
    title_translated: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
    enabled: bool | msgspec.UnsetType = msgspec.UNSET
    orderby: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="orderby")
    order_by: int | msgspec.UnsetType = msgspec.UNSET
    fulfilment_type: str | msgspec.UnsetType = msgspec.UNSET
    minimum_order_subtotal: float | msgspec.UnsetType = msgspec.UNSET
    destination_zone: Zone | msgspec.UnsetType = msgspec.UNSET
    delivery_time_days: str | msgspec.UnsetType = msgspec.UNSET
    description: str | msgspec.UnsetType = msgspec.UNSET
    description_translated: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
    carrier: str | msgspec.UnsetType = msgspec.UNSET
    carrier_methods: list[CarrierMethod] | msgspec.UnsetType = msgspec.UNSET
    carrier_settings: CarrierSettings | msgspec.UnsetType = msgspec.UNSET
    rates_calculation_type: str | msgspec.UnsetType = msgspec.UNSET
    shipping_cost_markup: float | msgspec.UnsetType = msgspec.UNSET
    flat_rate: FlatRate | msgspec.UnsetType = msgspec.UNSET
    rates_table: ShippingRatesTable | msgspec.UnsetType = msgspec.UNSET
    app_client_id: str | msgspec.UnsetType = msgspec.UNSET
    location_id: str | msgspec.UnsetType = msgspec.UNSET
    type: str | msgspec.UnsetType = msgspec.UNSET
    pickup_instruction: str | msgspec.UnsetType = msgspec.UNSET
    pickup_instruction_translated: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
    pickup_precision_type: str | msgspec.UnsetType = msgspec.UNSET
    scheduled_pickup: bool | msgspec.UnsetType = msgspec.UNSET
    pickup_preparation_time_hours: int | msgspec.UnsetType = msgspec.UNSET
    pickup_business_hours: str | msgspec.UnsetType = msgspec.UNSET
    fulfillment_time_in_minutes: int | msgspec.UnsetType = msgspec.UNSET
    business_hours: str | msgspec.UnsetType = msgspec.UNSET
    business_hours_limitation_type: str | msgspec.UnsetType = msgspec.UNSET
    scheduled: bool | msgspec.UnsetType = msgspec.UNSET
    scheduled_time_precision_type: str | msgspec.UnsetType = msgspec.UNSET
    time_slot_length_in_minutes: int | msgspec.UnsetType = msgspec.UNSET
    allow_same_day_delivery: bool | msgspec.UnsetType = msgspec.UNSET
    cutoff_time_for_same_day_delivery: str | msgspec.UnsetType = msgspec.UNSET
    availability_period: str | msgspec.UnsetType = msgspec.UNSET
    custom_availability_period_in_days: int | msgspec.UnsetType = msgspec.UNSET
    blackout_dates: list[BlackoutDates] | msgspec.UnsetType = msgspec.UNSET
    estimated_shipping_time_at_checkout_settings: EstimatedShippingTime | msgspec.UnsetType = (
        msgspec.UNSET
    )


class ShippingOptionCreateStatus(EcwidModel):
    """Answer to "Create shipping option": the new option's ``id`` (a string id)."""

    id: str | int
