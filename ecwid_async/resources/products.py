"""Products: search, CRUD, stock, filters, swatches (docs: "Products"); the media and files
methods come from :mod:`.product_media`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, get_args

from .._params import (
    DateLike,
    NameFilters,
    ResponseFields,
    check_choice,
    check_ids,
    check_int,
    check_int_ids,
    check_number,
    name_filters,
    optional_date,
    query,
    renamed,
)
from .._params import (
    response_fields as response_fields_,
)
from .._typing import Unpack
from ..call import Call
from ..models.brand import SwatchColors
from ..models.common import (
    CreateStatus,
    DeletedItem,
    DeleteStatus,
    InventoryAdjustmentStatus,
    UpdateStatus,
)
from ..models.product import (
    InventoryAdjustmentInput,
    Product,
    ProductInput,
    ProductSortBy,
    ProductUpdateStatus,
)
from ..models.product_filters import ProductFiltersInput, ProductFiltersResult
from ..pagination import Paginator, Paging
from ._base import json_body
from .product_media import ProductMediaResource, product_path

__all__ = ["SORT_BY", "ProductsResource"]

#: The documented ``sortBy`` values of Search products.
SORT_BY = frozenset(get_args(ProductSortBy))
_SEARCH_METHODS = frozenset({"STOREFRONT", "CP"})
_ONSALE = frozenset({"onsale", "notonsale"})
_INVENTORY = frozenset({"instock", "outofstock"})

IdList = int | Sequence[int]


def _categories(categories: IdList | None, category: int | None) -> list[int] | None:
    """``categories=`` (today's name), or the deprecated single ``category=``."""
    return check_int_ids(
        "categories", renamed("category", category, "categories", categories, stacklevel=4)
    )


def _subcategories(include: bool | None, with_subcategories: bool | None) -> bool | None:
    return renamed(  # type: ignore[no-any-return]
        "with_subcategories",
        with_subcategories,
        "include_products_from_subcategories",
        include,
        stacklevel=4,
    )


def _attributes(attributes: NameFilters | None, fields: NameFilters | None) -> dict[str, Any]:
    chosen = renamed("fields", fields, "attributes", attributes, stacklevel=4)
    return name_filters("attributes", "attribute_", chosen)


def _filter_fields(fields: str | Sequence[str]) -> str:
    """``filterFields``: a string as given, or names with ``\\`` and ``,`` escaped."""
    if isinstance(fields, str):
        if not fields.strip():
            raise ValueError("filter_fields must not be empty")
        return fields
    names = list(fields)
    if not names or not all(isinstance(n, str) and n for n in names):
        raise ValueError(f"filter_fields must be filter names, got {fields!r}")
    return ",".join(n.replace("\\", "\\\\").replace(",", "\\,") for n in names)


def _catalog_filters(
    *,
    keyword: str | None,
    price_from: float | None,
    price_to: float | None,
    categories: list[int] | None,
    include_products_from_subcategories: bool | None,
    dates: tuple[DateLike | None, DateLike | None, DateLike | None, DateLike | None],
    enabled: bool | None,
    inventory: str | None,
    onsale: str | None,
    attributes: dict[str, Any],
    options: NameFilters | None,
    lang: str | None,
) -> dict[str, Any]:
    """The filters Search products and Get product filters share, by their wire names."""
    return {
        "keyword": keyword,
        "priceFrom": check_number("price_from", price_from),
        "priceTo": check_number("price_to", price_to),
        "categories": categories,
        "includeProductsFromSubcategories": include_products_from_subcategories,
        "createdFrom": optional_date("created_from", dates[0]),
        "createdTo": optional_date("created_to", dates[1]),
        "updatedFrom": optional_date("updated_from", dates[2]),
        "updatedTo": optional_date("updated_to", dates[3]),
        "enabled": enabled,
        "inventory": check_choice("inventory", inventory, _INVENTORY),
        "onsale": check_choice("onsale", onsale, _ONSALE),
        **attributes,
        **name_filters("options", "option_", options),
        "lang": lang,
    }


class ProductsResource(ProductMediaResource):
    """``ecwid.products``: the catalog's products and their media and files."""

    __slots__ = ()

    def search(
        self,
        *,
        keyword: str | None = None,
        search_method: str | None = None,
        external_reference_id: str | None = None,
        price_from: float | None = None,
        price_to: float | None = None,
        categories: IdList | None = None,
        include_products_from_subcategories: bool | None = None,
        sort_by: str | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_from: DateLike | None = None,
        updated_to: DateLike | None = None,
        enabled: bool | None = None,
        is_gift_card: bool | None = None,
        in_stock: bool | None = None,
        discounts_allowed: bool | None = None,
        visible_in_storefront: bool | None = None,
        is_customer_set_price: bool | None = None,
        onsale: str | None = None,
        inventory: str | None = None,
        attributes: NameFilters | None = None,
        options: NameFilters | None = None,
        enabled_manual_taxes: int | str | Sequence[int | str] | None = None,
        tax_class_codes: str | Sequence[str] | None = None,
        sku: str | None = None,
        product_id: IdList | None = None,
        base_url: str | None = None,
        clean_urls: bool | None = None,
        slugs_without_ids: bool | None = None,
        lang: str | None = None,
        response_fields: ResponseFields | None = None,
        category: int | None = None,
        with_subcategories: bool | None = None,
        fields: NameFilters | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[Product]:
        """Search products: ``GET /products``.

        Every documented filter is a keyword. ``categories`` takes one id or several
        (``0`` is "no category"), ``include_products_from_subcategories=True`` adds their
        subcategories; ``attributes={"Brand": "Apple"}`` sends ``attribute_Brand=Apple`` and
        ``options={"Size": ["S", "M"]}`` sends ``option_Size=S,M`` (any listed value
        matches). ``onsale`` is ``"onsale"``/``"notonsale"``, ``inventory``
        ``"instock"``/``"outofstock"``. Ecwid ignores the other filters when ``sku`` or
        ``product_id`` is given. Deprecated: ``category=`` (use ``categories=``),
        ``with_subcategories=`` (``include_products_from_subcategories=``), ``fields=``
        (``attributes=``); each still works and warns.
        """
        return self._paginate(
            "/products",
            Product,
            query(
                {
                    **_catalog_filters(
                        keyword=keyword,
                        price_from=price_from,
                        price_to=price_to,
                        categories=_categories(categories, category),
                        include_products_from_subcategories=_subcategories(
                            include_products_from_subcategories, with_subcategories
                        ),
                        dates=(created_from, created_to, updated_from, updated_to),
                        enabled=enabled,
                        inventory=inventory,
                        onsale=onsale,
                        attributes=_attributes(attributes, fields),
                        options=options,
                        lang=lang,
                    ),
                    "searchMethod": check_choice("search_method", search_method, _SEARCH_METHODS),
                    "externalReferenceId": external_reference_id,
                    "sortBy": check_choice("sort_by", sort_by, SORT_BY),
                    "isGiftCard": is_gift_card,
                    "inStock": in_stock,
                    "discountsAllowed": discounts_allowed,
                    "visibleInStorefront": visible_in_storefront,
                    "isCustomerSetPrice": is_customer_set_price,
                    "enabledManualTaxes": enabled_manual_taxes,
                    "taxClassCodes": tax_class_codes,
                    "sku": sku,
                    "productId": check_ids("product_id", product_id),
                    "baseUrl": base_url,
                    "cleanUrls": clean_urls,
                    "slugsWithoutIds": slugs_without_ids,
                    "responseFields": response_fields_(response_fields, paged=True),
                }
            ),
            **paging,
        )

    def get(
        self,
        product_id: int,
        *,
        base_url: str | None = None,
        clean_urls: bool | None = None,
        slugs_without_ids: bool | None = None,
        lang: str | None = None,
        response_fields: ResponseFields | None = None,
    ) -> Call[Product]:
        """Get product: ``GET /products/{productId}``."""
        return self._call(
            "GET",
            product_path(product_id),
            Product,
            params=query(
                baseUrl=base_url,
                cleanUrls=clean_urls,
                slugsWithoutIds=slugs_without_ids,
                lang=lang,
                responseFields=response_fields_(response_fields),
            ),
        )

    def create(
        self,
        product: Mapping[str, Any] | ProductInput,
        *,
        save_combinations: bool | None = None,
    ) -> Call[CreateStatus]:
        """Create product: ``POST /products``.

        ``save_combinations=True`` also creates the ``combinations`` sent in the body.
        """
        return self._call(
            "POST",
            "/products",
            CreateStatus,
            params=query(saveCombinations=save_combinations),
            body=json_body(product, ProductInput, "product"),
        )

    def update(
        self,
        product_id: int,
        product: Mapping[str, Any] | ProductInput,
        *,
        save_combinations: bool | None = None,
        return_item: bool | None = None,
        response_fields: ResponseFields | None = None,
    ) -> Call[UpdateStatus]:
        """Update product: ``PUT /products/{productId}``.

        Only the fields sent change: send a ``ProductInput`` or a dict of the fields to
        change, never a decoded ``Product``. With ``return_item=True`` the answer is a
        :class:`~ecwid_async.models.ProductUpdateStatus` whose ``item`` is the product after
        the update (trimmed by ``response_fields="updateCount,item(id,sku)"``).
        """
        return self._call(
            "PUT",
            product_path(product_id),
            ProductUpdateStatus if return_item else UpdateStatus,
            params=query(
                saveCombinations=save_combinations,
                returnItem=return_item,
                responseFields=response_fields_(response_fields),
            ),
            body=json_body(product, ProductInput, "product"),
        )

    def adjust_inventory(
        self,
        product_id: int,
        quantity_delta: int,
        *,
        check_low_stock_notification: bool | None = None,
    ) -> Call[InventoryAdjustmentStatus]:
        """Adjust product stock: ``PUT /products/{productId}/inventory``.

        Adds ``quantity_delta`` (negative to take away) to the stock, so concurrent
        changes do not overwrite each other.
        """
        return self._call(
            "PUT",
            f"{product_path(product_id)}/inventory",
            InventoryAdjustmentStatus,
            params=query(checkLowStockNotification=check_low_stock_notification),
            body=InventoryAdjustmentInput(
                quantity_delta=check_int("quantity_delta", quantity_delta)
            ),
        )

    def delete(self, product_id: int) -> Call[DeleteStatus]:
        """Delete product: ``DELETE /products/{productId}``."""
        return self._call("DELETE", product_path(product_id), DeleteStatus)

    def delete_all(self) -> Call[None]:
        """Delete all products: ``DELETE /products``.

        Every product of the store goes; Ecwid answers ``202 Accepted`` and deletes them in
        the background.
        """
        return self._call("DELETE", "/products", None)

    def deleted(
        self,
        *,
        from_date: DateLike | None = None,
        to_date: DateLike | None = None,
        response_fields: ResponseFields | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[DeletedItem]:
        """Get deleted items history: ``GET /products/deleted``."""
        return self._deleted("/products/deleted", from_date, to_date, response_fields, **paging)

    def filters(
        self,
        filter_fields: str | Sequence[str],
        *,
        filter_facet_limit: int | str | None = None,
        filter_parent_category_id: int | str | None = None,
        keyword: str | None = None,
        price_from: float | None = None,
        price_to: float | None = None,
        categories: IdList | None = None,
        include_products_from_subcategories: bool | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_from: DateLike | None = None,
        updated_to: DateLike | None = None,
        enabled: bool | None = None,
        inventory: str | None = None,
        onsale: str | None = None,
        attributes: NameFilters | None = None,
        options: NameFilters | None = None,
        lang: str | None = None,
    ) -> Call[ProductFiltersResult]:
        """Get product filters: ``POST /products/filters``.

        ``filter_fields`` names the facets to compute (``["price", "inventory",
        "attribute_Brand", "option_Size"]``; names are escaped for you); the other
        keywords narrow the products counted, as in :meth:`search`.
        """
        return self._call(
            "POST",
            "/products/filters",
            ProductFiltersResult,
            params=query(filterFields=_filter_fields(filter_fields)),
            body=ProductFiltersInput(
                params=dict(
                    query(
                        {
                            "filterFields": _filter_fields(filter_fields),
                            "filterFacetLimit": filter_facet_limit,
                            "filterParentCategoryId": filter_parent_category_id,
                            **_catalog_filters(
                                keyword=keyword,
                                price_from=price_from,
                                price_to=price_to,
                                categories=check_int_ids("categories", categories),
                                include_products_from_subcategories=(
                                    include_products_from_subcategories
                                ),
                                dates=(created_from, created_to, updated_from, updated_to),
                                enabled=enabled,
                                inventory=inventory,
                                onsale=onsale,
                                attributes=name_filters("attributes", "attribute_", attributes),
                                options=options,
                                lang=lang,
                            ),
                        }
                    )
                )
            ),
            idempotent=True,
        )

    def recent_swatches(self) -> Call[SwatchColors]:
        """Get recently used product swatches: ``GET /swatches``."""
        return self._call("GET", "/swatches", SwatchColors)
