"""Brands (``GET /brands``) and recently used colour swatches (``GET /swatches``)."""

from __future__ import annotations

from ._base import EcwidModel
from .catalog_media import Translations

__all__ = ["Brand", "SwatchColor", "SwatchColors"]


class Brand(EcwidModel):
    """A brand of the store's products, an item of Search product brands."""

    name: str = ""
    name_translated: Translations | None = None
    products_filtered_by_brand_url: str | None = None


class SwatchColor(EcwidModel):
    """A recently used swatch colour: its ``name``, ``hexCode`` and name translations."""

    name: str | None = None
    hex_code: str | None = None
    translations: Translations | None = None


class SwatchColors(EcwidModel):
    """Answer of Get recently used product swatches."""

    colors: list[SwatchColor] = []
