"""Product variations (combinations): ``/products/{productId}/combinations``.

A combination is one set of option values of a product (``Size: L`` + ``Color: Red``) with
its own SKU, stock, price, weight and image. The same ``Combination`` type is embedded in
``Product.combinations``.
"""

from __future__ import annotations

import msgspec

from ._base import EcwidInput, EcwidModel
from .catalog_media import BorderInfo, ImageAlt, LowestPriceSettings, Translations

__all__ = [
    "AttributeValue",
    "Combination",
    "CombinationInput",
    "OptionValue",
    "ProductDimensions",
    "ProductRecurringChargeSettings",
    "ProductSubscriptionSettings",
    "WholesalePrice",
]


class WholesalePrice(EcwidModel):
    """One wholesale tier (``quantity``, ``price``) of a product or combination (GET /products)."""

    quantity: int | None = None
    price: float | None = None


class OptionValue(EcwidModel):
    """One ``name``/``value`` pair identifying a combination (GET /products/{id}/combinations)."""

    name: str | None = None
    name_translated: Translations | None = None
    value: str | None = None
    value_translated: Translations | None = None


class AttributeValue(EcwidModel):
    """A product attribute value (GET /products, ``attributes``); ``alias`` is for create/update."""

    id: int | None = None
    alias: str | None = None  # "UPC" or "BRAND", instead of ``id`` when creating/updating
    name: str | None = None
    name_translated: Translations | None = None
    value: str | None = None
    value_translated: Translations | None = None
    type: str | None = None  # product.AttributeType
    show: str | None = None  # product.AttributeShow


class ProductDimensions(EcwidModel):
    """Product ``length``, ``width`` and ``height`` (GET /products, ``dimensions``)."""

    length: float | None = None
    width: float | None = None
    height: float | None = None


class ProductRecurringChargeSettings(EcwidModel):
    """One subscription plan of a product: interval, count, price with sign-up fee."""

    recurring_interval: str | None = None  # DAY, WEEK, MONTH, YEAR
    recurring_interval_count: int | None = None
    subscription_price_with_sign_up_fee: float | None = None
    subscription_price_with_sign_up_fee_formatted: str | None = None
    sign_up_fee: float | None = None
    sign_up_fee_formatted: str | None = None


class ProductSubscriptionSettings(EcwidModel):
    """A subscription product's settings (``subscriptionSettings``)."""

    subscription_allowed: bool | None = None
    one_time_purchase_allowed: bool | None = None
    one_time_purchase_price: float | None = None
    one_time_purchase_price_formatted: str | None = None
    one_time_purchase_markup: float | None = None
    one_time_purchase_markup_formatted: str | None = None
    one_time_purchase_markup_percent: float | None = None
    one_time_purchase_markup_percent_formatted: str | None = None
    displayed_one_time_purchase_markup_percent: float | None = None
    displayed_one_time_purchase_markup_percent_formatted: str | None = None
    recurring_charge_settings: list[ProductRecurringChargeSettings] | None = None


class Combination(EcwidModel):
    """A product variation, from GET /products/{productId}/combinations[/{combinationId}].

    ``id`` is always present (keep it in ``response_fields`` when trimming)."""

    id: int
    combination_number: int | None = None
    options: list[OptionValue] | None = None
    sku: str | None = None
    thumbnail_url: str | None = None
    image_url: str | None = None
    small_thumbnail_url: str | None = None
    hd_thumbnail_url: str | None = None
    original_image_url: str | None = None
    alt: ImageAlt | None = None
    border_info: BorderInfo | None = None
    quantity: int | None = None
    location_inventory: dict[str, int] | None = None
    unlimited: bool | None = None
    in_stock: bool | None = None
    # The field tables spell it ``instock``; the examples and the official client ``inStock``.
    instock: bool | None = msgspec.field(default=None, name="instock")
    out_of_stock_visibility_behaviour: str | bool | None = None
    warning_limit: int | None = None
    min_purchase_quantity: int | None = None
    max_purchase_quantity: int | None = None
    price: float | None = None
    default_displayed_price: float | None = None
    default_displayed_price_formatted: str | None = None
    cost_price: float | None = None
    compare_to_price: float | None = None
    lowest_price: float | None = None
    default_displayed_lowest_price: float | None = None
    default_displayed_lowest_price_formatted: str | None = None
    lowest_price_settings: LowestPriceSettings | None = None
    wholesale_prices: list[WholesalePrice] | None = None
    weight: float | None = None
    dimensions: ProductDimensions | None = None
    volume: float | None = None
    attributes: list[AttributeValue] | None = None
    external_reference_id: str | None = None
    is_shipping_required: bool | None = None
    customs_hs_tariff_code: str | None = None
    subscription_settings: ProductSubscriptionSettings | None = None


class CombinationInput(EcwidInput):
    """Body of POST and PUT /products/{productId}/combinations[/{combinationId}]."""

    options: list[OptionValue] | msgspec.UnsetType = msgspec.UNSET
    sku: str | msgspec.UnsetType = msgspec.UNSET
    quantity: int | msgspec.UnsetType = msgspec.UNSET
    location_inventory: dict[str, int] | msgspec.UnsetType = msgspec.UNSET
    unlimited: bool | msgspec.UnsetType = msgspec.UNSET
    in_stock: bool | msgspec.UnsetType = msgspec.UNSET
    out_of_stock_visibility_behaviour: str | bool | msgspec.UnsetType = msgspec.UNSET
    warning_limit: int | msgspec.UnsetType = msgspec.UNSET
    min_purchase_quantity: int | msgspec.UnsetType = msgspec.UNSET
    max_purchase_quantity: int | msgspec.UnsetType = msgspec.UNSET
    price: float | msgspec.UnsetType = msgspec.UNSET
    cost_price: float | msgspec.UnsetType = msgspec.UNSET
    compare_to_price: float | msgspec.UnsetType = msgspec.UNSET
    lowest_price: float | msgspec.UnsetType = msgspec.UNSET
    lowest_price_settings: LowestPriceSettings | msgspec.UnsetType = msgspec.UNSET
    wholesale_prices: list[WholesalePrice] | msgspec.UnsetType = msgspec.UNSET
    weight: float | msgspec.UnsetType = msgspec.UNSET
    dimensions: ProductDimensions | msgspec.UnsetType = msgspec.UNSET
    volume: float | msgspec.UnsetType = msgspec.UNSET
    attributes: list[AttributeValue] | msgspec.UnsetType = msgspec.UNSET
    alt: ImageAlt | msgspec.UnsetType = msgspec.UNSET
    external_reference_id: str | msgspec.UnsetType = msgspec.UNSET
    is_shipping_required: bool | msgspec.UnsetType = msgspec.UNSET
    customs_hs_tariff_code: str | msgspec.UnsetType = msgspec.UNSET
    subscription_settings: ProductSubscriptionSettings | msgspec.UnsetType = msgspec.UNSET
