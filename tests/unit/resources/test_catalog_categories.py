"""``ecwid.categories``: search, get, create, update, delete and the category image."""

from __future__ import annotations

from typing import Any

from aioresponses import aioresponses

from ecwid_async.models.category import Category, CategoryInput, SortedIds
from ecwid_async.models.common import CreateStatus, DeleteStatus, UpdateStatus, UploadStatus
from tests.vtime import virtual_time

from ..conftest import url
from . import WEBP, Build, Refusal, client, only, refusal_test, request_test

CASES: list[tuple[str, Build, str, str, list[tuple[str, str]], Any, Any, type]] = [
    (
        "get",
        lambda e: e.categories.get(10861116),
        "GET", "/categories/10861116", [], None, {"id": 10861116, "name": "Fruit"}, Category,
    ),
    (
        "get_with_urls",
        lambda e: e.categories.get(9, base_url="https://shop.example", clean_urls=False),
        "GET", "/categories/9", [("baseUrl", "https://shop.example"), ("cleanUrls", "false")],
        None, {"id": 9}, Category,
    ),
    (
        "create",
        lambda e: e.categories.create(CategoryInput(name="Fruit", parent_id=9691094, order_by=10)),
        "POST", "/categories", [], {"name": "Fruit", "parentId": 9691094, "orderBy": 10},
        {"id": 10869029}, CreateStatus,
    ),
    (
        "update",
        lambda e: e.categories.update(10869029, {"productIds": [37208339, 37208345]}),
        "PUT", "/categories/10869029", [], {"productIds": [37208339, 37208345]},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "delete",
        lambda e: e.categories.delete(10861116),
        "DELETE", "/categories/10861116", [], None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "delete_image",
        lambda e: e.categories.delete_image(5),
        "DELETE", "/categories/5/image", [], None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "upload_image_url",
        lambda e: e.categories.upload_image(5, external_url="https://cdn.example/c.jpg"),
        "POST", "/categories/5/image", [("externalUrl", "https://cdn.example/c.jpg")], None,
        {"id": 3}, UploadStatus,
    ),
    (
        "get_today",
        lambda e: e.categories.get(9, slugs_without_ids=True, lang="fr", response_fields="id,name"),
        "GET", "/categories/9", [("slugsWithoutIds", "true"), ("lang", "fr"), ("responseFields", "id,name")],
        None, {"id": 9, "nameTranslated": {"fr": "Fruits"}}, Category,
    ),
    (
        "upload_image_async",
        lambda e: e.categories.upload_image_async(5, "https://cdn.example/c.png", width=1, height=2),
        "POST", "/categories/5/image/async", [],
        {"url": "https://cdn.example/c.png", "width": 1, "height": 2}, {"id": 4}, UploadStatus,
    ),
    (
        "get_order_top",
        lambda e: e.categories.get_order(),
        "GET", "/categories/sort", [], None, {"sortedIds": [2, 1]}, SortedIds,
    ),
    (
        "update_order",
        lambda e: e.categories.update_order([2, 1], parent_category=7),
        "PUT", "/categories/sort", [("parentCategory", "7")], {"sortedIds": [2, 1]},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "get_products_order",
        lambda e: e.categories.get_products_order(7),
        "GET", "/products/sort", [("parentCategory", "7")], None, {"sortedIds": [9]}, SortedIds,
    ),
    (
        "update_products_order",
        lambda e: e.categories.update_products_order(7, [9, 8]),
        "PUT", "/products/sort", [("parentCategory", "7")], {"sortedIds": [9, 8]},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "assign_products",
        lambda e: e.categories.assign_products(7, [37208339, 37208345]),
        "POST", "/categories/7/assignProducts", [], {"productIds": [37208339, 37208345]},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "unassign_products",
        lambda e: e.categories.unassign_products(7, [37208345]),
        "POST", "/categories/7/unassignProducts", [], {"productIds": [37208345]},
        {"deleteCount": 1}, DeleteStatus,
    ),
]  # fmt: skip


test_each_method_sends_its_request_and_decodes_the_answer = request_test(CASES)


@virtual_time
async def test_search_sends_every_documented_filter(mocked: aioresponses) -> None:
    mocked.get(
        url("/categories"),
        payload={"total": 2, "count": 2, "items": [{"id": 1}, {"id": 2, "productIds": [7]}]},
    )
    async with client() as ecwid:
        found = await ecwid.categories.search(
            keyword="toy",
            parent=0,
            parent_ids=[5, 6],
            with_subcategories=True,
            lang="de",
            response_fields=["total", "items(id,productIds)"],
            hidden_categories=True,
            product_ids=True,
            base_url="https://shop.example",
            clean_urls=True,
            limit=20,
        ).collect()
    assert found == [Category(id=1), Category(id=2, product_ids=[7])]
    assert only(mocked).query == sorted(
        [
            ("keyword", "toy"),
            ("parent", "0"),
            ("parentIds", "5,6"),
            ("withSubcategories", "true"),
            ("lang", "de"),
            ("responseFields", "total,items(id,productIds)"),
            ("hidden_categories", "true"),
            ("productIds", "true"),
            ("baseUrl", "https://shop.example"),
            ("cleanUrls", "true"),
            ("offset", "0"),
            ("limit", "20"),
        ]
    )


@virtual_time
async def test_search_by_path_sends_the_delimiter_under_both_spellings(
    mocked: aioresponses,
) -> None:
    mocked.get(url("/categoriesByPath"), payload={"total": 1, "count": 1, "items": [{"id": 3}]})
    async with client() as ecwid:
        found = await ecwid.categories.search_by_path(
            "Toys / Cars", "/", hidden_categories=True, slugs_without_ids=False, lang="en"
        ).collect()
    assert found == [Category(id=3)]
    assert only(mocked).query == sorted(
        [
            ("path", "Toys / Cars"),
            ("delimeter", "/"),
            ("delimiter", "/"),
            ("hidden_categories", "true"),
            ("slugsWithoutIds", "false"),
            ("lang", "en"),
            ("offset", "0"),
            ("limit", "100"),
        ]
    )


@virtual_time
async def test_upload_image_sends_webp_bytes_with_their_type(mocked: aioresponses) -> None:
    mocked.post(url("/categories/5/image"), payload={"id": 3})
    async with client() as ecwid:
        assert await ecwid.categories.upload_image(5, WEBP) == UploadStatus(id=3)
    request = only(mocked)
    assert request.data == WEBP
    assert request.headers["Content-Type"] == "image/webp"


BAD: list[Refusal] = [
    ("limit_101", lambda e: e.categories.search(limit=101), ValueError, "limit"),
    ("parent_str", lambda e: e.categories.search(parent="root"), TypeError, "parent"),
    ("body_model", lambda e: e.categories.create(Category(id=1, name="x")), TypeError, "CategoryInput"),
    ("body_int", lambda e: e.categories.update(1, 42), TypeError, "CategoryInput"),
    ("bad_id", lambda e: e.categories.get(-5), ValueError, "category_id"),
    ("bmp", lambda e: e.categories.upload_image(1, b"BM\x00\x00"), ValueError, "not a PNG"),
    ("path_empty", lambda e: e.categories.search_by_path(" ", "/"), ValueError, "path"),
    ("delimiter_empty", lambda e: e.categories.search_by_path("A", ""), ValueError, "delimiter"),
    ("assign_none", lambda e: e.categories.assign_products(1, []), ValueError, "product_ids"),
    ("assign_str", lambda e: e.categories.unassign_products(1, "12"), TypeError, "product_ids"),
    ("order_str_ids", lambda e: e.categories.update_order(["a"]), TypeError, "sorted_ids"),
    ("products_order_id", lambda e: e.categories.get_products_order("7"), TypeError, "parent_category"),
]  # fmt: skip

test_bad_input_is_refused_before_anything_is_sent = refusal_test(BAD)
