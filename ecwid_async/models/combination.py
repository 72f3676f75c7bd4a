"""Product variations (combinations): ``/products/{productId}/combinations``.

A combination is one set of option values of a product (``Size: L`` + ``Color: Red``) with
its own SKU, stock, price, weight and image. The same ``Combination`` type is embedded in
``Product.combinations``.
"""

from __future__ import annotations

import msgspec

from ._base import EcwidInput, EcwidModel

__all__ = [
    "Combination",
    "CombinationInput",
    "OptionValue",
    "WholesalePrice",
]


class WholesalePrice(EcwidModel):
    """One wholesale tier (``quantity``, ``price``) of a product or combination (GET /products)."""

    quantity: int | None = None
    price: float | None = None


class OptionValue(EcwidModel):
    """One ``name``/``value`` pair identifying a combination (GET /products/{id}/combinations)."""

    name: str | None = None
    value: str | None = None


class Combination(EcwidModel):
    """A product variation, from GET /products/{productId}/combinations[/{combinationId}]."""

    id: int | None = None
    combination_number: int | None = None
    options: list[OptionValue] | None = None
    sku: str | None = None
    thumbnail_url: str | None = None
    image_url: str | None = None
    small_thumbnail_url: str | None = None
    hd_thumbnail_url: str | None = None
    original_image_url: str | None = None
    quantity: int | None = None
    unlimited: bool | None = None
    price: float | None = None
    wholesale_prices: list[WholesalePrice] | None = None
    weight: float | None = None
    warning_limit: int | None = None


class CombinationInput(EcwidInput):
    """Body of POST and PUT /products/{productId}/combinations[/{combinationId}]."""

    options: list[OptionValue] | msgspec.UnsetType = msgspec.UNSET
    sku: str | msgspec.UnsetType = msgspec.UNSET
    quantity: int | msgspec.UnsetType = msgspec.UNSET
    unlimited: bool | msgspec.UnsetType = msgspec.UNSET
    price: float | msgspec.UnsetType = msgspec.UNSET
    wholesale_prices: list[WholesalePrice] | msgspec.UnsetType = msgspec.UNSET
    weight: float | msgspec.UnsetType = msgspec.UNSET
    warning_limit: int | msgspec.UnsetType = msgspec.UNSET
