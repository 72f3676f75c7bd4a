"""Products: search, CRUD, inventory, images, gallery and files (docs: "Products")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, get_args

from .._params import (
    DateLike,
    check_choice,
    check_id,
    check_ids,
    check_int,
    check_int_id,
    check_number,
    optional_date,
    optional_int,
    query,
)
from .._typing import Unpack
from ..call import Call
from ..models.common import (
    CreateStatus,
    DeletedItem,
    DeleteStatus,
    InventoryAdjustmentStatus,
    UpdateStatus,
    UploadStatus,
)
from ..models.product import (
    InventoryAdjustmentInput,
    Product,
    ProductFileInput,
    ProductInput,
    ProductSortBy,
)
from ..pagination import Paginator, Paging
from ._base import json_body
from ._uploads import UploadingResource, UploadSource, file_name_of, file_payload, image_payload

__all__ = ["SORT_BY", "ProductsResource"]

#: The documented ``sortBy`` values of Search products.
SORT_BY = frozenset(get_args(ProductSortBy))


def _attribute_filters(fields: Mapping[str, str | Sequence[str]] | None) -> dict[str, Any]:
    """``fields={"Brand": "Apple", "Capacity": ["32GB", "64GB"]}`` -> ``fieldBrand=...``."""
    filters: dict[str, Any] = {}
    for raw_key, values in (fields or {}).items():
        key: object = raw_key  # attribute ids may come as ints
        if not isinstance(key, (str, int)) or isinstance(key, bool) or not str(key).strip():
            raise ValueError(f"fields keys must be attribute names or ids, got {key!r}")
        if isinstance(values, str):
            values = [values]
        if not values or not all(isinstance(v, str) and v for v in values):
            raise ValueError(f"fields[{key!r}] must be a non-empty string or list of strings")
        filters[f"field{key}"] = list(values)
    return filters


def _product(product_id: int) -> str:
    return f"/products/{check_id('product_id', product_id)}"


def _file(product_id: int, file_id: int) -> str:
    return f"{_product(product_id)}/files/{check_int_id('file_id', file_id)}"


def _description(description: str) -> ProductFileInput:
    if not isinstance(description, str):
        raise TypeError(f"description must be a string, got {type(description).__name__}")
    return ProductFileInput(description=description)


class ProductsResource(UploadingResource):
    """``ecwid.products``: the catalog's products and their media and files."""

    __slots__ = ()

    def search(
        self,
        *,
        keyword: str | None = None,
        price_from: float | None = None,
        price_to: float | None = None,
        category: int | None = None,
        with_subcategories: bool | None = None,
        sort_by: str | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_from: DateLike | None = None,
        updated_to: DateLike | None = None,
        enabled: bool | None = None,
        in_stock: bool | None = None,
        fields: Mapping[str, str | Sequence[str]] | None = None,
        sku: str | None = None,
        product_id: int | Sequence[int] | None = None,
        base_url: str | None = None,
        clean_urls: bool | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[Product]:
        """Search products: ``GET /products``.

        Every documented filter is a keyword; ``fields`` maps attribute names or ids to
        the values to match (``{"Brand": "Apple", "Capacity": ["32GB", "64GB"]}``). Ecwid
        ignores the other filters when ``sku`` or ``product_id`` is given.
        """
        return self._paginate(
            "/products",
            Product,
            query(
                {
                    "keyword": keyword,
                    "priceFrom": check_number("price_from", price_from),
                    "priceTo": check_number("price_to", price_to),
                    "category": optional_int("category", category),
                    "withSubcategories": with_subcategories,
                    "sortBy": check_choice("sort_by", sort_by, SORT_BY),
                    "createdFrom": optional_date("created_from", created_from),
                    "createdTo": optional_date("created_to", created_to),
                    "updatedFrom": optional_date("updated_from", updated_from),
                    "updatedTo": optional_date("updated_to", updated_to),
                    "enabled": enabled,
                    "inStock": in_stock,
                    **_attribute_filters(fields),
                    "sku": sku,
                    "productId": check_ids("product_id", product_id),
                    "baseUrl": base_url,
                    "cleanUrls": clean_urls,
                }
            ),
            **paging,
        )

    def get(
        self, product_id: int, *, base_url: str | None = None, clean_urls: bool | None = None
    ) -> Call[Product]:
        """Get a product: ``GET /products/{productId}``."""
        return self._call(
            "GET",
            _product(product_id),
            Product,
            params=query(baseUrl=base_url, cleanUrls=clean_urls),
        )

    def create(self, product: Mapping[str, Any] | ProductInput) -> Call[CreateStatus]:
        """Add a product: ``POST /products``."""
        return self._call(
            "POST", "/products", CreateStatus, body=json_body(product, ProductInput, "product")
        )

    def update(
        self, product_id: int, product: Mapping[str, Any] | ProductInput
    ) -> Call[UpdateStatus]:
        """Update a product: ``PUT /products/{productId}``.

        Only the fields sent change: send a ``ProductInput`` or a dict of the fields to
        change, never a decoded ``Product``.
        """
        return self._call(
            "PUT",
            _product(product_id),
            UpdateStatus,
            body=json_body(product, ProductInput, "product"),
        )

    def adjust_inventory(
        self, product_id: int, quantity_delta: int
    ) -> Call[InventoryAdjustmentStatus]:
        """Adjust product inventory: ``PUT /products/{productId}/inventory``.

        Adds ``quantity_delta`` (negative to take away) to the stock, so concurrent
        changes do not overwrite each other.
        """
        return self._call(
            "PUT",
            f"{_product(product_id)}/inventory",
            InventoryAdjustmentStatus,
            body=InventoryAdjustmentInput(
                quantity_delta=check_int("quantity_delta", quantity_delta)
            ),
        )

    def delete(self, product_id: int) -> Call[DeleteStatus]:
        """Delete a product: ``DELETE /products/{productId}``."""
        return self._call("DELETE", _product(product_id), DeleteStatus)

    def deleted(
        self,
        *,
        from_date: DateLike | None = None,
        to_date: DateLike | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[DeletedItem]:
        """Get deleted products stats: ``GET /products/deleted``."""
        return self._deleted(
            "/products/deleted",
            from_date,
            to_date,
            **paging,
        )

    def upload_image(
        self,
        product_id: int,
        image: UploadSource | None = None,
        *,
        external_url: str | None = None,
    ) -> Call[UploadStatus]:
        """Upload product image: ``POST /products/{productId}/image``.

        Replaces the main image: PNG, JPEG, GIF or WebP up to 20 MB, as bytes, a path or
        a stream, or ``external_url=`` for Ecwid to fetch.
        """
        return self._upload(
            f"{_product(product_id)}/image",
            image_payload(image, external_url=external_url, what="product image"),
        )

    def delete_image(self, product_id: int) -> Call[DeleteStatus]:
        """Delete product image: ``DELETE /products/{productId}/image``."""
        return self._call("DELETE", f"{_product(product_id)}/image", DeleteStatus)

    def upload_gallery_image(
        self,
        product_id: int,
        image: UploadSource | None = None,
        *,
        file_name: str | None = None,
        external_url: str | None = None,
    ) -> Call[UploadStatus]:
        """Upload gallery image: ``POST /products/{productId}/gallery``.

        Adds an image to the gallery; ``file_name`` is its title. Limits as for
        :meth:`upload_image`.
        """
        return self._upload(
            f"{_product(product_id)}/gallery",
            image_payload(image, external_url=external_url, what="gallery image"),
            query(fileName=file_name),
        )

    def delete_gallery_image(self, product_id: int, file_id: int) -> Call[DeleteStatus]:
        """Delete gallery image: ``DELETE /products/{productId}/gallery/{fileId}``."""
        return self._call(
            "DELETE",
            f"{_product(product_id)}/gallery/{check_int_id('file_id', file_id)}",
            DeleteStatus,
        )

    def delete_gallery_images(self, product_id: int) -> Call[DeleteStatus]:
        """Delete all gallery images: ``DELETE /products/{productId}/gallery``."""
        return self._call("DELETE", f"{_product(product_id)}/gallery", DeleteStatus)

    def download_file(self, product_id: int, file_id: int) -> Call[bytes]:
        """Download product file: ``GET /products/{productId}/files/{fileId}``.

        ``await`` it for the bytes, or ``async with call.stream() as chunks:`` for a
        large file.
        """
        return self._call("GET", _file(product_id, file_id), bytes)

    def upload_file(
        self,
        product_id: int,
        file: UploadSource | None = None,
        *,
        file_name: str | None = None,
        description: str | None = None,
        external_url: str | None = None,
    ) -> Call[UploadStatus]:
        """Upload product file: ``POST /products/{productId}/files``.

        An e-goods file up to 100 MB that buyers download; ``file_name`` (what they see)
        defaults to the path's or URL's name.
        """
        return self._upload(
            f"{_product(product_id)}/files",
            file_payload(file, external_url=external_url, what="product file"),
            query(
                fileName=file_name_of(file_name, file, external_url),
                description=description,
            ),
        )

    def update_file(self, product_id: int, file_id: int, description: str) -> Call[UpdateStatus]:
        """Update product file description: ``PUT /products/{productId}/files/{fileId}``."""
        return self._call(
            "PUT", _file(product_id, file_id), UpdateStatus, body=_description(description)
        )

    def delete_file(self, product_id: int, file_id: int) -> Call[DeleteStatus]:
        """Delete product file: ``DELETE /products/{productId}/files/{fileId}``."""
        return self._call("DELETE", _file(product_id, file_id), DeleteStatus)

    def delete_files(self, product_id: int) -> Call[DeleteStatus]:
        """Delete all product files: ``DELETE /products/{productId}/files``."""
        return self._call("DELETE", f"{_product(product_id)}/files", DeleteStatus)
