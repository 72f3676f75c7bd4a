"""Promotions: search, create, update, delete (docs: "Promotions")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._params import check_int_id, query
from .._typing import Unpack
from ..call import Call
from ..models.common import CreateStatus, DeleteStatus, UpdateStatus
from ..models.promotion import Promotion, PromotionInput
from ..pagination import Paginator, Paging
from ._base import Resource, json_body
from ._sales import ResponseFields, search_fields

__all__ = ["PromotionsResource"]


def _promotion(promotion_id: int) -> str:
    return f"/promotions/{check_int_id('promotion_id', promotion_id)}"


class PromotionsResource(Resource):
    """``ecwid.promotions``: automatic discounts (no coupon code needed)."""

    __slots__ = ()

    def search(
        self,
        *,
        response_fields: ResponseFields | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[Promotion]:
        """Search promotions: ``GET /promotions``."""
        return self._paginate(
            "/promotions",
            Promotion,
            query(responseFields=search_fields(response_fields)),
            **paging,
        )

    def create(self, promotion: Mapping[str, Any] | PromotionInput) -> Call[CreateStatus]:
        """Create promotion: ``POST /promotions``.

        Never retried after a server error, so a promotion is never created twice.
        """
        return self._call(
            "POST",
            "/promotions",
            CreateStatus,
            body=json_body(promotion, PromotionInput, "promotion"),
        )

    def update(
        self, promotion_id: int, changes: Mapping[str, Any] | PromotionInput
    ) -> Call[UpdateStatus]:
        """Update promotion: ``PUT /promotions/{promotionId}``."""
        return self._call(
            "PUT",
            _promotion(promotion_id),
            UpdateStatus,
            body=json_body(changes, PromotionInput, "promotion"),
        )

    def delete(self, promotion_id: int) -> Call[DeleteStatus]:
        """Delete promotion: ``DELETE /promotions/{promotionId}``."""
        return self._call("DELETE", _promotion(promotion_id), DeleteStatus)
