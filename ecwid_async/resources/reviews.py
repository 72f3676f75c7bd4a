"""Product reviews: ``/reviews`` (docs: "Product reviews")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, get_args

import msgspec

from .._params import (
    DateLike,
    ResponseFields,
    check_choice,
    check_ids,
    check_int_id,
    optional_date,
    query,
)
from .._params import response_fields as response_fields_
from .._typing import Unpack
from ..call import Call
from ..models.common import DeletedItem, DeleteStatus, UpdateStatus
from ..models.review import (
    Review,
    ReviewFiltersInput,
    ReviewMassUpdateInput,
    ReviewSelectMode,
    ReviewSortBy,
    ReviewStats,
    ReviewStatusInput,
)
from ..pagination import Paginator, Paging
from ._base import Resource

__all__ = ["REVIEW_STATUSES", "ReviewsResource"]

#: The statuses a review can have (Ecwid takes them in either case).
REVIEW_STATUSES = frozenset({"published", "moderated", "PUBLISHED", "MODERATED"})
_SORT_BY = frozenset(get_args(ReviewSortBy))
_SELECT_MODES = frozenset(get_args(ReviewSelectMode))


def _review(review_id: int) -> str:
    return f"/reviews/{check_int_id('review_id', review_id)}"


def _mass_update(
    select_mode: str,
    review_ids: Sequence[int] | None,
    delete: bool | None,
    new_status: str | None,
    filters: Mapping[str, Any] | ReviewFiltersInput | None,
) -> ReviewMassUpdateInput:
    mode = check_choice("select_mode", select_mode, _SELECT_MODES)
    if (delete is True) == (new_status is not None):
        raise ValueError("pass either delete=True or new_status=, not both or neither")
    if mode == "SELECTED" and not review_ids:
        raise ValueError('select_mode="SELECTED" needs review_ids')
    if filters is not None and not isinstance(filters, ReviewFiltersInput):
        filters = msgspec.convert(dict(filters), ReviewFiltersInput)
    unset = msgspec.UNSET
    return ReviewMassUpdateInput(
        select_mode=mode or unset,
        delete=unset if delete is None else delete,
        new_status=check_choice("new_status", new_status, REVIEW_STATUSES) or unset,
        review_ids=unset
        if review_ids is None
        else [int(i) for i in check_ids("review_ids", list(review_ids)) or ()],
        current_filters=unset if filters is None else filters,
    )


class ReviewsResource(Resource):
    """``ecwid.reviews``: product reviews, their moderation and counts."""

    __slots__ = ()

    def search(
        self,
        *,
        status: str | None = None,
        rating: int | Sequence[int] | None = None,
        order_id: str | int | None = None,
        product_id: int | Sequence[int] | None = None,
        review_id: int | Sequence[int] | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_from: DateLike | None = None,
        updated_to: DateLike | None = None,
        sort_by: str | None = None,
        keyword: str | None = None,
        response_fields: ResponseFields | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[Review]:
        """Search product reviews: ``GET /reviews``.

        ``status`` is ``"published"`` or ``"moderated"``; ``rating`` one star count (1-5)
        or several; ``keyword`` searches the review text.
        """
        return self._paginate(
            "/reviews",
            Review,
            query(
                {
                    "status": check_choice("status", status, REVIEW_STATUSES),
                    "rating": check_ids("rating", rating),
                    "orderId": order_id,
                    "productId": check_ids("product_id", product_id),
                    "reviewId": check_ids("review_id", review_id),
                    "createdFrom": optional_date("created_from", created_from),
                    "createdTo": optional_date("created_to", created_to),
                    "updatedFrom": optional_date("updated_from", updated_from),
                    "updatedTo": optional_date("updated_to", updated_to),
                    "sortBy": check_choice("sort_by", sort_by, _SORT_BY),
                    "keyword": keyword,
                    "responseFields": response_fields_(response_fields, paged=True),
                }
            ),
            **paging,
        )

    def update_status(self, review_id: int, status: str) -> Call[UpdateStatus]:
        """Update product review status: ``PUT /reviews/{reviewId}``.

        ``status`` is ``"published"`` or ``"moderated"``.
        """
        return self._call(
            "PUT",
            _review(review_id),
            UpdateStatus,
            body=ReviewStatusInput(status=str(check_choice("status", status, REVIEW_STATUSES))),
        )

    def mass_update(
        self,
        *,
        select_mode: str,
        review_ids: Sequence[int] | None = None,
        delete: bool | None = None,
        new_status: str | None = None,
        filters: Mapping[str, Any] | ReviewFiltersInput | None = None,
    ) -> Call[UpdateStatus]:
        """Bulk update/delete product reviews: ``PUT /reviews/mass_update``.

        ``select_mode`` is ``"SELECTED"`` (the ``review_ids``), ``"ALL_FILTERED"`` (those
        matching ``filters``) or ``"ALL"``; then either ``delete=True`` or ``new_status``.
        """
        return self._call(
            "PUT",
            "/reviews/mass_update",
            UpdateStatus,
            body=_mass_update(select_mode, review_ids, delete, new_status, filters),
        )

    def delete(self, review_id: int) -> Call[DeleteStatus]:
        """Delete product review: ``DELETE /reviews/{reviewId}``."""
        return self._call("DELETE", _review(review_id), DeleteStatus)

    def stats(self) -> Call[ReviewStats]:
        """Get product reviews stats: ``GET /reviews/filters_data``."""
        return self._call("GET", "/reviews/filters_data", ReviewStats)

    def deleted(
        self,
        *,
        from_date: DateLike | None = None,
        to_date: DateLike | None = None,
        response_fields: ResponseFields | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[DeletedItem]:
        """Get deleted items history: ``GET /reviews/deleted``."""
        return self._deleted("/reviews/deleted", from_date, to_date, response_fields, **paging)
