"""Categories: search, by path, CRUD, images, the order of categories and of the products in
a category, assigning products (docs: "Categories")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .._params import (
    ResponseFields,
    check_id,
    check_ids,
    check_int,
    optional_int,
    query,
)
from .._params import response_fields as response_fields_
from .._typing import Unpack
from ..call import Call
from ..models.catalog_media import ImageAlt
from ..models.category import (
    Category,
    CategoryInput,
    CategoryProductIdsInput,
    SortedIds,
    SortedIdsInput,
)
from ..models.common import CreateStatus, DeleteStatus, UpdateStatus, UploadStatus
from ..pagination import Paginator, Paging
from ._base import json_body
from ._uploads import UploadingResource, UploadSource, async_image_body, image_payload

__all__ = ["CategoriesResource"]


def _category(category_id: int) -> str:
    return f"/categories/{check_id('category_id', category_id)}"


def _id_list(name: str, ids: Sequence[int]) -> list[int]:
    """A list of integer ids (may be empty only where the docs allow it)."""
    if isinstance(ids, (str, bytes)) or not isinstance(ids, Sequence):
        raise TypeError(f"{name} must be a list of integer ids, got {ids!r}")
    return [check_int(name, i) for i in ids]


def _product_ids(product_ids: Sequence[int]) -> CategoryProductIdsInput:
    ids = _id_list("product_ids", product_ids)
    if not ids:
        raise ValueError("product_ids must not be empty")
    return CategoryProductIdsInput(product_ids=ids)


class CategoriesResource(UploadingResource):
    """``ecwid.categories``: the catalog's categories, their images and their order."""

    __slots__ = ()

    def search(
        self,
        *,
        keyword: str | None = None,
        parent: int | None = None,
        parent_ids: int | Sequence[int] | None = None,
        with_subcategories: bool | None = None,
        hidden_categories: bool | None = None,
        lang: str | None = None,
        response_fields: ResponseFields | None = None,
        product_ids: bool | None = None,
        base_url: str | None = None,
        clean_urls: bool | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[Category]:
        """Search categories: ``GET /categories``.

        ``parent=0`` lists root categories (omit it for all), ``parent_ids`` several
        parents; ``with_subcategories=True`` returns the whole tree below them;
        ``hidden_categories=True`` includes disabled ones. ``product_ids=True`` (fill each
        category's product ids), ``base_url`` and ``clean_urls`` are the older reference's.
        The order is not the storefront order: see :meth:`get_order` for that.
        """
        return self._paginate(
            "/categories",
            Category,
            query(
                {
                    "keyword": keyword,
                    "parent": optional_int("parent", parent),
                    "parentIds": check_ids("parent_ids", parent_ids),
                    "withSubcategories": with_subcategories,
                    "hidden_categories": hidden_categories,
                    "lang": lang,
                    "responseFields": response_fields_(response_fields, paged=True),
                    "productIds": product_ids,
                    "baseUrl": base_url,
                    "cleanUrls": clean_urls,
                }
            ),
            **paging,
        )

    def search_by_path(
        self,
        path: str,
        delimiter: str,
        *,
        keyword: str | None = None,
        parent: int | None = None,
        hidden_categories: bool | None = None,
        base_url: str | None = None,
        clean_urls: bool | None = None,
        slugs_without_ids: bool | None = None,
        lang: str | None = None,
        response_fields: ResponseFields | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[Category]:
        """Search categories by path: ``GET /categoriesByPath``.

        ``path`` is the category names from the top, joined by ``delimiter``
        (``search_by_path("Toys / Cars", "/")``); spaces around it are ignored.
        """
        if not isinstance(path, str) or not path.strip():
            raise ValueError(f"path must be a non-empty string, got {path!r}")
        if not isinstance(delimiter, str) or not delimiter:
            raise ValueError(f"delimiter must be a non-empty string, got {delimiter!r}")
        return self._paginate(
            "/categoriesByPath",
            Category,
            query(
                {
                    "path": path,
                    # Today's page spells it "delimeter" (sic), the official client
                    # "delimiter": both are sent, Ecwid ignores the one it does not read.
                    "delimeter": delimiter,
                    "delimiter": delimiter,
                    "keyword": keyword,
                    "parent": optional_int("parent", parent),
                    "hidden_categories": hidden_categories,
                    "baseUrl": base_url,
                    "cleanUrls": clean_urls,
                    "slugsWithoutIds": slugs_without_ids,
                    "lang": lang,
                    "responseFields": response_fields_(response_fields, paged=True),
                }
            ),
            **paging,
        )

    def get(
        self,
        category_id: int,
        *,
        base_url: str | None = None,
        clean_urls: bool | None = None,
        slugs_without_ids: bool | None = None,
        lang: str | None = None,
        response_fields: ResponseFields | None = None,
    ) -> Call[Category]:
        """Get category: ``GET /categories/{categoryId}``."""
        return self._call(
            "GET",
            _category(category_id),
            Category,
            params=query(
                baseUrl=base_url,
                cleanUrls=clean_urls,
                slugsWithoutIds=slugs_without_ids,
                lang=lang,
                responseFields=response_fields_(response_fields),
            ),
        )

    def create(self, category: Mapping[str, Any] | CategoryInput) -> Call[CreateStatus]:
        """Create category: ``POST /categories``."""
        return self._call(
            "POST",
            "/categories",
            CreateStatus,
            body=json_body(category, CategoryInput, "category"),
        )

    def update(
        self, category_id: int, category: Mapping[str, Any] | CategoryInput
    ) -> Call[UpdateStatus]:
        """Update category: ``PUT /categories/{categoryId}``.

        Only the fields sent change; ``product_ids`` replaces the category's products.
        """
        return self._call(
            "PUT",
            _category(category_id),
            UpdateStatus,
            body=json_body(category, CategoryInput, "category"),
        )

    def delete(self, category_id: int) -> Call[DeleteStatus]:
        """Delete category: ``DELETE /categories/{categoryId}``."""
        return self._call("DELETE", _category(category_id), DeleteStatus)

    def upload_image(
        self,
        category_id: int,
        image: UploadSource | None = None,
        *,
        external_url: str | None = None,
    ) -> Call[UploadStatus]:
        """Upload category image: ``POST /categories/{categoryId}/image``.

        Replaces the current image: PNG, JPEG, GIF or WebP up to 20 MB, as bytes, a path
        or a stream, or ``external_url=`` for Ecwid to fetch.
        """
        return self._upload(
            f"{_category(category_id)}/image",
            image_payload(image, external_url=external_url, what="category image"),
        )

    def upload_image_async(
        self,
        category_id: int,
        url: str,
        *,
        width: int,
        height: int,
        external_id: str | None = None,
        alt: ImageAlt | Mapping[str, Any] | None = None,
    ) -> Call[UploadStatus]:
        """Upload category image (async): ``POST /categories/{categoryId}/image/async``.

        Ecwid fetches the HTTPS ``url`` later.
        """
        return self._call(
            "POST",
            f"{_category(category_id)}/image/async",
            UploadStatus,
            body=async_image_body(url, width, height, external_id=external_id, alt=alt),
        )

    def delete_image(self, category_id: int) -> Call[DeleteStatus]:
        """Delete category image: ``DELETE /categories/{categoryId}/image``."""
        return self._call("DELETE", f"{_category(category_id)}/image", DeleteStatus)

    def get_order(self, *, parent_category: int | None = None) -> Call[SortedIds]:
        """Get order of categories: ``GET /categories/sort``.

        The storefront order of the categories under ``parent_category`` (the top level if
        omitted).
        """
        return self._call(
            "GET",
            "/categories/sort",
            SortedIds,
            params=query(parentCategory=optional_int("parent_category", parent_category)),
        )

    def update_order(
        self, sorted_ids: Sequence[int], *, parent_category: int | None = None
    ) -> Call[UpdateStatus]:
        """Update order of categories: ``PUT /categories/sort``.

        ``sorted_ids`` are the categories under ``parent_category`` in their new storefront
        order.
        """
        return self._call(
            "PUT",
            "/categories/sort",
            UpdateStatus,
            params=query(parentCategory=optional_int("parent_category", parent_category)),
            body=SortedIdsInput(sorted_ids=_id_list("sorted_ids", sorted_ids)),
        )

    def get_products_order(self, parent_category: int) -> Call[SortedIds]:
        """Get order of products: ``GET /products/sort``.

        The storefront order of the products in category ``parent_category``.
        """
        return self._call(
            "GET",
            "/products/sort",
            SortedIds,
            params=query(parentCategory=check_int("parent_category", parent_category)),
        )

    def update_products_order(
        self, parent_category: int, sorted_ids: Sequence[int]
    ) -> Call[UpdateStatus]:
        """Update order of products: ``PUT /products/sort``.

        ``sorted_ids`` are the products of category ``parent_category`` in their new
        storefront order.
        """
        return self._call(
            "PUT",
            "/products/sort",
            UpdateStatus,
            params=query(parentCategory=check_int("parent_category", parent_category)),
            body=SortedIdsInput(sorted_ids=_id_list("sorted_ids", sorted_ids)),
        )

    def assign_products(self, category_id: int, product_ids: Sequence[int]) -> Call[UpdateStatus]:
        """Assign products to the category: ``POST /categories/{categoryId}/assignProducts``.

        Adds the products to the category; the ones already in it stay.
        """
        return self._call(
            "POST",
            f"{_category(category_id)}/assignProducts",
            UpdateStatus,
            body=_product_ids(product_ids),
            idempotent=True,
        )

    def unassign_products(self, category_id: int, product_ids: Sequence[int]) -> Call[DeleteStatus]:
        """Unassign products from the category: ``POST /categories/{categoryId}/unassignProducts``."""  # noqa: E501
        return self._call(
            "POST",
            f"{_category(category_id)}/unassignProducts",
            DeleteStatus,
            body=_product_ids(product_ids),
            idempotent=True,
        )
