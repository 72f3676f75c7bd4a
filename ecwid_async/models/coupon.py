"""Discount coupons: ``/discount_coupons`` (search, get, create, update, delete).

``DiscountCoupon`` is what GET /discount_coupons/{couponIdentifier} returns and what each
item of GET /discount_coupons (search; the docs' ``CouponSearchEntry``, same fields) is.
The coupon applied to an order (``Order.discount_coupon``) carries the same fields.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from ._base import EcwidDateTime, EcwidInput, EcwidModel

__all__ = [
    "DiscountCoupon",
    "DiscountCouponApplicationLimit",
    "DiscountCouponCatalogLimit",
    "DiscountCouponCreateStatus",
    "DiscountCouponInput",
    "DiscountCouponShippingLimit",
    "DiscountCouponStatus",
    "DiscountCouponType",
    "DiscountCouponUsesLimit",
]

# Documented enumeration values. Fields are annotated ``str`` so values Ecwid adds later
# still decode; these aliases exist for documentation and for callers' own filters
# (``discount_type=`` and ``availability=`` of the coupon search).
DiscountCouponType = Literal[
    "ABS", "PERCENT", "SHIPPING", "ABS_AND_SHIPPING", "PERCENT_AND_SHIPPING"
]
# EXPIRED and USEDUP are set by Ecwid only; create/update accept ACTIVE and PAUSED.
DiscountCouponStatus = Literal["ACTIVE", "PAUSED", "EXPIRED", "USEDUP"]
DiscountCouponUsesLimit = Literal["UNLIMITED", "ONCEPERCUSTOMER", "SINGLE"]
DiscountCouponApplicationLimit = Literal["UNLIMITED", "NEW_CUSTOMER_ONLY", "REPEAT_CUSTOMER_ONLY"]


class DiscountCouponCatalogLimit(EcwidModel):
    """Products and categories a coupon applies to (``catalogLimit`` of coupons)."""

    products: list[int] | None = None
    categories: list[int] | None = None


class DiscountCouponShippingLimit(EcwidModel):
    """Shipping methods a free-shipping coupon applies to (``shippingLimit`` of coupons)."""

    shipping_methods: list[str] | None = None


class DiscountCoupon(EcwidModel):
    """A discount coupon, from GET /discount_coupons/{discountCouponId} and the search items.

    ``id`` is always sent by the coupon endpoints (0 only when ``responseFields`` trims it
    out, or in an order's ``discountCoupon``, which may omit it).
    """

    id: int = 0
    name: str | None = None
    code: str | None = None
    discount_type: str | None = None  # DiscountCouponType
    status: str | None = None  # DiscountCouponStatus
    discount: float | None = None
    launch_date: EcwidDateTime | None = None
    expiration_date: EcwidDateTime | None = None
    total_limit: float | None = None
    uses_limit: str | None = None  # DiscountCouponUsesLimit
    # Deprecated by Ecwid in favour of ``application_limit``.
    repeat_customer_only: bool | None = None
    application_limit: str | None = None  # DiscountCouponApplicationLimit
    creation_date: EcwidDateTime | None = None
    update_date: EcwidDateTime | None = None
    order_count: int | None = None
    catalog_limit: DiscountCouponCatalogLimit | None = None
    shipping_limit: DiscountCouponShippingLimit | None = None


class DiscountCouponCreateStatus(EcwidModel):
    """Answer to POST /discount_coupons: the new coupon's ``id`` and ``code``."""

    id: int
    # The table and example give the code as a number; coupon codes are strings elsewhere.
    code: int | str | None = None


class DiscountCouponInput(EcwidInput):
    """Body of POST /discount_coupons (create) and PUT /discount_coupons/{couponIdentifier}."""

    name: str | msgspec.UnsetType = msgspec.UNSET
    code: str | msgspec.UnsetType = msgspec.UNSET
    discount_type: str | msgspec.UnsetType = msgspec.UNSET  # DiscountCouponType
    status: str | msgspec.UnsetType = msgspec.UNSET  # "ACTIVE" or "PAUSED"
    discount: float | msgspec.UnsetType = msgspec.UNSET
    launch_date: EcwidDateTime | msgspec.UnsetType = msgspec.UNSET
    expiration_date: EcwidDateTime | msgspec.UnsetType = msgspec.UNSET
    total_limit: float | msgspec.UnsetType = msgspec.UNSET
    uses_limit: str | msgspec.UnsetType = msgspec.UNSET  # DiscountCouponUsesLimit
    # Send either ``repeat_customer_only`` (deprecated) or ``application_limit``, not both.
    repeat_customer_only: bool | msgspec.UnsetType = msgspec.UNSET
    application_limit: str | msgspec.UnsetType = msgspec.UNSET
    order_count: int | msgspec.UnsetType = msgspec.UNSET
    catalog_limit: DiscountCouponCatalogLimit | msgspec.UnsetType = msgspec.UNSET
    shipping_limit: DiscountCouponShippingLimit | msgspec.UnsetType = msgspec.UNSET
