"""A product's settings blocks: taxes, shipping, preparation time, ribbon, "name your
price" tiers and composite parts (embedded in :class:`~ecwid_async.models.product.Product`
and sent in :class:`~ecwid_async.models.product.ProductInput`)."""

from __future__ import annotations

from ._base import EcwidModel

__all__ = [
    "CompositeComponent",
    "CustomPriceTier",
    "ProductRibbon",
    "ProductShipping",
    "ProductShippingPreparationTime",
    "ProductTax",
]


class ProductTax(EcwidModel):
    """A product's taxes (``tax``): taxable, manual taxes enabled, tax class."""

    taxable: bool | None = None
    default_location_included_tax_rate: float | None = None
    enabled_manual_taxes: list[int] | None = None
    tax_class_code: str | None = None


class ProductShipping(EcwidModel):
    """A product's own shipping settings (``shipping``)."""

    type: str | None = None  # GLOBAL_METHODS, SELECTED_METHODS, FLAT_RATE, FREE_SHIPPING
    method_markup: float | None = None
    flat_rate: float | None = None
    disabled_methods: list[str] | None = None
    enabled_methods: list[str] | None = None


class ProductShippingPreparationTime(EcwidModel):
    """How long a product takes to prepare for shipping, pickup or local delivery."""

    shipping_preparation_time_for_in_stock_item_days: str | None = None
    shipping_preparation_time_for_out_of_stock_item_days: str | None = None
    pickup_preparation_time_for_in_stock_item_in_minutes: int | None = None
    local_delivery_preparation_time_for_in_stock_item_in_minutes: int | None = None


class ProductRibbon(EcwidModel):
    """The ribbon shown over a product's picture: ``text`` and ``color``."""

    text: str | None = None
    color: str | None = None


class CustomPriceTier(EcwidModel):
    """One suggested price of a "name your price" product (``customPriceTiers``)."""

    value: float | None = None


class CompositeComponent(EcwidModel):
    """One part of a composite product: product, variation and quantity."""

    product_id: int | None = None
    combination_id: int | None = None
    quantity: int | None = None
