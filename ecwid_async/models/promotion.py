"""Promotions (automatic discounts): ``/promotions`` (search, create, update, delete)."""

from __future__ import annotations

from typing import Literal

import msgspec

from ._base import EcwidDateTime, EcwidInput, EcwidModel

__all__ = [
    "Promotion",
    "PromotionAttributeTarget",
    "PromotionCombinationTarget",
    "PromotionDiscountBase",
    "PromotionInput",
    "PromotionRecurrence",
    "PromotionTargets",
    "PromotionTriggers",
]

PromotionDiscountBase = Literal["ITEM", "SUBTOTAL", "SHIPPING"]


class PromotionRecurrence(EcwidModel):
    """When a recurring promotion is active (``triggers.recurrenceSettings``)."""

    active_days: list[str] | None = None  # "MONDAY", ...
    active_day_start_time: str | None = None  # "09:00"
    active_day_end_time: str | None = None


class PromotionTriggers(EcwidModel):
    """What makes a promotion apply (``triggers``)."""

    start_date: EcwidDateTime | None = None
    end_date: EcwidDateTime | None = None
    customer_groups: list[int] | None = None
    subtotal: float | None = None
    min_product_quantity_in_cart: int | None = None
    max_product_quantity_in_cart: int | None = None
    categories: list[int] | None = None
    excluded_categories: list[int] | None = None
    products: list[int] | None = None
    excluded_products: list[int] | None = None
    combinations: list[int] | None = None
    excluded_combinations: list[int] | None = None
    recurring: bool | None = None
    recurrence_settings: PromotionRecurrence | None = None
    all: bool | None = None


class PromotionCombinationTarget(EcwidModel):
    """Variations of one product a promotion discounts (``targets.combinations``)."""

    product_id: int | None = None
    combination_ids: list[str] | None = None


class PromotionAttributeTarget(EcwidModel):
    """Products with given attribute values a promotion discounts (``targets.attributes``)."""

    attribute_alias: int | str | None = None
    attribute_values: list[str] | None = None


class PromotionTargets(EcwidModel):
    """What a promotion discounts (``targets``)."""

    categories: list[int] | None = None
    excluded_categories: list[int] | None = None
    products: list[int] | None = None
    excluded_products: list[int] | None = None
    combinations: list[PromotionCombinationTarget] | None = None
    excluded_combinations: list[PromotionCombinationTarget] | None = None
    attributes: list[PromotionAttributeTarget] | None = None
    min_discounted_product_quantity: int | None = None
    max_discounted_product_quantity: int | None = None
    shipping_methods: list[str] | None = None
    all: bool | None = None


class Promotion(EcwidModel):
    """A promotion, from the items of GET /promotions (``id`` 0 only when trimmed away)."""

    id: int = 0
    name: str | None = None
    discount_base: str | None = None  # PromotionDiscountBase
    enabled: bool | None = None
    discount_type: str | None = None  # "ABS" or "PERCENT"
    amount: float | None = None
    triggers: PromotionTriggers | None = None
    targets: PromotionTargets | None = None
    external_reference_id: str | None = None


class PromotionInput(EcwidInput):
    """Body of POST /promotions (create) and PUT /promotions/{promotionId} (update)."""

    name: str | msgspec.UnsetType = msgspec.UNSET
    discount_base: str | msgspec.UnsetType = msgspec.UNSET
    enabled: bool | msgspec.UnsetType = msgspec.UNSET
    discount_type: str | msgspec.UnsetType = msgspec.UNSET
    amount: float | msgspec.UnsetType = msgspec.UNSET
    triggers: PromotionTriggers | msgspec.UnsetType = msgspec.UNSET
    targets: PromotionTargets | msgspec.UnsetType = msgspec.UNSET
    external_reference_id: str | msgspec.UnsetType = msgspec.UNSET
