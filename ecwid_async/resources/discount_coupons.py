"""Discount coupons: search, get, create, update, delete, deleted (docs: "Discount coupons")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, get_args

from .._params import DateLike, check_choices, check_id, optional_date, query
from .._typing import Unpack
from ..call import Call
from ..models.common import DeletedItem, DeleteStatus, UpdateStatus
from ..models.coupon import (
    DiscountCoupon,
    DiscountCouponCreateStatus,
    DiscountCouponInput,
    DiscountCouponStatus,
    DiscountCouponType,
)
from ..pagination import Paginator, Paging
from ._base import Resource, json_body
from ._sales import ResponseFields, search_fields
from ._sales import response_fields as response_fields_of

__all__ = ["AVAILABILITY", "DISCOUNT_TYPES", "DiscountCouponsResource"]

#: The documented ``discount_type`` values of Search coupons.
DISCOUNT_TYPES = frozenset(get_args(DiscountCouponType))
#: The documented ``availability`` values (coupon states) of Search coupons.
AVAILABILITY = frozenset(get_args(DiscountCouponStatus))


def _stamp(name: str, value: DateLike | None) -> str | None:
    """A coupon date filter: supplement/coupons.md documents UNIX seconds only, so a
    ``date`` goes as its midnight UTC in seconds (strings are sent as given)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)
    return optional_date(name, value)


def _coupon(coupon: int | str) -> str:
    """A coupon is addressed by its internal id or by its code."""
    return f"/discount_coupons/{check_id('coupon', coupon)}"


class DiscountCouponsResource(Resource):
    """``ecwid.discount_coupons``: the store's discount coupons, by id or by code."""

    __slots__ = ()

    def search(
        self,
        *,
        code: str | None = None,
        discount_type: str | Sequence[str] | None = None,
        availability: str | Sequence[str] | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_from: DateLike | None = None,
        updated_to: DateLike | None = None,
        response_fields: ResponseFields | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[DiscountCoupon]:
        """Search discount coupons: ``GET /discount_coupons``.

        ``discount_type`` and ``availability`` take one documented value or a list;
        with no filter every coupon is listed.
        """
        return self._paginate(
            "/discount_coupons",
            DiscountCoupon,
            query(
                {
                    "code": code,
                    "discount_type": check_choices("discount_type", discount_type, DISCOUNT_TYPES),
                    "availability": check_choices("availability", availability, AVAILABILITY),
                    "createdFrom": _stamp("created_from", created_from),
                    "createdTo": _stamp("created_to", created_to),
                    "updatedFrom": _stamp("updated_from", updated_from),
                    "updatedTo": _stamp("updated_to", updated_to),
                    "responseFields": search_fields(response_fields),
                }
            ),
            **paging,
        )

    def get(
        self, coupon: int | str, *, response_fields: ResponseFields | None = None
    ) -> Call[DiscountCoupon]:
        """Get discount coupon: ``GET /discount_coupons/{discountCouponId}``.

        ``coupon`` is the coupon's internal id (an int) or its code (a string).
        """
        return self._call(
            "GET",
            _coupon(coupon),
            DiscountCoupon,
            params=query(responseFields=response_fields_of(response_fields)),
        )

    def create(
        self, coupon: Mapping[str, Any] | DiscountCouponInput
    ) -> Call[DiscountCouponCreateStatus]:
        """Create discount coupon: ``POST /discount_coupons``.

        ``name`` and ``code`` are required; a code already in use is a ``ConflictError``.
        """
        return self._call(
            "POST",
            "/discount_coupons",
            DiscountCouponCreateStatus,
            body=json_body(coupon, DiscountCouponInput, "discount coupon"),
        )

    def update(
        self, coupon: int | str, changes: Mapping[str, Any] | DiscountCouponInput
    ) -> Call[UpdateStatus]:
        """Update discount coupon: ``PUT /discount_coupons/{discountCouponId}``.

        ``coupon`` is the id or the code; only the fields sent change.
        """
        return self._call(
            "PUT",
            _coupon(coupon),
            UpdateStatus,
            body=json_body(changes, DiscountCouponInput, "discount coupon"),
        )

    def delete(self, coupon: int | str) -> Call[DeleteStatus]:
        """Delete discount coupon: ``DELETE /discount_coupons/{discountCouponId}``.

        ``coupon`` is the id or the code; ``delete_count`` is 0 when there is no such coupon.
        """
        return self._call("DELETE", _coupon(coupon), DeleteStatus)

    def deleted(
        self,
        *,
        from_date: DateLike | None = None,
        to_date: DateLike | None = None,
        response_fields: ResponseFields | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[DeletedItem]:
        """Get deleted coupons stats: ``GET /discount_coupons/deleted``."""
        return self._deleted(
            "/discount_coupons/deleted",
            from_date,
            to_date,
            response_fields,
            **paging,
        )
