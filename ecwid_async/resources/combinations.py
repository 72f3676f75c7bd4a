"""Product variations: ``/products/{productId}/combinations`` (docs: "Product variations").

Every method takes the parent product id first: ``combinations.get(product_id, combination_id)``.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any

from .._params import ResponseFields, check_id, check_int, query
from .._params import response_fields as response_fields_
from ..call import Call
from ..models.catalog_media import ImageAlt
from ..models.combination import Combination, CombinationInput
from ..models.common import (
    CreateStatus,
    DeleteStatus,
    InventoryAdjustmentStatus,
    UpdateStatus,
    UploadStatus,
)
from ..models.product import InventoryAdjustmentInput
from ._base import json_body
from ._uploads import UploadingResource, UploadSource, async_image_body, image_payload

__all__ = ["CombinationsResource"]


def _combinations(product_id: int) -> str:
    return f"/products/{check_id('product_id', product_id)}/combinations"


def _combination(product_id: int, combination_id: int) -> str:
    return f"{_combinations(product_id)}/{check_id('combination_id', combination_id)}"


class CombinationsResource(UploadingResource):
    """``ecwid.combinations``: the variations (option combinations) of a product."""

    __slots__ = ()

    def list(
        self,
        product_id: int,
        *,
        lang: str | None = None,
        response_fields: ResponseFields | None = None,
    ) -> Call[builtins.list[Combination]]:
        """Search product variations: ``GET /products/{productId}/combinations``."""
        return self._call(
            "GET",
            _combinations(product_id),
            list[Combination],
            params=query(lang=lang, responseFields=response_fields_(response_fields)),
        )

    def get(
        self,
        product_id: int,
        combination_id: int,
        *,
        lang: str | None = None,
        response_fields: ResponseFields | None = None,
    ) -> Call[Combination]:
        """Get product variation: ``GET /products/{productId}/combinations/{combinationId}``."""
        return self._call(
            "GET",
            _combination(product_id, combination_id),
            Combination,
            params=query(lang=lang, responseFields=response_fields_(response_fields)),
        )

    def create(
        self, product_id: int, combination: Mapping[str, Any] | CombinationInput
    ) -> Call[CreateStatus]:
        """Create product variation: ``POST /products/{productId}/combinations``."""
        return self._call(
            "POST",
            _combinations(product_id),
            CreateStatus,
            body=json_body(combination, CombinationInput, "combination"),
        )

    def update(
        self,
        product_id: int,
        combination_id: int,
        combination: Mapping[str, Any] | CombinationInput,
        *,
        check_low_stock_notification: bool | None = None,
    ) -> Call[UpdateStatus]:
        """Update product variation: ``PUT /products/{productId}/combinations/{combinationId}``."""
        return self._call(
            "PUT",
            _combination(product_id, combination_id),
            UpdateStatus,
            params=query(checkLowStockNotification=check_low_stock_notification),
            body=json_body(combination, CombinationInput, "combination"),
        )

    def delete(self, product_id: int, combination_id: int) -> Call[DeleteStatus]:
        """Delete product variation: ``DELETE /products/{productId}/combinations/{combinationId}``."""  # noqa: E501
        return self._call("DELETE", _combination(product_id, combination_id), DeleteStatus)

    def delete_all(self, product_id: int) -> Call[DeleteStatus]:
        """Delete all product variations: ``DELETE /products/{productId}/combinations``."""
        return self._call("DELETE", _combinations(product_id), DeleteStatus)

    def adjust_inventory(
        self,
        product_id: int,
        combination_id: int,
        quantity_delta: int,
        *,
        check_low_stock_notification: bool | None = None,
    ) -> Call[InventoryAdjustmentStatus]:
        """Adjust product variation stock: ``PUT /products/{productId}/combinations/{combinationId}/inventory``.

        Adds ``quantity_delta`` (negative to take away) to the combination's stock.
        """  # noqa: E501
        return self._call(
            "PUT",
            f"{_combination(product_id, combination_id)}/inventory",
            InventoryAdjustmentStatus,
            params=query(checkLowStockNotification=check_low_stock_notification),
            body=InventoryAdjustmentInput(
                quantity_delta=check_int("quantity_delta", quantity_delta)
            ),
        )

    def upload_image(
        self,
        product_id: int,
        combination_id: int,
        image: UploadSource | None = None,
        *,
        external_url: str | None = None,
    ) -> Call[UploadStatus]:
        """Upload product variation image: ``POST /products/{productId}/combinations/{combinationId}/image``.

        PNG, JPEG, GIF or WebP up to 20 MB, as bytes, a path or a stream, or
        ``external_url=`` for Ecwid to fetch.
        """  # noqa: E501
        return self._upload(
            f"{_combination(product_id, combination_id)}/image",
            image_payload(image, external_url=external_url, what="combination image"),
        )

    def upload_image_async(
        self,
        product_id: int,
        combination_id: int,
        url: str,
        *,
        width: int,
        height: int,
        external_id: str | None = None,
        alt: ImageAlt | Mapping[str, Any] | None = None,
    ) -> Call[UploadStatus]:
        """Upload product variation image (async): ``POST /products/{productId}/combinations/{combinationId}/image/async``.

        Ecwid fetches the HTTPS ``url`` later.
        """  # noqa: E501
        return self._call(
            "POST",
            f"{_combination(product_id, combination_id)}/image/async",
            UploadStatus,
            body=async_image_body(url, width, height, external_id=external_id, alt=alt),
        )

    def delete_image(self, product_id: int, combination_id: int) -> Call[DeleteStatus]:
        """Delete product variation image: ``DELETE /products/{productId}/combinations/{combinationId}/image``."""  # noqa: E501
        return self._call(
            "DELETE", f"{_combination(product_id, combination_id)}/image", DeleteStatus
        )
