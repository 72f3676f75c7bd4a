"""``ecwid.discount_coupons``: addressed by id or code; requests, answers, refusals."""

from __future__ import annotations

import datetime as dt
from typing import Any

from aioresponses import aioresponses

from ecwid_async.models.common import DeletedItem, DeleteStatus, UpdateStatus
from ecwid_async.models.coupon import (
    DiscountCoupon,
    DiscountCouponCatalogLimit,
    DiscountCouponCreateStatus,
    DiscountCouponInput,
)
from tests.vtime import virtual_time

from ..conftest import url
from . import Build, Refusal, client, only, refusal_test, request_test

CASES: list[tuple[str, Build, str, str, Any, Any, type]] = [
    (
        "get_by_code",
        lambda e: e.discount_coupons.get("MOXQ3YCWXRXA"),
        "GET", "/discount_coupons/MOXQ3YCWXRXA", None,
        {"id": 12314211242, "code": "MOXQ3YCWXRXA", "launchDate": "2014-06-06 08:00:00 +0400"},
        DiscountCoupon,
    ),
    (
        "get_by_id",
        lambda e: e.discount_coupons.get(12314211242),
        "GET", "/discount_coupons/12314211242", None, {"id": 12314211242}, DiscountCoupon,
    ),
    (
        "get_code_with_slash",
        lambda e: e.discount_coupons.get("10% OFF/1"),
        "GET", "/discount_coupons/10%25%20OFF%2F1", None, {"id": 1}, DiscountCoupon,
    ),
    (
        "create",
        lambda e: e.discount_coupons.create(
            DiscountCouponInput(
                name="Coupon # 1",
                code="MOXQ3YCWXRXA",
                discount_type="ABS",
                discount=1,
                application_limit="UNLIMITED",
                catalog_limit=DiscountCouponCatalogLimit(products=[37208342], categories=[]),
            )
        ),
        "POST", "/discount_coupons",
        {
            "name": "Coupon # 1",
            "code": "MOXQ3YCWXRXA",
            "discountType": "ABS",
            "discount": 1,
            "applicationLimit": "UNLIMITED",
            "catalogLimit": {"products": [37208342], "categories": []},
        },
        {"id": 21871001, "code": 9698215}, DiscountCouponCreateStatus,
    ),
    (
        "update_by_code",
        lambda e: e.discount_coupons.update("MOXQ3YCWXRXA", {"status": "PAUSED"}),
        "PUT", "/discount_coupons/MOXQ3YCWXRXA", {"status": "PAUSED"},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "update_by_id",
        lambda e: e.discount_coupons.update(123213123, DiscountCouponInput(discount=5)),
        "PUT", "/discount_coupons/123213123", {"discount": 5}, {"updateCount": 1}, UpdateStatus,
    ),
    (
        "delete",
        lambda e: e.discount_coupons.delete("MOXQ3Y222CWXRXA"),
        "DELETE", "/discount_coupons/MOXQ3Y222CWXRXA", None, {"deleteCount": 1}, DeleteStatus,
    ),
]  # fmt: skip


test_each_method_sends_its_request_and_decodes_the_answer = request_test(CASES)


@virtual_time
async def test_create_answers_the_id_and_the_code(mocked: aioresponses) -> None:
    mocked.post(url("/discount_coupons"), payload={"id": 21871001, "code": 9698215})
    async with client() as ecwid:
        status = await ecwid.discount_coupons.create({"name": "N", "code": "9698215"})
    assert status == DiscountCouponCreateStatus(id=21871001, code=9698215)


@virtual_time
async def test_search_sends_every_documented_filter_by_its_wire_name(
    mocked: aioresponses,
) -> None:
    mocked.get(url("/discount_coupons"), payload={"total": 1, "count": 1, "items": [{"id": 7}]})
    async with client() as ecwid:
        found = await ecwid.discount_coupons.search(
            code="MOXQ3YCWXRXA",
            discount_type=["ABS", "PERCENT"],
            availability="ACTIVE",
            created_from=1447804800,
            created_to=dt.datetime(2015, 11, 19, tzinfo=dt.timezone.utc),
            updated_from=1447804800,
            updated_to=dt.date(2015, 11, 19),
        ).collect()
    assert found == [DiscountCoupon(id=7)]
    assert only(mocked).query == sorted(
        [
            ("code", "MOXQ3YCWXRXA"),
            ("discount_type", "ABS,PERCENT"),
            ("availability", "ACTIVE"),
            ("createdFrom", "1447804800"),
            ("createdTo", "1447891200"),
            ("updatedFrom", "1447804800"),
            ("updatedTo", "1447891200"),
            ("offset", "0"),
            ("limit", "100"),
        ]
    )


@virtual_time
async def test_deleted_lists_deleted_coupon_ids(mocked: aioresponses) -> None:
    mocked.get(
        url("/discount_coupons/deleted"),
        payload={
            "total": 2,
            "count": 2,
            "items": [
                {"id": 34256365236, "date": "2014-10-20 18:00:54 +0400"},
                {"id": 123123213213, "date": "2014-10-20 18:00:57 +0400"},
            ],
        },
    )
    async with client() as ecwid:
        items = await ecwid.discount_coupons.deleted(to_date="2014-10-21").collect()
    assert [i.id for i in items] == [34256365236, 123123213213]
    assert all(isinstance(i, DeletedItem) for i in items)
    assert only(mocked).query == sorted(
        [("to_date", "2014-10-21"), ("offset", "0"), ("limit", "100")]
    )


BAD: list[Refusal] = [
    ("discount_type", lambda e: e.discount_coupons.search(discount_type="FREE"), ValueError, "discount_type"),
    ("availability", lambda e: e.discount_coupons.search(availability=["ACTIVE", "GONE"]), ValueError, "GONE"),
    ("limit_101", lambda e: e.discount_coupons.search(limit=101), ValueError, "limit"),
    ("date_bool", lambda e: e.discount_coupons.search(created_from=False), TypeError, "created_from"),
    ("id_blank", lambda e: e.discount_coupons.get(""), ValueError, "coupon"),
    ("id_negative", lambda e: e.discount_coupons.delete(-5), ValueError, "coupon"),
    ("id_bool", lambda e: e.discount_coupons.get(True), TypeError, "coupon"),
    ("create_body", lambda e: e.discount_coupons.create("CODE"), TypeError, "DiscountCouponInput"),
    ("update_decoded", lambda e: e.discount_coupons.update(1, DiscountCoupon(id=1)), TypeError, "DiscountCouponInput"),
]  # fmt: skip


test_bad_input_is_refused_before_anything_is_sent = refusal_test(BAD)
