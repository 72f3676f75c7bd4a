"""``ecwid.reviews`` and ``ecwid.brands``: what each method sends and what it refuses."""

from __future__ import annotations

import datetime as dt
from typing import Any

from aioresponses import aioresponses

from ecwid_async.models.brand import Brand
from ecwid_async.models.common import DeletedItem, DeleteStatus, UpdateStatus
from ecwid_async.models.review import Review, ReviewFiltersInput, ReviewStats
from tests.vtime import virtual_time

from ..conftest import url
from . import Build, Refusal, client, only, refusal_test, request_test

CASES: list[tuple[str, Build, str, str, list[tuple[str, str]], Any, Any, type]] = [
    (
        "update_status",
        lambda e: e.reviews.update_status(712737671, "moderated"),
        "PUT", "/reviews/712737671", [], {"status": "moderated"}, {"updateCount": 1}, UpdateStatus,
    ),
    (
        "mass_update_all",
        lambda e: e.reviews.mass_update(select_mode="ALL", new_status="published"),
        "PUT", "/reviews/mass_update", [], {"selectMode": "ALL", "newStatus": "published"},
        {"updateCount": 2}, UpdateStatus,
    ),
    (
        "mass_delete_selected",
        lambda e: e.reviews.mass_update(select_mode="SELECTED", review_ids=[1, 2], delete=True),
        "PUT", "/reviews/mass_update", [], {"selectMode": "SELECTED", "delete": True, "reviewIds": [1, 2]},
        {"updateCount": 2}, UpdateStatus,
    ),
    (
        "mass_update_filtered",
        lambda e: e.reviews.mass_update(
            select_mode="ALL_FILTERED",
            new_status="moderated",
            filters=ReviewFiltersInput(rating=[1, 2], search_keyword="late"),
        ),
        "PUT", "/reviews/mass_update", [],
        {"selectMode": "ALL_FILTERED", "newStatus": "moderated",
         "currentFilters": {"rating": [1, 2], "searchKeyword": "late"}},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "delete",
        lambda e: e.reviews.delete(712737671),
        "DELETE", "/reviews/712737671", [], None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "stats",
        lambda e: e.reviews.stats(),
        "GET", "/reviews/filters_data", [], None,
        {"allCount": 2, "moderatedCount": 0, "publishedCount": 2}, ReviewStats,
    ),
]  # fmt: skip


test_each_method_sends_its_request_and_decodes_the_answer = request_test(CASES)


@virtual_time
async def test_search_sends_every_documented_filter(mocked: aioresponses) -> None:
    mocked.get(url("/reviews"), payload={"total": 1, "count": 1, "items": [{"id": 7, "rating": 5}]})
    async with client() as ecwid:
        found = await ecwid.reviews.search(
            status="published",
            rating=[4, 5],
            order_id="2D31G",
            product_id=123456,
            review_id=[7, 8],
            created_from=dt.date(2025, 2, 1),
            created_to=1740562666,
            updated_from="2025-02-27 04:40:33 +0000",
            updated_to=dt.datetime(2025, 3, 1, tzinfo=dt.timezone.utc),
            sort_by="RATING_DESC",
            keyword="need",
            response_fields="items(id,rating)",
        ).collect()
    assert found == [Review(id=7, rating=5)]
    assert only(mocked).query == sorted(
        [
            ("status", "published"),
            ("rating", "4,5"),
            ("orderId", "2D31G"),
            ("productId", "123456"),
            ("reviewId", "7,8"),
            ("createdFrom", "2025-02-01"),
            ("createdTo", "1740562666"),
            ("updatedFrom", "2025-02-27 04:40:33 +0000"),
            ("updatedTo", "1740787200"),
            ("sortBy", "RATING_DESC"),
            ("keyword", "need"),
            ("responseFields", "total,items(id,rating)"),
            ("offset", "0"),
            ("limit", "100"),
        ]
    )


@virtual_time
async def test_deleted_reviews_page_through_the_history(mocked: aioresponses) -> None:
    mocked.get(
        url("/reviews/deleted"),
        payload={"total": 1, "items": [{"id": 5, "date": "2025-02-26 13:37:46 +0000"}]},
    )
    async with client() as ecwid:
        found = await ecwid.reviews.deleted(from_date=1740000000).collect()
    assert [item.id for item in found] == [5] and isinstance(found[0], DeletedItem)
    assert ("from_date", "1740000000") in only(mocked).query


@virtual_time
async def test_brands_search_sends_the_documented_parameters(mocked: aioresponses) -> None:
    mocked.get(url("/brands"), payload={"total": 1, "items": [{"name": "Apple"}]})
    async with client() as ecwid:
        found = await ecwid.brands.search(
            sort_by="NAME_ASC", hidden_brands=True, lang="en", base_url="https://s.example",
            clean_urls=True,
        ).collect()  # fmt: skip
    assert found == [Brand(name="Apple")]
    assert only(mocked).query == sorted(
        [
            ("sortBy", "NAME_ASC"),
            ("hidden_brands", "true"),
            ("lang", "en"),
            ("baseUrl", "https://s.example"),
            ("cleanUrls", "true"),
            ("offset", "0"),
            ("limit", "100"),
        ]
    )


BAD: list[Refusal] = [
    ("status_bad", lambda e: e.reviews.update_status(1, "hidden"), ValueError, "status"),
    ("search_status", lambda e: e.reviews.search(status="all"), ValueError, "status"),
    ("sort_bad", lambda e: e.reviews.search(sort_by="NEWEST"), ValueError, "sort_by"),
    ("review_id", lambda e: e.reviews.delete("x"), TypeError, "review_id"),
    ("mode_bad", lambda e: e.reviews.mass_update(select_mode="SOME", delete=True), ValueError, "select_mode"),
    ("both", lambda e: e.reviews.mass_update(select_mode="ALL", delete=True, new_status="published"), ValueError, "either"),
    ("neither", lambda e: e.reviews.mass_update(select_mode="ALL"), ValueError, "either"),
    ("selected_no_ids", lambda e: e.reviews.mass_update(select_mode="SELECTED", delete=True), ValueError, "review_ids"),
    ("brand_sort", lambda e: e.brands.search(sort_by="POPULAR"), ValueError, "sort_by"),
]  # fmt: skip

test_bad_input_is_refused_before_anything_is_sent = refusal_test(BAD)
