"""Product filters (``POST /products/filters``): the facets a storefront filter shows."""

from __future__ import annotations

import msgspec

from ._base import EcwidInput, EcwidModel

__all__ = [
    "ProductFilter",
    "ProductFilterValue",
    "ProductFiltersInput",
    "ProductFiltersResult",
]


class ProductFilterValue(EcwidModel):
    """One facet value: ``id`` (inventory, onsale, categories), ``title``, product count."""

    id: int | str | None = None
    title: str | None = None
    title_translated: str | None = None
    product_count: int | None = None


class ProductFilter(EcwidModel):
    """One filter: ``price`` has min/max; the others (``inventory``, ``onsale``,
    ``categories``, ``attribute_{name}``, ``option_{name}``) list values."""

    title: str | None = None
    title_translated: str | None = None
    min_value: float | None = None
    max_value: float | None = None
    values: list[ProductFilterValue] | None = None
    status: str | None = None
    sorting_order: str | None = None


class ProductFiltersResult(EcwidModel):
    """Answer of Get product filters: the matching product count and each filter by its
    name (``filters["price"]``, ``filters["attribute_Brand"]``, ``filters["option_Size"]``)."""

    product_count: int = 0
    filters: dict[str, ProductFilter] = {}


class ProductFiltersInput(EcwidInput):
    """Body of POST /products/filters: the filtering ``params`` as wire-named strings."""

    params: dict[str, str] | msgspec.UnsetType = msgspec.UNSET
