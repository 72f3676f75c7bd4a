"""Product types (the API calls them classes): ``/classes`` and their attributes."""

from __future__ import annotations

import msgspec

from ._base import EcwidInput, EcwidModel
from .catalog_media import Translations

__all__ = ["ProductClass", "ProductClassAttribute", "ProductClassInput"]


class ProductClassAttribute(EcwidModel):
    """An attribute of a product type (GET /classes, ``attributes``); no ``id`` adds one."""

    id: int | None = None
    name: str | None = None
    name_translated: Translations | None = None
    type: str | None = None  # product.AttributeType
    show: str | None = None  # product.AttributeShow


class ProductClass(EcwidModel):
    """A product type, from GET /classes/{classId} and the items of GET /classes (0 = General).

    ``id`` is always present (0 for General)."""

    id: int
    name: str | None = None
    google_taxonomy: str | None = None
    attributes: list[ProductClassAttribute] | None = None


class ProductClassInput(EcwidInput):
    """Body of POST /classes (create) and PUT /classes/{classId} (update)."""

    name: str | msgspec.UnsetType = msgspec.UNSET
    google_taxonomy: str | msgspec.UnsetType = msgspec.UNSET
    attributes: list[ProductClassAttribute] | msgspec.UnsetType = msgspec.UNSET
