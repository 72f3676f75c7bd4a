"""Products: ``/products`` (search, get, create, update, inventory, images, gallery, files).

``Product`` is what GET /products/{productId} returns and what each item of GET /products
(search) is. ``Combination``, ``OptionValue`` and ``WholesalePrice`` live in
:mod:`ecwid_async.models.combination` and are embedded here.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from ._base import EcwidDateTime, EcwidInput, EcwidModel
from .combination import Combination, WholesalePrice

__all__ = [
    "AttributeShow",
    "AttributeType",
    "AttributeValue",
    "CategoryInfo",
    "FavoritesStats",
    "GalleryImage",
    "ImageDetails",
    "InventoryAdjustmentInput",
    "PriceModifierType",
    "Product",
    "ProductDimensions",
    "ProductFile",
    "ProductFileInput",
    "ProductInput",
    "ProductOption",
    "ProductOptionChoice",
    "ProductOptionType",
    "ProductSortBy",
    "RelatedCategory",
    "RelatedProducts",
]

# Documented enumeration values. Fields are annotated ``str`` so values Ecwid adds later
# still decode; these aliases exist for documentation and for callers' own annotations.
ProductOptionType = Literal["SELECT", "RADIO", "CHECKBOX", "TEXTFIELD", "TEXTAREA", "DATE", "FILES"]
PriceModifierType = Literal["PERCENT", "ABSOLUTE"]
AttributeType = Literal[
    "CUSTOM",
    "UPC",
    "BRAND",
    "GENDER",
    "AGE_GROUP",
    "COLOR",
    "SIZE",
    "PRICE_PER_UNIT",
    "UNITS_IN_PRODUCT",
]
AttributeShow = Literal["NOTSHOW", "DESCR", "PRICE"]
ProductSortBy = Literal[
    "RELEVANCE",
    "ADDED_TIME_DESC",
    "ADDED_TIME_ASC",
    "NAME_ASC",
    "NAME_DESC",
    "PRICE_ASC",
    "PRICE_DESC",
    "UPDATED_TIME_ASC",
    "UPDATED_TIME_DESC",
]


class ImageDetails(EcwidModel):
    """Original image ``url``, ``width``, ``height`` (``originalImage`` of products, categories)."""

    url: str | None = None
    width: int | None = None
    height: int | None = None


class ProductOptionChoice(EcwidModel):
    """One selectable value of a product option (GET /products, ``options[].choices``)."""

    text: str | None = None
    price_modifier: float | None = None
    price_modifier_type: str | None = None  # PriceModifierType


class ProductOption(EcwidModel):
    """A product option such as Size or Color (GET /products, ``options``)."""

    type: str | None = None  # ProductOptionType
    name: str | None = None
    choices: list[ProductOptionChoice] | None = None
    default_choice: int | None = None
    required: bool | None = None


class GalleryImage(EcwidModel):
    """An image of the product gallery (GET /products, ``galleryImages``)."""

    id: int | None = None
    alt: str | None = None
    url: str | None = None
    thumbnail: str | None = None
    thumbnail_url: str | None = None
    image_url: str | None = None
    small_thumbnail_url: str | None = None
    hd_thumbnail_url: str | None = None
    original_image_url: str | None = None
    width: int | None = None
    height: int | None = None
    # The field tables spell the sort weight ``orderby``; some examples spell it ``orderBy``.
    # Both are kept so neither spelling is lost.
    orderby: int | None = msgspec.field(default=None, name="orderby")
    order_by: int | None = None


class CategoryInfo(EcwidModel):
    """A category a product belongs to, with its ``enabled`` flag (the docs' ``CategoriesInfo``)."""

    id: int | None = None
    enabled: bool | None = None


class FavoritesStats(EcwidModel):
    """How many customers liked a product (GET /products, ``favorites``)."""

    count: int | None = None
    displayed_count: str | None = None


class AttributeValue(EcwidModel):
    """A product attribute value (GET /products, ``attributes``); ``alias`` is for create/update."""

    id: int | None = None
    alias: str | None = None  # "UPC" or "BRAND", instead of ``id`` when creating/updating
    name: str | None = None
    value: str | None = None
    type: str | None = None  # AttributeType
    show: str | None = None  # AttributeShow


class ProductFile(EcwidModel):
    """A downloadable file (e-goods) attached to a product (GET /products, ``files``)."""

    id: int | None = None
    name: str | None = None
    description: str | None = None
    size: int | None = None
    admin_url: str | None = None


class RelatedCategory(EcwidModel):
    """The "N random related products from a category" setting of ``RelatedProducts``."""

    enabled: bool | None = None
    category_id: int | None = None
    product_count: int | None = None


class RelatedProducts(EcwidModel):
    """Related ("You may also like") products of a product (GET /products, ``relatedProducts``)."""

    product_ids: list[int] | None = None
    related_category: RelatedCategory | None = None


class ProductDimensions(EcwidModel):
    """Product ``length``, ``width`` and ``height`` (GET /products, ``dimensions``)."""

    length: float | None = None
    width: float | None = None
    height: float | None = None


class Product(EcwidModel):
    """A catalog product, from GET /products/{productId} and the items of GET /products."""

    id: int | None = None
    sku: str | None = None
    quantity: int | None = None
    unlimited: bool | None = None
    in_stock: bool | None = None
    name: str | None = None
    price: float | None = None
    price_in_product_list: float | None = None
    wholesale_prices: list[WholesalePrice] | None = None
    compare_to_price: float | None = None
    is_shipping_required: bool | None = None
    weight: float | None = None
    url: str | None = None
    created: EcwidDateTime | None = None
    updated: EcwidDateTime | None = None
    create_timestamp: int | None = None
    update_timestamp: int | None = None
    product_class_id: int | None = None
    enabled: bool | None = None
    options: list[ProductOption] | None = None
    warning_limit: int | None = None
    fixed_shipping_rate_only: bool | None = None
    fixed_shipping_rate: float | None = None
    default_combination_id: int | None = None
    thumbnail_url: str | None = None
    image_url: str | None = None
    small_thumbnail_url: str | None = None
    hd_thumbnail_url: str | None = None
    original_image_url: str | None = None
    original_image: ImageDetails | None = None
    description: str | None = None
    gallery_images: list[GalleryImage] | None = None
    category_ids: list[int] | None = None
    categories: list[CategoryInfo] | None = None
    seo_title: str | None = None
    seo_description: str | None = None
    default_category_id: int | None = None
    favorites: FavoritesStats | None = None
    attributes: list[AttributeValue] | None = None
    files: list[ProductFile] | None = None
    related_products: RelatedProducts | None = None
    combinations: list[Combination] | None = None
    dimensions: ProductDimensions | None = None
    show_on_frontpage: int | None = None


class ProductInput(EcwidInput):
    """Body of POST /products (create) and PUT /products/{productId} (update)."""

    name: str | msgspec.UnsetType = msgspec.UNSET
    sku: str | msgspec.UnsetType = msgspec.UNSET
    quantity: int | msgspec.UnsetType = msgspec.UNSET
    unlimited: bool | msgspec.UnsetType = msgspec.UNSET
    price: float | msgspec.UnsetType = msgspec.UNSET
    wholesale_prices: list[WholesalePrice] | msgspec.UnsetType = msgspec.UNSET
    compare_to_price: float | msgspec.UnsetType = msgspec.UNSET
    is_shipping_required: bool | msgspec.UnsetType = msgspec.UNSET
    weight: float | msgspec.UnsetType = msgspec.UNSET
    product_class_id: int | msgspec.UnsetType = msgspec.UNSET
    enabled: bool | msgspec.UnsetType = msgspec.UNSET
    options: list[ProductOption] | msgspec.UnsetType = msgspec.UNSET
    warning_limit: int | msgspec.UnsetType = msgspec.UNSET
    fixed_shipping_rate_only: bool | msgspec.UnsetType = msgspec.UNSET
    fixed_shipping_rate: float | msgspec.UnsetType = msgspec.UNSET
    description: str | msgspec.UnsetType = msgspec.UNSET
    category_ids: list[int] | msgspec.UnsetType = msgspec.UNSET
    seo_title: str | msgspec.UnsetType = msgspec.UNSET
    seo_description: str | msgspec.UnsetType = msgspec.UNSET
    default_category_id: int | msgspec.UnsetType = msgspec.UNSET
    attributes: list[AttributeValue] | msgspec.UnsetType = msgspec.UNSET
    related_products: RelatedProducts | msgspec.UnsetType = msgspec.UNSET
    # Update only: change the ``alt`` and ``orderby`` of existing gallery images.
    gallery_images: list[GalleryImage] | msgspec.UnsetType = msgspec.UNSET
    dimensions: ProductDimensions | msgspec.UnsetType = msgspec.UNSET
    show_on_frontpage: int | msgspec.UnsetType = msgspec.UNSET
    # Not in the create table, but the create example sends it ("created": "2014-01-01"):
    # the creation date as an Ecwid date string or UNIX timestamp, sent as given.
    created: str | int | msgspec.UnsetType = msgspec.UNSET


class InventoryAdjustmentInput(EcwidInput):
    """Body of PUT /products/{productId}[/combinations/{combinationId}]/inventory."""

    quantity_delta: int | msgspec.UnsetType = msgspec.UNSET


class ProductFileInput(EcwidInput):
    """Body of PUT /products/{productId}/files/{fileId}: the file's new ``description``."""

    description: str | msgspec.UnsetType = msgspec.UNSET
