"""``ecwid.products``: what each method sends, what it returns, and what it refuses."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from aioresponses import aioresponses

from ecwid_async.models.brand import SwatchColors
from ecwid_async.models.catalog_media import (
    MediaLinkInput,
    ProductMediaUpdateInput,
    ProductMediaVideo,
)
from ecwid_async.models.common import (
    CreateStatus,
    DeletedItem,
    DeleteStatus,
    InventoryAdjustmentStatus,
    UpdateStatus,
    UploadStatus,
)
from ecwid_async.models.product import Product, ProductInput, ProductUpdateStatus
from ecwid_async.models.product_filters import ProductFiltersResult
from tests.vtime import virtual_time

from ..conftest import url
from . import JPEG, PNG, Build, Refusal, client, drain, only, refusal_test, request_test, sent

# (name, build the call, method, path, query, JSON body, answer, result type)
CASES: list[tuple[str, Build, str, str, list[tuple[str, str]], Any, Any, type]] = [
    (
        "get",
        lambda e: e.products.get(37208339),
        "GET", "/products/37208339", [], None, {"id": 37208339, "name": "Orange"}, Product,
    ),
    (
        "get_with_urls",
        lambda e: e.products.get(5, base_url="https://shop.example", clean_urls=True),
        "GET", "/products/5",
        [("baseUrl", "https://shop.example"), ("cleanUrls", "true")],
        None, {"id": 5}, Product,
    ),
    (
        "create_dict",
        lambda e: e.products.create({"name": "Tea", "price": 5}),
        "POST", "/products", [], {"name": "Tea", "price": 5}, {"id": 77}, CreateStatus,
    ),
    (
        "create_struct",
        lambda e: e.products.create(ProductInput(name="Tea", price=5.5, enabled=False)),
        "POST", "/products", [], {"name": "Tea", "price": 5.5, "enabled": False},
        {"id": 78}, CreateStatus,
    ),
    (
        "update",
        lambda e: e.products.update(77, ProductInput(price=6, category_ids=[1, 2])),
        "PUT", "/products/77", [], {"price": 6, "categoryIds": [1, 2]},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "adjust_inventory",
        lambda e: e.products.adjust_inventory(77, -10),
        "PUT", "/products/77/inventory", [], {"quantityDelta": -10},
        {"updateCount": 1, "warning": "negative"}, InventoryAdjustmentStatus,
    ),
    (
        "delete",
        lambda e: e.products.delete(77),
        "DELETE", "/products/77", [], None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "delete_image",
        lambda e: e.products.delete_image(77),
        "DELETE", "/products/77/image", [], None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "delete_gallery_image",
        lambda e: e.products.delete_gallery_image(77, 555),
        "DELETE", "/products/77/gallery/555", [], None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "delete_gallery_images",
        lambda e: e.products.delete_gallery_images(77),
        "DELETE", "/products/77/gallery", [], None, {"deleteCount": 4}, DeleteStatus,
    ),
    (
        "update_file",
        lambda e: e.products.update_file(77, 193639, "new description"),
        "PUT", "/products/77/files/193639", [], {"description": "new description"},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "delete_file",
        lambda e: e.products.delete_file(77, 193639),
        "DELETE", "/products/77/files/193639", [], None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "delete_files",
        lambda e: e.products.delete_files(77),
        "DELETE", "/products/77/files", [], None, {"deleteCount": 3}, DeleteStatus,
    ),
    (
        "upload_image_url",
        lambda e: e.products.upload_image(77, external_url="https://cdn.example/a.png"),
        "POST", "/products/77/image", [("externalUrl", "https://cdn.example/a.png")], None,
        {"id": 240198557}, UploadStatus,
    ),
    (
        "get_today",
        lambda e: e.products.get(5, slugs_without_ids=True, lang="nl", response_fields=["id", "name"]),
        "GET", "/products/5",
        [("slugsWithoutIds", "true"), ("lang", "nl"), ("responseFields", "id,name")],
        None, {"id": 5, "nameTranslated": {"nl": "Thee"}}, Product,
    ),
    (
        "create_with_combinations",
        lambda e: e.products.create({"name": "Tea"}, save_combinations=True),
        "POST", "/products", [("saveCombinations", "true")], {"name": "Tea"}, {"id": 79}, CreateStatus,
    ),
    (
        "update_return_item",
        lambda e: e.products.update(77, {"price": 6}, return_item=True, response_fields="item(id,price)"),
        "PUT", "/products/77", [("returnItem", "true"), ("responseFields", "item(id,price)")],
        {"price": 6}, {"updateCount": 1, "item": {"id": 77, "price": 6}}, ProductUpdateStatus,
    ),
    (
        "adjust_inventory_notify",
        lambda e: e.products.adjust_inventory(77, 3, check_low_stock_notification=True),
        "PUT", "/products/77/inventory", [("checkLowStockNotification", "true")],
        {"quantityDelta": 3}, {"updateCount": 1}, InventoryAdjustmentStatus,
    ),
    (
        "delete_all",
        lambda e: e.products.delete_all(),
        "DELETE", "/products", [], None, {}, type(None),
    ),
    (
        "filters",
        lambda e: e.products.filters(
            ["price", "attribute_Brand", "option_Color, size"],
            categories=[5],
            include_products_from_subcategories=True,
            attributes={"Brand": "Apple"},
            enabled=True,
            lang="en",
        ),
        "POST", "/products/filters",
        [("filterFields", "price,attribute_Brand,option_Color\\, size")],
        {"params": {
            "filterFields": "price,attribute_Brand,option_Color\\, size",
            "categories": "5",
            "includeProductsFromSubcategories": "true",
            "enabled": "true",
            "attribute_Brand": "Apple",
            "lang": "en",
        }},
        {"productCount": 2, "filters": {"price": {"minValue": 1, "maxValue": 9}}},
        ProductFiltersResult,
    ),
    (
        "recent_swatches",
        lambda e: e.products.recent_swatches(),
        "GET", "/swatches", [], None, {"colors": [{"name": "Red", "hexCode": "#f00"}]}, SwatchColors,
    ),
    (
        "upload_image_async",
        lambda e: e.products.upload_image_async(
            77, "https://cdn.example/a.png", width=800, height=600, alt={"main": "A"}
        ),
        "POST", "/products/77/image/async", [],
        {"url": "https://cdn.example/a.png", "width": 800, "height": 600, "alt": {"main": "A"}},
        {"id": 1}, UploadStatus,
    ),
    (
        "upload_gallery_image_async",
        lambda e: e.products.upload_gallery_image_async(
            77, "https://cdn.example/b.png", width=10, height=20, external_id="X-1"
        ),
        "POST", "/products/77/gallery/async", [],
        {"url": "https://cdn.example/b.png", "width": 10, "height": 20, "externalId": "X-1"},
        {"id": 2}, UploadStatus,
    ),
    (
        "upload_video",
        lambda e: e.products.upload_video(77, "https://youtu.be/x"),
        "POST", "/products/77/video", [], {"url": "https://youtu.be/x"}, {"id": 3}, UploadStatus,
    ),
    (
        "delete_video",
        lambda e: e.products.delete_video(77),
        "DELETE", "/products/77/video", [], None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "upload_gallery_video",
        lambda e: e.products.upload_gallery_video(77, "https://vimeo.com/1"),
        "POST", "/products/77/gallery/video", [], {"url": "https://vimeo.com/1"}, {"id": 4},
        UploadStatus,
    ),
    (
        "download_gallery_video",
        lambda e: e.products.download_gallery_video(77, 4),
        "GET", "/products/77/gallery/video/4", [], None,
        {"id": 4, "url": "https://vimeo.com/1", "providerName": "Vimeo"}, ProductMediaVideo,
    ),
    (
        "upload_video_cover",
        lambda e: e.products.upload_video_cover(77, 4, external_url="https://cdn.example/c.png"),
        "PUT", "/products/77/gallery/video/4", [("externalUrl", "https://cdn.example/c.png")],
        None, {"id": 5}, UploadStatus,
    ),
    (
        "delete_gallery_video",
        lambda e: e.products.delete_gallery_video(77, 4),
        "DELETE", "/products/77/gallery/4", [], None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "update_media",
        lambda e: e.products.update_media(
            77,
            ProductMediaUpdateInput(
                main_media=MediaLinkInput(image_url="https://cdn.example/m.png"),
                gallery_media=[MediaLinkInput(video_url="https://youtu.be/y")],
            ),
        ),
        "PUT", "/products/77/media", [],
        {"mainMedia": {"imageUrl": "https://cdn.example/m.png"},
         "galleryMedia": [{"videoUrl": "https://youtu.be/y"}]},
        {"updateCount": 1}, UpdateStatus,
    ),
]  # fmt: skip


test_each_method_sends_its_request_and_decodes_the_answer = request_test(CASES)


@virtual_time
async def test_search_sends_every_documented_filter_by_its_wire_name(
    mocked: aioresponses,
) -> None:
    mocked.get(url("/products"), payload={"total": 1, "count": 1, "items": [{"id": 1}]})
    async with client() as ecwid:
        found = await ecwid.products.search(
            keyword="green tea",
            price_from=1.5,
            price_to=20,
            search_method="STOREFRONT",
            external_reference_id="POS-1",
            categories=[0, 123456],
            include_products_from_subcategories=True,
            sort_by="DEFINED_BY_STORE_OWNER",
            created_from=dt.datetime(2015, 4, 22, tzinfo=dt.timezone.utc),
            created_to=dt.date(2015, 4, 23),
            updated_from=1447804800,
            updated_to="2015-04-22 18:48:38 -0500",
            enabled=True,
            in_stock=False,
            is_gift_card=False,
            discounts_allowed=True,
            visible_in_storefront=True,
            is_customer_set_price=False,
            onsale="onsale",
            inventory="instock",
            attributes={"Brand": "Apple", "Capacity": ["32GB", "64GB"]},
            options={"Size": ["S", "M"]},
            enabled_manual_taxes=[1117939042, "none"],
            tax_class_codes=["standard"],
            base_url="https://shop.example",
            clean_urls=False,
            slugs_without_ids=True,
            lang="fr",
            response_fields="total,items(id,name)",
            limit=50,
            offset=10,
        ).collect()
    assert found == [Product(id=1)]
    assert only(mocked).query == sorted(
        [
            ("keyword", "green tea"),
            ("priceFrom", "1.5"),
            ("priceTo", "20"),
            ("searchMethod", "STOREFRONT"),
            ("externalReferenceId", "POS-1"),
            ("categories", "0,123456"),
            ("includeProductsFromSubcategories", "true"),
            ("sortBy", "DEFINED_BY_STORE_OWNER"),
            ("createdFrom", "1429660800"),
            ("createdTo", "2015-04-23"),
            ("updatedFrom", "1447804800"),
            ("updatedTo", "2015-04-22 18:48:38 -0500"),
            ("enabled", "true"),
            ("inStock", "false"),
            ("isGiftCard", "false"),
            ("discountsAllowed", "true"),
            ("visibleInStorefront", "true"),
            ("isCustomerSetPrice", "false"),
            ("onsale", "onsale"),
            ("inventory", "instock"),
            ("attribute_Brand", "Apple"),
            ("attribute_Capacity", "32GB,64GB"),
            ("option_Size", "S,M"),
            ("enabledManualTaxes", "1117939042,none"),
            ("taxClassCodes", "standard"),
            ("baseUrl", "https://shop.example"),
            ("cleanUrls", "false"),
            ("slugsWithoutIds", "true"),
            ("lang", "fr"),
            ("responseFields", "total,items(id,name)"),
            ("offset", "10"),
            ("limit", "50"),
        ]
    )


@virtual_time
async def test_old_search_keywords_warn_and_send_todays_names(mocked: aioresponses) -> None:
    mocked.get(url("/products"), payload={"total": 0, "items": []})
    async with client() as ecwid:
        with pytest.warns(DeprecationWarning, match="is deprecated, use") as warned:
            search = ecwid.products.search(
                category=7, with_subcategories=True, fields={"Brand": "Acme", 12: "x"}
            )
        assert await search.collect() == []
    assert sorted(str(w.message).split("=")[0] for w in warned) == [
        "category",
        "fields",
        "with_subcategories",
    ]
    assert all(w.filename == __file__ for w in warned), "the warning points at the caller"
    assert "use categories=" in str(warned[0].message)
    assert only(mocked).query == sorted(
        [
            ("categories", "7"),
            ("includeProductsFromSubcategories", "true"),
            ("attribute_Brand", "Acme"),
            ("attribute_12", "x"),
            ("offset", "0"),
            ("limit", "100"),
        ]
    )


@virtual_time
async def test_update_with_return_item_gives_the_product_after_the_update(
    mocked: aioresponses,
) -> None:
    mocked.put(url("/products/7"), payload={"updateCount": 1, "item": {"id": 7, "price": 6}})
    async with client() as ecwid:
        status = await ecwid.products.update(7, {"price": 6}, return_item=True)
    assert isinstance(status, ProductUpdateStatus)
    assert status.update_count == 1
    assert status.item == Product(id=7, price=6)


@virtual_time
async def test_search_by_sku_and_product_ids_joins_ids_with_commas(mocked: aioresponses) -> None:
    mocked.get(url("/products"), payload={"total": 0, "items": []})
    async with client() as ecwid:
        assert await ecwid.products.search(sku="00099", product_id=[1, 2, 3]).collect() == []
    assert only(mocked).query == sorted(
        [
            ("sku", "00099"),
            ("productId", "1,2,3"),
            ("offset", "0"),
            ("limit", "100"),
        ]
    )


@virtual_time
async def test_search_pages_through_the_results(mocked: aioresponses) -> None:
    def page(offset: int, n: int) -> dict[str, Any]:
        return {
            "total": 150,
            "count": n,
            "offset": offset,
            "limit": 100,
            "items": [{"id": offset + i} for i in range(n)],
        }

    mocked.get(url("/products"), payload=page(0, 100))
    mocked.get(url("/products"), payload=page(100, 50))
    async with client() as ecwid:
        ids = [p.id async for p in ecwid.products.search(enabled=True)]
    assert ids == list(range(150))
    assert [dict(r.query)["offset"] for r in sent(mocked)] == ["0", "100"]


@virtual_time
async def test_deleted_lists_deleted_product_records_with_date_bounds(
    mocked: aioresponses,
) -> None:
    mocked.get(
        url("/products/deleted"),
        payload={"total": 1, "count": 1, "items": [{"id": 9, "date": "2014-10-20 18:07:24 +0400"}]},
    )
    async with client() as ecwid:
        [item] = await ecwid.products.deleted(
            from_date=dt.date(2014, 10, 1), to_date="2014-10-31"
        ).collect()
    assert isinstance(item, DeletedItem)
    assert item.id == 9
    assert item.date == dt.datetime(
        2014, 10, 20, 18, 7, 24, tzinfo=dt.timezone(dt.timedelta(hours=4))
    )
    request = only(mocked)
    assert request.path == "/products/deleted"
    assert request.query == sorted(
        [
            ("from_date", "2014-10-01"),
            ("to_date", "2014-10-31"),
            ("offset", "0"),
            ("limit", "100"),
        ]
    )


@virtual_time
async def test_upload_image_sends_the_bytes_with_their_sniffed_type(
    mocked: aioresponses,
) -> None:
    mocked.post(url("/products/77/image"), payload={"id": 240198557})
    async with client() as ecwid:
        status = await ecwid.products.upload_image(77, JPEG)
    assert status == UploadStatus(id=240198557)
    request = only(mocked)
    assert request.query == []
    assert request.data == JPEG
    assert request.headers["Content-Type"] == "image/jpeg"


@virtual_time
async def test_upload_gallery_image_sends_its_title_as_file_name(mocked: aioresponses) -> None:
    mocked.post(url("/products/77/gallery"), payload={"id": 5})
    async with client() as ecwid:
        assert await ecwid.products.upload_gallery_image(77, PNG, file_name="Extra Image")
    request = only(mocked)
    assert request.query == [("fileName", "Extra Image")]
    assert request.headers["Content-Type"] == "image/png"
    assert request.data == PNG


@virtual_time
async def test_upload_file_streams_a_path_as_octet_stream(
    mocked: aioresponses, tmp_path: Any
) -> None:
    payload = bytes(range(256)) * 4000  # ~1 MB, several chunks
    path = tmp_path / "manual.pdf"
    path.write_bytes(payload)
    mocked.post(url("/products/77/files"), payload={"id": 6738222})
    async with client() as ecwid:
        status = await ecwid.products.upload_file(77, path, description="The manual")
        request = only(mocked)
        assert await drain(request.data) == payload
    assert status == UploadStatus(id=6738222)
    assert request.query == sorted([("fileName", "manual.pdf"), ("description", "The manual")])
    assert request.headers["Content-Type"] == "application/octet-stream"


@virtual_time
async def test_upload_file_by_url_takes_the_name_from_the_url(mocked: aioresponses) -> None:
    mocked.post(url("/products/77/files"), payload={"id": 1})
    async with client() as ecwid:
        await ecwid.products.upload_file(77, external_url="https://cdn.example/dl/big%20book.epub")
    assert only(mocked).query == sorted(
        [
            ("fileName", "big book.epub"),
            ("externalUrl", "https://cdn.example/dl/big%20book.epub"),
        ]
    )


@virtual_time
async def test_download_file_returns_bytes_and_can_stream(mocked: aioresponses) -> None:
    mocked.get(url("/products/77/files/193639"), body=b"%PDF-1.7 data")
    mocked.get(url("/products/77/files/193639"), body=b"%PDF-1.7 data")
    async with client() as ecwid:
        assert await ecwid.products.download_file(77, 193639) == b"%PDF-1.7 data"
        async with ecwid.products.download_file(77, 193639).stream(chunk_size=4) as chunks:
            assert b"".join([c async for c in chunks]) == b"%PDF-1.7 data"
    assert [r.path for r in sent(mocked)] == ["/products/77/files/193639"] * 2


# -- refused before sending ------------------------------------------------------------------
BAD: list[Refusal] = [
    ("sort_by", lambda e: e.products.search(sort_by="CHEAPEST"), ValueError, "sort_by"),
    ("limit_101", lambda e: e.products.search(limit=101), ValueError, "limit"),
    ("limit_0", lambda e: e.products.search(limit=0), ValueError, "limit"),
    ("price_str", lambda e: e.products.search(price_from="1"), TypeError, "price_from"),
    ("date_bool", lambda e: e.products.search(created_from=True), TypeError, "created_from"),
    ("ids_empty", lambda e: e.products.search(product_id=[]), ValueError, "product_id"),
    ("attributes_empty", lambda e: e.products.search(attributes={"Brand": []}), ValueError, "attributes"),
    ("options_not_a_mapping", lambda e: e.products.search(options=["Size"]), TypeError, "options"),
    ("categories_str", lambda e: e.products.search(categories="5"), TypeError, "categories"),
    ("categories_empty", lambda e: e.products.search(categories=[]), TypeError, "categories"),
    ("category_and_categories", lambda e: e.products.search(category=1, categories=[2]), TypeError, "categories"),
    ("onsale_bad", lambda e: e.products.search(onsale="yes"), ValueError, "onsale"),
    ("inventory_bad", lambda e: e.products.search(inventory=True), ValueError, "inventory"),
    ("search_method_bad", lambda e: e.products.search(search_method="ADMIN"), ValueError, "search_method"),
    ("response_fields_empty", lambda e: e.products.search(response_fields=""), ValueError, "response_fields"),
    ("response_fields_not_str", lambda e: e.products.get(1, response_fields=[1]), ValueError, "response_fields"),
    ("filters_no_fields", lambda e: e.products.filters([]), ValueError, "filter_fields"),
    ("async_image_http", lambda e: e.products.upload_image_async(1, "http://x/a.png", width=1, height=1), ValueError, "https"),
    ("async_image_size", lambda e: e.products.upload_image_async(1, "https://x/a.png", width=0, height=1), ValueError, "width"),
    ("video_not_https", lambda e: e.products.upload_video(1, "ftp://x/v.mp4"), ValueError, "https"),
    ("body_str", lambda e: e.products.create("name=Tea"), TypeError, "ProductInput"),
    ("body_list", lambda e: e.products.create([{"name": "Tea"}]), TypeError, "ProductInput"),
    ("body_model", lambda e: e.products.update(1, Product(id=1)), TypeError, "not Product"),
    ("id_negative", lambda e: e.products.get(-1), ValueError, "product_id"),
    ("id_bool", lambda e: e.products.delete(True), TypeError, "product_id"),
    ("id_blank", lambda e: e.products.get(" "), ValueError, "product_id"),
    ("id_float", lambda e: e.products.get(1.5), ValueError, "product_id"),
    ("file_id", lambda e: e.products.delete_file(1, -3), ValueError, "file_id"),
    ("file_id_str", lambda e: e.products.delete_file(1, "abc"), TypeError, "file_id"),
    ("download_id_str", lambda e: e.products.download_file(1, "1"), TypeError, "file_id"),
    ("gallery_id_str", lambda e: e.products.delete_gallery_image(1, "x"), TypeError, "gallery_image_id"),
    ("delta_bool", lambda e: e.products.adjust_inventory(1, True), TypeError, "quantity_delta"),
    ("delta_str", lambda e: e.products.adjust_inventory(1, "5"), TypeError, "quantity_delta"),
    ("description", lambda e: e.products.update_file(1, 2, None), TypeError, "description"),
    ("not_image", lambda e: e.products.upload_image(1, b"hello"), ValueError, "not a PNG"),
    ("empty_image", lambda e: e.products.upload_image(1, b""), ValueError, "empty"),
    ("str_path", lambda e: e.products.upload_image(1, "a.png"), TypeError, "pathlib.Path"),
    ("no_source", lambda e: e.products.upload_image(1), ValueError, "external_url"),
    ("both", lambda e: e.products.upload_image(1, PNG, external_url="https://x.example/a.png"),
     ValueError, "either"),
    ("bad_url", lambda e: e.products.upload_image(1, external_url="ftp://x/a.png"), ValueError,
     "http"),
    ("big_image", lambda e: e.products.upload_image(1, PNG + bytes(20 * 1024 * 1024)),
     ValueError, "at most 20 MB"),
    ("no_file_name", lambda e: e.products.upload_file(1, b"data"), ValueError, "file_name"),
    ("missing_path", lambda e: e.products.upload_file(1, _missing()), FileNotFoundError, "nonexistent"),
]  # fmt: skip


def _missing() -> Any:
    from pathlib import Path

    return Path("/nonexistent/dir/file.bin")


test_bad_input_is_refused_before_anything_is_sent = refusal_test(BAD)


@virtual_time
async def test_oversize_file_on_disk_is_refused_from_its_size(
    mocked: aioresponses, tmp_path: Any
) -> None:
    big = tmp_path / "huge.iso"
    with big.open("wb") as handle:  # sparse: the size without the disk space
        handle.truncate(100 * 1024 * 1024 + 1)
    async with client() as ecwid:
        with pytest.raises(
            ValueError, match=r"huge\.iso is 104,857,601 bytes; Ecwid accepts at most 100 MB"
        ):
            ecwid.products.upload_file(1, big)
        with pytest.raises(ValueError, match="at most 20 MB"):
            ecwid.products.upload_image(1, big)
    assert sent(mocked) == []


@pytest.mark.filterwarnings("ignore::ecwid_async.call.UnsentCallWarning")  # built, not sent
def test_every_method_is_a_call_built_without_sending() -> None:
    ecwid = client()
    call = ecwid.products.update(5, {"price": 1})
    assert (call.method, call.relative_url, call.body) == ("PUT", "/products/5", {"price": 1})
    search = ecwid.products.search(keyword="tea", max_items=3, prefetch=0)
    assert (search.limit, search.max_items, search.prefetch) == (100, 3, 0)
