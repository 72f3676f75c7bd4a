"""Products: ``/products`` (search, get, create, update, inventory, images, gallery, files).

``Product`` is what GET /products/{productId} returns and what each item of GET /products
(search) is. ``Combination``, ``OptionValue`` and ``WholesalePrice`` live in
:mod:`ecwid_async.models.combination` and are embedded here.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from ._base import EcwidDateTime, EcwidInput, EcwidModel
from .catalog_media import (
    BorderInfo,
    ImageDetails,
    LowestPriceSettings,
    ProductMedia,
    Translations,
)
from .combination import (
    AttributeValue,
    Combination,
    CombinationInput,
    ProductDimensions,
    ProductSubscriptionSettings,
    WholesalePrice,
)
from .common import UpdateStatus
from .product_settings import (
    CompositeComponent,
    CustomPriceTier,
    ProductRibbon,
    ProductShipping,
    ProductShippingPreparationTime,
    ProductTax,
)

__all__ = [
    "AttributeShow",
    "AttributeType",
    "AttributeValue",
    "CategoryInfo",
    "CompositeComponent",
    "CustomPriceTier",
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
    "ProductRibbon",
    "ProductShipping",
    "ProductShippingPreparationTime",
    "ProductSortBy",
    "ProductTax",
    "ProductUpdateStatus",
    "RelatedCategory",
    "RelatedProducts",
]

# Documented enumeration values. Fields are annotated ``str`` so values Ecwid adds later
# still decode; these aliases exist for documentation and for callers' own annotations.
ProductOptionType = Literal[
    "SELECT", "RADIO", "CHECKBOX", "TEXTFIELD", "TEXTAREA", "DATE", "FILES", "SIZE", "SWATCHES"
]
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
    "DEFINED_BY_STORE_OWNER",
    "ADDED_TIME_DESC",
    "ADDED_TIME_ASC",
    "NAME_ASC",
    "NAME_DESC",
    "PRICE_ASC",
    "PRICE_DESC",
    "UPDATED_TIME_ASC",
    "UPDATED_TIME_DESC",
]


class ProductOptionChoice(EcwidModel):
    """One selectable value of a product option (GET /products, ``options[].choices``)."""

    text: str | None = None
    text_translated: Translations | None = None
    price_modifier: float | None = None
    price_modifier_type: str | None = None  # PriceModifierType
    hex_codes: list[str] | None = None  # SWATCHES options: the colours shown
    image_id: str | None = None
    change_time: int | None = None


class ProductOption(EcwidModel):
    """A product option such as Size or Color (GET /products, ``options``)."""

    type: str | None = None  # ProductOptionType
    name: str | None = None
    name_translated: Translations | None = None
    choices: list[ProductOptionChoice] | None = None
    default_choice: int | None = None
    required: bool | None = None
    use_image_as_swatch_selector: bool | None = None


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
    border_info: BorderInfo | None = None
    # The field tables spell the sort weight ``orderBy``; older examples spell it ``orderby``.
    # Both are kept so neither spelling is lost.
    orderby: int | None = msgspec.field(default=None, name="orderby")
    order_by: int | None = None


class CategoryInfo(EcwidModel):
    """A category a product belongs to, with its ``enabled`` flag (the docs' ``categories``)."""

    id: int | None = None
    enabled: bool | None = None
    name: str | None = None
    name_translated: str | Translations | None = None
    ancestor_ids: list[int] | None = None


class FavoritesStats(EcwidModel):
    """How many customers liked a product (GET /products, ``favorites``)."""

    count: int | None = None
    displayed_count: str | None = None


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
    # Create/update may name related products by SKU instead (the official client's field).
    product_skus: list[str] | None = None
    related_category: RelatedCategory | None = None


class Product(EcwidModel):
    """A catalog product, from GET /products/{productId} and the items of GET /products.

    ``id`` is always present (keep it in ``response_fields`` when trimming)."""

    id: int
    sku: str | None = None
    is_sample_product: bool | None = None
    quantity: int | None = None
    location_inventory: dict[str, int] | None = None
    unlimited: bool | None = None
    in_stock: bool | None = None
    out_of_stock_visibility_behaviour: str | bool | None = None
    name: str | None = None
    name_translated: Translations | None = None
    price: float | None = None
    price_in_product_list: float | None = None
    default_displayed_price: float | None = None
    default_displayed_price_formatted: str | None = None
    cost_price: float | None = None
    tax: ProductTax | None = None
    wholesale_prices: list[WholesalePrice] | None = None
    compare_to_price: float | None = None
    compare_to_price_formatted: str | None = None
    compare_to_price_discount: float | None = None
    compare_to_price_discount_formatted: str | None = None
    compare_to_price_discount_percent: float | None = None
    compare_to_price_discount_percent_formatted: str | None = None
    default_displayed_compare_to_price: float | None = None
    default_displayed_compare_to_price_formatted: str | None = None
    default_displayed_compare_to_price_discount: float | None = None
    default_displayed_compare_to_price_discount_formatted: str | None = None
    default_displayed_compare_to_price_discount_percent: float | None = None
    default_displayed_compare_to_price_discount_percent_formatted: str | None = None
    lowest_price: float | None = None
    default_displayed_lowest_price: float | None = None
    default_displayed_lowest_price_formatted: str | None = None
    lowest_price_settings: LowestPriceSettings | None = None
    is_shipping_required: bool | None = None
    weight: float | None = None
    dimensions: ProductDimensions | None = None
    volume: float | None = None
    volume_unit: str | None = None
    shipping: ProductShipping | None = None
    shipping_preparation_time: ProductShippingPreparationTime | None = None
    show_delivery_time_in_storefront: bool | None = None
    has_free_shipping: bool | None = None
    fixed_shipping_rate_only: bool | None = None
    fixed_shipping_rate: float | None = None
    url: str | None = None
    autogenerated_slug: str | None = None
    custom_slug: str | None = None
    created: EcwidDateTime | None = None
    updated: EcwidDateTime | None = None
    create_timestamp: int | None = None
    update_timestamp: int | None = None
    product_class_id: int | None = None
    enabled: bool | None = None
    options: list[ProductOption] | None = None
    warning_limit: int | None = None
    default_combination_id: int | None = None
    combinations: list[Combination] | None = None
    thumbnail_url: str | None = None
    image_url: str | None = None
    small_thumbnail_url: str | None = None
    hd_thumbnail_url: str | None = None
    original_image_url: str | None = None
    original_image: ImageDetails | None = None
    border_info: BorderInfo | None = None
    gallery_images: list[GalleryImage] | None = None
    media: ProductMedia | None = None
    description: str | None = None
    description_translated: Translations | None = None
    category_ids: list[int] | None = None
    categories: list[CategoryInfo] | None = None
    default_category_id: int | None = None
    show_on_frontpage: int | None = None
    seo_title: str | None = None
    seo_title_translated: Translations | None = None
    seo_description: str | None = None
    seo_description_translated: Translations | None = None
    favorites: FavoritesStats | None = None
    attributes: list[AttributeValue] | None = None
    files: list[ProductFile] | None = None
    related_products: RelatedProducts | None = None
    subscription_settings: ProductSubscriptionSettings | None = None
    is_gift_card: bool | None = None
    discounts_allowed: bool | None = None
    subtitle: str | None = None
    subtitle_translated: Translations | None = None
    ribbon: ProductRibbon | None = None
    ribbon_translated: Translations | None = None
    name_your_price_enabled: bool | None = None
    custom_price_tiers: list[CustomPriceTier] | None = None
    price_default_tier: int | None = None
    google_item_condition: str | None = None
    google_product_category: int | None = None
    google_product_category_name: str | None = None
    product_condition: str | None = None  # NEW, REFURBISHED, USED
    external_reference_id: str | None = None
    customs_hs_tariff_code: str | None = None
    min_purchase_quantity: int | None = None
    max_purchase_quantity: int | None = None
    battery_included: bool | None = None
    reviews_collecting_allowed: bool | None = None
    rating: float | None = None
    reviews_moderated: int | None = None
    reviews_published: int | None = None
    composite_parents: list[int] | None = None
    composite_components: list[CompositeComponent] | None = None


class ProductInput(EcwidInput):
    """Body of POST /products (create) and PUT /products/{productId} (update)."""

    name: str | msgspec.UnsetType = msgspec.UNSET
    name_translated: Translations | msgspec.UnsetType = msgspec.UNSET
    sku: str | msgspec.UnsetType = msgspec.UNSET
    quantity: int | msgspec.UnsetType = msgspec.UNSET
    location_inventory: dict[str, int] | msgspec.UnsetType = msgspec.UNSET
    unlimited: bool | msgspec.UnsetType = msgspec.UNSET
    in_stock: bool | msgspec.UnsetType = msgspec.UNSET
    out_of_stock_visibility_behaviour: str | bool | msgspec.UnsetType = msgspec.UNSET
    price: float | msgspec.UnsetType = msgspec.UNSET
    cost_price: float | msgspec.UnsetType = msgspec.UNSET
    tax: ProductTax | msgspec.UnsetType = msgspec.UNSET
    wholesale_prices: list[WholesalePrice] | msgspec.UnsetType = msgspec.UNSET
    compare_to_price: float | msgspec.UnsetType = msgspec.UNSET
    lowest_price: float | msgspec.UnsetType = msgspec.UNSET
    lowest_price_settings: LowestPriceSettings | msgspec.UnsetType = msgspec.UNSET
    is_shipping_required: bool | msgspec.UnsetType = msgspec.UNSET
    weight: float | msgspec.UnsetType = msgspec.UNSET
    dimensions: ProductDimensions | msgspec.UnsetType = msgspec.UNSET
    volume: float | msgspec.UnsetType = msgspec.UNSET
    volume_unit: str | msgspec.UnsetType = msgspec.UNSET
    shipping: ProductShipping | msgspec.UnsetType = msgspec.UNSET
    shipping_preparation_time: ProductShippingPreparationTime | msgspec.UnsetType = msgspec.UNSET
    show_delivery_time_in_storefront: bool | msgspec.UnsetType = msgspec.UNSET
    fixed_shipping_rate_only: bool | msgspec.UnsetType = msgspec.UNSET
    fixed_shipping_rate: float | msgspec.UnsetType = msgspec.UNSET
    custom_slug: str | msgspec.UnsetType = msgspec.UNSET
    product_class_id: int | msgspec.UnsetType = msgspec.UNSET
    enabled: bool | msgspec.UnsetType = msgspec.UNSET
    options: list[ProductOption] | msgspec.UnsetType = msgspec.UNSET
    warning_limit: int | msgspec.UnsetType = msgspec.UNSET
    combinations: list[CombinationInput] | msgspec.UnsetType = msgspec.UNSET
    description: str | msgspec.UnsetType = msgspec.UNSET
    description_translated: Translations | msgspec.UnsetType = msgspec.UNSET
    category_ids: list[int] | msgspec.UnsetType = msgspec.UNSET
    default_category_id: int | msgspec.UnsetType = msgspec.UNSET
    show_on_frontpage: int | msgspec.UnsetType = msgspec.UNSET
    seo_title: str | msgspec.UnsetType = msgspec.UNSET
    seo_title_translated: Translations | msgspec.UnsetType = msgspec.UNSET
    seo_description: str | msgspec.UnsetType = msgspec.UNSET
    seo_description_translated: Translations | msgspec.UnsetType = msgspec.UNSET
    attributes: list[AttributeValue] | msgspec.UnsetType = msgspec.UNSET
    files: list[ProductFile] | msgspec.UnsetType = msgspec.UNSET
    related_products: RelatedProducts | msgspec.UnsetType = msgspec.UNSET
    subscription_settings: ProductSubscriptionSettings | msgspec.UnsetType = msgspec.UNSET
    is_gift_card: bool | msgspec.UnsetType = msgspec.UNSET
    discounts_allowed: bool | msgspec.UnsetType = msgspec.UNSET
    subtitle: str | msgspec.UnsetType = msgspec.UNSET
    subtitle_translated: Translations | msgspec.UnsetType = msgspec.UNSET
    ribbon: ProductRibbon | msgspec.UnsetType = msgspec.UNSET
    ribbon_translated: Translations | msgspec.UnsetType = msgspec.UNSET
    name_your_price_enabled: bool | msgspec.UnsetType = msgspec.UNSET
    custom_price_tiers: list[CustomPriceTier] | msgspec.UnsetType = msgspec.UNSET
    price_default_tier: int | msgspec.UnsetType = msgspec.UNSET
    google_product_category: int | msgspec.UnsetType = msgspec.UNSET
    product_condition: str | msgspec.UnsetType = msgspec.UNSET
    external_reference_id: str | msgspec.UnsetType = msgspec.UNSET
    customs_hs_tariff_code: str | msgspec.UnsetType = msgspec.UNSET
    min_purchase_quantity: int | msgspec.UnsetType = msgspec.UNSET
    max_purchase_quantity: int | msgspec.UnsetType = msgspec.UNSET
    reviews_collecting_allowed: bool | msgspec.UnsetType = msgspec.UNSET
    battery_included: bool | msgspec.UnsetType = msgspec.UNSET
    composite_components: list[CompositeComponent] | msgspec.UnsetType = msgspec.UNSET
    # Update only: change the alt texts and order of existing images (``media.images``)...
    media: ProductMedia | msgspec.UnsetType = msgspec.UNSET
    # ... or the ``alt`` and ``orderby`` of existing gallery images (the older way).
    gallery_images: list[GalleryImage] | msgspec.UnsetType = msgspec.UNSET
    # Not in the create table, but the older create example sends it ("created": "2014-01-01"):
    # the creation date as an Ecwid date string or UNIX timestamp, sent as given.
    created: str | int | msgspec.UnsetType = msgspec.UNSET


class InventoryAdjustmentInput(EcwidInput):
    """Body of PUT /products/{productId}[/combinations/{combinationId}]/inventory."""

    quantity_delta: int | msgspec.UnsetType = msgspec.UNSET


class ProductFileInput(EcwidInput):
    """Body of PUT /products/{productId}/files/{fileId}: the file's new ``description``."""

    description: str | msgspec.UnsetType = msgspec.UNSET


class ProductUpdateStatus(UpdateStatus):
    """Answer of Update product: ``update_count``, and with ``return_item=True`` the
    product as it is after the update (``item``)."""

    item: Product | None = None
