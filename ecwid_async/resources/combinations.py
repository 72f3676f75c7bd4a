"""Product variations: ``/products/{productId}/combinations`` (docs: "Product combinations").

Every method takes the parent product id first: ``combinations.get(product_id, combination_id)``.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any

from .._params import check_id, check_int
from ..call import Call
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
from ._uploads import UploadingResource, UploadSource, image_payload

__all__ = ["CombinationsResource"]


def _combinations(product_id: int) -> str:
    return f"/products/{check_id('product_id', product_id)}/combinations"


def _combination(product_id: int, combination_id: int) -> str:
    return f"{_combinations(product_id)}/{check_id('combination_id', combination_id)}"


class CombinationsResource(UploadingResource):
    """``ecwid.combinations``: the variations (option combinations) of a product."""

    __slots__ = ()

    def list(self, product_id: int) -> Call[builtins.list[Combination]]:
        """Get all product combinations: ``GET /products/{productId}/combinations``."""
        return self._call("GET", _combinations(product_id), list[Combination])

    def get(self, product_id: int, combination_id: int) -> Call[Combination]:
        """Get product combination: ``GET /products/{productId}/combinations/{combinationId}``."""
        return self._call("GET", _combination(product_id, combination_id), Combination)

    def create(
        self, product_id: int, combination: Mapping[str, Any] | CombinationInput
    ) -> Call[CreateStatus]:
        """Create product combination: ``POST /products/{productId}/combinations``."""
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
    ) -> Call[UpdateStatus]:
        """Update product combination: ``PUT /products/{productId}/combinations/{combinationId}``."""  # noqa: E501
        return self._call(
            "PUT",
            _combination(product_id, combination_id),
            UpdateStatus,
            body=json_body(combination, CombinationInput, "combination"),
        )

    def delete(self, product_id: int, combination_id: int) -> Call[DeleteStatus]:
        """Delete product combination: ``DELETE /products/{productId}/combinations/{combinationId}``."""  # noqa: E501
        return self._call("DELETE", _combination(product_id, combination_id), DeleteStatus)

    def delete_all(self, product_id: int) -> Call[DeleteStatus]:
        """Delete all product combinations: ``DELETE /products/{productId}/combinations``."""
        return self._call("DELETE", _combinations(product_id), DeleteStatus)

    def adjust_inventory(
        self, product_id: int, combination_id: int, quantity_delta: int
    ) -> Call[InventoryAdjustmentStatus]:
        """Adjust combination inventory: ``PUT /products/{productId}/combinations/{combinationId}/inventory``.

        Adds ``quantity_delta`` (negative to take away) to the combination's stock.
        """  # noqa: E501
        return self._call(
            "PUT",
            f"{_combination(product_id, combination_id)}/inventory",
            InventoryAdjustmentStatus,
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
        """Upload combination image: ``POST /products/{productId}/combinations/{combinationId}/image``.

        PNG, JPEG, GIF or WebP up to 20 MB, as bytes, a path or a stream, or
        ``external_url=`` for Ecwid to fetch.
        """  # noqa: E501
        return self._upload(
            f"{_combination(product_id, combination_id)}/image",
            image_payload(image, external_url=external_url, what="combination image"),
        )

    def delete_image(self, product_id: int, combination_id: int) -> Call[DeleteStatus]:
        """Delete combination image: ``DELETE /products/{productId}/combinations/{combinationId}/image``."""  # noqa: E501
        return self._call(
            "DELETE", f"{_combination(product_id, combination_id)}/image", DeleteStatus
        )
