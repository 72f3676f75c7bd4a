"""Product reviews: ``/reviews`` (search, status update, bulk update/delete, delete, stats)."""

from __future__ import annotations

from typing import Literal

import msgspec

from ._base import EcwidDateTime, EcwidInput, EcwidModel

__all__ = [
    "Review",
    "ReviewFiltersInput",
    "ReviewMassUpdateInput",
    "ReviewSelectMode",
    "ReviewSortBy",
    "ReviewStats",
    "ReviewStatus",
    "ReviewStatusInput",
    "ReviewerInfo",
]

#: Review statuses as today's examples write them (Ecwid accepts either case).
ReviewStatus = Literal["published", "moderated"]
ReviewSortBy = Literal["DATE_CREATED_ASC", "DATE_CREATED_DESC", "RATING_ASC", "RATING_DESC"]
ReviewSelectMode = Literal["SELECTED", "ALL_FILTERED", "ALL"]


class ReviewerInfo(EcwidModel):
    """Who wrote a review: name, email, city, country and how many orders they placed."""

    name: str | None = None
    email: str | None = None
    city: str | None = None
    country: str | None = None
    orders: int | None = None
    # The official client names it ``ordersCount``.
    orders_count: int | None = None


class Review(EcwidModel):
    """A product review, an item of GET /reviews. ``id`` is always present."""

    id: int
    status: str | None = None  # ReviewStatus
    rating: int | None = None
    product_id: int | None = None
    product_name: str | None = None
    product_options: list[str] | None = None
    customer_id: int | None = None
    order_id: str | None = None
    order_number: str | None = None
    order_item_id: int | None = None
    review: str | None = None
    reviewer_info: ReviewerInfo | None = None
    create_date: EcwidDateTime | None = None
    update_date: EcwidDateTime | None = None
    create_timestamp: int | None = None
    update_timestamp: int | None = None


class ReviewStats(EcwidModel):
    """Answer of Get product reviews stats: all, moderated and published counts."""

    all_count: int = 0
    moderated_count: int = 0
    published_count: int = 0


class ReviewStatusInput(EcwidInput):
    """Body of PUT /reviews/{reviewId}: the new ``status``."""

    status: str | msgspec.UnsetType = msgspec.UNSET


class ReviewFiltersInput(EcwidInput):
    """``currentFilters`` of a bulk update with ``selectMode: ALL_FILTERED``."""

    review_id: list[int] | msgspec.UnsetType = msgspec.UNSET
    product_id: list[int] | msgspec.UnsetType = msgspec.UNSET
    order_id: list[int | str] | msgspec.UnsetType = msgspec.UNSET
    rating: list[int] | msgspec.UnsetType = msgspec.UNSET
    status: str | msgspec.UnsetType = msgspec.UNSET
    search_keyword: str | msgspec.UnsetType = msgspec.UNSET
    created_from: str | int | msgspec.UnsetType = msgspec.UNSET
    created_to: str | int | msgspec.UnsetType = msgspec.UNSET


class ReviewMassUpdateInput(EcwidInput):
    """Body of PUT /reviews/mass_update: which reviews, and delete or a new status."""

    select_mode: str | msgspec.UnsetType = msgspec.UNSET  # ReviewSelectMode
    delete: bool | msgspec.UnsetType = msgspec.UNSET
    new_status: str | msgspec.UnsetType = msgspec.UNSET
    review_ids: list[int] | msgspec.UnsetType = msgspec.UNSET
    current_filters: ReviewFiltersInput | msgspec.UnsetType = msgspec.UNSET
