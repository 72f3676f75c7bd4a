"""Pieces shared by the catalog models: translations, image alt texts, image details,
border colours, the ``media`` gallery and the lowest-price settings.

Embedded in :class:`~ecwid_async.models.product.Product`,
:class:`~ecwid_async.models.combination.Combination` and
:class:`~ecwid_async.models.category.Category`.
"""

from __future__ import annotations

import msgspec

from ._base import EcwidInput, EcwidModel

__all__ = [
    "AsyncImageInput",
    "BorderInfo",
    "DominatingColor",
    "ImageAlt",
    "ImageDetails",
    "LowestPriceSettings",
    "MediaLinkInput",
    "ProductMedia",
    "ProductMediaImage",
    "ProductMediaUpdateInput",
    "ProductMediaVideo",
    "Translations",
    "VideoInput",
]

#: ``{"en": "Sample text", "nl": "Voorbeeldtekst"}``: a text in each enabled store
#: language, keyed by ISO 639-1 code (``nameTranslated``, ``descriptionTranslated``, ...).
Translations = dict[str, str]


class ImageDetails(EcwidModel):
    """An image's ``url``, ``width`` and ``height`` (``originalImage``, ``thumbnail``)."""

    url: str | None = None
    width: int | None = None
    height: int | None = None


class ImageAlt(EcwidModel):
    """An image's alt text: ``main`` (store language) and its translations."""

    main: str | None = None
    # The examples and the official client spell it ``translated``; the field tables of
    # the product pages spell it ``translations``. Both are kept so neither is lost.
    translated: Translations | None = None
    translations: Translations | None = None


class DominatingColor(EcwidModel):
    """The dominating colour of an image: ``red``, ``green``, ``blue``, ``alpha``."""

    red: int | None = None
    green: int | None = None
    blue: int | None = None
    alpha: int | None = None


class BorderInfo(EcwidModel):
    """How an image's border looks (``borderInfo``): its colour and ``homogeneity``."""

    dominating_color: DominatingColor | None = None
    homogeneity: bool | None = None


class ProductMediaImage(EcwidModel):
    """One image of ``media.images``: sized URLs, ``isMain``, ``orderBy`` and ``alt``."""

    id: str | None = None
    alt: ImageAlt | None = None
    order_by: int | None = None
    is_main: bool | None = None
    image160px_url: str | None = msgspec.field(default=None, name="image160pxUrl")
    image400px_url: str | None = msgspec.field(default=None, name="image400pxUrl")
    image800px_url: str | None = msgspec.field(default=None, name="image800pxUrl")
    image1500px_url: str | None = msgspec.field(default=None, name="image1500pxUrl")
    image_original_url: str | None = None
    external_id: str | None = None


class ProductMediaVideo(EcwidModel):
    """One video of ``media.videos`` (also the answer of Download gallery product video)."""

    id: int | str | None = None
    video_cover_id: int | str | None = None
    url: str | None = None
    embed_html: str | None = None
    provider_name: str | None = None
    title: str | None = None
    image160px_url: str | None = msgspec.field(default=None, name="image160pxUrl")
    image400px_url: str | None = msgspec.field(default=None, name="image400pxUrl")
    image800px_url: str | None = msgspec.field(default=None, name="image800pxUrl")
    image1500px_url: str | None = msgspec.field(default=None, name="image1500pxUrl")
    image_original_url: str | None = None


class ProductMedia(EcwidModel):
    """A product's images and videos (``media``), main one first."""

    images: list[ProductMediaImage] | None = None
    videos: list[ProductMediaVideo] | None = None


class LowestPriceSettings(EcwidModel):
    """The EU "lowest price in the last 30 days" settings of a product or variation."""

    lowest_price_enabled: bool | None = None
    manual_lowest_price: float | None = None
    default_displayed_manual_lowest_price: float | None = None
    default_displayed_manual_lowest_price_formatted: str | None = None
    automatic_lowest_price: float | None = None
    default_displayed_automatic_lowest_price: float | None = None
    default_displayed_automatic_lowest_price_formatted: str | None = None
    # The official client also names these two.
    default_displayed_lowest_price: float | None = None
    default_displayed_lowest_price_formatted: str | None = None


class AsyncImageInput(EcwidInput):
    """Body of the "(async)" image uploads: an HTTPS ``url`` Ecwid fetches, its size."""

    url: str | msgspec.UnsetType = msgspec.UNSET
    width: int | str | msgspec.UnsetType = msgspec.UNSET
    height: int | str | msgspec.UnsetType = msgspec.UNSET
    external_id: str | msgspec.UnsetType = msgspec.UNSET
    alt: ImageAlt | msgspec.UnsetType = msgspec.UNSET


class VideoInput(EcwidInput):
    """Body of Upload main / gallery product video: the HTTPS ``url`` of the video."""

    url: str | msgspec.UnsetType = msgspec.UNSET


class MediaLinkInput(EcwidInput):
    """One link of a bulk media update: an ``imageUrl`` or a ``videoUrl``."""

    image_url: str | msgspec.UnsetType = msgspec.UNSET
    video_url: str | msgspec.UnsetType = msgspec.UNSET


class ProductMediaUpdateInput(EcwidInput):
    """Body of PUT /products/{productId}/media: the main image or video and the gallery
    (the gallery list replaces the whole gallery)."""

    main_media: MediaLinkInput | msgspec.UnsetType = msgspec.UNSET
    gallery_media: list[MediaLinkInput] | msgspec.UnsetType = msgspec.UNSET
