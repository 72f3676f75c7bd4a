"""Categories: search, get, create, update, delete, image (docs: "Categories")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._params import check_id, optional_int, query
from .._typing import Unpack
from ..call import Call
from ..models.category import Category, CategoryInput
from ..models.common import CreateStatus, DeleteStatus, UpdateStatus, UploadStatus
from ..pagination import Paginator, Paging
from ._base import json_body
from ._uploads import UploadingResource, UploadSource, image_payload

__all__ = ["CategoriesResource"]


def _category(category_id: int) -> str:
    return f"/categories/{check_id('category_id', category_id)}"


class CategoriesResource(UploadingResource):
    """``ecwid.categories``: the catalog's categories and their images."""

    __slots__ = ()

    def search(
        self,
        *,
        parent: int | None = None,
        hidden_categories: bool | None = None,
        product_ids: bool | None = None,
        base_url: str | None = None,
        clean_urls: bool | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[Category]:
        """Get categories: ``GET /categories``.

        ``parent=0`` lists root categories (omit it for all); ``hidden_categories=True``
        includes disabled ones; ``product_ids=True`` fills each category's product ids.
        The order is not the storefront order: sort by ``order_by`` for that.
        """
        return self._paginate(
            "/categories",
            Category,
            query(
                {
                    "parent": optional_int("parent", parent),
                    "hidden_categories": hidden_categories,
                    "productIds": product_ids,
                    "baseUrl": base_url,
                    "cleanUrls": clean_urls,
                }
            ),
            **paging,
        )

    def get(
        self, category_id: int, *, base_url: str | None = None, clean_urls: bool | None = None
    ) -> Call[Category]:
        """Get category: ``GET /categories/{categoryId}``."""
        return self._call(
            "GET",
            _category(category_id),
            Category,
            params=query(baseUrl=base_url, cleanUrls=clean_urls),
        )

    def create(self, category: Mapping[str, Any] | CategoryInput) -> Call[CreateStatus]:
        """Add new category: ``POST /categories``."""
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
        """Delete a category: ``DELETE /categories/{categoryId}``."""
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

    def delete_image(self, category_id: int) -> Call[DeleteStatus]:
        """Delete category image: ``DELETE /categories/{categoryId}/image``."""
        return self._call("DELETE", f"{_category(category_id)}/image", DeleteStatus)
