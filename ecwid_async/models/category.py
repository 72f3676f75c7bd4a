"""Categories: ``/categories`` (search, get, create, update, delete, image)."""

from __future__ import annotations

import msgspec

from ._base import EcwidInput, EcwidModel
from .product import ImageDetails

__all__ = ["Category", "CategoryInput"]


class Category(EcwidModel):
    """A catalog category, from GET /categories/{categoryId} and the items of GET /categories."""

    id: int | None = None
    parent_id: int | None = None
    order_by: int | None = None
    hd_thumbnail_url: str | None = None
    thumbnail_url: str | None = None
    image_url: str | None = None
    original_image_url: str | None = None
    original_image: ImageDetails | None = None
    name: str | None = None
    url: str | None = None
    product_count: int | None = None
    enabled_product_count: int | None = None
    description: str | None = None
    enabled: bool | None = None
    product_ids: list[int] | None = None


class CategoryInput(EcwidInput):
    """Body of POST /categories (create) and PUT /categories/{categoryId} (update)."""

    name: str | msgspec.UnsetType = msgspec.UNSET
    parent_id: int | msgspec.UnsetType = msgspec.UNSET
    order_by: int | msgspec.UnsetType = msgspec.UNSET
    description: str | msgspec.UnsetType = msgspec.UNSET
    enabled: bool | msgspec.UnsetType = msgspec.UNSET
    product_ids: list[int] | msgspec.UnsetType = msgspec.UNSET
